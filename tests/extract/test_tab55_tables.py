"""tab55: a district goal table of the fresh batch (tab55, hundred-and-seventh batch), one cell a line, that no reader
read at its first run (0 of 12): its goal column is named by the period with 规划 (``“十五五”规划目标``) and its value
cells print units the readers do not know (``4.65km/km²``, ``38万乘次``, ``15分钟``, ``98%、98%``), where the table ended.

Sources (dev by ``split_of``):
- 松江 2026 综合交通“十五五”规划, https://www.shanghai.gov.cn/zhengce/detail?businessId=601cb072-5b55-4e1e-9a62-20174cdce0ed&siteId=0082
  (``tests/fixtures/real/passages/sh-songjiang-zhjt155.json``);
- 上海 2021 公园城市指标体系指引表, https://www.shanghai.gov.cn/zhengce/detail?businessId=b86192fa-e2b2-41d0-9c69-1bcab540488c&siteId=0039
  (``40万平方米/年`` in both year columns of a row: ``sh-shanghai-gycs2021.json``);
- the period's goal columns the readers read already: 普陀 2026 纲要's ``“十五五”目标``
  (https://www.shanghai.gov.cn/zhengce/detail?businessId=0075202385&siteId=0075).
"""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.lines import split_lines
from kechuang.extract.targets.goal_table_header import read_header
from kechuang.extract.targets.goal_tables import _number_led, goal_tables
from kechuang.text.normalise import normalise
from tests.extract.passages import passage


def _targets(text: str, plan_year: int) -> set[tuple[float, str | None, int | None]]:
    return {(t.value, t.unit, t.year) for t in extract_text(text, plan_year=plan_year).targets}


def test_period_goal_named_with_planning_is_a_goal_column():
    # 松江 2026: 序号 | 类别 | 指标项 | 现状值 | “十五五”规划目标 | 类型
    cols = read_header("“十五五”规划目标")
    assert cols is not None and len(cols) == 1
    assert cols[0].kind == "value" and cols[0].year == 2030 and not cols[0].base
    assert read_header("“十四五”规划值")[0].year == 2025
    assert read_header("“十四五”完成值")[0].base  # the period's result stays history


def test_songjiang_table_read_past_units_it_does_not_know():
    text = passage("sh-songjiang-zhjt155", 0)
    got = _targets(text, 2026)
    for value, unit in ((20, "%"), (78, "%"), (73, "%"), (100, "%"), (100, "公里"), (5000, "个")):
        assert (value, unit, 2030) in got
    # 现状值 is history: no target of its cells (they had been read by the prose readers before)
    assert not {v for v, _u, _y in got} & {18.17, 75.5, 41.69}


def test_unknown_unit_fills_its_column_and_is_read():
    text = passage("sh-songjiang-zhjt155", 0)
    lines = split_lines(normalise(text))
    out, taken = goal_tables(lines, [""] * len(lines), 2026)
    assert max(taken) == len(lines) - 1  # the table runs to its last row (累计新增公共停车泊位 | / | 5000个)
    # km/km2, 万乘次, 分钟: units the vocabulary lacks, read as the column's targets since tab62 (the fixture's gold)
    assert {4.8, 42, 10, 15} <= {t.value for t in out}


def test_park_city_row_in_a_yearly_unit_does_not_end_the_table():
    # 7 | 立体绿化建设量 | 40万平方米/年 | 40万平方米/年 | 以立体绿化建设为手段…: the row is taken whole, no target read
    text = passage("sh-shanghai-gycs2021", 11)
    lines = split_lines(normalise(text))
    _out, taken = goal_tables(lines, [""] * len(lines), 2021)
    row = next(k for k, line in enumerate(lines) if line.text.strip() == "立体绿化建设量")
    assert row + 3 in taken  # the note cell after the row's two values


def test_number_led_cells():
    for text in ("4.65km/km2", "38万乘次", "15分钟", "10分钟以内", "98%、98%", "40万平方米/年"):
        assert _number_led(text), text
    for text in ("5G基站数", "3A级景区", "2025年", "6月底", "12", "立体绿化建设量"):
        assert not _number_led(text), text
