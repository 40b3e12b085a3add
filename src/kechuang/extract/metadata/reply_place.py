"""The place a reply is about: a 批复, 复函 or reply whose title names a place right after its 关于 (and a verb of
consent or support) is placed there, not at its issuer's seat (openings/DECISIONS.md: a reply about a county named in
its title takes the county, 临邑县 2024; a 国务院 批复 about a city's plan takes the city, 上海市 2012; openings7:
兰陵's 批复 on its villages' plans → 下村乡, 连南's on a project of 三排镇 → 三排镇, a renamed or upgraded zone →
the zone as the title first names it, 江阴经济开发区 and 寧波省級高新技術產業開發區, 河南郑州经济技术开发区 whole).

The deepest of the places that open the part after 关于: a province with its level word is passed over (江苏省江阴…),
a county or a city, then a township or a district of one to three characters (三排镇; 上海市海洋功能区划 names no 区).

Review 9 (the title's verb phrase read as a place: 关于同意增加城市绿地 → 增加城市, 关于制定绥阳县…的建议 → 制定绥阳县,
关于提升乡镇卫生院… → 提升乡): a candidate is a place only when it reads as one — no verb opens it (``_VERB``), no
level word inside its name (加强区县, 市交通运输局城市, 区乡), none of the compound level words (乡镇, 市县) or the
countryside (乡村) at its end, a county or a city that ``region_of`` reads whole (中共某县 is a body), a township as
the name of its government (下村乡人民政府); and a county or a city that is not the issuer's own county (``known``,
the region read before: a county's government replies about its townships and zones, not about a city or another
county) gives way to it. A 建议 (a committee's proposals, 中共绥阳县委关于…的建议) is no reply: its place is its
issuer's.
"""

from __future__ import annotations

import re

from kechuang.extract.metadata.common import CJK, printed_span, unread
from kechuang.extract.metadata.region import region_of, rural
from kechuang.extract.rules import simplified

_REPLY = re.compile(r"(?:关于|关於)(?:同意|支持|对)?(?P<rest>.{2,150}?)的?(?:批复|批覆|复函|答复|答复函)$")
_ZONE = "经济技术开发区|高新技术产业开发区|经济开发区|高新区|开发区"
_PROVINCE = re.compile(rf"[{CJK}]{{2,3}}?(?:省|自治区)")
_START = re.compile(rf"(?:[{CJK}]{{2,6}}?(?:{_ZONE}))|(?:[{CJK}]{{2,7}}?(?:自治县|自治州|县|市|旗|盟))"
                    rf"|(?:[{CJK}]{{2,4}}?(?:镇|乡))")
_DEEPER = re.compile(rf"[{CJK}]{{1,3}}?(?:镇|乡|街道|县|区)")
_NOT_PLACE = re.compile(r"设立|建设|发展|推进|加快|实施|更名|升级|调整|撤销|规划|项目|工作|政协|人大|中共|委员会")
# the verbs a reply's subject opens with (关于同意增加城市绿地, 关于制定绥阳县…, 关于同意成立某县…大队): no place's name
_VERB = re.compile(r"制定|制订|增加|增设|新增|改善|改进|改造|改建|扩建|新建|筹建|组建|成立|加强|加大|落实|提升|"
                   r"提高|开展|组织|做好|完善|优化|保障|保护|治理|整治|规范|开通|开放|扩大|申请|请求|批准|印发|下达|划定|认定|命名|"
                   r"公布|确定|给予|解决|修改|修订|编制|转发|实行|合并|撤并|恢复|启动|打造|创建|争创|申报|纳入|列入|促进|"
                   r"推动|支持|同意|深化|健全|建立|强化|召开|举办|开发(?!区)")
_LEVEL = "县市区省"  # inside a name (新乡市, 衢州市 and 镇江市 hold 乡, 州 and 镇)


def reply_place(title: str | None, known: str | None = None) -> str | None:
    """The place a reply's title names after 关于 (see the module's doc), as printed; None for any other title, and
    for a county or a city other than ``known`` when ``known`` (the region read before) is a county's."""
    if not title or not title.endswith(("复", "覆", "復", "函")):
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
    if not place or _NOT_PLACE.search(place.group()) or not _named(flat, place.start(), place.end()):
        return None
    end = place.end()
    if not re.search(_ZONE, place.group()):
        deeper = _DEEPER.match(flat, end)
        if deeper and not _NOT_PLACE.search(deeper.group()) and _named(flat, deeper.start(), deeper.end()):
            start, end = deeper.start(), deeper.end()
        else:
            start = place.start()
        if not _under(flat[start:end], simplified(unread(known)[0]) if known else None):
            return None
    else:
        start = place.start()
    return printed_span(title, pos, start, end)


def _named(flat: str, start: int, end: int) -> bool:
    """``flat[start:end]`` (a county, a city, a township or a district; a zone is read whole) reads as a place's
    name: no verb opens it, no level word inside its name, no compound of levels or the countryside at its end, a
    county or a city that ``region_of`` reads whole, a township as its government's name (see the module's doc)."""
    place, after = flat[start:end], flat[end:end + 1]
    if re.search(_ZONE, place):
        return not _VERB.match(place)
    name, level = place[:-1], place[-1]
    if _VERB.match(place) or re.search(f"[{_LEVEL}]|街道", name[1:]) or name[0] in _LEVEL:  # 三垟街道城市
        return False
    if level in "乡镇" and ((after and after in "乡镇") or rural(flat, end)):
        return False  # 提升乡镇卫生院, 落实乡村振兴, 金华市区乡村: words, not a township
    if level == "市" and after == "县":
        return False  # 加强市县协作
    if place.endswith("城市") and len(name) > 2:
        return False  # 美化城市, 增加城市: the word 城市 after a verb (晋城市, 聊城市: two characters before 市)
    if place.endswith("街道"):
        return region_of(place) == place
    if level in "乡镇":
        return region_of(place + "人民政府") == place or (len(name) == 1 and name not in _LEVEL)
    return level == "区" or region_of(place) == place


def _under(place: str, known: str | None) -> bool:
    """A county's document is about the county itself, its townships and districts, not about a city or another
    county (某县人民政府关于同意增加城市绿地的批复; 中共绥阳县委's 制定绥阳县)."""
    if not known or known[-1:] not in "县区旗" or place[-1:] not in "县市旗盟州":
        return True
    return place == known
