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

Review 10 (finding 4): the yaml lacked the standard county bureaus, so a bureau broken over two lines lost its head
(市城市管理 / 综合执法局, 市文化广电 / 和旅游局, 市行政审批 / 服务管理局 read their second line alone). The yaml now
holds them (城市管理综合执法局, 文化广电和旅游局, 行政审批服务管理局, 医疗保障局, 退役军人事务局, 应急管理局, …); an end
opening with 和/与/及 and ending a bureau continues the head's name though the joined name is not there, unless the
head reads as a task (县城道路改造 / 和养护管理局); an end that is a complete department alone (交通运输局, 城市管理局)
is never a second line.
"""

from __future__ import annotations

import re
from functools import cache

from kechuang.extract.rules import load_rules

_LEVEL_HEAD = re.compile(r"[省市县区][\u4e00-\u9fff]{2,9}")
_LONG_END = re.compile(r"[\u4e00-\u9fff]{4,6}")
_LEVELS = "省市县区州镇乡各"
_AND_END = re.compile(r"[和与及][\u4e00-\u9fff]{2,4}[局委办厅]")  # 和旅游局: the name goes on after its 和
_TASK = re.compile(r"建设|改造|提升|推进|实施|整治|打造|新建|工程|项目|道路|路网|公园|片区")


@cache
def _departments() -> frozenset[str]:
    table = load_rules("departments")["aliases"]
    return frozenset(table) | frozenset(table.values())


def known_department(name: str) -> bool:
    """Whether ``name`` is a department of rules/departments.yaml as printed (住建局, 商务局): a complete name alone."""
    return name in _departments()


def long_broken_end(head: str, end: str) -> bool:
    """Whether ``end`` (4–6 characters, no level of its own) finishes the name ``head`` opened with a level: the two
    make a known department (市人力资源 / 社会保障局) or the end goes on after 和/与/及 (市文化广电 / 和旅游局), not a
    task and the unit under it (县城北片区路网 / 交通运输局)."""
    return (bool(_LEVEL_HEAD.fullmatch(head)) and bool(_LONG_END.fullmatch(end)) and end[0] not in _LEVELS
            and end not in _departments()
            and (head[1:] + end in _departments() or (bool(_AND_END.fullmatch(end)) and not _TASK.search(head))))
