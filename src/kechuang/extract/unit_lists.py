"""Lists of units as annotations print them: where one name ends and the next begins, and whether a list names
bodies at all.

Units are split on 、 , ; and on the space kept between two names (县科技局 县财政局), never inside brackets
(各乡(镇)政府); a collective that joins two kinds stays whole (各区、县级市政府); names joined by 和/及 (经济投资局和
航空口岸局) or printed together in a cell (区发改局区统计局, 派出所工商质监所: section_names) are several; a trailing
等 is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kechuang.extract.rules import load_rules, per_document, simplified
from kechuang.extract.section_names import SECTION_ENDS, split_sections

# Every branch opens with a character, its lookbehinds after it: the re module skips ahead to the branches' first
# characters (a branch that opened with a lookbehind had every position tried: 2-5 times slower).
UNIT_SUFFIX = re.compile(
    r"(局|委|办|部|厅|院|会|中心|政府|管委会|单位|机构|分局|支行|分行|银行|集团|镇街|街道|开发区|园区|高新区|公司|"
    r"科协|所|处|科|室|队|站|社|馆|校|学|团|联|部门|成员单位|乡镇|镇|乡|司|署|小组|专班|"
    # a new zone and a management zone, as a development zone (南湖新区, 屈原管理区: 岳阳 2017 in round 47's unit_names;
    # 荒湖管理区, 监利 2022; 南太湖新区, 湖州 2023)
    r"新区|管理区|"
    r"海关|"  # a customs office (合肥海关 安徽 2021, 滁州海关 2020, 河池海关 2024)
    # a broadcaster, not any 台 (平台): 张北广播电视台 (round 49's unit_names, 张北), 縣廣電臺 (round 47's, 嘉善)
    r"台(?<=(?:电视|广电|電視|廣電)台)|臺(?<=(?:电视|广电|電視|廣電)臺)|"
    # a people's congress and a political consultative conference, by their short names after a level (區人大,
    # 區政協: two 区政府 分工 pages of round 47's unit_names, rumenshu.com/hebei/info/138917,
    # m.stellalashacademy.com/henan/info/125274)
    r"人大(?<=[省市县区州旗盟国]人大)|政协(?<=[省市县区州旗盟国]政协)|"
    # a county bureau's section (文化宣传股, 旅游股: 略阳 文旅), as 科 is a city bureau's (责任科室, 泗洲头镇 2024);
    # not a holding or a share (控股, 入股)
    r"股(?<=[\u4e00-\u9fff]{2}股)(?<![控持入参配送]股)|"
    r"辦|廳|會|單位|機構|處|館|學|團|聯|部門|鄉鎮|鎮|鄉)$")  # as pages in traditional characters print them
# A footnote's mark after a name (县财政局※, 县财政局*: asg57's variants of dev tails) is no part of it.
_UNIT_STRIP = " 。.等:*※"
_AND_OTHERS = re.compile(r"([^等]{2,30}?)等([^等]{1,12}(?:有关|相关|其他)(?:单位|部门))")
# A column's name is no unit, nor the bare word a header cell wraps onto its own line (责任股室 / (单位), 略阳 文旅)
_COLUMN_NAME = re.compile(r"(?:(主要|协同|整改)?(牵头|责任|配合|协同|协办|参与|主责|承办))?(单位|部门)")
# A body's other name in brackets after it (区商务局(区药发中心), 谯城 2023; 市建设局(市规划局), 台州 2018),
# or the several names a merged office holds, each of its own length
# (区委宣传部(区文明办、区政府新闻办、区委网信办), 宝山 2019)
_TRAILING_ALIAS = re.compile(r"\((?:[^()、]{1,12}、){0,3}[^()、]{1,12}\)$")


@dataclass
class FoundUnit:
    role: str
    unit: str
    start: int
    end: int
    annotation: int = -1  # index of the annotation that names it
    after_lead: bool = False  # listed under 责任单位 after a unit a verb marks as lead (read as cooperating)


@cache
def _collective_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(a part that is a kind with an optional body, a collective that ends with a kind)."""
    rules = load_rules("departments")
    kinds, bodies, with_body = ("|".join(sorted(map(re.escape, rules[key]), key=len, reverse=True))
                                for key in ("collective_kinds", "collective_bodies", "collective_kinds_with_body"))
    # 市(地), 政府(行署), 市〔州〕: another name of the kind or body in brackets (〔〕: 贵州 2026, unit_names)
    alt = r"(?:[((〔][^()()〔〕]{1,6}[))〕])?"
    return (re.compile(rf"(?:{kinds}){alt}(?:(?:{bodies}){alt})?|(?:{with_body}){alt}(?:{bodies}){alt}"),
            re.compile(rf"^各.{{0,8}}(?:{kinds}){alt}(?:(?:{bodies}){alt})?$"))


