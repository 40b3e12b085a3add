"""A title that opens with an area the state names after its place: the area is the plan's region (round 60).

openings/DECISIONS.md, region: "a named area in the title is the region (`北京城市副中心`, `乌昌石国家自主创新示范区`,
`江蘇連云港國家農業科技園區`)". ``region`` reads the 示范区, 园区 and 综合试验区 kinds; dev pages name four more
kinds, each once: a city's sub-centre (北京城市副中心科技创新“三量齐升”行动计划, 通州 2024), a metropolitan circle
(《遵义都市圈发展规划》主要目标…分工方案, 遵义 2022), a special economic zone (厦门经济特区社会信用条例,
厦门 2018) and a free-trade zone's new area (中国(上海)自由贸易试验区临港新片区海绵城市专项规划, 临港 2022).
The region read for such a title was its place alone (北京, 厦门) or none.
Only at the title's opening (after 关于 or a 《): an area named later in a place's own plan is its subject, not its
region (梧州市对接长江经济带发展实施方案 → 梧州市), and a city cluster (北部湾城市群…广西实施方案, 广西 2018) is
no kind here.
"""

from __future__ import annotations

import re

from kechuang.extract.metadata.common import CJK, printed_span, unread
from kechuang.extract.rules import simplified

# the area's own name: place words with no verb (推进, 建设, 创建…: a plan to build a kind of area names none; nor
# one to foster or support it: 关于培育发展现代化都市圈的指导意见, 发改规划〔2019〕328号 reprinted without its issuer,
# jumpstarthappiness.com/doc/60420.html; 关于支持经济特区…: review 28)
_STEM = (rf"(?:(?!推进|推动|促进|加快|建设|实施|开展|创建|争创|申报|对接|融入|关于|培育|发展|支持|打造|构建)[{CJK}])"
         r"{2,8}?")
_AREA = re.compile(rf"^(?:关于)?《?(?P<area>{_STEM}(?:城市副中心|都市圈|经济特区)"
                   rf"|中国\([{CJK}]{{2,3}}\)自由贸易试验区(?:[{CJK}]{{2,4}}?新片区)?)")
CUES = ("副中心", "都市圈", "特区", "特區", "自由贸易", "自由貿易")


def named_area(title: str | None) -> str | None:
    """The named area a title opens with (see the module's doc), as printed, or None."""
    if not title:
        return None
    plain, pos = unread(title)
    m = _AREA.match(simplified(plain).replace("(", "(").replace(")", ")"))
    return printed_span(title, pos, m.start("area"), m.end("area"), trailing=True) if m else None
