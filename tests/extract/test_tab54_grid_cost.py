"""tab54 (review 37's cost risk): the grid reader infers a header's columns once per header, not once per grid.

A page of many grids under one header (a table continued on each page, a form repeated per unit; review 37 measured
20,000 grids at ~1.5x the time of a pass without the grid reader) re-read the same header cells for every grid: the
leaf plan (_leaf_plan) and the kinds (_kinds_of) are now cached by the header's texts. The output is unchanged
(benchmarks/extract_outputs.py: 0 of 7,867 documents differ). The grids are the dev tables of
tests/extract/test_grid49.py, repeated: 上海 2026 生态空间 十五五 (专栏1, ``序号 | 指标名称 | 单位 | 属性 | 2025年基准 |
2030年目标``,
https://www.shanghai.gov.cn/zhengce/detail?businessId=bb4f4dcc-ff7b-44cf-a950-2cc6737b1e38&siteId=0039) and 黄浦 2021 历史风貌 (``2025年目标值``)."""

from __future__ import annotations

from kechuang.extract.lines import split_lines
from kechuang.extract.targets import grid

_STKJ = "序号|指标名称|单位|属性|2025年基准|2030年目标\n{n}|公园数量|座|预期性|1100|{v}\n说明文字段落。\n"


def _read(text: str, plan_year: int = 2026):
    lines = split_lines(text)
    got, _used = grid.grid_tables(lines, [""] * len(lines), plan_year, set())
    return [(t.indicator, t.value, t.unit, t.year) for t in got]


def test_one_header_over_many_grids_is_inferred_once():
    grid._leaf_plan.cache_clear()
    grid._kinds_of.cache_clear()
    n = 300
    got = _read("".join(_STKJ.format(n=1, v=1600 + m) for m in range(n)))
    assert got == [("公园数量", 1600 + m, "座", 2030) for m in range(n)]
    # the header's plan and kinds are worked out once, whatever the number of grids; every later grid finds them
    assert grid._leaf_plan.cache_info().misses == 1
    assert grid._kinds_of.cache_info().misses == 1
    assert grid._leaf_plan.cache_info().hits == n - 1


def test_a_cached_header_reads_each_grid_as_before():
    # the role over a bracketed year (目标值 / （2025年）) is one column, joined from two cells of each grid: the cache
    # keeps where to join, each grid builds its own cell (its own offsets)
    text = "指标|目标值|（2025年）\n企业数(家)|50\n说明。\n" * 2
    lines = split_lines(text)
    got, _ = grid.grid_tables(lines, [""] * len(lines), 2024, set())
    assert [(t.indicator, t.value, t.unit, t.year) for t in got] == [("企业数", 50, "家", 2025)] * 2
    assert got[0].start != got[1].start and text[got[1].start:got[1].end].startswith("企业数")


def test_a_digit_test_by_search_reads_the_same_values():
    # _value tests for a digit with one search; a superscript (m²) is no digit _VALUE reads, as before
    assert grid._value("m²") is None
    assert grid._value("≥98%").group("num") == "98"
    assert grid._value("基本消除") is None
