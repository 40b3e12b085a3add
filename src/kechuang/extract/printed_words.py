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


def char_forms(c: str) -> str:
    """The printed characters that read as ``c`` (a character the table translates is never itself)."""
    return ("" if ord(c) in simplified_table()[0] else c) + _sources().get(c, "")


def _class(chars: str) -> str:
    if not chars:
        return "(?!)"  # no printed character becomes it
    return re.escape(chars) if len(chars) == 1 else f"[{''.join(re.escape(x) for x in chars)}]"


@cache
def printed_words(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern of ``words`` (plain words, no regex syntax) that matches text as printed where ``'|'.join(words)``
    matches its simplified form, at the same offsets. It opens with one class of every word's first forms, each word
    then checking its own first character behind it (``(?<=[獲获穫])悉``): the engine skips to a position only by that
    class, as it does for an alternation of plain words; an alternation of classes is tried at every position (20
    times slower: spd29)."""
    firsts = "".join(dict.fromkeys(x for word in words for x in char_forms(word[0])))
    branches = [f"(?<={_class(char_forms(word[0]))})" + "".join(_class(char_forms(c)) for c in word[1:])
                for word in words]
    return re.compile(f"{_class(firsts)}(?:{'|'.join(branches)})")


@cache
def printed_forms(words: tuple[str, ...]) -> tuple[tuple[str, ...], str] | None:
    """For a test of ``words`` in ``rules.simplified(text)``: the words that can stand there (none holding a character
    the table translates away) and the other characters that print them (關 for 关). None when a word holds a rare
    character, or one that a rare character prints: ``simplified`` translates those only beside a common one."""
    table, sources = simplified_table()[0], _sources()
    chars = {c for word in words for c in word}
    if any(ord(x) > 0xFFFF for c in chars for x in c + sources.get(c, "")):
        return None
    kept = tuple(word for word in words if not any(ord(c) in table for c in word))
    return kept, "".join(sorted({x for word in kept for c in word for x in sources.get(c, "")}))


def in_simplified(text: str, words: tuple[str, ...]) -> bool | None:
    """Whether any of ``words`` stands in ``rules.simplified(text)``, told without translating ``text``; None when
    ``printed_forms`` cannot tell. Where no other character that prints a word's stands in the text, the translation
    changes none of the words' characters and makes none: the words are found as printed; else the text is one
    ``simplified`` translates whole, and ``printed_words`` finds the words in it as printed."""
    forms = printed_forms(words)
    if forms is None:
        return None
    kept, others = forms
    if not kept:
        return False
    if any(c in text for c in others):
        return printed_words(kept).search(text) is not None
    return any(word in text for word in kept)