def joins_collective(previous: str, part: str) -> bool:
    """``各区、县级市政府``: the part after 、 is another kind of the collective that precedes it; kinds are read in
    simplified characters (各縣、特區、區人民政府, 六盘水: round 42). Also asked of a name the page cut in its bracket
    (各市〔州〕、縣〔…: assignments._before_cut_name)."""
    kind_part, collective = _collective_patterns()
    previous, part = _as_collective(previous), _as_collective(part)  # 相关市、县政府 as 各市、县政府
    return not part.startswith("各") and previous.startswith("各") and bool(kind_part.fullmatch(part)) \
        and bool(collective.match(previous))  # the collective opens with 各: tested before either pattern


# A collective opened by 相关 or 有关 instead of 各 joins its kinds the same way: 相關市、縣政府 (黑龙江 促进经济稳增长
# 若干措施, newton.com.tw, two items; read in simplified characters).
_RELATED = re.compile(r"^(?:相关|有关)(?=[\u4e00-\u9fff])")


@per_document  # a list's names are tried as collectives again in each tail that prints them
def _as_collective(name: str) -> str:
    """``name`` in simplified characters, 相关 or 有关 opening it read as 各 (``_RELATED``)."""
    return _RELATED.sub("各", simplified(name), count=1)
# A bare collective of places names no body: before 、 it shares the body of the next name. When that name is a named
# zone with a department noun (各市〔州〕、贵安新区数据管理部门: 贵州 2026, round 49's unit_names), the two are one
# collective: the places' departments and the zone's. A zone's own body (管委会) after a bare collective stays apart.
_ZONE_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{2,4}(?:新区|开发区|高新区|经开区|管理区)[\u4e00-\u9fff]{1,8}部门")


def _shares_department(previous: str, part: str) -> bool:
    collective = _collective_patterns()[1]
    previous = _as_collective(previous)
    return bool(_ZONE_DEPARTMENT.fullmatch(simplified(part))) and bool(collective.match(previous)) \
        and not _ends_as_body(previous)


# A bare kind after 、 is another kind of the collective before it: 市直有关部门、单位 (威海 2023) is one collective, as
# 各相关部门、单位 (内蒙古 2020) is printed as one.
_BARE_KINDS = frozenset(("单位", "部门", "机构"))  # the whole name one of these (a set, not a fullmatch per name)
_OPEN_COLLECTIVE = re.compile(r"(?:各|有关|相关|市直|县直|区直).*(?:部门|单位|机构)$")
# A bare government after a collective of party committees is the committees' governments: 各县市区委、人民政府
# (岳阳 2017) and 各县(市、区)委、政府 (廊坊 2010) are one unit each (round 47's unit_names), read in simplified.
_BARE_GOVERNMENT = re.compile(r"(?:人民)?政府")
_COMMITTEES = re.compile(r"各.{1,10}委")
# Units the levels above station in a place are one collective whose 、 joins the levels: 中央、省驻岳单位
# (岳阳 2017, pingjiang.gov.cn/35048/40718/40820/40821/content_1202379.html), 中央、省驻信单位 (信阳 2023, a 党建
# bulletin: GitHub file, stored index id 13626781487), 县府直属和省、市驻埔各单位 (大埔 2012, dabu.gov.cn; round 47's
# unit_names), read in simplified.
# The offices of a government named by their kinds, 委、办、局, are one collective: 区政府各委、办、局 (静安 2024 and
# 2025 重点工作安排, dev, https://www.jingan.gov.cn/govxxgk/JA0/2024-03-13/b0176702-fca9-43f4-b4f5-26fdd91b55e4.html),
# 县直各委、办、局 (尼木 2022, dev, https://www.nmx.gov.cn/nmx/fggz/202203/1e3950da7cd54774bbfab158ac739f3a.shtml),
# 州直各委、办、局 (文山 2022, dev, http://www.ynws.gov.cn/info/5475/301883.htm) address them so, and 杨浦 2022
# 基层消防's task list names 相关委、办、局 a cooperating unit (dev, https://www.shanghai.gov.cn/zhengce/detail/0077::
# 007766345beb1856665c1d3217bdb40500a1; afresh55's map): read 各委 / 办 / 局, the name was lost (asg57).
_BARE_OFFICES = frozenset(("办", "局", "厅", "委"))
_OFFICES = re.compile(r"(?:各|相关|有关)委(?:、办)?$|(?:各|相关|有关)委、(?:办、)?局$")
_STATIONED = re.compile(r"(?:中央|省|市|州|地)驻[\u4e00-\u9fff]{1,4}?各?(?:单位|部门|机构)")
_COLLECTIVE_OPENINGS = "各相有"
_BARE_LEVEL = re.compile(r"(?:[\u4e00-\u9fff]{2,6}[和及])?(?:中央|省|市|州|地)")


