"""A unit's name broken by the page onto the next line of a table printed one cell a line, its second line longer than a
body's ending alone.

``task_tables._broken_pair`` joins a cell that is no unit and the next line when that line is a body's ending of one
to three characters (申通地铁 / 集团: 上海 交通光伏 2023, 附表2, dev; the tails' fifth-batch convention keeps the
break). 眉山 2017 十大民生工程 1–7月 progress table (dev, tails8 batch, https://www.ms.gov.cn/info/5565/1006442.htm)
breaks a name after its level and first words: ``市人力资源`` / ``社会保障局`` (twice), and the second line alone reads
as a unit of its own. A head that opens with a level (省, 市, 县, 区) and ends
no body, and a second line of four to six characters that opens with none and ends a body, are one name; a line that
opens with a level is a unit of its own (县城绿化 / 县住建局 stay two).

Review 9 (finding 1): a short task cell opens with the same characters (县城北片区路网,
区域医疗中心建设, 市民公园二期) and a county's table prints its units without their level (交通运输局,
卫生健康局), so the shape alone glued a task to its unit and the row lost it. The joined name, its level left off,
must also be a department of rules/departments.yaml (人力资源社会保障局, 人力资源和社会保障局: an abbreviation or
its full name).
"""

from __future__ import annotations

import re
from functools import cache

from kechuang.extract.rules import load_rules

_LEVEL_HEAD = re.compile(r"[省市县区][\u4e00-\u9fff]{2,9}")
_LONG_END = re.compile(r"[\u4e00-\u9fff]{4,6}")
_LEVELS = "省市县区州镇乡各"


@cache
def _departments() -> frozenset[str]:
    table = load_rules("departments")["aliases"]
    return frozenset(table) | frozenset(table.values())


def known_department(name: str) -> bool:
    """Whether ``name`` is a department of rules/departments.yaml as printed (住建局, 商务局): a complete name alone."""
    return name in _departments()


def long_broken_end(head: str, end: str) -> bool:
    """Whether ``end`` (4–6 characters, no level of its own) finishes the name ``head`` opened with a level: the two
    make a known department (市人力资源 / 社会保障局), not a task and the unit under it (县城北片区路网 /
    交通运输局)."""
    return (bool(_LEVEL_HEAD.fullmatch(head)) and bool(_LONG_END.fullmatch(end)) and end[0] not in _LEVELS
            and head[1:] + end in _departments())
