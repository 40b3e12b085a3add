"""A table's unit cell that prints each unit's role with a verb, as a tail does without brackets:
``县自然资源局牵头`` in a 牵头单位 cell, then ``县发改委、住建局、交通运输局等部门`` in the 配合单位 cell (如东 2020
城市安全发展 任务分工清单, dev, http://www.rudong.gov.cn/ajj/jhzj/content/9cba4022-2b38-4cb0-9bcc-a25e2697d9b4.html),
``办公室牵头,各科室配合`` in a 责任部门 table's row (江门 2021 土地储备中心 政务公开, dev,
http://sd-xs.com/bmpd/jmstdcbzx/zwdt/tzgg/content/post_2452685.html). Such a cell is no list of names (its last name
ends with the verb), so it was read as no unit cell: its units were lost and the next cell took the first column's
role (the 配合 units read as leads). Read here: each clause's units with its verb's role, and the cell fills its
column.
"""

from __future__ import annotations

import re

from kechuang.extract.label_words import field_role
from kechuang.extract.rules import simplified
from kechuang.extract.tail_words import KEYWORDS, MANNER, keyword_marks, verb_role
from kechuang.extract.unit_lists import FoundUnit, bracket_role, looks_like_units, split_units

_CLAUSE = re.compile(r"[^,,;;]+")
_MAX_CLAUSES = 3
# and how the units take it on, as a tail's 按职责分工负责 (…,乡镇人民政府按职责分工分别负责, 西平 2020, dev,
# http://xiping.gov.cn/portal/zwgk/zfwj/xzb/xzbelel/webinfo/2020/09/1606553978297842.htm): a cell continued after its 、
# (区应急局、 / 各街道按职责分工负责, asg57's variant of 杨浦 2022's cells) read 各街道按职责分工 as a unit
_MANNER = re.compile(rf"(?:{MANNER})?(?:分别|共同)?$")  # tail_words.MANNER


def verb_cell(cell: str, start: int) -> list[tuple[str, str, int, int]]:
    """(role, unit, start, end) of every unit of a cell whose clauses each close with a role verb (X牵头, Y、Z配合);
    [] for any other cell (a list of names, a sentence: a clause without a verb, or names that are no bodies)."""
    keyworded = _keyword_cell(cell, start)
    if keyworded is not None:
        return keyworded
    clauses = list(_CLAUSE.finditer(cell.rstrip("。. ")))
    if not clauses or len(clauses) > _MAX_CLAUSES:
        return []
    out: list[tuple[str, str, int, int]] = []
    for m in clauses:
        role, names = verb_role(m.group().rstrip())
        names = _MANNER.sub("", names)  # 潍坊银监分局分别牵头落实 (潍坊 2017, held out): the manner is no name
        units = split_units(names, start + m.start()) if role else []
        if not units or not looks_like_units([FoundUnit(role or "", u, s, e) for u, s, e in units]):
            return []
        out.extend((role, u, s, e) for u, s, e in units)
    return out


def cell_roles(cell: str, start: int, role: str, found: list[tuple[str, int, int]], annotation: int) -> list[FoundUnit]:
    """The units of a table's cell with their roles: a verb cell's own, else the column's for each unit found."""
    # a role in brackets after a unit (县财政局(牵头)) is the unit's (unit_lists.bracket_role)
    return [FoundUnit(r, u, s, e, annotation)
            for r, u, s, e in verb_cell(cell, start)
            or [(bracket_role(cell, e - start) or role, u, s, e) for u, s, e in found]]


def _keyword_cell(cell: str, start: int) -> list[tuple[str, str, int, int]] | None:
    """A cell that names its units with keywords, as a tail does (``牵头单位:X;配合单位:Y`` under a table's 责任单位
    column, asg29): each keyword's units with its role; [] when a keyword's list is no list of units; None when no
    keyword opens the cell."""
    plain = simplified(cell)  # one character for one: offsets hold
    if not KEYWORDS.match(plain):
        return None
    marks = keyword_marks(plain)
    out: list[tuple[str, str, int, int]] = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(cell)
        units = split_units(cell[m.end():end].rstrip("。. "), start + m.end())
        role = field_role(m.group(1))
        if not units or not looks_like_units([FoundUnit(role, u, s, e) for u, s, e in units]):
            return []
        out.extend((role, u, s, e) for u, s, e in units)
    return out
