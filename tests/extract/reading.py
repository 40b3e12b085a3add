"""What the metadata tests read from a page: the document fields ``extract_text`` gives, as a dict."""

from __future__ import annotations

from kechuang.extract import extract_text


def document_of(text: str) -> dict:
    return extract_text(text).document.__dict__


def assert_reads(cases, field: str) -> None:
    """Each case (text, value) reads that value into the document field ``field``."""
    for text, value in cases:
        assert document_of(text)[field] == value, text[:30]
