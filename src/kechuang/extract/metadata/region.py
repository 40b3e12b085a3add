"""The place a document belongs to: the deepest place its title or an issuer opens with, development zones as
places of their own, 全国 for the central government's bodies (``rules/places.yaml``)."""

from __future__ import annotations

import re
from functools import cache

from kechuang.extract.metadata import bodies
from kechuang.extract.metadata.common import CJK, printed_span, unread
from kechuang.extract.metadata.fields import READING
from kechuang.extract.metadata.local_form import local_title_form
from kechuang.extract.rules import load_rules, per_document, simplified


@cache
def _rules() -> dict:
    return load_rules("places")


@cache
def _provinces_by_head() -> dict[str, tuple[str, ...]]:
    """The provinces' short names by their first character, each group in the rules' order: a name is tried only
    where the text opens with its character, not all thirty-four by ``startswith`` (the same first found)."""
    heads: dict[str, list[str]] = {}
    for p in _rules()["province_short_names"]:
        heads.setdefault(p[:1], []).append(p)
    return {h: tuple(names) for h, names in heads.items()}


def _province_opening(plain: str) -> str | None:
    """The first of the rules' province short names ``plain`` opens with."""
    return next((p for p in _provinces_by_head().get(plain[:1], ()) if plain.startswith(p)), None)


_SUFFIX = "自治县|自治州|自治区|特别行政区|新区|县|区|市|旗|盟|州|省|縣|區"
# Development zones are bodies with a place of their own (金华经济技术开发区, 成都高新技术产业开发区, 西安高新区).
_ZONE = "经济技术开发区|高新技术产业开发区|新技术产业开发区|经济开发区|高新区|开发区|工业园区|新区"
# An area the state designates, named after its places (乌昌石国家自主创新示范区, 连云港国家农业科技园区): the title
# that names it takes it as region, the province's short name before it kept (openings/DECISIONS.md, region).
# Round 57: and a 综合试验区 (实验区) named after its place, with or without 国家 (宁夏国家葡萄及葡萄酒产业开放发展综合
# 试验区, 廣東海洋經濟綜合實驗區: dev pages), its name holding no level word and no verb (浙江省推进综合试验区 is none).
_STATE_AREA = (rf"(?:国家[{CJK}]{{2,8}}?(?:示范区|园区)|(?:国家)?(?:(?!推进|推动|促进|加快|建设|实施|开展|创建"
               rf"|争创|申报|[省市县区縣區])[{CJK}]){{2,14}}?综合[试实]验区)")
_LOCAL_SUFFIX = "县|区|市|旗|镇|乡|新区|街道|自治县|縣|區|鎮|鄉"
# (农业农村部 广东省人民政府…: a body's name before the place is no part of it)
# (促進全省低空經濟…, 关于建立粮食安全省长责任制…, 推动东北地区冰雪经济…: a verb and the whole of a level, 全省, are
# no place's name)
_NOT_PLACE = re.compile(r"关于|印发|加快|推进|开展|推动|促进|建立|建设|实施|创新|发展|科技|工作|人民|政府|办公|"
                        r"全面|进一步|深化|解决|"
                        # a kind of place after a generic qualifier (少数民族自治县发展规划, 民族自治县: review 28, F7)
                        r"少数民族|民族自治|"
                        # a page's field label glued before the name (标题 市人民政府办公室…, 遵义 2022; 附件石家莊市…,
                        # 石家莊 2023: round 49)
                        r"标题|名称|附件|栏目|"
                        # a designation ending in a level word (特色小镇: round 47, 甘肃 特色小镇创建清单)
                        r"小城?[镇鎮]$|"  # and 小城镇 (浙江省小城镇环境综合整治行动实施方案: review 22, F3)
                        # villages and towns as a kind (健康城市健康村镇, 双台子区健康村镇建设: round 48), not a town
                        r"^[\u4e00-\u9fff]{2}[村城乡鄉][镇鎮]$|"
                        # a kind of city, a state designation (成都市智慧城市建设…, 湖州市智慧城市建设…: review 22, F4;
                        # 海绵, 无废, 文明, 健康 and 卫生城市 on dev pages): a class of words no city's name ends with
                        r"^[\u4e00-\u9fff]{0,2}(?:智慧|海绵|无废|文明|健康|卫生|宜居|韧性|森林|园林|生态|数字)城市$|"
                        r"全[省市县区]|"
                        # a level's own committee before its government, no place (省委省政府出台《…》: round 61)
                        r"^[省市县区縣區]委|"
                        r"县域|市域|区域|"
                        r"[部厅廳局办辦](?!$)|"
                        # a goal named like a place (教育強市, 制造强市, 科技强省: X强 + a level) is no place
                        r"[强強](?=(?:市|县|省|区|縣|區)$)|"
                        # and X兴 + a level, a slogan of the same kind (质量兴县, 科教兴市, 产业兴市, 开放兴市,
                        # 科教兴省 on five dev pages: round 57); a place's own 兴 has one character before it (嘉兴市,
                        # 长兴县, 兴县)
                        r"^[\u4e00-\u9fff]{2}[兴興](?=(?:市|县|省|区|縣|區)$)")


