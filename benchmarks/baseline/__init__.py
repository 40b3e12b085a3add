"""A hand-written plan extractor: what a competent Python engineer would write in a day for the same job without
kechuang — compiled regexes over lines, cn2an for Chinese numerals, the ``kechuang.plan/1`` JSON as output.

It is the competitor baseline of ``benchmarks/baseline_extract.py``; it lives outside ``src/`` and imports nothing
from kechuang. ``extract(text, plan_year=None, title=None)`` returns the plan as a dict.
"""

from __future__ import annotations

import unicodedata

from .assignments import assignments
from .headings import walk
from .metadata import document
from .targets import targets

__all__ = ["extract"]


def extract(text: str, plan_year: int | None = None, title: str | None = None) -> dict:
    """The plan/1 dict of ``text``: document metadata, numbered headings, responsibility tails, targets."""
    text = unicodedata.normalize("NFKC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    doc = document(lines, title)
    if plan_year is None and doc.get("date"):
        plan_year = int(doc["date"][:4])
    headings, paths = walk(lines)
    return {"format": "kechuang.plan/1", "document": doc, "headings": headings,
            "assignments": assignments(lines, paths), "targets": targets(lines, paths, plan_year)}
