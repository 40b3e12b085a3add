"""Words of the simplified script found in text as printed: a pattern that matches ``text`` where a plain word
pattern matches ``simplified_all(text)``, with no translation of the text (spd29; docs/benchmarks.md).

The translation (``rules.simplified_table``) is one character for one, so a word of simplified characters stands in the
translated text exactly where, in the text as printed, each of its characters stands as itself or as a character the
table maps to it (获 as 获, 獲 or 穫). A reader that searches a whole page for a few words this way spends one search,
not the two of ``simplified_all`` (the table's class, then the rare characters) before its own."""

from __future__ import annotations

import re
from functools import cache

from kechuang.extract.rules import simplified_table


@cache
def _sources() -> dict[str, str]:
    """Each character the table maps to, with the characters that map to it."""
    out: dict[str, str] = {}
    for key, value in simplified_table()[0].items():
        out[chr(value)] = out.get(chr(value), "") + chr(key)
    return out


def _char(c: str) -> str:
    table, sources = simplified_table()[0], _sources()
    found = ("" if ord(c) in table else c) + sources.get(c, "")  # a character the table translates is never itself
    if not found:
        return "(?!)"  # no printed character becomes it
    return re.escape(found) if len(found) == 1 else f"[{''.join(re.escape(x) for x in found)}]"


@cache
def printed_words(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern of ``words`` (plain words, no regex syntax) that matches text as printed where ``'|'.join(words)``
    matches its simplified form, at the same offsets."""
    return re.compile("|".join("".join(_char(c) for c in word) for word in words))