def body_region(org: str | None) -> str | None:
    """The place an organisation names as its own (``region_of``), read through a mirror's phonetic readings and
    given as printed: 新鄉(xiāng)市人民政府辦公室 → 新鄉(xiāng)市, 內(nèi)蒙古自治區(qū)人民政府辦公廳 →
    內(nèi)蒙古自治區 (a
    trailing reading is no part of the name: openings/DECISIONS.md, region)."""
    if not org:
        return None
    plain, pos = unread(org)
    region = region_of(plain)
    if region is None or plain == org:
        return region
    start = plain.find(region)
    return printed_span(org, pos, start, start + len(region))


# region_of's patterns, compiled once at import (built per call they cost a formatting and a cache look-up)
_AFTER_PROVINCE = re.compile(rf"(?:省|市|自治区|壮族|回族|维吾尔|[{CJK}]{{0,4}}?(?:{_ZONE})|"
                             rf"[{CJK}]{{2,5}}?{_STATE_AREA})")
_AREA = re.compile(rf"([{CJK}]{{2,7}}?){_STATE_AREA}")
_ZONE_NAME = re.compile(rf"([{CJK}]{{2,4}}?(?:{_ZONE}))")
_PLACE_NAME = re.compile(rf"([{CJK}]{{2,7}}?(?:{_SUFFIX}))")
_COUNTY_NAME = re.compile(rf"([{CJK}][县縣])")
# An autonomous prefecture's or county's name holds its peoples' names, longer than _PLACE_NAME's 7 characters
# (克孜勒苏柯尔克孜自治州, 前郭尔罗斯蒙古族自治县, 黔西南布依族苗族自治州: round 61): the place, then one to four
# peoples (each …族, or 蒙古, 柯尔克孜, 哈萨克 as the names print them), then the level; bounded, read from the start
# A one-character county before its own 县委 or 县政府 (开县县委、县政府正式出台《…》: nsstj 2009; 兴县, 沛县, 歙县
# print the same), not a two-character place 开县 + 县 (round 61)
_COUNTY_BODY = re.compile(rf"([{CJK}][县縣])(?=[县縣](?:委|政府|人民政府))")
_ETHNIC_PLACE = re.compile(rf"([{CJK}]{{2,5}}?(?:[{CJK}]{{1,3}}?族|蒙古|柯[尔爾]克孜|哈[萨薩]克){{1,4}}自治[州县縣旗])")
_TOWN_BODY = re.compile(rf"([{CJK}]{{2,4}}?[镇乡鎮鄉])(?={bodies.AFTER_TOWN})")
_STREET_BODY = re.compile(rf"([{CJK}]{{2,4}}?街道)(?=办事处|辦事處|党工委|$)")
_LOCAL_NAME = re.compile(rf"([{CJK}]{{2,4}}?(?:{_LOCAL_SUFFIX}))")
_FOSTERS = re.compile(r"支持|扶持|培育|打造|构建")


