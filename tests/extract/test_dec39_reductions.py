"""Reduction verbs (dec39, shape 1; MISSES-fresh67 row 3, MISSES-afresh39 row 3): 压减 and 削减 are decrease verbs.

A rate after them is a fall, a growth of −N% as after 下降/降低/减少; an amount after them (压减炼钢产能1400万吨) keeps its
reading, a level of the amount cut, as the dev gold reads it. Every sentence is real text of a dev page, its address
cited; the expected targets are read by hand per spec/plan-format.md."""

from __future__ import annotations

from tests.extract.passages import passage, quoted
from tests.extract.passages import target_rows as _rows


def _percents(rows: list[tuple]) -> list[tuple]:
    """(indicator, kind, value) of the rates among ``rows``."""
    return [(name, kind, value) for name, kind, value, unit, _year in rows if unit == "%"]


# 海口 2026 政府工作报告 (https://cj.sina.com.cn/articles/view/1941807832/73bda2d8020019xi4, dev, hi-haikou-zfgzbg2026)
_HAIKOU = "实现“综合查一次”检查占比超85%、检查频次压减超75%。"


def test_a_rate_after_yajian_is_a_fall():
    assert quoted("hi-haikou-zfgzbg2026", _HAIKOU)
    assert ("检查频次", "growth", -75) in _percents(_rows(_HAIKOU, 2026))


# 宿迁 2018 大气污染防治工作方案 (http://www.gdankai.cn/hynews/11100.html, dev, js-suqian-dqwr2018), printed in
# traditional characters; the whole passage (its 分別 list is read in the paragraph's context)
_SUQIAN = "二氧化硫、氮氧化物同比分別削減8.2%、7.6%。"


def test_rates_after_xuejian_are_falls_in_traditional_print():
    assert _SUQIAN in passage("js-suqian-dqwr2018", 0)
    rates = _percents(_rows(passage("js-suqian-dqwr2018", 0), 2018))
    assert ("二氧化硫", "growth", -8.2) in rates
    assert ("氮氧化物", "growth", -7.6) in rates
    assert not [r for r in rates if r[1] == "level" and r[2] in (8.2, 7.6)]


# 无锡 2011 重点工作分解落实方案 (https://law1.110.com/law_376041.html, dev, js-wuxi-zdgzfj2011)
_WUXI = "3、主要污染物排放量较2010年削减4%。"


def test_a_rate_cut_against_a_base_year_is_a_fall():
    assert quoted("js-wuxi-zdgzfj2011", _WUXI)
    assert _percents(_rows(_WUXI, 2011)) == [("主要污染物排放量", "growth", -4)]


# Negative: an amount cut stays a level (河北 2020 空气质量改善目标, http://m.bm463.com/2020-01/21/c_1210447284.htm, dev,
# he-hebei-kqzlmb2020)
_HEBEI = "全省壓減煉鋼產能1400萬噸、平板玻璃產能840萬重量箱"


def test_an_amount_cut_stays_a_level():
    assert quoted("he-hebei-kqzlmb2020", _HEBEI)
    rows = _rows(_HEBEI, 2020)
    assert ("level", 1400) in [(kind, value) for _n, kind, value, _u, _y in rows]
    assert not [r for r in rows if r[1] == "growth"]
