"""A margin over a peer's figure that a plan sets as a floor: `力促龙头企业产值增速高于全区平均增速1个百分点以上`
(宁夏 2021 工业经济 news, https://chinawznews.net/xianqu/2021122455432.html), `一般公共预算收入高于全市7个百分点以上`
(天衢新区 2024 政府工作报告 news, http://m.nxhuan.com/renwu/p/1648540.html) — both dev.

A count of percentage points after a comparison (高于全国1.5个百分点) is refused by count_candidate: reports print a
measured rate with its margin over the province's or the nation's. A measured margin is exact; a goal's margin carries
its floor, 以上, right after the value. The indicator is the name before the comparison, without the wording that
introduces it (按照: `主要经济指标按照高于全市2个百分点以上来安排`)."""

from __future__ import annotations

import re

# the comparison closing the words before the value: 高于/高出/快于 (a peer of a few words), or 比 + peer + 高(出);
# no digit in the peer (比2020年高: a base year, read elsewhere), at most twelve characters
_PEER_MARGIN = re.compile(r"(?:按照|按)?(?:高于|高出|快于)[^\d,,;;。、]{1,12}$"
                          r"|(?:按照|按)?比(?!\d)[^\d,,;;。、]{1,12}?(?<!提)高出?$")
_FLOORS = ("以上", "及以上")
# a verb of urging opening the name (力促龙头企业产值增速…): the plan's push, no part of the indicator
_URGED = re.compile(r"^(?:力促|力争|促进|推动|确保)")


def floored_margin(head: str, cmp: str | None) -> str | None:
    """The name of a margin over a peer set as a floor (module note), or None when ``head`` (the words before a count
    of percentage points) closes with no comparison or the value carries no floor (``cmp``)."""
    if cmp not in _FLOORS:
        return None
    m = _PEER_MARGIN.search(head, max(0, len(head) - 20))
    if m is None:
        return None
    name = head[:m.start()].rstrip(" ,,")
    name = name[u.end():] if (u := _URGED.match(name)) else name
    return name if len(name) >= 2 else None
