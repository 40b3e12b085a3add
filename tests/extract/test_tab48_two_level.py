"""Session 31, tab48: goal tables whose header is printed in two levels.

An annual 国民经济和社会发展计划 prints its indicator table with a year row over a row of measures: ``2021年完成 |
2022年计划`` each over ``绝对值 | 增长%`` (杨凌示范区 2022 年计划指标). Each measure takes the year and the role of the
cell above it: the 计划 year's 绝对值 is a level in the row's unit, its 增长% a growth in % of that year (not a yearly
rate over a period); the 完成 year is history. The responsibility column (责任(牵头)部门) is printed on the first row
of each group only (a merged cell), so a row without it is not cut short by the next row's name.

(Printed one cell a line, a period above its role, ``“十四五”`` / ``完成值`` (闵行 2026, 松江 2026), was read already by
joining the wrapped cell; a bare year above its role in traditional characters, 2015 / 基期值 (“十三五”农业现代化规划's
专栏1), is not taught here.)
"""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.goal_table_header import header, spread, sub_columns

# 杨凌示范区2022年国民经济和社会发展计划指标 (https://yangling.gov.cn/zwgk/fdzdgknr/gkwj/yf/1501383589822181378.html, dev)
YANGLING = "\n".join([
    "杨凌示范区2022年国民经济和社会发展计划指标",
    "指 标 名 称 | 单位 | 2021年完成 | 2022年计划 | 责任(牵头)部门 | ||||||",
    "绝对值 | 增长% | 绝对值 | 增长% | |||||||",
    "一、创新驱动 | ||||||||||",
    "研发经费投入增长 | % | - | - | - | 10 | 示范区科技创新局 | ||||",
    "各类科技研发及转化平台总数 | 项 | 95 | - | 100 | - | |||||",
    "年获省部级以上科技成果奖励总数 | 个 | 13 | - | 17 | - | |||||",
    "每万人高价值发明专利拥有量 | 件 | - | - | 12 | - | 示范区市场监管局 | ||||",
    "年培育、集聚高层次人才数量 | 人 | 617 | - | 648 | - | 示范区党工委组织部 | ||||",
    "三、开放合作 | ||||||||||",
    "进出口贸易总额 | 亿元 | 8.71 | -2 | 10.2 | 15 | 示范区自贸办 示范区工业商务局 | ||||",
]) + "\n"


def _targets(text: str, plan_year: int | None = None) -> list[tuple]:
    return [(t.indicator, t.kind, t.value, t.unit, t.year, t.recurring)
            for t in extract_text(text, plan_year=plan_year).targets]


def test_the_planned_year_measures_are_targets():
    got = _targets(YANGLING, 2022)
    assert ("各类科技研发及转化平台总数", "level", 100, "项", 2022, False) in got
    assert ("年获省部级以上科技成果奖励总数", "level", 17, "个", 2022, False) in got
    assert ("每万人高价值发明专利拥有量", "level", 12, "件", 2022, False) in got
    assert ("进出口贸易总额", "level", 10.2, "亿元", 2022, False) in got
    assert ("进出口贸易总额", "growth", 15, "%", 2022, False) in got


def test_a_growth_column_of_the_year_is_not_a_yearly_rate():
    got = [t for t in _targets(YANGLING, 2022) if t[0].startswith("研发经费投入")]
    assert [t[1:] for t in got] == [("growth", 10, "%", 2022, False)]


def test_the_completed_year_is_history():
    got = _targets(YANGLING, 2022)
    assert not [t for t in got if t[2] in (95, 13, 617, 8.71, -2)]
    assert not [t for t in got if t[4] == 2021]


def test_a_row_without_its_merged_responsibility_cell_keeps_the_next_row():
    got = _targets(YANGLING, 2022)
    assert ("年培育、集聚高层次人才数量", "level", 648, "人", 2022, False) in got
    assert len(got) == 7


def test_the_sub_column_row_spreads_under_each_year():
    cols = header("指标名称|单位|2021年完成|2022年计划|责任(牵头)部门")
    assert cols is not None
    subs = sub_columns("绝对值 | 增长% | 绝对值 | 增长% |")
    assert subs == ["level", "rate", "level", "rate"]
    got = spread(cols, subs)
    values = [(c.year, c.base, c.rate) for c in got if c.kind == "value"]
    assert values == [(2021, True, False), (2021, True, True), (2022, False, False), (2022, False, True)]
    assert spread(cols, ["level", "rate", "level"]) is None  # three measures under two years: no spread
    assert sub_columns("绝对值 | 地区生产总值") is None  # a row of a table, not of measures