@per_document  # the title and the bodies are placed by several readers: once a document
def region_of(name: str | None) -> str | None:
    """The place a title or an organisation names as its own: the deepest of the places that open it
    (重庆市万州区龙驹镇… → 龙驹镇, 灵寿县县域… → 灵寿县, 中共岳阳市委办公室 → 岳阳市, 河北雄安新区 kept whole)."""
    if not name:
        return None
    name = name.removeprefix("中共")
    plain = simplified(name)  # a mirror's traditional characters, one for one (西藏自治區, 廣西壯族自治區)
    province = _province_opening(plain)
    # 湖北武汉市: the province's short name before its place is dropped; before a zone's own name it is part of that
    # name, a place word without a level word (河北雄安新区, 天津滨海高新技术产业开发区: openings/DECISIONS.md)
    if province and not _AFTER_PROVINCE.match(plain, len(province)):
        name, plain = name[len(province):], plain[len(province):]
    area = _AREA.match(plain)
    if area and not _NOT_PLACE.search(simplified(area.group(1))):
        # 乌昌石国家自主创新示范区, 江蘇連云港國家農業科技園區: a named area, its own place; after its province's full
        # name, the area without it (湖南省长株潭国家自主创新示范区 → 长株潭…, as 重庆市渝北区 → 渝北区), unless the
        # province earns the designation (四川省创建国家全域旅游示范区: the province's plan; review 19, F2)
        full = _province_full().match(simplified(area.group(1)))
        if not full and not _province_inside(area.group(1), 0):
            return name[:area.end()]
        if full and len(area.group(1)) - full.end() >= 2 and not _EARNS.match(simplified(area.group(1)), full.end()):
            return name[full.end():area.end()]
    m = (_ZONE_NAME.match(name) or _COUNTY_BODY.match(name) or _PLACE_NAME.match(name) or _ETHNIC_PLACE.match(name)
         or _COUNTY_NAME.match(name)
         # a township's or a subdistrict's own body or plan (南漳镇人民政府2023年工作计划, 三垟街道办事处)
         or _TOWN_BODY.match(name)
         or _STREET_BODY.match(name))
    # a verb of fostering opens the run (支持经济特区, 扶持贫困县: review 28, F7; F1's verbs of named_area): a phrase,
    # no place; only a province's full name in it (支持江西省赣州市…) leads to a deeper place, as below
    if m and _FOSTERS.match(simplified(m.group(1))) and not _province_inside(m.group(1), 1):
        return None
    if m and (county := _county_after_city(name, m.group(1), m.end())):
        return county
    # 自治区党委, 自治州人民政府: a level's name, not a place's
    # 國家市場監督管理總局: the state's bodies name no place (国家 opens no place's name)
    if not m or _NOT_PLACE.search(simplified(m.group(1))) or m.group(1)[0] in "全本我各该每对" \
            or m.group(1).startswith("自治") or simplified(m.group(1)).startswith("国家") or _market(name, m.end()) \
            or _cluster(name, m.end(), m.group(1)):
        return None
    region, pos = m.group(1), m.end()
    # a province's full name after other words (支持江西省赣州市…, 表彰江西省第四届…): the run is a phrase, no place;
    # a deeper place after it is the region (赣州市: review 19, F1), the province alone none (review 20, F6: no
    # reading of the province alone after a verb)
    if _province_inside(region, 1):
        region = None
    while True:
        nxt = (_COUNTY_BODY.match(name[pos:]) or _LOCAL_NAME.match(name[pos:])  # 重庆市开县县委
               or _ETHNIC_PLACE.match(name[pos:]))  # 贵州省黔西南布依族苗族自治州
        # 中共天津市委天津市人民政府: a body's 委 after the place starts no deeper place
        # a partner after a conjunction (海东市与兰州市、临夏州共同推进…) is a sibling, no deeper place (round 45)
        if not nxt or _NOT_PLACE.search(simplified(nxt.group(1))) or _partner(name, pos, nxt.group(1)) \
                or _market(name, pos + nxt.end()) or rural(name, pos + nxt.end()) \
                or _cluster(name, pos + nxt.end(), nxt.group(1)):
            return region
        region, pos = nxt.group(1), pos + nxt.end()


