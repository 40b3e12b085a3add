"""spd48: ``rules.simplified`` translates by a list over the Basic Multilingual Plane, ``rules.simplified_all`` tells
by one search (the table's class with the planes beyond as a range) whether it has anything to translate.

Both are to give what the dict of ``simplified_table`` gives, ``text.translate(table)``: on every stored text and
line, on texts with characters beyond the plane (in the table and not), and on the table's every character."""

from __future__ import annotations

from kechuang.extract import rules
from kechuang.extract.rules import forget_lines, simplified, simplified_all, simplified_table
from tests.extract.pattern_forms import stored_texts

_WIDE = ["\U00020000", "\U0002a6d6", "\U0001f600", "\U0010fffd"]  # beyond the plane: CJK B, an emoji, the last


def _samples() -> list[str]:
    table = simplified_table()[0]
    texts = stored_texts()
    lines = {ln for text in texts for ln in text.split("\n")}
    every = "".join(chr(k) for k in sorted(table))
    wide = [w + text[:60] + w for text in texts[:50] for w in _WIDE]
    wide += [chr(k) + "發展" for k in table if k > 0xFFFF][:50] + [chr(k) + "发展" for k in table if k > 0xFFFF][:50]
    return [*texts, *sorted(lines), every, every[::-1], *wide, "", "abc", "\U0002b726"]


def test_the_list_translates_as_the_dict():
    table, traditional = simplified_table()
    assert all(k != v for k, v in table.items())
    listed = rules._listed()
    assert len(listed) == 0x10000
    for k in range(0x10000):
        assert listed[k] == table.get(k, k)
    forget_lines()
    for text in _samples():
        forget_lines()
        assert rules._translated(text) == text.translate(table)
        assert simplified(text) == (text.translate(table) if traditional.search(text) else text)
    forget_lines()


def test_simplified_all_is_the_dict_translation_with_one_search():
    table, traditional = simplified_table()
    for text in _samples():
        forget_lines()
        assert simplified_all(text) == text.translate(table)
        found = rules._any_of_all().search(text) is not None
        assert found == bool(traditional.search(text) or rules._ASTRAL.search(text))
    forget_lines()
