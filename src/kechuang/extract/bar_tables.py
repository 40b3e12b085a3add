"""Tables printed between bars whose rows carry no number: a header line of short cells, one of them a column of
units in the tails' vocabulary (责任单位, 负责科室, 配合部门…), then one row a line with as many cells.

A township's schedule (徐庄镇 2017 安全生产专项整治安排表: `专项整治行业名称 | 时间安排 | 责任单位 |`, then
`烟花爆竹 | 1月份 | 安监站 安监所 |`) and a bureau's 政务公开 task table (仙居 `重點任務 | 工作內容 | 負責科室 |`, then
`政策解讀 | 對…進行解讀。 | 各責任科室 |`) print their rows without a 序号, so the numbered-row reader
(``task_tables``) reads none of them. Here the cell under each role column is that column's units. A header printed
again after a page break starts the table again; a line with another count of cells (prose, a page footer, a title)
ends it, so a sentence is never taken for a row. Numbered rows stay ``task_tables``'s; a column that names no role
(评分部门, 建设单位) or a person (责任领导 names no unit) gives nothing.
"""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.model import Annotation
from kechuang.extract.task_tables import _ROW_START, _column_roles, _fold
from kechuang.extract.unit_lists import FoundUnit, looks_like_units, split_units

_MAX_CELLS = 16  # a wider "table" is layout, not a table of tasks
_MAX_HEADER_CELL = 16
_HEADER_CELL = re.compile(r"[\u4e00-\u9fff()()、/ ]{1,16}")  # a column's name: words, no digit, no full stop
_MAX_CELL = 300


def _cells(text: str) -> list[str] | None:
    """The cells of a line printed between bars, without the empty ends (`a | b |`, `| a | b |`); None for a line
    without a bar or with more cells than a table of tasks has."""
    if "|" not in text or text.count("|") > _MAX_CELLS:
        return None
    cells = [c.strip() for c in text.split("|")]
    while cells and not cells[-1]:
        cells.pop()
    while cells and not cells[0]:
        cells.pop(0)
    return cells if len(cells) >= 2 else None


def _header_roles(text: str) -> list[str | None] | None:
    """The role of each cell of a header line (None for a cell that names no unit column), or None when the line is
    no header: a cell longer than a column's name, or no column of units with a role."""
    cells = _cells(text)
    if cells is None or any(not _HEADER_CELL.fullmatch(c) for c in cells):
        return None
    roles: list[str | None] = []
    for cell in cells:
        found = _column_roles(cell)
        roles.append(found[0] if len(found) == 1 else None)
    return roles if any(roles) else None


def extract_bar_tables(lines: list[Line], paths: list[str], taken: set[int]
                       ) -> tuple[list[Annotation], list[tuple[str, FoundUnit]], set[int]]:
    """Annotations (one per unit cell), the units with their row's path, and the line indexes read. ``taken``: the
    lines another reader has read already (the numbered tables')."""
    annotations: list[Annotation] = []
    units: list[tuple[str, FoundUnit]] = []
    read: set[int] = set()
    i = 0
    while i < len(lines):
        line = lines[i]
        roles = None if line.chrome or i in taken else _header_roles(_fold(line.text))
        i += 1
        if roles is None:
            continue
        while i < len(lines):
            row = lines[i]
            cells = _cells(row.text)
            if (row.chrome or i in taken or cells is None or len(cells) != len(roles)
                    or _ROW_START.match(row.text.lstrip("| ")) or _header_roles(_fold(row.text)) is not None):
                break  # the table ends (prose, a footer, a numbered row: task_tables's), or another header starts
            _read_row(row, roles, paths[i], annotations, units)
            read.add(i)
            i += 1
    return annotations, units, read


def _read_row(row: Line, roles: list[str | None], path: str, annotations: list[Annotation],
              units: list[tuple[str, FoundUnit]]) -> None:
    """The units of the cells of ``row`` under a role column."""
    pos = 0
    parts = row.text.split("|")
    if parts and not parts[0].strip():
        pos += len(parts.pop(0)) + 1  # a row opening with a bar: its cells start after it
    for part, role in zip(parts, roles, strict=False):
        cell = part.strip()
        start = row.start + pos + len(part) - len(part.lstrip())
        pos += len(part) + 1
        if role is None or not cell or len(cell) > _MAX_CELL:
            continue
        found = split_units(cell, start)
        if not found or not looks_like_units([FoundUnit("", u, s, e) for u, s, e in found]):
            continue
        annotations.append(Annotation(path, cell, start, start + len(cell)))
        units.extend((path, FoundUnit(role, u, s, e, len(annotations) - 1)) for u, s, e in found)
