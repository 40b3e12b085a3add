"""Names of a body's sections and stations printed together in one cell with no separator: several units.

A county bureau's sections (股), a town's stations (所) and its halls (馆) are short names that a table's cell may
print one after the other with nothing between them: `派出所工商质监所` beside `文化站` (登封 2017 专项整治安排表, dev,
https://public.dengfeng.gov.cn/D49Y/2044017.jhtml), `文化宣传股文化馆` under `责任股室(单位)` (略阳 文旅 目标任务, dev,
https://lueyang.qinfeng.gov.cn/info/1013/2824.htm). The cell is split where one name ends with 所/股/馆 and what follows
runs, three characters or more, to the same kind of ending; a name whose inner 股 or 所 ends no body stays whole
(`省金融控股公司`: 控股 is a holding, and 公司 no section; `各股室`: 各股 is no name). Names opening with their level
(区发改局区统计局) are split by unit_lists before this.

Review 9 (finding 6): the cut fell inside words, for a 所, 股 or 馆 ends no body there: 所 before 在/属/有/辖 is a
particle (项目所在地派出所, 各乡镇所属派出所, 全县所有派出所), 场所/住所/处所 a place (县公共场所卫生监督所), 股 before
份/东/权 a share (中国邮政储蓄银行股份有限公司城关营业所), a hall's 管理所 the hall's own office (县体育馆管理所), and a
body 附属/下属/直属 to the one before it belongs to it (市研究所附属卫生所). A cut now needs the left piece to end in a
body word (派出所, 财政所, 国库股, 文化馆), not a place, share or holding, and the right to open no such word.

Review 10 (finding 7): the share and particle letters held whatever the ending, so a station before a name
opening with 东 or 权 was no longer cut (司法所东城派出所, 财政所权益股). 份/东/权 now stop a cut only after 股,
在/属/有/辖 only after 所.
"""

from __future__ import annotations

import re

SECTION_ENDS = _ENDS = "所股馆館"  # a station, a section, a hall (traditional 館 as pages print it)
_SHORTEST = 3  # 派出所, 文化馆: the shortest name either side
_LONGEST = 24  # two or three glued names; a longer run of characters is no cell of names (and stays linear)
_PLAIN = re.compile(r"[\u4e00-\u9fff]+")
_HOLDING = ("控股", "持股", "入股", "参股")  # a share, not a section
_PLACE = ("场所", "住所", "处所", "厕所")  # a place, not a station
_INSIDE = {"所": "在属有辖", "股": "份东权"}  # 所在, 所属, 所有, 所辖 a particle; 股份, 股东, 股权 a share
_BELONGING = ("附属", "下属", "直属")  # the body after the cut is the one before it's
_HALLS = "馆館"


def _cut(unit: str, i: int) -> bool:
    """Whether the 所/股/馆 at ``i`` ends a body's name and the next name opens after it."""
    left, right = unit[:i + 1], unit[i + 1:]
    return (not left.endswith(_HOLDING + _PLACE) and right[:1] not in _INSIDE.get(left[-1], "")
            and not right.startswith(_BELONGING)
            and not (left[-1] in _HALLS and right.startswith("管理")))  # 体育馆管理所: the hall's own office


def split_sections(unit: str, start: int) -> list[tuple[str, int, int]]:
    """``派出所工商质监所`` → ``派出所``, ``工商质监所`` (with offsets from ``start``); any other name whole."""
    whole = [(unit, start, start + len(unit))]
    if len(unit) > _LONGEST or unit[-1:] not in _ENDS or not _PLAIN.fullmatch(unit):
        return whole
    pieces, last = [], 0
    for i in range(_SHORTEST - 1, len(unit) - _SHORTEST):  # the name after a cut keeps three characters or more
        if unit[i] in _ENDS and i + 1 - last >= _SHORTEST and _cut(unit, i):
            pieces.append((unit[last:i + 1], start + last, start + i + 1))
            last = i + 1
    return [*pieces, (unit[last:], start + last, start + len(unit))] if pieces else whole
