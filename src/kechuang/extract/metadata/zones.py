"""A city's document about a zone of its own: the zone is its region (openings5, round 27); a national plan about
a macro-region (东北地区) is placed in it (round 49).

A government's notice or opinion whose title names, right after 关于 and a verb of support, a development zone named by
the city's own stem (滁州市人民政府关于滁州高新区实施“一区一带多园”管理体制的通知, f-cn 2022;
鄂爾多斯市人民政府關于促進鄂爾多斯高新技術產業開發區高質量發展的實施意見, xmqimo 2025) is placed in that zone, as a
named area in a title places a plan (openings/DECISIONS.md: 新乡高新区, 天津滨海高新技术产业开发区).
"""

from __future__ import annotations

import re

from kechuang.extract.metadata.common import CJK, printed_span, unread
from kechuang.extract.rules import simplified

_ZONE = re.compile(rf"^(?P<stem>[{CJK}]{{2,4}}?)(?:市|州|盟|县)人民政府关于(?:促进|推进|支持|加快|推动)?"
                   r"(?P<zone>(?P=stem)(?:国家)?(?:高新技术产业开发区|高新区|经济技术开发区|经济开发区))")


def zone_of(title: str | None) -> str | None:
    """The zone a city's document names as its subject (see the module's doc), as printed."""
    if not title:
        return None
    plain, pos = unread(title)
    m = _ZONE.match(simplified(plain))
    return printed_span(title, pos, m.start("zone"), m.end("zone"), trailing=True) if m else None


# A national plan about one of the country's macro-regions, its title opening with it after a verb of support
# (推动东北地区冰雪经济高质量发展…实施方案, 国家发展改革委 2024; 促进中部地区崛起“十三五”规划, 2016: dev
# pages) is placed in that area (openings/DECISIONS.md, openings3: `东北地区`), as a named area in a title places a
# plan; a place before it (山西省贯彻落实《促进中部地区…》) leaves the title to the place's reading (round 49).
_AREA = re.compile(r"^(?:关于)?(?:促进|推动|推进|支持|加快|深入推进|新时代推动|进一步推动)?"
                   r"(?P<area>(?:东北|西北|西南|东南|中部|西部|东部|华北|华东|华南|华中)地区)")


def area_of(title: str | None) -> str | None:
    """The macro-region a national plan's title opens with (see ``_AREA``), as printed."""
    if not title or "地区" not in simplified(title):
        return None
    plain, pos = unread(title)
    m = _AREA.match(simplified(plain))
    return printed_span(title, pos, m.start("area"), m.end("area"), trailing=True) if m else None
