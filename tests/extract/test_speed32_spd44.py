"""spd44: ``plan_year._caption_year`` skips a line naming no year (none of ``_YEAR_WORDS``) before its readings.

The gate holds when every reading of the loop finds no year in such a line: ``opening_year`` needs 年, ``years``
reads none without 年 or 五 (nor, with a plan year, without 月 or 今), and the line read is the printed one
translated, with its phonetic readings dropped (characters removed only). These tests hold that no traditional
character translates to or from one of the words, and that the readings find no year in any stored line without
them."""

from __future__ import annotations

from kechuang.extract.rules import simplified_all, simplified_table
from kechuang.extract.targets.plan_year import _YEAR_WORDS, _lead_year
from kechuang.extract.targets.years import opening_year, years
from tests.extract.pattern_forms import stored_texts


def test_no_translation_makes_or_unmakes_a_year_word():
    table = simplified_table()[0]
    words = {ord(w) for w in _YEAR_WORDS}
    assert not words & set(table)
    assert not words & set(table.values())


def test_a_line_without_the_words_names_no_year():
    lines = {ln.strip(" |") for text in stored_texts() for ln in text.split("\n")[:40]}
    lines |= {"实事项目(按得票数高低为序)", "部署了全局工作", "确定十件民生实事", "〇〇二三", "今年", "二〇二三年"}
    lines = {ln for ln in lines if ln and not any(w in ln for w in _YEAR_WORDS)}
    assert len(lines) > 1000
    for line in lines:
        simple = simplified_all(line)
        for plan_year in (None, 2024):
            assert opening_year(simple, plan_year) is None
            assert years(simple, 0, 0, plan_year) == []
            assert _lead_year(simple, plan_year) is None
