"""Cells of a goal table printed one cell a line that the page wrapped over two lines.

A table printed one cell a line keeps the breaks of its narrow columns, so one cell of the page can stand on two
lines of the text. Two printings of this, in two plans (read by ``goal_tables``):

- a unit cell broken inside its word: ``万平`` / ``方米`` (普陀 2026 十五五 纲要,
  ``新建绿地面积 / 万平 / 方米 / 预期性``);
- a value cell whose unit went to the next line: ``120.14`` / ``平方公里`` / ``128.92`` / ``平方公里`` (崇明 2021 水务
  十四五 规划, a row measured in 平方公里 in a table whose other rows carry ``％`` in their cells).

Both are read only when the two parts stand on different lines (a row between ``|`` or spaces is no wrapped cell)
and the first part is no unit by itself: a short word and its continuation whose join is a unit, or a bare number
followed by a unit. Each test looks at two cells, so a table stays linear in its cells. A unit below is read only in a
row that prints no unit of its own (review 10: ``常住人口城镇化率 / % / 65 / 万元 / GDP能耗降低`` — 万元 heads the next
row's indicator ``万元GDP能耗降低``) and not before a name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol


class _Cell(Protocol):
    text: str
    line: int


_MAX_UNIT = 8


def wrapped_unit(first: _Cell, second: _Cell, is_unit: Callable[[str], bool]) -> str | None:
    """The unit a cell wrapped over two lines spells (``万平`` / ``方米`` → ``万平方米``), else None."""
    if first.line == second.line or len(first.text) + len(second.text) > _MAX_UNIT:
        return None
    if is_unit(first.text) or any(ch.isdigit() for ch in first.text + second.text):
        return None
    joined = first.text + second.text
    return joined if is_unit(joined) else None


def unit_below(value: _Cell, below: _Cell, after: _Cell | None, has_unit: bool, is_unit: Callable[[str], bool],
               is_value: Callable[[str], bool], is_name: Callable[[str], bool]) -> str | None:
    """The unit on the line under a bare number (``128.92`` / ``平方公里``): the value cell's own unit, else None.
    ``has_unit`` says whether the number or its row printed a unit of its own (``46％``, a unit cell, ``(%)`` in the
    indicator, a column's unit need none from below); ``after`` is the cell after ``below``: a name there makes
    ``below`` the head of the next row's wrapped indicator (``65`` / ``万元`` / ``GDP能耗降低``: review 10)."""
    if has_unit or value.line == below.line or is_value(below.text):
        return None
    if after is not None and is_name(after.text) and not is_unit(after.text.strip("()")):
        return None
    text = below.text.strip("()")
    return text if is_unit(text) else None
