"""Goal tables turned on their side: the indicators are the columns and each year is a row.

A page prints such a table a row a line, the row's label first, on the line of its cells or alone on the line above
them (what a web table's first column becomes when a page flattens it)::

    主 要 指 标 |
    粮食综合生产能力 | 农业科技进步贡献率 | 农业劳动生产率 |
    2022 年 目 标 值 |
    >6亿吨 | 61.5% | 5.5万元/人 |
    属 性 | 约束性 | 预期性 | 预期性 |

The header row is a label the goal-table header words read as the indicator column (主要指标, 指标名称) and at least
two names; each following row a label read as one year's column (2022年目标值, 2025年, 2020年(基期)) and as many
values as names. Each name's value in a year to come is a target, as in a goal table (a base year's row is history).
"""

from __future__ import annotations

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.targets.goal_tables import (
    _ATTR,
    _MAX_CELL,
    _caption_unit,
    _caption_year,
    _Cell,
    _cells,
    _Column,
    _header,
    _is_value,
    _Reader,
)


def _label(cells: list[_Cell], lines: list[Line], k: int) -> tuple[str, list[_Cell], int]:
    """The row label of the row that starts at line ``k``, its cells and the line after it: the label first on the
    line, or alone on it with the cells on the next line."""
    if len(cells) == 1 and k + 1 < len(lines) and not lines[k + 1].chrome:
        return cells[0].text, _cells(lines[k + 1]), k + 2
    if len(cells) >= 2:
        return cells[0].text, cells[1:], k + 1
    return "", [], k + 1


def _names(cells: list[_Cell]) -> bool:
    return len(cells) >= 2 and all(len(c.text) <= _MAX_CELL and not _is_value(c.text) and _header(c.text) is None
                                   for c in cells)


def transposed_tables(lines: list[Line], paths: list[str], plan_year: int | None,
                      taken: set[int]) -> tuple[list[Target], set[int]]:
    """Targets of the tables in ``lines`` whose indicators are columns, and the indexes of the lines they take
    (lines in ``taken`` belong to another table and are not read)."""
    out: list[Target] = []
    used: set[int] = set()
    k = 0
    while k < len(lines):
        line, first = lines[k], k
        k += 1
        if line.chrome or k - 1 in taken or not line.text.strip(" |"):
            continue
        cells = _cells(line)
        label, names, j = _label(cells, lines, first)
        head = _header(label) if label else None
        if not head or [c.kind for c in head] != ["ind"] or not _names(names):
            continue
        caption_year, unit = _caption_year(lines, first, plan_year), _caption_unit(lines, first)
        rows, last = [], None
        while j < len(lines) and j not in taken:
            label, values, after = _label(_cells(lines[j]), lines, j)
            head = _header(label) if label else None
            if head and [c.kind for c in head] == ["attr"] and len(values) == len(names) \
                    and all(_ATTR.fullmatch(c.text) for c in values):
                j = last = after  # 属性 | 约束性 | 预期性: the row of attributes
                continue
            if not head or len(head) != 1 or head[0].kind != "value" or len(values) != len(names) \
                    or not all(_is_value(c.text) for c in values):
                break
            rows.append((head[0], values))
            j = last = after
        if not rows:
            continue
        for col, values in rows:
            reader = _Reader([_Column("ind"), col], plan_year, caption_year, unit)
            out.extend(reader.targets(lines, paths, [(n, None, [v]) for n, v in zip(names, values, strict=True)]))
        used.update(range(first, last))
        k = last
    return out, used
