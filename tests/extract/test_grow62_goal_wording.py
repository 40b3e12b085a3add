"""grow62 (session 36): the growth goal worded as its goal or plan, read in change_names.py (goal_wording.py folded
there, review 45); tests moved from test_mis60_targets.py, sentences from dev pages, addresses above each test."""

from __future__ import annotations

from kechuang.extract import extract_text


def _rows(text: str, plan_year: int | None):
    return [(t.indicator, t.kind, t.value, t.unit, t.year) for t in extract_text(text, plan_year=plan_year).targets]


# fresh57 row 3: a growth goal worded as the value of the growth's expected goal or plan is a growth of the thing
# before the words, not a level named by the clause. 上海 2009 政府工作报告 news
# (http://nakedoat.com/jrzg/2009-01/13/content_1203936.htm, dev, batch mis60).
def test_a_growth_stated_as_its_expected_goal_is_a_growth():
    rows = _rows("上海市市長韓正在政府工作報告中透露:2009年上海市生產總值增長的預期目標為9%、上海地方財政收入增長的預期目標為6%。",
                 2009)
    assert [(k, v, y) for _, k, v, _, y in rows] == [("growth", 9, 2009), ("growth", 6, 2009)]
    assert [n for n, *_ in rows] == ["上海市生產總值", "上海地方財政收入"]


# …and as its plan: 延吉 2025 发改局 会议 news
# (http://7kfd-www.plus.jlntv.cn/folder3676/folder3677/folder3766/folder13762/2025-02-20/FV4JGxkgjlY4g9r6.html, dev).
def test_a_growth_stated_as_its_plan_is_a_growth():
    rows = _rows("在经济指标方面,延吉市确定今年GDP增长计划为6%。", 2025)
    assert [(k, v, y) for _, k, v, _, y in rows] == [("growth", 6, 2025)]
    assert rows[0][0].endswith("GDP")


def test_the_wording_reader_leaves_other_names():
    # (through sentences: review 46 found change_names.growth_goal used by this test alone, and it was removed)
    assert all(k != "growth" for _, k, *_ in _rows("完成年度计划的95%。", 2025))
    rows = _rows("全年生产总值增长目标为6%。", 2025)
    assert [(k, v) for _, k, v, *_ in rows] == [("growth", 6)] and rows[0][0].endswith("生产总值")


# …and an amount is no growth rate: the value stays a level (the reader asks a percentage)
def test_an_amount_after_the_goal_words_is_no_growth():
    rows = _rows("今年全市生产总值增长的预期目标为600亿元。", 2025)
    assert all(k != "growth" for _, k, *_ in rows)
