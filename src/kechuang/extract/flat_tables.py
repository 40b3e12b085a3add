"""Task tables flattened into lines with neither bars nor row numbers: a header line whose last fields, between
spaces, name two or more columns (``…职责清单工作任务和内容 责任单位 配合单位 完成时间``), then rows whose task
sentences end with a full stop and whose trailing fields are the unit cells and the time cell
(``…公开曝光. 县委宣传部 持续开展``).

The header line is the gate: a line of spaces is common in flattened pages of every kind, a line ending in column
names is not. The shape's two halves are printed so on dev pages of different places: the header flattened onto
one line between spaces by 青阳 2023 (``序号 2023年重点工作任务 牵头 领导 … 责任单位 …``, read by the 序号 reader,
https://www.ahqy.gov.cn/OpennessContent/show/1493481.html) and 监利 2018 职责清单
(https://www.wanglu.net/thread/t4-381931-0.html); the unit cells after a task's last sentence, then a cell that is
no unit (a time, a person), by 监利 2018 and 郭坑镇's 任务分解表 (http://biz.doczj.com/doc/46150036.html, whose
excerpt lost its header and stays unread here).
"""

from __future__ import annotations

import re

from kechuang.extract.label_words import LINK_WORDS
from kechuang.extract.lines import Line
from kechuang.extract.model import Annotation
from kechuang.extract.table_cells import SCHEDULE_CELL
from kechuang.extract.tail_words import ROLE_WORDS
from kechuang.extract.unit_lists import FoundUnit, looks_like_units, split_units, unit_like
from kechuang.extract.verb_cells import cell_roles

# A column's name as a field of its own: a unit column (a role word, then 单位/部门/科室/股室) or a time column.
# A role word may take a link word before its noun (牵头责任单位, 牵头落实单位: label_words).
_UNIT_FIELD = re.compile(r"(牵头|责任|配合|协同|协办|协助|主办|主责|承办|参与|负责)"
                         rf"(?:{'|'.join(LINK_WORDS)})?(?:单位|部门|科室|股室)")
_TIME_FIELD = re.compile(r"完成(?:时间|时限)|时间(?:节点|进度|要求|安排)?|时限(?:要求)?|进度安排")
# A time cell opens with a schedule phrase (持续开展, 长期坚持: table_cells.SCHEDULE_CELL) or a date (7月底前制定,
# 12月底前完成新能源汽车更换, 2018年6月).
_DATED = re.compile(r"\d{4}年|\d{1,2}月")
# A task's sentence ends with a full stop (the forum reprint prints 。 as .) or a semicolon; a point between digits
# is a decimal.
_STOP = re.compile(r"[。;;!!]|(?<!\d)\.(?!\d)")
# A section of a body (督查室, 办公室, 综合科) printed after its parent across a space: one unit (县委县政府 督查室).
_SECTION = re.compile(r"[\u4e00-\u9fff]{1,6}[室科股处]")
# A field that opens with a level or a place's collective stands alone as a unit's name (县公安局, 各乡镇).
_STANDS_ALONE = "省市县区州旗镇乡街各"
_MAX_GAP = 4  # lines of a row's task (no unit cell) between two rows; more, and the table has ended
_MAX_FIELDS = 12


def _header_roles(line: Line) -> tuple[list[str], bool] | None:
    """(the unit columns' roles in order, whether a time column follows them) of a flattened header line, or None.
    The line's last fields, between spaces, are two or more column names, one of them a unit column's."""
    if "|" in line.text or line.chrome or ("单位" not in line.text and "部门" not in line.text):
        return None
    fields = line.text.split()
    if len(fields) < 3:
        return None
    names = []
    for field in reversed(fields[-_MAX_FIELDS:]):
        if not (_UNIT_FIELD.fullmatch(field) or _TIME_FIELD.fullmatch(field)):
            break
        names.append(field)
    names.reverse()
    roles = [ROLE_WORDS[m.group(1)] for f in names if (m := _UNIT_FIELD.fullmatch(f))]
    if len(names) < 2 or not roles:
        return None
    return roles, any(_TIME_FIELD.fullmatch(f) for f in names)


