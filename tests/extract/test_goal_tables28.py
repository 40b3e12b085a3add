"""Round tab28: goal tables (主要指标表) whose cells the rules missed (targets/goal_tables.py, goal_table_header.py).

- A column of notes after the values, which the header names (来源 | 市统计局: the data's source; 指标说明与指引 |
  突出公园的便捷可达…。: an explanation): one cell per row is skipped. Unnamed, the header stopped before it and the
  table was not read at all (重庆 2023 数字经济; 上海 2021 公园城市, both dev).
- 关键指标 names the indicator column, as 主要指标 and 核心指标 do (上海 2021 公园城市).
- A row short of a cell (a state in words, 显著提升, before its value) no longer takes the next row's number as its
  last value: a bare number that is the row's number plus one, a name after it, is the next row.
"""

from __future__ import annotations

from functools import partial

from kechuang.extract import extract_text
from kechuang.extract.lines import split_lines
from kechuang.extract.targets.goal_tables import goal_tables
from tests.timing import assert_linear, assert_under


def _targets(text: str, plan_year: int | None = None) -> list[tuple]:
    return [(t.indicator, t.kind, t.value, t.unit, t.year) for t in extract_text(text, plan_year=plan_year).targets]


def _cells(*cells: str) -> str:
    return "\n".join(cells) + "\n"


# 重庆市数字经济创新发展行动计划 2023, 表1 (http://cbca.org.cn/zcfg/dfzc/2023-12-13/21119.html, dev): one cell a line,
# a 来源 column after the year columns.
CHONGQING = _cells("表1 重庆市数字经济创新发展主要指标", "类别 |", "主要指标 |", "单位 |", "2022年 |", "2027年 |", "来源 |",
                   "总体 |", "数字经济增加值占GDP的比重 |", "% |", "45.4 |", "50 |", "市统计局 |",
                   "数字经济重点企业 |", "家 |", "/ |", "500 |", "市经济信息委 |", "|",
                   "数字产业化 |", "数字经济核心产业增加值 |", "亿元 |", "2240 |", "4000 |", "市统计局 |")


def test_a_source_column_after_the_values():
    got = _targets(CHONGQING, 2023)
    assert ("数字经济增加值占GDP的比重", "level", 50, "%", 2027) in got
    assert ("数字经济重点企业", "level", 500, "家", 2027) in got
    assert ("数字经济核心产业增加值", "level", 4000, "亿元", 2027) in got
    assert not any(t[2] in (45.4, 2240) for t in got)  # 2022年: before the plan's year, history


# 关于推进上海市公园城市建设的指导意见 2021, 附表1 公园城市指标体系指引表
# (https://www.shanghai.gov.cn/zhengce/detail?businessId=b86192fa-e2b2-41d0-9c69-1bcab540488c&siteId=0039, dev).
SHANGHAI = _cells("附表1", "公园城市指标体系指引表", "编号", "关键指标", "2025年指标", "2035年指标", "指标说明与指引",
                  "3", "人均公园绿地面积", "9.5平方米", "13平方米", "参照上海2035总体规划中人均公园绿地面积的指标要求。",
                  "5", "开发边界内3000平方米以上公园500米半径覆盖水平", "85%", "100%",
                  "突出公园的便捷可达，强调对生产、生活等各类人群的覆盖。")


def test_a_note_column_and_key_indicators():
    got = _targets(SHANGHAI, 2021)
    assert ("人均公园绿地面积", "level", 9.5, "平方米", 2025) in got
    assert ("人均公园绿地面积", "level", 13, "平方米", 2035) in got
    assert ("开发边界内3000平方米以上公园500米半径覆盖水平", "level", 85, "%", 2025) in got
    assert ("开发边界内3000平方米以上公园500米半径覆盖水平", "level", 100, "%", 2035) in got


# The same table further down: rows whose 2025 cell is a state in words (显著提升) and the 2035 cell a value.
SHANGHAI_SHORT = _cells("编号", "关键指标", "2025年指标", "2035年指标", "指标说明与指引",
                        "11", "可实施高架立体绿化和沿口花卉布置实施率", "显著提升", "90%",
                        "12", "工地围墙立面绿化实施率", "显著提升", "90%",
                        "13", "可实施社会地面停车场林荫化的实施率", "显著提升", "90%")


def test_the_next_rows_number_is_no_value():
    got = _targets(SHANGHAI_SHORT, 2021)
    assert not any(t[2] in (12, 13) for t in got)


# Kept: a value that happens to be the row's number plus one, the next row's number after it, is a value.
KEPT = _cells("序号", "指标", "单位", "2020年", "2025年", "1", "省级研发机构数", "个", "1", "2", "2", "科技企业孵化器数",
              "家", "3", "4")


def test_a_value_equal_to_the_next_number_stays_a_value():
    got = _targets(KEPT, 2021)
    assert ("省级研发机构数", "level", 2, "个", 2025) in got
    assert ("科技企业孵化器数", "level", 4, "家", 2025) in got


def test_a_long_noted_table_stays_linear():
    row = _cells("{n}", "人均公园绿地面积{n}", "9.5平方米", "13平方米", "参照总体规划中人均公园绿地面积的指标要求。")

    def make(n: int) -> list:
        text = _cells("编号", "关键指标", "2025年指标", "2035年指标", "指标说明与指引") + "".join(
            row.format(n=k % 200 + 1) for k in range(n))
        return split_lines(text)

    assert_linear(lambda lines: goal_tables(lines, [""] * len(lines), 2021), make, 50)


def test_a_ten_thousand_row_table_is_read_in_time():
    text = _cells("类别", "主要指标", "单位", "2022年", "2027年", "来源") + "".join(
        _cells("总体", "研发" + chr(0x4E00 + k % 400) + chr(0x4E00 + k // 400) + "数", "个", "1", "2", "市统计局")
        for k in range(10_000))
    lines = split_lines(text)
    assert_under(partial(goal_tables, lines, [""] * len(lines), 2023), 2.0)
