"""Names a unit column's cell vouches for: places and a level's short names listed beside bodies.

A cell under a unit column (责任单位, 业主单位) names the units that answer for its row. There a place that answers for
the row is a unit (the spec's collective units: a place's government named by the place), and so is a body's short
name after its level (区水投, 区城投: a district's investment companies), though neither ends as a body: 长三角 2023
"一码通行" 工作任务分工表 (上海, dev, https://www.shanghai.gov.cn/zhengce/detail?businessId=
1baa1fc056f14a48832cf5a27fa85e47&siteId=0010) prints `上海市交通委员会、苏州市、嘉兴市` under 责任单位, and 新建 2024
民生实事 进度表 (江西, dev, http://www.pc28forum.com/xjqrmzf/msss/202412/80436a1e5df84a3ea912087b118f9118.shtml)
`区城管局 区水投` under 业主单位. A body in the same cell vouches for them: a cell with no body (a task's places, a
progress note such as 已完工, a date, a figure) stays unread, as does one whose other names are neither.
"""

from __future__ import annotations

import re

from kechuang.extract.place_names import AREA_HEADS, PLACE_END, POINTING_HEADS
from kechuang.extract.unit_lists import FoundUnit, looks_like_units

# A place: two to five characters and a place's ending (苏州市, 连云港市, 某某县: place_names.PLACE_END, no 城市,
# 超市, 小区, 县区, 市区…), and here neither a word pointing at a place (全市, 本市, 我区, 各区, 辖区:
# POINTING_HEADS) nor an area or a zone of one (景区, 园区, 示范区, 先行区, 保护区…: AREA_HEADS) — no body answers
# for a row as either. A level's short name: the level, then two or three characters (区水投), not a level's word
# (市级, 市场, 区域, 县域, 市直, 市民, 区内, 市政, 县乡, 市区).
_PLACE_OR_SHORT = re.compile(
    rf"[\u4e00-\u9fff]{{2,5}}(?<![{POINTING_HEADS}{AREA_HEADS}]){PLACE_END}"
    r"|[省市县区](?![级场域直民内外属辖政省市县区乡镇村郊])[\u4e00-\u9fff]{2,3}")


def vouched_units(units: list[tuple[str, int, int]]) -> bool:
    """Whether a unit column's cell that ``looks_like_units`` refused lists units all the same: a body or more, and
    every other name a place or a level's short name (``_PLACE_OR_SHORT``)."""
    if len(units) < 2 or not any(_PLACE_OR_SHORT.fullmatch(u) for u, _, _ in units):
        return False  # most refused cells name neither (tested before a name is read as a list)
    bodies = [looks_like_units([FoundUnit("", u, s, e)]) for u, s, e in units]
    return any(bodies) and all(body or _PLACE_OR_SHORT.fullmatch(u)
                               for body, (u, _, _) in zip(bodies, units, strict=True))
