"""A unit a table's row prints in its lead column and again among its responsible units is one assignment: lead.

Tables of tasks that head one column 牵头单位 and another 责任单位 (or 主体责任单位) often repeat the
leading unit in the second: `区农业农村局、…、区发改局、…` then `区发改局` (莲都 2023 重点工作责任分解, dev,
http://www.liandu.gov.cn/art/2023/4/17/art_1229389376_59114525.html), `县卫健委 县卫健委 县直有关单位` under
`牵头责任单位 主体责任单位 配合责任单位` (青阳 2023 重点工作责任清单, dev,
https://www.ahqy.gov.cn/OpennessContent/show/1493481.html). The corpus reads such a unit once, as lead (fixtures
README, tenth batch); the other units of the cell stay responsible. A row is the run of unit cells with nothing
but spaces and bars between them; a unit that leads one row and answers for the next (the next row's number
and task between them) keeps both assignments.
"""

from __future__ import annotations

import re

from kechuang.extract.model import Annotation
from kechuang.extract.unit_lists import FoundUnit

_SAME_ROW_GAP = re.compile(r"[\s|｜]*")  # what stands between two cells of one row
_LONGEST_GAP = 40  # a wider gap holds more than a row's separators: it is not read at all


def _rows(text: str, cells: list[Annotation]) -> list[int]:
    """The row of each cell, in order: a new row wherever something other than spaces and bars stands between cells."""
    rows, row = [], 0
    for k, cell in enumerate(cells):
        if k:
            end = cells[k - 1].end
            if not (0 <= cell.start - end <= _LONGEST_GAP and _SAME_ROW_GAP.fullmatch(text, end, cell.start)):
                row += 1
        rows.append(row)
    return rows


def without_repeated_leads(text: str, cells: list[Annotation], units: list[tuple[str, FoundUnit]]
                           ) -> list[tuple[str, FoundUnit]]:
    """``units`` (each with the index of its cell in ``cells``) less the responsible ones its row reads as lead too."""
    if not any(u.role == "lead" for _, u in units):
        return units
    rows = _rows(text, cells)
    leads = {(rows[u.annotation], u.unit) for _, u in units if u.role == "lead"}
    return [(path, u) for path, u in units if u.role != "responsible" or (rows[u.annotation], u.unit) not in leads]