def _time_cell(field: str) -> bool:
    return bool(SCHEDULE_CELL.match(field) or _DATED.match(field))


def _unit(field: str) -> bool:
    units = split_units(field, 0)
    return bool(units) and looks_like_units([FoundUnit("", u, s, e) for u, s, e in units])


def _joined(head: str, tail: str) -> bool:
    """Whether ``tail``, after a space, goes on ``head``'s name: it opens with no level or place (a unit printed
    whole opens with one: 县公安局, 各乡镇), the two make one unit, and ``head`` is no unit alone (县交通 运输局) or
    ``tail`` is a section of it (县委县政府 督查室)."""
    return (tail[0] not in _STANDS_ALONE and unit_like(head + tail)
            and (not unit_like(head) or bool(_SECTION.fullmatch(tail))))


def _cells(line: Line, task_ended: bool, timed: bool) -> list[tuple[str, int, bool]]:
    """The unit cells (text, offset) of a row's line: its fields after the task's last sentence, up to a time cell
    (or the line's end), every one a list of units. [] when the line prints none."""
    stops = list(_STOP.finditer(line.text))
    if not stops and not task_ended:
        return []
    at = stops[-1].end() if stops else 0
    fields = [(m.group(), line.start + m.start()) for m in re.finditer(r"\S{1,200}", line.text[at:])][:_MAX_FIELDS]
    fields = [(f, s + at) for f, s in fields]
    cells: list[tuple[str, int, bool]] = []  # (text, offset, joined across a space)
    k = 0
    while k < len(fields):
        field, start = fields[k]
        if cells and _joined(cells[-1][0], field):
            _, head_start, _ = cells.pop()  # the unit as printed, its space kept
            cells.append((line.text[head_start - line.start:start - line.start + len(field)], head_start, True))
        elif _unit(field) or (k + 1 < len(fields) and _joined(field, fields[k + 1][0])):
            cells.append((field, start, False))
        else:
            break
        k += 1
    rest = fields[k:]
    if not cells or (rest and not (timed and _time_cell(rest[0][0]))):
        return []
    return cells


def extract_flat_tables(lines: list[Line], paths: list[str], skip: frozenset[int] = frozenset()
                        ) -> tuple[list[Annotation], list[tuple[str, FoundUnit]], set[int]]:
    """Annotations (one per unit cell), the units with their row's path, and the line indexes read, of the flattened
    task tables (lines in ``skip``, read by another table reader, are passed over)."""
    annotations: list[Annotation] = []
    units: list[tuple[str, FoundUnit]] = []
    read: set[int] = set()
    i = 0
    while i < len(lines):
        header = _header_roles(lines[i]) if i not in skip else None
        if header is None:
            i += 1
            continue
        roles, timed = header
        gap, task_ended, j = 0, False, i + 1
        while j < len(lines) and gap <= _MAX_GAP:
            line = lines[j]
            if line.chrome or "|" in line.text or j in skip or _header_roles(line):
                break
            cells = _cells(line, task_ended, timed)
            for k, (cell, start, joined) in enumerate(cells):
                role = roles[min(k, len(roles) - 1)]
                found = [(cell, start, start + len(cell))] if joined else split_units(cell, start)
                annotations.append(Annotation(paths[j], cell, start, start + len(cell)))
                units.extend((paths[j], f) for f in cell_roles(cell, start, role, found, len(annotations) - 1))
            if cells:
                read.add(j)
            gap = 0 if cells else gap + 1
            task_ended = bool(line.text.strip()) and bool(_STOP.search(line.text.rstrip()[-1:]))
            j += 1
        i = j
    return annotations, units, read