# A county named 兴 alone after its city's short name (吕梁兴县人民政府…: 山西 兴县; review 26, F3) has the slogan's
# shape (_NOT_PLACE: 科教兴县, 质量兴市), but a slogan governs no body: before 人民政府, 政府 or a 党委 the run is a
# place, read without its higher division (openings/DECISIONS.md: 重庆市渝北区 → 渝北区), unless its first two
# characters are no place's either (科技兴县).
_SLOGAN_SHAPE = re.compile(r"[\u4e00-\u9fff]{2}[兴興](?:市|县|省|区|縣|區)")


def _county_after_city(name: str, run: str, end: int) -> str | None:
    """``run[2:]`` when ``run`` (a place's reading of ``name`` up to ``end``) is a 兴 county after a city's short
    name, followed by a body; else None."""
    plain = simplified(run)
    if _SLOGAN_SHAPE.fullmatch(plain) and bodies.AFTER_PLACE.match(name, end) and not _NOT_PLACE.search(plain[:2]):
        return run[2:]
    return None


# The province earns the designation the area names (四川省创建国家全域旅游示范区, xdf500 2022): its plan, no named
# area.
# A small class: the verbs of earning a title (创建, 争创, 创成, 申创, 申报, 争取).
_EARNS = re.compile("创建|争创|创成|申创|申报|争取")


def _partner(name: str, pos: int, run: str) -> bool:
    """Whether the run after a place at ``pos`` starts no deeper place: a level word or a body's (中共天津市委天津市
    人民政府: a body's 委), or a partner after a conjunction (海东市与兰州市、临夏州共同推进…, round 45; 與 in a
    mirror's traditional characters, 以及 and 同 too: review 19, F3). 同 opens places of two characters only (同安区,
    同心县), so 同 is a conjunction when a place's name of its own follows it; 和 is left out (和平区, 和林格尔县)."""
    first = simplified(run[0])
    if first in "县市区省委党府与及以":
        return True
    return first == "同" and _LOCAL_NAME.match(name, pos + 1) is not None


@cache
def _province_full() -> re.Pattern:
    return re.compile("(?:" + "|".join(_rules()["province_short_names"]) + ")(?:省|(?:壮族|回族|维吾尔)?自治区)")


def _province_inside(text: str, start: int) -> bool:
    """Whether a province's full name stands in ``text`` from ``start`` on: a province's name is a place whole, never
    a part of another's, so a run that holds one after other words is a phrase (表彰江西省第四届…, zgq 2012), and a
    named area's prefix that holds one is the province's plan to become such an area (四川省创建国家全域旅游示范区,
    xdf500 2022), the province's (round 45)."""
    if "省" not in text and "治" not in text:  # 省, 自治区 and 自治區 alike: no province's full name
        return False
    return _province_full().search(simplified(text), start) is not None


def _market(name: str, end: int) -> bool:
    """A 市 that begins the word 市场 (market) ends no place's name: 数据要素市场化配置改革行动方案 (重庆 2021, desk33)
    and 达州市数据要素市场化配置改革实施方案 (达州 2024, dzgyy) name no place 数据要素市. A city's 市场监管局 or
    市场监督管理局 (深圳市场监管局: 深圳市's, the 市 shared) does: its 市 ends the city's name."""
    return name[end - 1:end] == "市" and name[end:end + 1] in ("场", "場") \
        and not re.match(r"[场場](?:监管|監管|监督|監督)", name[end:end + 3])


