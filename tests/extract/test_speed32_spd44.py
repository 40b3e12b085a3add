"""spd44: ``plan_year._caption_year`` skips a line naming no year (none of ``_YEAR_WORDS``) before its readings.

The gate holds when every reading of the loop finds no year in such a line: ``opening_year`` needs 年, ``years``
reads none without 年 or 五 (nor, with a plan year, without 月, 今 or 季), and the line read is the printed one
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


def test_several_years_reads_as_without_its_gates():
    from kechuang.extract.targets import plan_year
    from kechuang.extract.targets.vocab import vocab
    from kechuang.extract.targets.years import DURATION, FIVE_YEAR

    def reference(text: str) -> bool:
        return bool(vocab().multi_year.search(text) or plan_year._RANGE.search(text) or FIVE_YEAR.search(text)
                    or DURATION.search(text))

    texts = [simplified_all(t) for t in stored_texts()]
    texts += ["十四五时期", "“十四五”末", "三年内", "用5年左右时间", "连续三年", "五年累计新增", "2021-2025"]
    lines = {ln for text in texts for ln in text.split("\n")}
    assert len(lines) > 1000
    for line in lines:
        assert plan_year.several_years(line) == reference(line)
    for text in texts:
        assert plan_year.several_years(text) == reference(text)


def test_header_reads_as_without_its_prose_gate():
    from kechuang.extract.targets.goal_table_header import HEADER_WORD, header, read_header

    # no word holds a mark: the wide ones are not in the pattern, the ASCII ones are its syntax (?, :, {1,4}) only
    assert not set("，。；：、！？") & set(HEADER_WORD.pattern)
    assert all(HEADER_WORD.fullmatch(f"指标{m}") is None for m in ",，。;；:：、!！?？")
    lines = {ln for text in stored_texts() for ln in text.split("\n")}
    lines |= {"指标,单位", "项目(一、二)", "目标值:2025年", "序号|指标|单位|2020年|2025年", "2025年目标)", "指标名称。"}
    assert len(lines) > 1000
    for line in lines:
        for text in (line, simplified_all(line).strip(" |")):
            assert header(text) == read_header(text)


def test_learnt_finds_as_its_printed_pattern():
    from kechuang.extract.printed_words import printed_words
    from kechuang.extract.targets.report_headlines import _LEARNT, _learnt, _learnt_anchors

    assert _learnt_anchors() is not None
    texts = [*stored_texts(), "获悉", "獲悉", "穫悉", "悉", "x悉", "据了解", "據了解", "了解", "据了", "记者从会上获悉,", "a了解据"]
    assert len(texts) > 1000
    for text in texts:
        assert _learnt(text) == (printed_words(_LEARNT).search(text) is not None)


def test_line_index_holds_the_lines_of_every_hit():
    from bisect import bisect_right
    from itertools import accumulate

    from kechuang.extract.lines import split_lines
    from kechuang.extract.targets.cue_lines import LineIndex

    texts = [*stored_texts()[:400], "项目项目\n\n项目 预计\n預計項目", ""]
    for text in texts:
        lines = split_lines(text)
        joined = "\n".join(line.text for line in lines)
        starts = list(accumulate((len(line.text) + 1 for line in lines), initial=0))
        for words in (("项目", "項目"), ("预计", "預計", "預(")):
            hits = [k for w in words for k in range(len(joined)) if joined.startswith(w, k)]
            expected = [lines[i] for i in sorted({bisect_right(starts, k) - 1 for k in hits})]
            assert LineIndex(lines, joined).holding(words) == expected