def _merge_collectives(text: str, units: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    if len(units) < 2:  # a merge joins a name to the one before it
        return units
    out: list[tuple[str, int, int]] = []
    for unit, s, e in units:
        # the collectives that join kinds, share a department or take the committees' governments open with 各 or
        # 相关/有关 (no traditional character reads as one of these three): tested before their patterns
        # (each merge needs one of three things of the two names: tested before the separator between them is cut)
        if out and (out[-1][0][:1] in _COLLECTIVE_OPENINGS or unit in _BARE_KINDS or unit in _BARE_OFFICES) \
                and text[out[-1][2]:s].strip() == "、" and (
                (out[-1][0][:1] in _COLLECTIVE_OPENINGS and (
                    joins_collective(out[-1][0], unit) or _shares_department(out[-1][0], unit)
                    or (_BARE_GOVERNMENT.fullmatch(simplified(unit))
                        and _COMMITTEES.fullmatch(simplified(out[-1][0])))))
                or (unit in _BARE_KINDS and _OPEN_COLLECTIVE.search(out[-1][0]))
                or (unit in _BARE_OFFICES and _OFFICES.search(out[-1][0]))):
            ps = out[-1][1]
            out[-1] = (text[ps:e], ps, e)
        else:
            out.append((unit, s, e))
        if ("驻" in unit or "駐" in unit) and _STATIONED.fullmatch(simplified(out[-1][0].split("、")[-1])):
            # 中央、省、市驻县单位: every level before it
            while len(out) > 1 and text[out[-2][2]:out[-1][1]].strip() == "、" and _BARE_LEVEL.fullmatch(
                    simplified(out[-2][0])):
                out[-2:] = [(text[out[-2][1]:out[-1][2]], out[-2][1], out[-1][2])]
    return out


_OPENS, _CLOSES, _SEPARATORS = "(〔[【", ")〕]】", "、,; "
_NOTE_CLOSES = frozenset("))〕")
_UNIT_MARK = re.compile(f"[{re.escape(_OPENS + _CLOSES + _SEPARATORS)}]")
_UNIT_BRACKET = re.compile(f"[{re.escape(_OPENS + _CLOSES)}]")
_SEPARATOR = re.compile(f"[{re.escape(_SEPARATORS)}]")


# A note that points to an attachment is no unit, even when it opens with a collective: (各街镇(管委会)任务详见附件)
# (嘉定 2026 违法用地, shanghai.gov.cn businessId=5_196146), as (详见附件2) (奉贤 2021 农村公路, businessId=0084540),
# (详见附件) (紫阳 2022, zyx.gov.cn/Content-2463854) and (公示清单见附件) (四川 2023, lr5.cn/2023/06/21/34111) point.
_POINTER = re.compile(r"见附[件表]")
# A unit with the pointer in its closing bracket (各乡镇(任务分解见附件2), 各乡镇人民政府(具体名单见附件)) is the unit:
# the bracket goes, the unit stays (review 3).
_POINTER_NOTE = re.compile(r"\s*[((〔[【][^()()]{0,30}见附[件表][^()()]{0,10}[))〕\]】]$")


def _without_pointer(piece: tuple[str, int, int]) -> tuple[str, int, int] | None:
    """``piece`` without a closing bracket that points to an attachment; None when it is a pointer only."""
    unit, s, e = piece
    pointer = "见附" in unit  # both patterns need it (most names hold neither)
    if pointer and (note := _POINTER_NOTE.search(unit)):
        unit = unit[:note.start()]
        e = s + len(unit)
    return None if not unit.strip(_UNIT_STRIP) or (pointer and _POINTER.search(unit)) else (unit, s, e)


# A note closing a name that says the unit's level, role or manner, or the rule's status, and names no body: (市级),
# (牵头), (按职责分工), (试行) (asg57: variants of dev tails the way other places print them; the README keeps only
# a bracketed second name with its unit, 县委宣传部(县版权局), 市卫生健康委(市疾控中心)). The bracket goes, the unit
# stays.
_NOTE_BRACKET = re.compile(r"\s*[((〔](?:[省市县区州镇乡]级|牵头|主责|配合|协办|协助|参与|试行|暂行|暂定"
                           r"|按照?(?:各自)?职[责能](?:分工)?|按属地(?:管理|原则)?|排名不分先后)[))〕]$")


# ...but a note that states a role gives the unit that role (review 42: `(责任单位:县财政局(牵头)、县农业农村局(配合))`
# lost the roles its brackets print): the spec's role words, 牵头 → lead, 配合 → cooperating, and the keywords' own
# (label_words.ROLE_WORDS: 主责 leads; 协办, 协助, 参与 cooperate), as a column headed 责任(牵头)部门 leads
# (杨凌 2022 计划指标, dev, corpus README). The callers read it where split_units left the unit's end (bracket_role).
_ROLE_NOTE = re.compile(r"\s?[((〔](牵头|主责|配合|协办|协助|参与)[))〕]")
_NOTE_ROLES = {"牵头": "lead", "主责": "lead", "配合": "cooperating", "协办": "cooperating", "协助": "cooperating",
               "参与": "cooperating"}
_NOTE_OPENS = frozenset(" ((〔")


def bracket_role(text: str, end: int) -> str | None:
    """The role a bracketed note right after a unit ending at ``end`` states (县财政局(牵头) → lead); None for none."""
    if end < 0 or text[end:end + 1] not in _NOTE_OPENS:  # most units end before a separator or the tail's close
        return None
    m = _ROLE_NOTE.match(text, end)
    return _NOTE_ROLES[m.group(1)] if m else None


def _without_note(piece: tuple[str, int, int]) -> tuple[str, int, int]:
    unit, s, _ = piece
    note = _NOTE_BRACKET.search(unit)
    return (unit[:note.start()], s, s + note.start()) if note and note.start() >= 2 else piece


def split_units(text: str, offset: int) -> list[tuple[str, int, int]]:
    """Units in a list, with offsets; brackets inside a unit (各乡(镇)政府) do not split it, nor does the 、 of a
    collective that joins two kinds (各区、县级市政府). A space between two names (县科技局 县财政局) splits."""
    return [(u, offset + s, offset + e) for u, s, e in split_units_at_zero(text)]


@per_document  # a document prints the same list or name in many tails and cells: a third of the calls repeat one
def split_units_at_zero(text: str) -> tuple[tuple[str, int, int], ...]:
    """``split_units`` at offset 0."""
    if _UNIT_BRACKET.search(text) is None:  # no bracket (most lists): every separator cuts, in one split
        raws = _SEPARATOR.split(text)
    else:
        raws, depth, start = [], 0, 0
        for m in _UNIT_MARK.finditer(text + ","):  # only the brackets and separators: the others change nothing
            i, ch = m.start(), m.group()
            if ch in _OPENS:
                depth += 1
            elif ch in _CLOSES:
                depth = max(0, depth - 1)
            elif depth == 0:  # a separator, or the end of the text (the "," added)
                raws.append(text[start:i])
                start = i + 1
    out, start = [], 0
    for raw in raws:  # each piece starts after the separator that closed the one before
        unit = raw.strip(_UNIT_STRIP)
        if unit:
            lead = start + len(raw) - len(raw.lstrip(_UNIT_STRIP))
            if _whole(unit):
                out.append((unit, lead, lead + len(unit)))
            else:
                out.extend(_split_joined(unit, lead))
        start += len(raw) + 1
    kept: list[tuple[str, int, int]] = []
    for unit, s, _ in out:
        if "等" in unit or "见附" in unit:
            kept.extend(piece for cut in _split_others(unit, s) if (piece := _without_pointer(cut)))
        elif unit[-1:] in _NOTE_CLOSES:  # a closing bracket: a second name, or a note (_NOTE_BRACKET)
            kept.append(_without_note((unit, s, s + len(unit))))
        elif unit.strip(_UNIT_STRIP):  # what both give a name that holds neither
            kept.append((unit, s, s + len(unit)))
    return tuple(_merge_collectives(text, kept))


def _whole(unit: str) -> bool:
    """Whether ``_split_joined`` gives ``unit`` whole by its characters alone (most names): nothing to split on (和,
    及, 与), no second level (区发改局区统计局), no section's ending (派出所工商质监所)."""
    return unit[-1] not in SECTION_ENDS and (unit[0] not in _LEVELS or unit.count(unit[0]) < 2) \
        and not _joined(unit)


def _joined(unit: str) -> bool:
    """``_JOIN.search(unit)`` as a truth: 以及 holds 及, so a search for each of 和, 及, 与 tells it (a search for one
    character, not a regex call for each name)."""
    return "和" in unit or "及" in unit or "与" in unit


_OTHERS_CLAUSE = re.compile(r"等(?:(?:有关|相关|其他)?(?:单位|部门)(?:和|及|、)?){1,2}$")


def _split_others(unit: str, s: int) -> list[tuple[str, int, int]]:
    """区经信局等区政府有关部门: two units; 供销社等有关单位: one, the 等 clause dropped."""
    if "等" not in unit:  # both patterns below need it
        return [(unit, s, s + len(unit))] if unit.strip(_UNIT_STRIP) else []
    # …等有关部门和单位: the 等 clause may name both kinds
    short = _OTHERS_CLAUSE.sub("", unit)
    unit = short if len(short) >= 3 else unit  # 环保厅等单位 → 环保厅
    other = _AND_OTHERS.fullmatch(unit)
    if other:
        return [(other.group(1), s, s + other.end(1)), (other.group(2), s + other.start(2), s + other.end(2))]
    return [(unit, s, s + len(unit))] if unit.strip(_UNIT_STRIP) else []


_JOIN = re.compile("以及|和|及|与")


@per_document  # a document names the same units in many tails
def _ends_as_body(name: str) -> bool:
    """A body's ending closes the name (before an alias in brackets), read in simplified characters: a page in
    traditional characters prints every ending in its own form (自貢調查隊, 人民銀行, 市科協: round 47's unit_names)."""
    name = simplified(name)
    return bool(UNIT_SUFFIX.search(_TRAILING_ALIAS.sub("", name) if ")" in name else name))  # an alias closes with )


def unit_like(name: str) -> bool:
    return len(name) >= 3 and (_ends_as_body(name) or name.startswith("各"))


def ends_as_name(name: str) -> bool:
    """Whether a name is printed to its end: a body's ending, or a collective's kind or body (各县(市、区));
    各县(区)人民, cut by the page, is not."""
    return len(name) >= 3 and (_ends_as_body(name) or bool(_collective_patterns()[1].match(name)))


def _split_glued(unit: str, start: int) -> list[tuple[str, int, int]]:
    """Names printed together in a table's cell, each opening with the level of the first (区发改局区统计局): split
    where a body's name ends and the level starts again, when both sides end like a body (市委市政府督查室 is one:
    市委 is too short a name to stand alone here)."""
    level = unit[:1]
    if level not in _LEVELS or unit.count(level) < 2:
        return [(unit, start, start + len(unit))]
    pieces, last, at = [], 0, 0
    while (at := unit.find(level, at + 1)) > 0:
        if at - last >= 3 and unit_like(unit[last:at]) and unit_like(unit[at:]):
            pieces.append((unit[last:at], start + last, start + at))
            last = at
    return [*pieces, (unit[last:], start + last, start + len(unit))]


_LEVELS = "省市县区州旗镇乡"


def _split_joined(unit: str, start: int) -> list[tuple[str, int, int]]:
    """Two units joined by 和/及/以及 (经济投资局和航空口岸局, 州委編辦及州直相關單位) are two, when both sides end
    like a body; a name with 和 inside (发展和改革局, 住房和城乡建设局) is one: its first part is no body."""
    if not _joined(unit):  # nothing to split on: _split_and would give the unit whole
        return [cut for name, s, _ in _split_glued(unit, start) for cut in split_sections(name, s)]
    return [cut for name, s, _ in _split_and(unit, start) for piece in _split_glued(name, s)
            for cut in split_sections(*piece[:2])]


def _split_and(unit: str, start: int) -> list[tuple[str, int, int]]:
    pieces, last = [], 0
    for m in _JOIN.finditer(unit):
        # …、商务部等和各有关省级人民政府: the 等 that closes a list before the next kind of unit is dropped
        end = m.start() - 1 if unit[last:m.start()].endswith("等") else m.start()
        if unit_like(unit[last:end]) and unit_like(unit[m.end():]):
            pieces.append((unit[last:end], start + last, start + end))
            last = m.end()
    return [*pieces, (unit[last:], start + last, start + len(unit))]


# A clause of prose, not a name: 具体由省水利厅负责, 要…, 请…
_PROSE_START = re.compile(r"(?:具体)?由|要|请|并|将")


_NO_NAME = re.compile(r"[。:]|\d{4}")  # a sentence or a year: compiled once (re.search looked it up at each name)


@per_document  # a document names the same units in many tails: each name's four tests once
def _nameable(name: str) -> bool:
    """Whether ``name`` may name a body at all (``looks_like_units``' test of each name): a length of a name, no
    sentence nor year, no column's name, no clause of prose."""
    return 2 <= len(name) <= 30 and not _NO_NAME.search(name) and not _COLUMN_NAME.fullmatch(name) \
        and not _PROSE_START.match(name)


def looks_like_units(units: list[FoundUnit]) -> bool:
    """Every name ends like a body (局, 委, 中心…; before an alias: 区商务局(区药发中心)) or is a collective; in a
    list of three or more, one short name of another ending (…、全国总工会、共青团中央、全国妇联) is taken on its
    neighbours' word."""
    if not units or not all(_nameable(u.unit) for u in units):
        return False
    odd = [u for u in units if not (_ends_as_body(u.unit) or u.unit.startswith("各"))]
    if odd and len(odd) < len(units):
        shared = _sharing_places(units)
        odd = [u for u in odd if id(u) not in shared]
    return not odd or (len(units) >= _VOUCHED_LIST and len(odd) == 1 and bool(_SHORT_NAME.fullmatch(odd[0].unit)))


# Place names listed before a name that ends as a place's government or district share that ending (corpus README,
# third batch): 人民大垸、荒湖管理区 (监利 2022), 哈爾濱、黑河、綏芬河市政府 (黑龙江 稳增长措施). Only a place's ending
# vouches for the bare names before it, each printed right before the next (one separator between them). A single
# bare name is vouched for only when it ends as a place (…市, …县), for one clause of prose reads the same
# (做好宣传、哈尔滨市政府负责); a collective government (有关县区政府, 沿线县区人民政府) is no place (review 11).
_PLACE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_PLACE_ENDING = re.compile(r"(?!各|有关|相关|沿线|有關|相關|沿線)[\u4e00-\u9fff]{2,6}?(?<![市县区旗縣區])[市县区旗縣區]"
                           r"(?:人民)?政府$|[\u4e00-\u9fff]{2,4}管(?:理区|理區|委会|委會)$")
_PLACE_END = frozenset("市县区州旗盟縣區")


def _sharing_places(units: list[FoundUnit]) -> set[int]:
    """ids of the bare place names that share the ending of the name after them; one pass, back to front."""
    shared: set[int] = set()
    run: list[FoundUnit] = []  # the bare names before the place ending seen last, back to front
    vouching = False  # the next unit ends as a place, or is a place name that shares such an ending
    for k in range(len(units) - 1, -1, -1):
        u = units[k]
        adjacent = k + 1 < len(units) and units[k + 1].start - u.end == 1
        if vouching and adjacent and _PLACE_NAME.fullmatch(u.unit) and not UNIT_SUFFIX.search(u.unit):
            run.append(u)
            continue
        _vouch(run, shared)
        run = []
        vouching = bool(_PLACE_ENDING.fullmatch(u.unit))
    _vouch(run, shared)
    return shared


def _vouch(run: list[FoundUnit], shared: set[int]) -> None:
    """Vouch for a run of bare names before a place ending: two or more names, or one that ends as a place."""
    if len(run) >= 2 or (run and run[0].unit[-1] in _PLACE_END):
        shared.update(id(u) for u in run)


_VOUCHED_LIST = 3
_SHORT_NAME = re.compile(r"[\u4e00-\u9fff]{3,8}")


def typed_units(text: str) -> list[str]:
    """Units a clerk typed in a form (、 , ; or a new line between them), each once; a collective that joins two kinds
    stays whole as in an annotation (各乡、镇人民政府 is one unit, not 各乡 and 镇人民政府)."""
    parts = [p.strip() for p in re.split(r"[、,,;;\r\n]", text or "")]
    out: list[str] = []
    for part in parts:
        if not part:
            continue
        if out and joins_collective(out[-1], part):
            out[-1] = f"{out[-1]}、{part}"
        elif part not in out:
            out.append(part)
    return out