def _cluster(name: str, end: int, run: str) -> bool:
    """A 市 of the word 城市群 (a cluster of cities, 哈长城市群: 吉林 2016, round 47) ends no place's name; a city's
    own 市 does, before 群众 (晋城市群众…) or any word opening with 群 (盐城市群团改革, 运城市群防群治, 聊城市群体性:
    review 21, F2). Told by the run's shape: a city's own name ending in 城 has one character before it (盐城, 运城,
    聊城); a cluster's name puts two or more before 城市群 (哈长, 成渝, 长株潭, 关中平原)."""
    return name[end - 2:end] == "城市" and name[end:end + 1] == "群" and name[end + 1:end + 2] not in ("众", "眾") \
        and len(run) >= 4


def rural(name: str, end: int) -> bool:
    """A 乡 that begins the word 乡村 (the countryside) ends no township's name: 江西省智慧广电乡村工程建设实施方案
    (szgan 2024, round 29) names no place 智慧广电乡 under 江西省. A 村 that opens a word of the villages
    (村庄, 村级, 村民, 村委, 村组, 村落, 村集体, 村干部, 村务) follows a township's name: 平阳县凤卧乡村庄规划 is
    凤卧乡's, 某县大石乡村级组织建设方案 大石乡's (the review of round 29)."""
    return name[end - 1:end] in ("乡", "鄉") and name[end:end + 1] in ("村", "邨") \
        and not _VILLAGE_WORD.match(simplified(name[end + 1:end + 3]))


_VILLAGE_WORD = re.compile(r"庄|级|民(?!宿)|委|组|落|集体|干部|务")


def is_national(issuer: str) -> bool:
    """A body of the central government (国务院办公厅, 科技部, 国家发展改革委…): its documents are 全国's."""
    rules = _rules()
    issuer = simplified(re.sub(READING, "", issuer))  # as a mirror prints it: 國(guó)務(wù)院
    return issuer.startswith(tuple(rules["national_prefixes"])) or issuer in rules["national_bodies"] or (
        _MINISTRY.fullmatch(issuer) is not None and "委" not in issuer and issuer[0] not in _LEVELS
        and not _LOCAL_DEPARTMENT.search(issuer) and not region_of(issuer))


# A ministry by its level's name: only the central government has 部 (a province has 厅, a city 局), so a 部 that
# names no place and is no party committee's department (县委组织部) is national — 农业部办公厅 (2017 科教环能要点),
# 铁道部 (1990 集装化用具准运证办法), beside the ministries ``national_bodies`` lists.
_MINISTRY = re.compile(rf"[{CJK}]{{1,10}}部(?:办公厅)?")
_LEVELS = "省市县区州盟旗乡镇"
# a local party committee's or garrison's department, or a firm's or a project's (集团工程部, 项目部, 公司财务部)
_LOCAL_DEPARTMENT = re.compile(r"(?:组织|宣传|统战|武装|人武)部|公司|集团|项目|工程|企业|学院|学校|大学|医院|中心")



def province_named(title: str | None) -> str | None:
    """A province a title opens with by its short name and no suffix (广西科技创新“十三五”规划 → 广西): the region as
    the plan's name writes it."""
    plain = simplified(title or "")
    p = _province_opening(plain)
    return title[:len(p)] if p is not None else None


_PROVINCE_LEVEL = re.compile(r"(?:省|市|(?:壮族|回族|维吾尔)?自治区|自治區)")


