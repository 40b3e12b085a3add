"""Goal cells of task tables (民生工程 目标任务 tables): a header that names a 目标 column (``目标任务``, ``目标``) and
rows that print the task's name with its unit in brackets, the goal right after it as a bare number
(``城镇新增就业(人)`` / ``26000``). The number is a target of the plan's year, in the bracket's unit.

Two dev pages of two places print it (tests/extract/test_tab66_goal_cells.py): 眉山 2017 十大民生工程项目实施进度表,
one cell a line, its progress columns (进度, 完成目标(%)) after the responsible unit; 昭化 2017 民生工程目标任务分解表,
cells between ``|``. Only the cell right after the name is read: the progress cells further on are history.

A header whose cells name years (``2020年``, ``2025年目标``) is a goal table's (goal_tables, grid): no 目标 cell
of it is whole, and a year cell near the 目标 cell leaves the table unread here. The lines other table readers
took are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.targets.common import tidy
from kechuang.extract.targets.grid import UNIT_WORDS

_GOAL_HEAD = re.compile(r"目标任务|目标|任务目标")  # a whole header cell, spaces removed
_YEAR_HEAD = re.compile(r"(?:19|20)\d{2}年[\u4e00-\u9fff()（）]{0,6}")  # a year column's header cell
_NAME = re.compile(r"(?P<name>[\u4e00-\u9fff][^\d|()（）]{1,30})[(（](?P<unit>[^()（）]{1,6})[)）]")
_BARE = re.compile(r"\d{1,9}(?:\.\d{1,4})?")
# a column's word: a header cell that carries its unit (资金(万元), 完成(人)) and no task; the row's number follows it
_COLUMN_WORD = re.compile(r"目标|任务|进度|完成|资金|投资|金额|预算|补助|基数|现状|实际|备注|单位")
_HEAD_BACK = 16  # header lines looked at before the 目标 cell (a header printed one cell a line)
_WINDOW = 1000  # lines read after a header (a table one cell a line of 100 rows)
_PROSE = 80  # a line this long without cells ends the table


def _cells(line: Line) -> Iterator[tuple[str, int, int]]:
    """The cells of a line (between ``|``, else the line), stripped, with their absolute offsets."""
    text = line.text
    at = 0
    for part in text.split("|") if "|" in text else (text,):
        stripped = part.strip()
        if stripped:
            lead = at + part.index(stripped)
            yield stripped, line.start + lead, line.start + lead + len(stripped)
        at += len(part) + 1


def _squeeze(text: str) -> str:
    return text.replace(" ", "").replace("\u3000", "")


def _is_goal_header(line: Line) -> bool:
    return "目标" in line.text and any(_GOAL_HEAD.fullmatch(_squeeze(c)) for c, _s, _e in _cells(line))


# a column of values other than the goal (上年完成, 基数, 实际完成): printed before the 目标 cell, its number is the one
# right after the name (rev49)
_VALUE_COLUMN = re.compile(r"完成|进度|基数|现状|实际|上年|去年|资金|投资|金额|预算|补助")


def _goal_not_first(lines: list[Line], at: int) -> bool:
    """Whether the header cell just before the 目标 cell of line ``at`` (on the line, or the line before when the
    header is printed one cell a line) names a column of values: the number after a row's name is then that column's."""
    line = lines[at]
    if "|" in line.text:
        cells = [_squeeze(c) for c, _s, _e in _cells(line)]
        k = next(i for i, c in enumerate(cells) if _GOAL_HEAD.fullmatch(c))
        before = cells[k - 1] if k else ""
    else:
        before = _squeeze(lines[at - 1].text) if at else ""
    return _VALUE_COLUMN.search(before) is not None


def _dated(lines: list[Line], at: int) -> bool:
    """Whether a header cell near the 目标 cell names a year (a goal table's header, read by its readers)."""
    for line in lines[max(0, at - _HEAD_BACK):at + 1]:
        if any(_YEAR_HEAD.fullmatch(_squeeze(c)) for c, _s, _e in _cells(line)):
            return True
    return False


def goal_cells(lines: list[Line], paths: list[str], plan_year: int | None,
               taken: set[int]) -> tuple[list[Target], set[int]]:
    """Targets of the goal cells of the task tables in ``lines`` (lines in ``taken`` are other readers'), and the
    indexes of the one-cell lines they read."""
    out: list[Target] = []
    used: set[int] = set()
    k, n = 0, len(lines)
    while k < n:
        line = lines[k]
        if line.chrome or k in taken or len(line.text) > 200 or not _is_goal_header(line) or _dated(lines, k) \
                or _goal_not_first(lines, k):
            k += 1
            continue
        stream: list[tuple[str, int, int, Line]] = []
        j = k + 1
        while j < min(n, k + 1 + _WINDOW):
            row = lines[j]
            if row.chrome or j in taken or (len(row.text) > _PROSE and "|" not in row.text) or _is_goal_header(row):
                break
            stream.extend((c, s, e, row) for c, s, e in _cells(row))
            j += 1
        for (name, start, _end, name_line), (value, _s, end, value_line) in pairwise(stream):
            if not _BARE.fullmatch(value) or not (m := _NAME.fullmatch(name)) \
                    or not UNIT_WORDS.fullmatch(unit := m.group("unit")) or _COLUMN_WORD.search(m.group("name")):
                continue
            number = float(value)
            if number == 0:
                continue
            quote = "\n".join(ln.text for ln in lines[name_line.index:value_line.index + 1]) \
                if value_line is not name_line else name_line.text[start - name_line.start:end - name_line.start]
            out.append(Target(indicator=_squeeze(m.group("name")), kind="level", value=tidy(number), unit=unit,
                              year=plan_year, recurring=False, quote=quote, path=paths[name_line.index],
                              start=start, end=end))
            used.update(ln.index for ln in (name_line, value_line) if "|" not in ln.text)
        k = j
    return out, used
