"""The place a reply is about: a 批复, 复函 or reply whose title names a place right after its 关于 (and a verb of
consent or support) is placed there, not at its issuer's seat (openings/DECISIONS.md: a reply about a county named in
its title takes the county, 临邑县 2024; a 国务院 批复 about a city's plan takes the city, 上海市 2012; openings7:
兰陵's 批复 on its villages' plans → 下村乡, 连南's on a project of 三排镇 → 三排镇, a renamed or upgraded zone →
the zone as the title first names it, 江阴经济开发区 and 寧波省級高新技術產業開發區, 河南郑州经济技术开发区 whole).

The deepest of the places that open the part after 关于: a province with its level word is passed over (江苏省江阴…),
a county or a city, then a township or a district of one to three characters (三排镇; 上海市海洋功能区划 names no 区).
"""

from __future__ import annotations

import re

from kechuang.extract.metadata.common import CJK, printed_span, unread
from kechuang.extract.rules import simplified

_REPLY = re.compile(r"(?:关于|关於)(?:同意|支持|对)?(?P<rest>.{2,150}?)的?(?:批复|批覆|复函|答复|答复函|建议)$")
_ZONE = "经济技术开发区|高新技术产业开发区|经济开发区|高新区|开发区"
_PROVINCE = re.compile(rf"[{CJK}]{{2,3}}?(?:省|自治区)")
_START = re.compile(rf"(?:[{CJK}]{{2,6}}?(?:{_ZONE}))|(?:[{CJK}]{{2,7}}?(?:自治县|自治州|县|市|旗|盟))"
                    rf"|(?:[{CJK}]{{2,4}}?(?:镇|乡))")
_DEEPER = re.compile(rf"[{CJK}]{{1,3}}?(?:镇|乡|街道|县|区)")
_NOT_PLACE = re.compile(r"设立|建设|发展|推进|加快|实施|更名|升级|调整|撤销|规划|项目|工作|政协|人大")


def reply_place(title: str | None) -> str | None:
    """The place a reply's title names after 关于 (see the module's doc), as printed; None for any other title."""
    if not title or not title.endswith(("复", "覆", "復", "函", "议", "議")):
        return None
    plain, pos = unread(title)
    flat = simplified(plain)
    m = _REPLY.search(flat)
    if not m:
        return None
    start = m.start("rest")
    province = _PROVINCE.match(flat, start)
    if province and _START.match(flat, province.end()):
        start = province.end()  # 江苏省江阴经济开发区: the higher division is no part of the place
    place = _START.match(flat, start)
    if not place or _NOT_PLACE.search(place.group()):
        return None
    end = place.end()
    if not re.search(_ZONE, place.group()):
        deeper = _DEEPER.match(flat, end)
        if deeper and not _NOT_PLACE.search(deeper.group()):
            start, end = deeper.start(), deeper.end()
        else:
            start = place.start()
    else:
        start = place.start()
    return printed_span(title, pos, start, end)
