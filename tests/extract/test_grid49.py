"""The grid reader (targets/grid.py): year grids no layout reader reads, inferred once from their cells.

Real tables of dev pages: the 内地西藏初中班 扩大招生计划表 of 国办发〔1996〕32号 (provinces as rows, a two-level header:
分年度招生任务 over 1996年 | 1997年 | 1998年; http://www.gov.cn/zhengce/content/2018-12/02/content_5345284.htm) and the
陕西 教育 十三五 goals table (a |-row: label with its unit, a base year, a year to come, a 属性 column;
https://jyt.shaanxi.gov.cn/gk/fdnr/ghxx/202502/t20250213_3436065.html).
"""

from __future__ import annotations

import time

from kechuang.extract.lines import split_lines
from kechuang.extract.pipeline import extract_text
from kechuang.extract.targets.grid import grid_tables

_XZ_HEAD = "内地西藏初中班（校）扩大招生计划表\n单位：人\n省（市）\n1995年招生人数\n扩招\n分年度招生任务\n1996年\n1997年\n1998年\n"


def _read(text: str, plan_year: int | None) -> list[tuple[str, float, str | None, int | None]]:
    lines = split_lines(text)
    got, _used = grid_tables(lines, [""] * len(lines), plan_year, set())
    return [(t.indicator, t.value, t.unit, t.year) for t in got]


def test_two_level_header_places_as_rows():
    """Each year's cell under 分年度招生任务 is a target of its year, named by the row's place and the upper
    header; the caption's 单位：人 is the unit; 1995年招生人数 (before the plan's year) is history."""
    text = _XZ_HEAD + "江苏\n100\n100\n120\n140\n200\n"
    plan = extract_text(text, plan_year=1996)
    got = {(t.indicator, t.value, t.unit, t.year) for t in plan.targets}
    assert ("江苏分年度招生任务", 120, "人", 1996) in got
    assert ("江苏分年度招生任务", 140, "人", 1997) in got
    assert ("江苏分年度招生任务", 200, "人", 1998) in got
    assert not any(t.year == 1995 for t in plan.targets)


def test_total_row_and_several_rows():
    text = _XZ_HEAD + "总计\n1445\n555\n1600\n1800\n2000\n江苏\n100\n100\n120\n140\n200\n"
    got = _read(text, 1996)
    assert ("总计分年度招生任务", 2000, "人", 1998) in got
    assert ("江苏分年度招生任务", 120, "人", 1996) in got
    assert len(got) == 6


def test_pipe_row_base_year_and_attribute_column():
    """陕西 教育: 2015年 is the base (history), 2020年 the goal; 预期性 is a text column, no value."""
    text = "指 标 | 2015年 | 2020年 (行业测算数据) | 属性 |\n继续教育 从业人员继续教育(万人) | 1081.81 | 1267.20 | 预期性 |\n"
    assert _read(text, 2017) == [("继续教育 从业人员继续教育", 1267.2, "万人", 2020)]


def test_all_history_gives_nothing():
    """The same grid read as of a later year: every column is history."""
    text = _XZ_HEAD + "江苏\n100\n100\n120\n140\n200\n"
    assert _read(text, 1999) == []
    assert _read("指 标 | 2015年 | 2016年完成 | 属性 |\n在校生(万人) | 340.19 | 387.07 | 预期性 |\n", 2017) == []


def test_ragged_row_is_not_aligned():
    """A row short of a cell ends the grid: no cell after it is read (it could not be aligned)."""
    text = _XZ_HEAD + "江苏\n100\n100\n120\n140\n200\n上海\n135\n175\n175\n浙江\n45\n45\n45\n90\n90\n"
    got = _read(text, 1996)
    assert {g[0] for g in got} == {"江苏分年度招生任务"}


def test_header_that_does_not_match_rows_is_left():
    """Leaf columns that do not match the rows' width (a header cell lost): nothing is read."""
    text = "单位：人\n省（市）\n扩招\n分年度招生任务\n1996年\n1997年\n1998年\n江苏\n100\n100\n120\n140\n200\n"
    assert _read(text, 1996) == []


def test_wide_and_long_grids_stay_linear():
    wide = "地区 | " + " | ".join(f"{2000 + k % 90}年" for k in range(1000)) + " |\n甲 | " + " | ".join(
        "1" for _ in range(1000)) + " |\n"
    t0 = time.perf_counter()
    assert _read(wide, 2020) == []  # 1,000 columns: no grid this reader infers
    long = "单位：人\n地区\n2025年\n2026年\n" + "".join(f"乡{k}\n{k + 1}\n{k + 2}\n" for k in range(10000))
    got = _read(long, 2025)
    assert len(got) == 2 * 500  # the rows read are capped
    lines = split_lines(long * 3)
    t1 = time.perf_counter()
    grid_tables(lines, [""] * len(lines), 2025, set())
    assert time.perf_counter() - t1 < 5 and t1 - t0 < 5
