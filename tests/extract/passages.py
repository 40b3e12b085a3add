"""Helpers of the assignment tests: a passage of the real corpus by file and index, and what the extractor assigns."""

from __future__ import annotations

import json
from pathlib import Path

from kechuang.extract import extract_text

PASSAGES = Path(__file__).resolve().parent.parent / "fixtures" / "real" / "passages"


def passage(name: str, k: int) -> str:
    """The text of passage ``k`` of ``tests/fixtures/real/passages/<name>.json``."""
    return json.loads((PASSAGES / f"{name}.json").read_text("utf-8"))["passages"][k]["text"]


def rows(text: str) -> list[tuple[str, str]]:
    """(role, unit) of every assignment the extractor reads in ``text``."""
    return [(a.role, a.unit) for a in extract_text(text).assignments]
