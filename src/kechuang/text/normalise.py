"""Normalise document text so that every later step, and every offset, works on one form.

NFKC folds full-width letters, digits and punctuation to their ASCII forms (the gold plans and
the scorer use that form); spaces between CJK characters (a common artefact of justified web
pages and PDF extraction) are removed; line ends (and form feeds) become ``\\n``; invisible and control
characters go (a NUL cannot be stored in PostgreSQL text, a BEL breaks the XML files the text is written to).
"""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = re.compile(r"[\u200b-\u200f\u2028\u2029\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_CJK = "\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
# A run of spaces between two CJK characters or CJK punctuation.
_CJK_GAP = re.compile(rf"(?<=[{_CJK}《》“”‘’、。])[ ]+(?=[{_CJK}《》“”‘’、。])")
_MANY_BLANK = re.compile(r"\n{3,}")


def normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n").replace("\x0b", "\n")
    text = _INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFKC", text)
    text = _SPACES.sub(" ", text)
    text = _CJK_GAP.sub("", text)
    lines = [line.strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return _MANY_BLANK.sub("\n\n", text).strip("\n")
