"""fix51 (review 36, items 2–3): a year column is a goal column by its year alone or with a goal word closing its
words; a column whose words name what it counts (人口, a project's 计划投资, a period's 累计 beside its year, a
budget's 预算数/执行数/决算) is left unread.

The goal columns are those of the dev tables ``tests/extract/test_grid49.py`` cites (2030年目标, 2025年目标值, 2025年
指标, 2020年 (行业测算数据), 分年度招生任务 over 1996年…; 上海 2026 生态空间, 黄浦 2021 历史风貌, 闵行 2026 公园城市,
陕西 教育 十三五, 国办发〔1996〕32号), whose expectations hold; the corpus README counts no budget figure as a target."""

from __future__ import annotations

import pytest

from kechuang.extract.lines import split_lines
from kechuang.extract.targets.grid import grid_tables


def _read(text: str, plan_year: int | None = 2024) -> list[tuple[str, float, str | None, int | None]]:
    lines = split_lines(text)
    got, _used = grid_tables(lines, [""] * len(lines), plan_year, set())
    return [(t.indicator, t.value, t.unit, t.year) for t in got]


@pytest.mark.parametrize("text", [
    "地区|2024年人口(万人)|2025年人口(万人)\n城关镇|5.2|5.3\n",  # a statistic by year
    "项目名称|建设内容|2024年计划投资(万元)\n科创园区|厂房|20000\n",  # a project's money
    "项目|2024年执行数|2025年预算数|增长%\n一般公共预算收入|12000|13000|8.3\n",  # a budget
    "项目|2023年决算数|2024年预算数\n一般公共预算支出|5000|5200\n",
])
def test_a_column_of_no_goal_is_not_read(text):
    assert _read(text) == []


def test_a_period_sum_beside_its_year_gives_no_second_target():
    assert _read("指标|2025年|2021—2025年累计\n企业数(家)|50|200\n") == [("企业数", 50, "家", 2025)]


@pytest.mark.parametrize(("text", "expected"), [
    ("指标|2025年目标值|2030年目标\n企业数(家)|50|80\n", [("企业数", 50, "家", 2025), ("企业数", 80, "家", 2030)]),
    ("指标|2030年指标\n企业数(家)|80\n", [("企业数", 80, "家", 2030)]),
    ("指标|2030年 (行业测算数据)\n企业数(家)|80\n", [("企业数", 80, "家", 2030)]),  # a bracketed note, no word
    ("指标|目标值（2030年）\n企业数(家)|80\n", [("企业数", 80, "家", 2030)]),
])
def test_goal_columns_are_read_as_before(text, expected):
    assert _read(text) == expected
