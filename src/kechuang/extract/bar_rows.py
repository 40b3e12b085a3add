"""Tables printed a row a line between bars whose rows open with the task's name, not with a number.

A page's table of tasks pasted as text keeps its cells between bars; ``task_tables`` reads the rows that open with
their number (``1 | 任务 | 县科技局 |``). Two dev documents print rows that open with the task's name instead, and
their unit cells read as nothing:

- 徐庄镇 2017 安全生产专项整治工作计划 (https://public.dengfeng.gov.cn/D49Y/2044017.jhtml):
  ``专项整治行业名称 | 时间安排 | 责任单位 |`` then ``烟花爆竹 | 1月份 | 安监站 安监所 |`` (12 rows);
- a county bureau's 政务公开 task table (https://www.redwoodcoonhounds.com/public/15401/105053833.html):
  ``重點任務 | 工作內容 | 負責科室 |`` then ``政策解讀 | 對以我局…進行全面解讀… | 各責任科室 |`` (5 rows).

A header is a line of two to twelve short cells between bars, one of them a role column's name as the
tails' and the tables' vocabulary spells it (责任单位, 負責科室, 牵头部门, 责任股室(单位)), another no role's;
its rows are the lines right after it with as many cells, read until a line without them. A row's cell under a
role column lists its units (split as tails are, on 、 and on the spaces between names); a cell that lists none
(a time, a sentence) gives nothing. Lines another reader took (``skip``: the rows ``task_tables`` read) are left
alone, and so are rows that open with a number.
"""

from __future__ import annotations

import re

from kechuang.extract.assignments import parse_annotation
from kechuang.extract.label_words import LABEL, label_role
from kechuang.extract.lines import Line
from kechuang.extract.model import Annotation
from kechuang.extract.rules import simplified
from kechuang.extract.table_cells import without_role_brackets
from kechuang.extract.tail_words import ROLE_WORDS, VERB_ROLES, verb_role
from kechuang.extract.unit_lists import FoundUnit, looks_like_units, split_units
from kechuang.extract.wide_rows import passed_over, right_aligned, without_empty_end

_MIN_CELLS, _MAX_CELLS, _MAX_HEADER_CELL, _MAX_CELL = 2, 12, 16, 300
_WORDS = "|".join(sorted({*ROLE_WORDS, *(verb for verb, _ in VERB_ROLES)}, key=lambda w: (-len(w), w)))
# A role column's whole name: 责任单位, 负责科室, 牵头部门, 主要协作单位, 责任股室(单位)
_COLUMN = re.compile(rf"(?:主要)?({LABEL}|{_WORDS})(?:单位|部门|科室|股室)(?:[((][\u4e00-\u9fff]{{1,4}}[))])?")
_NUMBERED = re.compile(r"\s*\d")
# A header's cell may open with a year (2021年完成 | 2022年计划: 杨凌 2022, wide_rows), none with another number
_HEADER_NUMBER = re.compile(r"\s*\d(?!\d{3}年)")
# A field's name printed as a row's cell (配合单位, 联系科室, 主管部门 of a form's key | value lines) is no unit
_LABEL = re.compile(r"(?:联系|主管|实施|督办|督查|考核|评分)(?:单位|部门|科室|股室)")
# A tail in a row's other cell (推进…(县科技局牵头,县财政局配合)): the row is left to the tails' reader, whose roles
# (lead, cooperating) are finer than the column's
_TAIL = re.compile(rf"\([^()]{{0,120}}(?:{_WORDS})[^()]{{0,120}}\)")  # text normalised: （） are ( )


def _cells(line: Line) -> list[tuple[str, int]] | None:
    """(cell, offset) of a line printed between bars, the empty cell after a closing bar dropped; None for a line
    with no bar or with more cells than a table of tasks has."""
    text = line.text
    if "|" not in text or text.count("|") > _MAX_CELLS:
        return None
    out, pos = [], 0
    for part in text.split("|"):
        out.append((part.strip(), line.start + pos + len(part) - len(part.lstrip())))
        pos += len(part) + 1
    if out and not out[-1][0]:
        out.pop()
    return out if _MIN_CELLS <= len(out) <= _MAX_CELLS else None


