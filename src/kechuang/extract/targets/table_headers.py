"""Header cells of indicator tables that a page prints over several lines (one cell a line), read for goal_tables.

- A role and its year on two lines, each column in turn: ``基准值`` / ``(2020年)`` / ``目标值`` / ``(2025年)`` /
  ``目标值`` / ``(2035年)`` (崇明 2021 水务“十四五”规划). Each year takes the role printed just above it; the roles
  are no columns of their own. (All roles first, then all years, is goal_tables' ``_two_level``.)
- A column's cell wrapped over three lines, the place named before the period and its role: ``松江`` / ``“十四五”`` /
  ``现状`` and ``松江`` / ``“十五五”`` / ``指标`` (松江 2026 绿化市容“十五五”规划); a name of one to four characters
  before a quoted period is dropped when the lines are joined.
- A caption that dates a table by its period only: ``表 “十五五”松江区节能降碳主要指标`` (松江 2026 节能降碳“十五五”
  规划) — the period's end year, as a ``“十五五”目标`` column is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

FIVE_YEAR_END = {"十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030}
_PLACE_BEFORE_PERIOD = re.compile(r"^[\u4e00-\u9fff]{1,4}(?=[“\"]十[二三四五]五[”\"])")
_PERIOD = re.compile(r"[“\"](十[二三四五]五)[”\"]")
_MAX_WRAP = 3  # lines one header cell may take


def wrapped_header(texts: list[str], parse: Callable[[str], Any]) -> tuple[Any, int]:
    """The columns the first header cell of ``texts`` (the next lines, stripped) names, and how many lines it takes:
    one line, else two or three joined (a place's name before a quoted period dropped). (None, 1) when none parses."""
    joined = ""
    for n, text in enumerate(texts[:_MAX_WRAP], start=1):
        if not text:
            break
        joined += text
        cols = parse(_PLACE_BEFORE_PERIOD.sub("", joined) if n > 1 else joined)
        if cols is not None:
            return cols, n
    return None, 1


def pair_roles(cols: list) -> list:
    """Roles printed each above its year (基准值 | (2020年) | 目标值 | (2025年)): each year column takes the role just
    before it (a base role makes it history) and the roles go. Columns are goal_tables' ``_Column``."""
    labels = [k for k, c in enumerate(cols) if c.kind == "value" and c.year is None and not c.growth]
    if len(labels) < 2 or not all(k + 1 < len(cols) and cols[k + 1].kind == "value" and cols[k + 1].year is not None
                                  for k in labels):
        return cols
    for k in labels:
        cols[k + 1].base = cols[k + 1].base or cols[k].base
    return [c for k, c in enumerate(cols) if k not in labels]


def caption_period(text: str, plan_year: int | None) -> int | None:
    """The end year of the quoted period a caption names (“十五五” → 2030), if it is not before the plan's year."""
    found = [FIVE_YEAR_END[p] for p in _PERIOD.findall(text[:200])]
    found = [y for y in found if not plan_year or y >= plan_year]
    return found[-1] if found else None


def name_goes_on(texts: list[str], is_name: Callable[[str], bool], is_unit: Callable[[str], bool],
                 is_attr: Callable[[str], bool]) -> bool:
    """Whether ``texts[0]``, the cell after a row's name, is the name wrapped onto a second line: a cell of words and
    then the row's unit, the 属性 cell either side of it (``生活垃圾资源化`` / ``利用率`` / ``%``, 松江 2026;
    ``工业战略性新兴产业总产值占`` / ``规模以上工业总产值比重`` / ``%``, 青浦 2026). Only where the header names one
    name column after the row's number (two levels of names, 一级指标 | 二级指标, are two cells)."""
    if len(texts) < 2 or not is_name(texts[0]) or is_unit(texts[0]):
        return False
    return is_unit(texts[1]) or (is_attr(texts[1]) and len(texts) > 2 and is_unit(texts[2]))
