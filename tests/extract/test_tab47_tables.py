"""Session 31, tab47: indicator tables (主要指标表) whose base cell is printed in brackets with its unit inside.

A value cell in brackets was read only when its unit stood outside them (普陀 2026's ``【累计15】``, a bare number);
崇明 2021 水务“十四五”规划 prints its 基准值 cells ``（86.4％）`` (noted under the table as a 2019 average), and the
row ended the table there: the rows after it and its own 2025 and 2035 targets were lost.
"""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.lines import split_lines
from kechuang.extract.targets.goal_tables import _value, goal_tables
from tests.timing import assert_linear

# 崇明区水务“十四五”规划 2021, 主要指标 (https://www.shanghai.gov.cn/zhengce/detail?businessId=5aaa505f-5b49-450e-
# a2f9-1fc66081a48e&siteId=0085, dev): one cell a line, a bracketed base cell with its unit inside.
CHONGMING = "\n".join([
    "2.主要指标", "序号", "指标名称", "指标", "属性", "基准值", "（2020年）", "目标值", "（2025年）", "目标值", "（2035年）",
    "4", "市、区管河道断面水质稳定在Ⅲ类（含Ⅲ类）以上水体比重", "预期性", "（86.4％）", "100％", "100％",
    "5", "镇管河道断面水质稳定在Ⅳ类（含Ⅳ类）以上水体比重", "预期性", "（94.2％）", "100％", "100％",
    "15", "河长制标准化街镇建成率", "约束性", "（44.4％）", "100％", "100％",
    "注：括号内数据为2019年平均值（来源：河长制平台数据）"]) + "\n"


def _targets(text: str, plan_year: int | None = None) -> list[tuple]:
    return [(t.indicator, t.kind, t.value, t.unit, t.year) for t in extract_text(text, plan_year=plan_year).targets]


def test_a_bracketed_base_cell_keeps_the_table():
    got = _targets(CHONGMING, 2021)
    assert ("河长制标准化街镇建成率", "level", 100, "%", 2025) in got
    assert ("河长制标准化街镇建成率", "level", 100, "%", 2035) in got
    assert sum(1 for t in got if t[0].startswith("镇管河道")) == 2


def test_the_bracketed_base_value_is_history():
    got = _targets(CHONGMING, 2021)
    assert not [t for t in got if t[2] in (86.4, 94.2, 44.4)]


def test_bracketed_cells_read_and_not():
    assert _value("(86.4%)") is not None and _value("(86.4%)").group("num") == "86.4"
    assert _value("【累计15】") is not None  # 普陀 2026: still read
    assert _value("(%)") is None  # a unit cell in brackets stays a unit
    assert _value("(2020年)") is None  # a year under a role in a header is no value
    assert _value("(国标GB5749-2006)") is None


def test_linear_on_bracketed_cells():
    def make(n: int) -> list:
        return split_lines(CHONGMING + "\n".join(["(1.5%)"] * (2000 * n)))

    assert_linear(lambda lines: goal_tables(lines, [""] * len(lines), 2021), make)