def _column_role(cell: str) -> str | None:
    m = _COLUMN.fullmatch(without_role_brackets(re.sub(r"\s", "", simplified(cell))))  # 责任(牵头)部门 (table_cells)
    return (ROLE_WORDS.get(m.group(1)) or label_role(m.group(1)) or verb_role(m.group(1))[0]) if m else None


def _header(cells: list[tuple[str, int]]) -> dict[int, str] | None:
    """The role of each role column of a header (a line of short cells, none of them a number), or None."""
    if any(not c or len(c) > _MAX_HEADER_CELL or _HEADER_NUMBER.match(c) for c, _ in cells):
        return None
    roles = {k: role for k, (c, _) in enumerate(cells) if (role := _column_role(c))}
    if not roles or len(roles) == len(cells):
        return None
    # a field and its value (责任单位 | 县科技局, one a line) is no header: its other cells name no unit
    others = [(c, start) for k, (c, start) in enumerate(cells) if k not in roles]
    if any(looks_like_units([FoundUnit("responsible", u, s, e) for u, s, e in split_units(c, start)])
           for c, start in others):
        return None
    return roles


def _cell_units(cell: str, start: int, role: str) -> list[FoundUnit]:
    """The units a cell under a role column lists: split as a tail's list is (on 、 and on the spaces between
    names), each with the column's role; a cell that closes a clause with a verb of the tails is read as a tail is
    (the spec's (X牵头,Y配合): 江门 土地储备中心's ``办公室牵头,各科室配合``), a verb of lead or cooperation giving
    its role. [] for a cell of no units (a time, a sentence)."""
    if not cell or len(cell) > _MAX_CELL or _LABEL.fullmatch(cell) or _column_role(cell):
        return []
    if _VERB.search(simplified(cell)):
        found = parse_annotation(cell, start, tail=True) or []
    else:
        found = [FoundUnit(role, u, s, e) for u, s, e in split_units(cell, start)]
    if not found or not looks_like_units(found):
        return []
    if all(unit.role == "responsible" for unit in found):
        for unit in found:
            unit.role = role
    return found


_VERB = re.compile(r"(?:牵头|配合|协助|协办|参与|负责)(?:落实|实施)?(?:[,;。]|$)")


def extract_bar_rows(lines: list[Line], paths: list[str], skip: frozenset[int] = frozenset()
                     ) -> tuple[list[Annotation], list[tuple[str, FoundUnit]], set[int]]:
    """Annotations (one per cell of units), the units with their row's path, and the line indexes read; one pass
    over the lines, each split once."""
    annotations: list[Annotation] = []
    units: list[tuple[str, FoundUnit]] = []
    read: set[int] = set()
    roles: dict[int, str] | None = None
    width = named = 0  # the header's cells, and those of them printed (its merged columns' empty bars dropped)

    def take(line: Line, cell: str, start: int, role: str) -> None:
        found = _cell_units(cell, start, role)
        if not found:
            return
        annotations.append(Annotation(paths[line.index], cell, start, start + len(cell)))
        for unit in found:
            unit.annotation = len(annotations) - 1
            units.append((paths[line.index], unit))
        read.add(line.index)

    for line in lines:
        cells = None if line.chrome or line.index in skip or "|" not in line.text else _cells(line)  # (no bar: none)
        if cells is None:
            roles = None
            continue
        numbered = bool(_NUMBERED.match(cells[0][0]))
        # a header whose cells span the rows' columns (wide_rows): rows printed wider than it read aligned on the right
        placed = right_aligned(cells, named, roles) if roles is not None and not numbered else None
        if placed is not None:
            chosen = {at for at, _ in placed}
            if not any(k not in chosen and _TAIL.search(cell) for k, (cell, _) in enumerate(cells)):
                for at, role in placed:
                    take(line, *cells[at], role)
            continue
        if roles is not None and len(cells) == width and not numbered:
            if any(k not in roles and _TAIL.search(cell) for k, (cell, _) in enumerate(cells)):
                continue  # the tails' reader reads it
            for k, role in roles.items():
                take(line, *cells[k], role)
            continue
        if roles is not None and passed_over(cells, named, named < width) and _header(without_empty_end(cells)) is None:
            continue
        printed = without_empty_end(cells)
        roles = _header(printed) if printed else None
        width, named = len(cells), len(printed)
    return annotations, units, read
