"""name38: a value whose name is only a comparison with the year before (比上年增长, read as 比上 once 年增长 is the
growth) or a conversion into another unit (折合) is the value of the thing named before it in its sentence
(continued_names.SAME_THING). Sentences verbatim from dev pages of two places."""

from __future__ import annotations

from kechuang.extract import extract_text


def _rows(text: str, plan_year: int | None, title: str | None = None):
    return [(t.indicator, t.kind, t.value, t.unit, t.year)
            for t in extract_text(text, plan_year=plan_year, title=title).targets]


def test_a_growth_over_the_year_before_is_the_thing_before_it():
    # 宝坻 “十三五” 纲要, http://b2b.aaoxu.com/yclxq/22188.html
    text = "今年经济社会发展主要预期目标\n地区生产总值712亿元,比上年增长13%;公共财政预算收入66.7亿元,增长15%;"
    rows = _rows(text, 2016, "宝坻区国民经济和社会发展第十三个五年发展规划纲要")
    assert ("地区生产总值", "growth", 13, "%", 2016) in rows
    assert not [r for r in rows if r[0].startswith("比")]


def test_a_value_converted_into_another_unit_is_the_thing_before_it():
    # 路桥 区志, https://dfz.zj.gov.cn/zlyz/ossfs/h5/ZS-K-331004-2014-001-0101/files/basic-html/page377.html
    text = "力争到2010年,生产总值年均增长13%,\n人均生产总值超过7万元,折合9000美元;全区财政总收入和地方财政收入年均增长13%,"
    rows = _rows(text, 2006)
    assert ("人均生产总值", "level", 9000, "美元", 2010) in rows


def test_a_comparison_with_a_name_of_its_own_keeps_it():
    # the name is printed before the comparison: nothing is borrowed
    assert _rows("到2025年,地区生产总值达到500亿元,一般公共预算收入比上年增长8%。", 2021)[1][0] == "一般公共预算收入"
