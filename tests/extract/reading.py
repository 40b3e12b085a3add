"""What the metadata tests read from a page: the document fields ``extract_text`` gives, as a dict."""

from __future__ import annotations

from kechuang.extract import extract_text


def document_of(text: str) -> dict:
    return extract_text(text).document.__dict__