def in_title_form(region: str | None, title: str | None) -> str | None:
    """A province found by its full name (广西壮族自治区, from the issuer) in the form the title writes it, when the
    title names it by its short name alone (北部湾城市群发展规划广西实施方案, 美丽广西建设三年行动计划 → 广西:
    openings/DECISIONS.md, region: the place's own name in the title's form), read through a mirror's traditional script
    (美麗廣西建設三年行動計劃 → 廣西), and applied to a region read late, from a news lead's bodies (round 55)."""
    short = province_named(region)
    if region and title and not short:  # a city's or a county's name written short (楚雄…强州 → 楚雄): round 59
        return local_title_form(region, title) or region
    if not short or not title or not _PROVINCE_LEVEL.fullmatch(simplified(region)[len(short):]):
        return region
    plain, wanted = simplified(title), simplified(short)  # read through a mirror's traditional script (美麗廣西…)
    at = plain.find(wanted)  # a character for a character: the title's own printing of it (round 55)
    return title[at:at + len(short)] if at >= 0 and simplified(region) not in plain else region


# A township's plan titled by its name alone, no body after it (徐庄镇2017年度安全生产专项整治工作计划,
# 何家洞镇突发事件总体应急预案, 沙镇镇全面实行河长制工作实施方案): the longest name up to its 镇 or 乡
# that opens the title, not a word of the countryside (乡村, 城乡, 城镇化, 特色小镇) nor a city's name
# (新乡市, 新鄉(xiāng)市).
_TOWNSHIP = re.compile(rf"([{CJK}]{{1,3}}[镇乡鎮鄉])(?![村邨镇乡鎮鄉市县区縣區((])")
_COMMON_TOWN = ("城乡", "乡镇", "城镇", "村镇", "集镇", "小镇", "重镇", "名镇", "古镇", "强镇",
                "家乡", "故乡", "下乡", "返乡", "回乡", "老乡")


# a kind of town (重点镇, 中心镇, 示范镇, 特色镇…) or a count of towns (一乡一品, 百镇千村, 两镇, 撤乡并镇) names no
# township (review 13)
_TOWN_KIND = re.compile("^(?:[一二两三四五六七八九十百千万每][镇乡]|撤)"
                        "|(?:重点|中心|示范|特色|生态|文明|卫生|建制|美丽|森林|园林"
                        "|旅游|工业|商贸|农业|边境|口岸|历史|文化|专业|产业|宜居|平安|全域)[镇乡]$")


def township_of(title: str | None) -> str | None:
    """The township a title opens with when no body follows its name (see ``_TOWNSHIP``), or None."""
    if not title or not any(c in title[:4] for c in "镇乡鎮鄉"):
        return None
    m = _TOWNSHIP.match(title)
    name = simplified(m.group(1)) if m else ""
    if (not m or name[-2:] in _COMMON_TOWN or name[0] in "全本我各该每对" or _NOT_PLACE.search(name)
            or _TOWN_KIND.search(name)):
        return None
    return m.group(1)


# A plan the nation's name opens (国家职业教育改革实施方案, 全国沿海防护林体系建设工程规划, 全國海洋主體功能區規劃,
# 国家教育事业发展“十三五”规划): the state's; a national-level zone (国家级…) is a place's.
# A designation the nation awards a place (国家卫生县城, 全国文明城市, 国家森林城市, 国家全域旅游示范区, 国家生态文明
# 示范县) titles that place's own plan (创建…方案), not the state's (review 13).
_NATIONAL_TITLE = re.compile(r"(?:国家|全国)(?!级)[^《》]{2,60}(?:规划|纲要|方案|计划)(?:[((][^()()]{2,16}[))])?")
_DESIGNATION = re.compile("创建|卫生|文明城|森林城|园林城|全域旅游|示范[区县市城镇]|生态[县市]|[县市区镇]城")


def national_title(title: str | None) -> bool:
    """Whether a plan's title opens with the nation (see ``_NATIONAL_TITLE``)."""
    plain = simplified(title or "")
    return bool(plain) and _NATIONAL_TITLE.fullmatch(plain) is not None and not _DESIGNATION.search(plain)
