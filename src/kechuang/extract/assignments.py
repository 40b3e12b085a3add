"""Responsibility annotations and the units they name.

Notations: ``(责任单位:…)``, ``(牵头单位:…;责任单位:…)``, ``〔牵头单位:…〕``, ``(X牵头,Y、Z配合)``,
``(X牵头)``, a bare list of units at the end of a task, and ``牵头单位:…`` on a line of its own.
Units are split on 、 , ; and kept as printed; collective units (各县〔市〕政府) stay whole.
"""

from __future__ import annotations

import bisect
import itertools
import re

from kechuang.extract.label_readings import label_readings, may_have_readings, restore, restore_units
from kechuang.extract.label_words import LONGEST_LABEL, field_role
from kechuang.extract.lines import Line
from kechuang.extract.model import Annotation
from kechuang.extract.rules import load_rules, simplified
from kechuang.extract.tail_words import KEYWORDS as _KEYWORDS
from kechuang.extract.tail_words import (
    MANNER,
    ROLE_NOUN,
    ROLE_WORDS,
    VERB_ROLES,
    has_keyword,
    keyword_marks,
    listed_verb,
    verb_role,
)
from kechuang.extract.tail_words import ROLE_FIELD as _ROLE_FIELD
from kechuang.extract.tail_words import ROLE_NOUNS as _ROLE_NOUNS
from kechuang.extract.unit_lists import (
    FoundUnit,
    bracket_role,
    ends_as_name,
    joins_collective,
    looks_like_units,
    split_units,
    split_units_at_zero,
    unit_like,
)
from kechuang.extract.wrapped_tails import wrapped_tail

__all__ = ["ROLE_WORDS", "VERB_ROLES", "extract_assignments", "parse_annotation", "split_units", "verb_role"]

OPEN_CLOSE = {")": "(", "〕": "〔", "]": "[", "】": "【"}
_BRACKET = re.compile(f"[{re.escape(''.join(OPEN_CLOSE) + ''.join(OPEN_CLOSE.values()))}]")
# Other fields an annotation may hold; they end a list of units. A leader's field of any kind (责任领导, 牵头负责领导,
# 督办领导) holds a person.
_OTHER_FIELDS = re.compile(
    r"(完成时限|完成时间|时间节点|时限要求|时限|[\u4e00-\u9fff]{0,4}领导|责任人|联系人)\s*[::]")
# How units take a task on, between the units and the verb: (…,市级各有关部门按职责分工负责).
_VERB_MANNER = re.compile(rf"(?:(?:{MANNER})(?:分别|共同)?|分别|共同)$")  # tail_words.MANNER
_TWO_CJK = re.compile(r"[\u4e00-\u9fff][^\u4e00-\u9fff]*[\u4e00-\u9fff]")  # one scan, not one for each
_CLAUSE_BREAK = re.compile(r"([,;。])")
# A verb closing a clause (…牵头,), or a name inside a 、-joined list (…牵头负责、各区政府组织落实: _verb_pieces).
# 落实 closes a clause of units as 负责 does (`;广东省各地级以上市人民政府落实,`, 广东 2020 乡村振兴 工作要点, dev,
# http://yanshiren.com/zwgk/jhgh/content/post_3061915.html; `…等有关部门参加,各镇街落实`, 金乡 2021 乡村振兴, dev,
# http://www.jinxiang.gov.cn/art/2021/4/20/art_75741_2724091.html): a tail whose only verb it is reads as a verb tail
# (review 42: `(…、各乡镇人民政府落实)` read `各乡镇人民政府落实` as a bare list's name); 组织实施 as 组织落实.
_CLOSING_VERB = re.compile(r"(?:牵头|配合|协助|负责|协办|主办|承办|指导|落实)(?:落实|实施|推进)?(?:[,;。、]|$)"
                           r"|组织(?:落实|配合|实施)(?:[,;。]|$)")


def _parse_keyworded(content: str, offset: int) -> list[FoundUnit]:
    found: list[FoundUnit] = []
    marks = keyword_marks(content)
    # every other field names 时, 领导 or a person (责任人, 联系人): a gate, for the pattern's 领导 branch opens with
    # any Chinese character and is tried at every position
    stops = [m.start() for m in _OTHER_FIELDS.finditer(content)] if (
        "时" in content or "领导" in content or "责任人" in content or "联系人" in content) else []
    for k, m in enumerate(marks):
        role = field_role(m.group(1))
        end = marks[k + 1].start() if k + 1 < len(marks) else len(content)
        end = min([s for s in stops if s > m.end()] + [end])
        segment = content[m.end():end]
        # A full stop closes the list (…省发展改革委。 at a line's end); what follows it in the tail is a remark
        # (〔责任单位:…省大数据中心按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕).
        segment = segment.split("。", 1)[0]
        led = False
        run: list[FoundUnit] = []  # the names of this list since its last , or ; (joined by 、 only)
        base = last_end = offset + m.end()
        for unit, s, e in split_units_at_zero(segment):  # split_units' units, offsets moved here (no list between)
            s, e = s + base, e + base
            if content[last_end - offset:s - offset].strip() != "、":
                run = []
            last_end = e
            if _REMARK.match(unit):  # …,各县市区,以下均需各县市区落实,不再逐一列出: a note on the items below ends it
                if "其中" in unit:  # …,其中:县人社局牵头: the lead among the units listed (review 42)
                    _which_leads(segment[s - offset - m.end():], s, found)
                break
            if ":" in unit or "：" in unit:  # another field the keywords do not know (督办单位:…, asg57's variants):
                break  # no name holds a colon
            closing = _MANNER_VERB.search(unit) if "按" in unit or "依" in unit else None  # what it opens with
            if closing and closing.start() >= 2:  # …、省大数据中心按职责分工负责: the manner is no part of the name
                unit, e = unit[:closing.start()], s + closing.start()
            if listed := listed_verb(unit):  # …分别牵头, …等有关部门参加, 各镇街落实: the verb gives the role
                given = listed[0] or role
                led = led or given == "lead"
                for earlier in run:  # the names before it joined by 、 share it
                    earlier.role, earlier.after_lead = given, False
                found.extend(FoundUnit(given, name, ns, ne) for name, ns, ne in split_units(unit[:listed[1]], s))
                run = []
                continue
            if _DEADLINE.search(unit) and not unit_like(unit):
                continue  # a time limit printed in the list (…,各县市人民政府,6月底完成)
            if _TWO_CJK.search(unit):  # two Chinese characters at least
                if noted := bracket_role(content, e - offset):  # 县财政局(牵头)、县农业农村局(配合): its own role
                    led = led or noted == "lead"
                    found.append(FoundUnit(noted, unit, s, e))
                else:
                    after = led and role == "responsible"  # a first-unit note keeps these responsible (record)
                    found.append(FoundUnit("cooperating" if after else role, unit, s, e, -1, after))
                run.append(found[-1])
    return found


# How the last units of a keyworded list take the task on (…按职责分工负责; …按职责分工分别负责, 西平 2020, as 分别负责
# closes 黑龙江 2013's list), dropped from the name; a time limit in it.
# A place's own share (各乡镇按属地负责, asg57's variant of 西平 2020's …乡镇人民政府按职责分工分别负责) is a
# manner too.
_MANNER_VERB = re.compile(rf"(?:{MANNER})(?:分别)?(?:负责|落实)$")  # tail_words.MANNER
# (\d|完成|年底|月底|底前|长期|持续, opened by one class the re module skips ahead to: a branch led by a class beside
# literals had every position tried)
_DEADLINE = re.compile(r"[\d完年月底长持](?:(?<=\d)|(?<=完)成|(?<=[年月])底|(?<=底)前|(?<=长)期|(?<=持)续)")


def _verb_ahead(parts: list[str]) -> str | None:
    """The role of the first clause with a verb after a clause without one, within its group (up to a ;)."""
    for part in parts:
        if part in (";", "。"):
            return None
        role = verb_role(part)[0] if part != "," else None
        if role:
            return role
    return None


def _verb_pieces(clause: str) -> list[tuple[int, str]]:
    """(start, piece) of a verb tail's clause, cut after each name a verb closes inside its 、-joined list: the names
    up to the verb take its role, as in a keyworded list (listed_verb). The 安委会's 燃气 实施方案 (上海 2023, dev,
    https://www.shanghai.gov.cn/zhengce/detail?businessId=877de679021749a188d636599e1a07ef&siteId=0037) joins its
    verbs by 、 as often as by ,: `(市交通委牵头负责、各区政府组织落实)`,
    `(各部门按职责分工牵头负责、各区政府组织落实)`,
    `(…、市国资委负责、市市场监督局、…、各区政府组织落实)`, `(…、市商务委牵头负责、市教委、…按职责牵头负责,…)`."""
    if "、" not in clause:
        return [(0, clause)]  # most clauses: one name, or names no 、 joins
    pieces: list[tuple[int, str]] = []
    start = 0
    at = clause.find("、")
    while at != -1:
        # the verb closes the piece: its last characters tell (a verb is at most 4), so no piece is copied whole at
        # every 、 of a long list no verb cuts (review 36)
        tail = clause[max(start, at - 8):at]
        role, rest = verb_role(tail)
        if role and at - start - (len(tail) - len(rest)) >= 2:  # a name before the verb (not a verb alone)
            pieces.append((start, clause[start:at]))
            start = at + 1
        at = clause.find("、", at + 1)
    pieces.append((start, clause[start:]))
    return pieces


def _parse_verbs(content: str, offset: int) -> list[FoundUnit]:
    """``X牵头,Y、Z配合`` and the like; units after a lead with no keyword cooperate."""
    found: list[FoundUnit] = []
    group: list[FoundUnit] = []  # the units of a group (up to a ;): one that names anything but units is a remark
    seen_lead = False
    remark = False  # a piece cut from a verb tail's 、-list names no unit: the group is prose (review 36)
    pos = 0
    parts = _CLAUSE_BREAK.split(content)
    for k, clause in enumerate(parts):
        if clause in (",", ";", "。"):
            if clause != ",":  # a sentence inside the brackets ends its group like a ;
                found.extend(group if _names_units(group) and not remark else [])
                group, remark = [], False
            pos += 1
            continue
        if _REMARK.match(clause):  # …落实,以下各项工作均需…落实,不再列出: a note on the items below, no units
            if "其中" in clause:  # …负责,其中县人社局牵头: the lead among them (_which_leads)
                _which_leads(clause, offset + pos, group)
            pos += len(clause)
            continue
        pieces = _verb_pieces(clause)
        for at, piece in pieces:
            role, body = verb_role(piece)
            unvouched = False  # a piece no verb closes, here or ahead
            if role is None:
                # 广东省农业农村厅,农业农村部发展规划司、种植业管理司牵头;: names before a comma share the verb that
                # closes their group (up to its ;)
                ahead = [clause[at:], *parts[k + 1:]] if at else parts[k + 1:]
                role = _verb_ahead(ahead)
                unvouched = role is None
                role = role or ("cooperating" if seen_lead else "responsible")
            body = _VERB_MANNER.sub("", body)  # 按职责分工负责, 分别负责
            items = _ITEMS.match(body) if "项" in body else None  # (第1—5项由市市场监管局牵头,…): the items' numbers
            shift = items.end() if items else 0  # and their 由 are no part of the name
            body = body[shift:]
            if _PERSON.search(body):  # 吕维峰副省长负责,省农委总牵头: the leader in charge is no unit
                continue
            # a role in brackets after a unit (县财政局(牵头)) is its own (unit_lists.bracket_role)
            units = [FoundUnit(bracket_role(content, e - offset) or role, unit, s, e)
                     for unit, s, e in split_units(body, offset + pos + at + shift)]
            # The group's neighbours vouch for a short odd name of a list (looks_like_units), not for a remark: a
            # clause no verb closes that names no unit closes the tail (县科技局牵头负责、各乡镇组织落实、长期坚持:
            # dropped), and a piece cut from a verb tail's 、-list that names no unit makes the group prose
            # (…牵头负责、做好统筹协调、各乡镇组织落实; 抓好落实、有关县区政府负责: round 40) (review 36).
            if unvouched and not _names_units(units):
                continue
            remark = remark or (len(pieces) > 1 and not _names_units(units))
            seen_lead = seen_lead or role == "lead"
            group.extend(units)
        pos += len(clause)
    return found + (group if _names_units(group) and not remark else [])


# A zone's committee is named by its zone: a unit, though no body's ending closes it (review 37:
# `(市科技局牵头、经开区、高新区配合)` lost both to the remark test below). A zone is named by a zone's kind, as real
# tails print zones among their units — 监利经济开发区, 荒湖管理区 (监利 2022, dev, http://www.artfolios.org/xxgk_30/zc/
# zcwj/xzfwj/202201/t20220114_688893.shtml), 开发区 (奉贤 2021, dev, https://www.shanghai.gov.cn/zhengce/detail?
# businessId=0084540&siteId=0084), 新材料产业园、商贸物流园 (金乡 2025, dev, http://www.jinxiang.gov.cn/art/2025/2/28/
# art_70552_2773466.html) — and their short forms (经开区, 高新区, 综保区), not by any word ending in 区 or 园:
# 辐射全区, 惠及全部社区 are remarks about places (review 38).
_ZONE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:开发区|经开区|高新区|综保区|保税区|自贸区|园区|新区|管理区|"
                   r"产业园|工业园|科技园|物流园|创业园)")
# A piece opening with a verb or a preposition is a remark about a place (在高新区, 建设产业园, 辐射全区: review 38),
# though its last word ends as a zone's name (高新区 is a body's ending).
_PLACE_REMARK = re.compile(r"在|于|辐射|推进|惠及|建设|覆盖|面向|带动|打造|创建|培育|加快|推动|争创|围绕|依托|聚焦")


def _names_units(units: list[FoundUnit]) -> bool:
    """Whether a piece of a verb tail names units on its own — bodies, collectives or zones — and not a remark
    (长期坚持, 做好统筹协调, 抓好落实; 在高新区), which a list's neighbours must not vouch for."""
    if units and units[0].unit[-1:] in "区园區園" and _PLACE_REMARK.match(units[0].unit):
        return False
    return looks_like_units(units) or (bool(units) and all(
        looks_like_units([u]) or _ZONE.fullmatch(simplified(u.unit)) for u in units))


# The numbers of the tasks a clause gives its units (第1—5项由…牵头, 以上3项由…负责: asg57's variants of dev verb tails,
# 官渡's (区环保局牵头,区水务局、区级相关部门配合), http://www.kmgd.gov.cn/c/2016-12-06/1370808.shtml).
_ITEMS = re.compile(r"(?:以上|上述)?第?[\d一二三四五六七八九十]{1,3}(?:[、,—\-~至和][\d一二三四五六七八九十]{1,3}){0,9}"
                    r"项(?:工作|任务)?均?由")
# A person in charge closing a clause of a verb tail (…副省长负责, 分管副市长牵头).
_PERSON = re.compile(r"(省长|市长|县长|区长|州长|旗长|镇长|乡长|书记|秘书长|主任|同志|领导)$")


# A clause of which naming the lead among the units listed (…,其中:县人社局牵头; …,其中县人社局为牵头单位: asg57's
# variants of dev tails, review 42): that unit leads, one assignment, the others keep their role, as a unit printed in
# both a 责任单位 and a 牵头单位 column is one assignment, lead (corpus README, 莲都 2023).
# The name captured holds no 由 (其中资金保障由县财政局牵头: a task's lead, not one of the listed units: review 43).
_WHICH_LEADS = re.compile(r"\s*其中[::,]?\s*([^,;。::()()由]{2,60}?)(?:为|是|作为)?牵头(?:单位|部门)?\s*(?:[,;。]|$)")


def _which_leads(text: str, start: int, found: list[FoundUnit]) -> None:
    """Make the units a 其中 clause at ``start`` (``text`` from there on) says lead ``lead``, in ``found``."""
    m = _WHICH_LEADS.match(text)
    if not m:
        return
    for name, s, e in split_units(m.group(1), start + m.start(1)):
        same = [u for u in found if simplified(u.unit).lstrip("县市区") == simplified(name).lstrip("县市区")]
        for unit in same:
            unit.role, unit.after_lead = "lead", False
        if not same and _TWO_CJK.search(name):
            found.append(FoundUnit("lead", name, s, e))


# A note on the following items closing a tail (广东 2020 and 2021, 无废城市 2018: 以下均需…落实,不再列出).
# A clause of which (其中县水利局为牵头单位, asg57's variants of dev tails) remarks on the units listed: it ends
# the list (and names the lead it states: _which_leads).
_REMARK = re.compile(r"\s*(?:以下|不再|下同|其中)")
def parse_annotation(content: str, offset: int, tail: bool) -> list[FoundUnit] | None:
    """Units named by an annotation's content (as printed: read in simplified characters, names given as printed),
    or None when it is not a responsibility annotation."""
    if len(content) > 400:
        return None
    found = _parse_simplified(simplified(content), offset, tail)
    for unit in found or []:
        unit.unit = content[unit.start - offset:unit.end - offset]
    return found


def _parse_simplified(content: str, offset: int, tail: bool) -> list[FoundUnit] | None:
    if ROLE_NOUN.search(content) and has_keyword(content):  # every keyword names one (单位, 科室…)
        units = _parse_keyworded(content, offset)
        return units or None
    if _CLOSING_VERB.search(content):
        units = _parse_verbs(content, offset)
        return units if _names_units(units) else None  # its groups' units: bodies, collectives or zones
    if tail:  # a bare list of units closing a task; not a lone credit (办公室) closing a news item
        units = [FoundUnit(bracket_role(content, e - offset) or "responsible", u, s, e)
                 for u, s, e in split_units(content, offset)]
        if len(units) == 1 and units[0].unit in load_rules("departments")["credit_names"]:
            return None
        return units if looks_like_units(units) else None
    return None


def _bracket_groups(line: Line) -> list[tuple[int, int, bool]]:
    """(open, close, is_tail) of the outermost bracketed groups of a line, in one linear pass."""
    text = line.text
    first = _BRACKET.search(text)
    if first is None:
        return []  # no bracket: no group, none left open (most lines)
    end = len(text.rstrip(" 。.;"))
    stacks: dict[str, list[int]] = {"(": [], "〔": [], "[": [], "【": []}  # OPEN_CLOSE's openers
    pairs = []
    for m in _BRACKET.finditer(text, first.start()):  # only the brackets: a loop over every character cost 8 % of a run
        at = m.start()
        ch = text[at]
        if (stack := stacks.get(ch)) is not None:
            stack.append(at)
        elif stack := stacks[OPEN_CLOSE[ch]]:  # a closing bracket (every other the pattern finds)
            pairs.append((stack.pop(), at))
    pairs.sort()
    groups: list[tuple[int, int, bool]] = []
    for j, i in pairs:
        if groups and j < groups[-1][1]:
            continue  # nested inside the previous group
        groups.append((j, i, i == end - 1))
    # A tail whose closing bracket the page lost: "…(市经信委牵头落实" at the end of the line; of any kind (河池 2024:
    # …〔牵头单位:市市场监管局、…;配合单位:…,各县(区)人民 where the excerpt ends)
    # whose own brackets (各县(区)) are nested in it
    opened = [j for o in OPEN_CLOSE.values() for j in stacks[o] if not any(a < j < b for a, b, _ in groups)] \
        if any(stacks.values()) else []  # most lines close every bracket they open
    # …but not a bracket left open before a closed group that ends the line and names roles itself: that group is the
    # tail ((一)推进孵化器建设(详见附件1(牵头单位:县科技局): the review of round 20), not a name of a lost one
    if opened and groups and groups[-1][2] and _ROLE_VERB.search(text, groups[-1][0], groups[-1][1]):
        opened = []
    # (…牵头;…按职责分工负责; cut by the page: a longer one when it names what its units do
    if opened and end - min(opened) <= (_LOST_CLOSE_LONG if _ROLE_VERB.search(text, min(opened)) else _LOST_CLOSE):
        groups = [g for g in groups if g[0] < min(opened)] + [(min(opened), end, True)]
    return groups


# A bracket glued to the word before it (a space between at most, a phonetic reading skipped) glosses that word: a class
# or another name, no task's tail. 陕西 2021 信用建设示范县 notice (dev, http://dczxpg.com/public/home/article/info/id/14/
# catId/14.html): `…为全省首批信用建设示范县(示范园区)。`; 九江's first 特色小镇 list (dev, http://nycautosale.com/
# read-64754.html, a mirror with readings): `廬山市海會鎮(zhèn) (國家級特色小鎮(zhèn))`: each read as a unit.
# A bare tail (no label, no verb) follows a stop: the dev passages' 14 all follow `。` (咸宁 2016 十三五 分工,
# `…受教育年限达到11.1年。(市教育局)`), none is glued to a word. Tails that name a role (牵头, 单位:…) are read wherever
# they stand (一、强化科技创新(区科技局牵头), 吴兴 2025).
_GLUED = re.compile(r"[\u4e00-\u9fff](?:\([a-z\u00e0-\u01dc]{1,6} ?\))?\s?$")


# A bracket of bodies' names glued to a task's words is the task's bare tail, not a gloss (review 39:
# `1.推进城乡污水管网建设(县住建局)`, `实施农村人居环境整治(县农业农村局、各乡镇)`); a bracket glued to a body's name
# is its other name (发改局(服务业发展局)).
_BODY_END = re.compile(r"(?:局|委|办|厅|部|会|政府|公司|中心|街道|乡镇|办公室)等?$")
# a note or an example in brackets names bodies without making them the task's (review 40: (含县住建局), (不含乡镇),
# (如华为公司、腾讯公司), (涉及县发改局、县财政局), (不包括县属国有公司))
_NOTE_START = re.compile(r"(?:含|不含|包含|包括|不包括|如|例如|涉及|除|其中)")
_GLOSS_SEPARATOR = re.compile(r"[、,,]")  # compiled once (re.split looked it up at each bracket)


def _glosses(text: str, j: int, content: str) -> bool:
    """Whether the line-closing bracket at ``j`` is glued to a word and holds no role's word: a gloss of that word."""
    if not _GLUED.search(text, max(0, j - 12), j):
        return False
    plain = simplified(content).lstrip()
    pieces = [p.strip() for p in _GLOSS_SEPARATOR.split(plain) if p.strip()]
    if pieces and not _NOTE_START.match(plain) and all(_BODY_END.search(p) for p in pieces) \
            and not _BODY_END.search(simplified(text[max(0, j - 8):j]).rstrip()):
        return False
    # a collective names bodies, never a class (完成年度整治任务(各街镇(管委会)): test_assignments_round24)
    return not (plain.startswith(("各", "相关", "有关")) or ROLE_NOUN.search(plain) or _ROLE_VERB.search(plain)
                or _CLOSING_VERB.search(plain))


_LOST_CLOSE, _LOST_CLOSE_LONG = 60, 200
# What follows the last unit of a list, cut by the page: …国家统计局湖南调查总队等按职责分 (湖南 2016).
_CUT_REST = re.compile(r"(?:等|按|分别|共同)[^、,,;;]*$")


def _after_last_separator(text: str, seps: str = "、,;", end: int | None = None) -> int:
    """Where the last item of ``text[:end]`` starts: just after its last separator of ``seps``, or 0 (no separator).
    A bounded number of ``rfind`` calls on one tail's content or a short window before a field, never the whole text."""
    stop = len(text) if end is None else end
    return max(text.rfind(sep, 0, stop) for sep in seps) + 1


def _cut_by_page(content: str) -> str:
    """A tail whose closing bracket the page lost, up to the last unit printed whole (README, twelfth and audit-12
    batches): a closing phrase cut short is dropped (…湖南调查总队等按职责分, 湖南 2016), and so is a name cut short
    (…河池税务局,各县(区)人民, 河池 2024). A clause that ends with its role's word is whole (…(市经信委牵头落实).
    A bracket opened after a document's title (》) holds its number or date, and is not read (asg54: three dev pages end
    inside one: 益阳 2014, http://www.yiyang.gov.cn/yyshjbhj/3454/3628/3651/content_149744.html, `…的通知》(湘政办`,
    read as a unit; 广州 2016, https://law.esnai.com/do.aspx?action=show&controller=home&lawid=180511, `…的通知》(粤府办
    [201`; 海口 2020, http://drc.haikou.gov.cn/xxxgk/fdzdgknr/gwztc/bg/202008/t1107054.shtml, `…预案》(2020年6月修`)."""
    inner = _open_inside(content)
    if inner >= 0:  # the page cut inside a bracket of the last name (…,各县〔市、区、特): that name is cut
        return _before_cut_name(content, inner)
    at = _after_last_separator(content)
    last = content[at:]
    if not last.strip() or verb_role(simplified(last))[0] or ends_as_name(last) or has_keyword(simplified(last)):
        return content
    rest = _CUT_REST.search(last)
    if rest and ends_as_name(last[:rest.start()]):
        return content[:at + rest.start()]
    return content[:at].rstrip("、,,;; ")
_ROLE_VERB = re.compile("牵头|负责|配合|牽頭|負責")
_CLOSED_END = frozenset("。.;;!?)）〕]】")  # a line ending so was not cut inside a name
_INNER_BRACKET = re.compile(r"[(〔\[【)〕\]】]")


def _open_inside(content: str) -> int:
    """Where a bracket inside a tail's content opens that nothing closes (the page cut inside it), or -1."""
    opened: list[int] = []
    for m in _INNER_BRACKET.finditer(content):  # a tail's content: 200 characters at most (_LOST_CLOSE_LONG)
        if m.group() in "(〔[【":
            opened.append(m.start())
        elif opened:
            opened.pop()
    return opened[0] if opened else -1


# The head of a name the page cut after its level and a word or two (市经济 of 市经济和信息化局): a name that ends a
# text's last line so, and ends as no body, was cut; one of another shape (台联, 城陵矶新港区) is printed whole
# (tests/extract/test_assignments_round49.py's round trip of real names).
_CUT_HEAD = re.compile(r"[省市县区州旗镇乡縣區鄉鎮][\u4e00-\u9fff]{1,3}")


def _cut_label_line(text: str) -> str:
    """A label line that ends the text, without the name the page cut at its end: one left in an open bracket
    (…,各县(市、区)), or a level's head that ends as no body after a name printed whole (界首 2020, dev,
    `…,市发展改革委、市经济`). A list of short names (`市发改、市财政、市住建`: review 48) prints its last one as it
    prints the others: nothing was cut."""
    inner = _open_inside(text)
    if inner >= 0:
        return _before_cut_name(text, inner)
    at = _after_last_separator(text)
    last = text[at:].strip()
    if at and _CUT_HEAD.fullmatch(last) and not ends_as_name(last) and not has_keyword(simplified(last)):
        head = text[:at].rstrip("、,,;; ")
        if ends_as_name(head[_after_last_separator(head, "、,;:"):]):  # the name before: printed whole
            return head
    return text


def _before_cut_name(content: str, inner: int) -> str:
    """``content`` up to the name the page cut at the bracket it left open at ``inner`` (asg48: 贵州 复工复产,
    dev, http://dwgpr.com/yaopinchaxun/bplns7nyvy.html,
    `(責任單位:省發展改革委,省直其他有關部門和單位,各市〔州〕、縣〔市、區、特` where the page ends).
    A kind after 、 that continues the collective before it (各市〔州〕、縣〔…〕: one name of two kinds)
    takes that collective with it: the names printed whole before it are kept (corpus README, ninth batch)."""
    at = _after_last_separator(content, end=inner)
    head = content[:at]
    if head.endswith("、"):
        names = split_units_at_zero(head.rstrip("、"))
        if names and joins_collective(names[-1][0], content[at:inner]):
            head = head[:names[-1][1]]
    return head.rstrip("、,,;; ")


# A note that the first unit of each list leads: "(列第一位的为工作牵头单位或汇总单位,下同)", in a tail too
# ("(责任单位:…,排在首位的为牵头单位,下同)"; 海盐 2022: 县发改局(首位单位为牵头单位,下同)、县财政局), with or without
# 列/排 (首位单位为…: 厦门 2019), after units a verb marks (浙江 2024: 除标注“牵头”单位外,…); 为 keeps 第一牵头单位 out.
_NB, _OPEN, _CLOSE = r"[^()()]", r"[((〔\[【]", r"[))〕\]】]"  # any bracket round it (江门 2018: [责任单位:…])
_REST = r"(?:[^()()〔〕\[\]【】]|〔[^()()〔〕]{0,6}〕){0,80}"  # to the close, over a unit's 〔镇〕 (review 15, F3)
_FIRST_PLACE = (rf"(?:除{_NB}{{1,16}}外[,,])?(?:(?:列|排)[在名]?)?(?:第一位|首位|第一)[^()():]{{0,12}}?为{_NB}{{0,4}}"
                rf"牵头{_REST}")
_FIRST_LEADS = re.compile(rf"{_OPEN}{_FIRST_PLACE}{_CLOSE}"
                          rf"|{_OPEN}(?:列|排)[在名]?(?:第一位|首位|第一){_NB}{{0,12}}牵头{_REST}{_CLOSE}"
                          rf"|[,,;;。](?:列|排)[在名]?(?:第一位|首位|第一){_NB}{{0,12}}牵头{_REST}(?={_CLOSE})"
                          # a line of its own, as an excerpt keeps the rule its page states once (README, 下同 rule)
                          rf"|^(?:列|排)[在名]?(?:第一位|首位|第一)[^()()]{{0,12}}牵头[^()()。]{{0,30}}$"
                          # a clause of the notice's prose, up to its stop (asg51: 咸宁 2016 十三五 分工
                          # `…由多个单位负责的,排在第一位的为牵头单位;各县…`; 杭州 2020 责任分解
                          # `二、责任分解中,列第一位的责任单位为牵头单位或汇总单位。`); 为牵头 keeps a ranking
                          # (排在第一位的为高新区) out
                          rf"|[,,;;。](?:列|排)[在名]?(?:第一位|首位)的?[^()()。;;,,]{{0,8}}?为牵头(?:单位|部门)"
                          rf"[^()()。;;]{{0,12}}(?=[。;;])")
# A heading that announces the units on the next line: "二、整改责任单位".
_ROLE_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.]|\(?[一二三四五六七八九十]{1,3}\))?"
                           rf"[\u4e00-\u9fff]{{0,6}}({_ROLE_FIELD})[::]?$")  # any role's label (同心 2023: 配合单位)
# The longest line it matches: a number (five characters, (十一)), six more, the field (a role word and a noun), a
# colon and a closing line break ($): a longer line is not tried (most lines; a gate, the matches the same)
_ROLE_HEADING_LONGEST = 5 + 6 + LONGEST_LABEL + max(map(len, _ROLE_NOUNS.split("|"))) + 1 + 1
# "…。责任单位:县科技局、县财政局" closing a paragraph, without brackets; a leader's field may come first
# (…。牵头领导:…副局长责任部门:…), and a leader's field opens the tail even where the page lost the full stop
# before it (…门前三包工作配合领导:…副局长配合部门:区园林局: _LEADER_TAIL, tried on lines that name a 领导).
# A name may hold brackets closed within it (市民政局(市社会组织管理局), 各县(市)人民政府: round 47's unit_names).
_TAIL_FIELDS = (r"(?:[\u4e00-\u9fff]{2}领导[::][^。()():]{1,12}?)?"
                rf"{_ROLE_FIELD}\s*[::](?:[^。()()]|[((][^。()()]{{1,20}}[))]){{2,300}}[。]?$")
# It opens with the stop before the tail, which the re module skips ahead to (a lookbehind first was tried at every
# position: 5 % of the assignments' time); the tail starts after it (``_inline_start``).
_INLINE_TAIL = re.compile(rf"[。;]\s*(?={_TAIL_FIELDS})")
# Fields a paragraph closes with, each its own sentence (…。牵头单位:X。配合单位:Y。, asg49): read from the last back,
# at most this many (a lead's, a responsible's and a cooperating unit's field); each read looks at one sentence only.
_INLINE_FIELDS_MOST = 3
_LEADER_TAIL = re.compile(rf"(?=[\u4e00-\u9fff]{{2}}领导[::]){_TAIL_FIELDS}")
# A labelled tail after its task on the same line with no stop before it (asg48): opened by a comma (六安 2017
# 民生工程 通报, dev, http://wxrb.luaninfo.com/p/a.aspx?id=11118&t=3&time=2017-08-11:
# `1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为舒城县。`) or by the space between a flattened
# row's cells (辽阳 2023 小微企业 扶持政策 清单, dev: `…辽市政发[2020]3号 责任单位:市财政局、市发展改革委、…`
# closing the row). Its list runs to the next full stop or the line's end and must name units
# (tests/extract/test_asg48_opened_tails.py). It opens with one class, which the re module skips ahead to; the field
# is bounded as _TAIL_FIELDS is. A space after a space opens none (such a match was skipped anyway, an indent, and at
# each space of a run ` *` scanned the run to its end again: quadratic in the run); the lookbehind after the class keeps
# the re module's skip to it.
_OPENED_TAIL = re.compile(
    rf"[, ](?<!  ) *(?=({_ROLE_FIELD}\s*:(?:[^。()()]|[((][^。()()]{{1,20}}[))]){{2,300}})(?:。|$))")
# The next item's number printed on the tail's line (a page that lost its line breaks: …需求,〔省科技厅〕三、鼓励…;
# …责任部门:建工科、安全站、质监站(二)小街巷…): the tail's item ends before it.
# The tail's last character, then the number: (一) after a bracket or a body's last character, 一、 after a bracket only
# (one leading class, which the re module skips ahead to: two class-led branches were tried at every position).
_NEXT_ITEM = re.compile(r"[)）〕\]】局办委厅站科室部府处所组队心会院辦廳處組隊會]"
                        r"(?:(?=[((][一二三四五六七八九十]{1,3}[))])|(?<=[)）〕\]】])(?=[一二三四五六七八九十]{1,3}、))")

# What every mark of _NEXT_ITEM is followed by: a number in round brackets, or a bracket closed before a number and 、;
# led by the brackets, which the re module skips ahead to (most lines hold no such number: a gate).
# One class opens both branches (a branch opened by a literal beside one opened by a class had every position tried).
_ITEM_NUMBER = re.compile(r"[()）〕\]】](?:(?<=\()(?=[一二三四五六七八九十]{1,3}\))"
                          r"|(?<=[)）〕\]】])(?=[一二三四五六七八九十]{1,3}、))")


def _item_segments(line: Line) -> list[Line]:
    """The line, cut before each next item's number that follows a tail's end on it (one segment when none)."""
    text = line.text
    if "(" not in text and "（" not in text and "〕" not in text and "】" not in text and "]" not in text:
        return [line]  # a mark this reads holds a bracket or follows one
    if not _ITEM_NUMBER.search(text):
        return [line]  # every cut is followed by a number that this finds: most lines hold none
    cuts = [m.end() for m in _NEXT_ITEM.finditer(text)]  # read on the printed text, in both scripts
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(line.text)]
    return [Line(line.index, line.start + a, line.start + b, line.text[a:b], line.chrome)
            for a, b in itertools.pairwise(bounds)]


# A line of the division of labour (部门分工:省发展改革委牵头,各地、各部门配合。), and the sentence closing a
# paragraph with the verbs of a tail but no brackets (…。省水利厅牵头,省发改委、农垦总局等单位配合。).
_SHARE_LABEL = re.compile(r"^\s*[\u4e00-\u9fff]{0,4}分工\s*[::]\s*")
_CLOSING_VERBS = tuple(verb + then for verb in ("牵头", "配合", "负责", "协助", "协办", "主办", "承办")
                       for then in ("", "落实", "实施", "推进"))
_CLOSING_LAST = frozenset(verb[-1] for verb in _CLOSING_VERBS)  # a line no verb closes (most): one look-up
_VERB_TAIL_MAX = 200


def _closes_with_verb(body: str) -> bool:
    """``body.endswith(_CLOSING_VERBS)``, its last character looked up first."""
    return body[-1:] in _CLOSING_LAST and body.endswith(_CLOSING_VERBS)


def _verb_tail(plain: str) -> int | None:
    """Where an unbracketed tail of verbs starts on a line (read in simplified characters), or None."""
    label = _SHARE_LABEL.match(plain)
    if label:
        return label.end()
    body = plain.rstrip(" 。.;;")
    if not _closes_with_verb(body):
        return None
    at = body.rfind("。") + 1
    at += len(body[at:]) - len(body[at:].lstrip())
    if len(body) - at > _VERB_TAIL_MAX or body[at:at + 1] in ("(", "(", "〔", "[", "【"):
        return None  # a bracketed tail, read with the brackets (one whose closing bracket the page lost too)
    return at


# What every reader of a line needs (unless a heading announced it): a bracket (a group, a wrapped tail, a
# first-unit note), a role's noun (a keyword, a heading, an inline tail), a leader's field, 牵头 (a first-unit note)
# or a division of labour's label; a tail of verbs without these is read by the closing verb. Each branch opens with
# its character: the re module skips ahead to them.
_TAIL_MARK = re.compile(r"\(|\)|（|）|〔|〕|\[|\]|【|】|单位|部门|科室|股室|领导|牵头|分工")
_CLOSED_LINE = re.compile(r"[))〕\]】]\s*[。.]?$")
_COLUMN_LABEL = re.compile(r"[\u4e00-\u9fff]{2}(?:单位|部门|單位|部門)")
# A site's footer opens with its sponsor's label as a tail opens with its role's (主办单位:), and names the site's
# owners: 盘锦's district portals print `主办单位:双台子区人民政府 版权所有:盘锦市人民政府办公室 网站地图` (dev,
# http://stq.gov.cn/2019_11/27_14/content-161987.html; dropped as chrome) and, on a mirror in traditional characters
# with phonetic readings that the chrome rules miss, `主辦單位:興隆臺(tái)區(qū)人民政府 版權(quán)所有:…` (dev,
# http://www.anfibiosclimbing.com/2024_12/23_09/content-501551.html: three units read, a lead each); 咸宁's gazette
# prints its sponsor the same way (dev, http://xianning.gov.cn/xxgk/xxgkml/qtzdgknr/zfgb/202206/
# t20220608_2656697.shtml). A keyword line holding the footer's 版权所有 (read in simplified characters, its two words
# apart: a mirror prints readings between them, 版權(quán)所有; not 版权 alone, which names a bureau, 市版权局) is no
# tail: tested on those lines only.
# The phrase whole, not 版权 and 所有 apart (review 39: `牵头单位:县委宣传部(县版权局),配合单位:县市场监管局、所有乡镇`
# is a tail).
_FOOTER = re.compile(r"版权(?:\([a-z\u00e0-\u01dc]{1,6} ?\))?所有")


def _bracket_groups_cover(groups: list[tuple[int, int, bool]], pos: int) -> bool:
    """Whether a group holds ``pos``: the outermost groups are sorted and apart, so only the last opened before ``pos``
    can (a bisection: ``_opened_tail`` asks once for each tail of a line, which on a text without line breaks is the
    whole text — a scan of every group each time was quadratic, review 48)."""
    k = bisect.bisect_left(groups, (pos,)) - 1  # the last group opened before pos
    return k >= 0 and pos < groups[k][1]


# How far back a space-opened tail looks for another field before it, up to a full stop (a cell's text of a row, a
# document's number: 辽阳's is 70 characters)
_FIELDS_BEFORE = 120
# A field before a comma-opened tail: its part of the line opens with a short label (抄送:…, 联系电话:…, 发布机构:…),
# where a task opens with its number or its words (1、农村道路畅通工程,牵头部门:…)
_FIELD_BEFORE = re.compile(r"\s{0,4}[\u4e00-\u9fff]{2,6}\s{0,2}:")


def _opened_tail(text: str, plain: str, line: Line, path: str, parse, record) -> tuple[str, Line]:
    """The labelled tails of a line opened by a comma or a space (``_OPENED_TAIL``), recorded; the line given back
    without them (a tail closing the line cut off, one inside it blanked, so that the offsets hold)."""
    groups: list[tuple[int, int, bool]] | None = None
    done = 0  # the end of the last tail read: a second field of it (…,配合部门:…) is no new tail
    read: list[tuple[int, int]] = []  # (opening, end) of each tail read, cut from the text once after the loop
    for m in _OPENED_TAIL.finditer(plain, 1, len(text)):  # not at the line's start (a label line, read above)
        at, stop = m.end(), m.end(1)
        if m.start() < done or not plain[m.start() - 1:m.start()].strip():
            continue  # inside a tail read, or after a run of spaces' first (an indent)
        before = plain[max(0, m.start() - _FIELDS_BEFORE):m.start()]
        if ":" in before[before.rfind("。") + 1:] and (plain[m.start()] == " " or _FIELD_BEFORE.match(
                before, _after_last_separator(before, "。,;"))):
            continue  # a bar of fields: a letter's `抄 报:… 承办单位: …`, a page's `信息分类:… | 责任部门:…`, and
            # one a comma parts (`联系人:张三,联系电话:…,承办单位:县交通运输局`: review 48)
        groups = _bracket_groups(line) if groups is None else groups
        if _bracket_groups_cover(groups, at):
            continue  # a field inside brackets: the bracket's tail
        content = text[at:stop].rstrip()
        found = parse(content, line.start + at, True)
        if not found or not looks_like_units(found) or not record(path, content, line.start + at, found):
            continue
        done = stop
        read.append((m.start(), stop))
    if not read:
        return text, line
    # one pass over the line (a slice of it for each tail read was quadratic on a text without line breaks): each tail
    # blanked so that the offsets hold, the last one cut off when only spaces or stops follow it
    pieces, prev = [], 0
    for start, stop in read:
        pieces += [text[prev:start], " " * (stop - start)]
        prev = stop
    if prev >= len(text.rstrip(" 。")):
        pieces.pop()  # the last tail closes the line
    else:
        pieces.append(text[prev:])
    text = "".join(pieces)
    return text, Line(line.index, line.start, line.start + len(text), text, line.chrome)


def extract_assignments(lines: list[Line], paths: list[str], body_start: int, skip: frozenset[int] = frozenset()
                        ) -> tuple[list[Annotation], list[tuple[str, FoundUnit]]]:
    """Annotations and the units they name; lines in ``skip`` (rows of a table of tasks, read elsewhere) are not
    read."""
    annotations: list[Annotation] = []
    units: list[tuple[str, FoundUnit]] = []
    # Each content read once per document (a plan prints the same tail under many tasks: a quarter of the reads), its
    # units kept at offsets from the content's start and given fresh at each place (the callers change them)
    parsed: dict[tuple[str, bool], list[tuple[str, str, int, int, int, bool]] | None] = {}

    def parse(content: str, offset: int, tail: bool) -> list[FoundUnit] | None:
        kept = parsed.get((content, tail), False)
        if kept is False:  # parse_annotation at offset 0, each name taken from the printed content here at once
            found = None if len(content) > 400 else _parse_simplified(simplified(content), 0, tail)
            kept = parsed[content, tail] = None if found is None else [
                (u.role, content[u.start:u.end], u.start, u.end, u.annotation, u.after_lead) for u in found]
        return None if kept is None else [FoundUnit(role, unit, offset + s, offset + e, annotation, after)
                                          for role, unit, s, e, annotation, after in kept]

    def record(path: str, text: str, start: int, found: list[FoundUnit] | None) -> bool:
        if not found:
            return False
        if first_leads and len(found) > 1 and all(u.role == "responsible" for u in found):
            found[0].role = "lead"
        elif first_leads:  # 除标注“牵头”单位外,列第一位的为牵头…: the units listed after a marked lead stay responsible
            for u in found:
                u.role = "responsible" if u.after_lead else u.role
        if mirror:  # 責(zé)任單位: read without a mirror's readings, given back as printed
            restore_units(mirror, line.start, found)
            text, start, _ = restore(mirror, line.start, start, start + len(text)) or (text, start, 0)
        for unit in found:
            unit.annotation = len(annotations)
        annotations.append(Annotation(path, text, start, start + len(text)))
        units.extend([(path, unit) for unit in found])
        return True

    first_leads, mirror = False, None
    # The notice before the body may state the rule once, in its prose (asg51: 咸宁 2016's `(三)合理划分责任。…由多个
    # 单位负责的,排在第一位的为牵头单位;…`, a paragraph of the notice): it holds for the tails of the body. Two `in`
    # checks gate the search (a notice's lines are few, and the rule's words rare).
    for line in lines[:body_start]:
        text = line.text
        if ("牵头" in text or "牽頭" in text) and ("第一" in text or "首位" in text) and (
                _FIRST_LEADS.search(simplified(text))):
            first_leads = True
            break
    announced: str | None = None  # the role a heading announced for the next line
    consumed: set[int] = set()  # lines read as the end of a tail broken over lines
    # The text's last line: a list that runs to the text's end without a stop was cut there by the page or the excerpt
    # (asg48: 界首 2020, `牵头责任单位:…,市发展改革委、市经济` where the page ends: the names printed whole are kept)
    last_index = next((whole.index for whole in reversed(lines) if whole.text.strip()), -1)
    segments = [segment for whole in lines[body_start:] for segment in _item_segments(whole)]  # (a list: no
    # generator resumed for each line)
    for line in segments:
        if line.chrome or not line.text or line.index in skip or line.index in consumed:
            continue
        mirror = label_readings(line) if may_have_readings(line.text) else None  # (label_readings' own first test)
        line = mirror.line if mirror else line
        path, text = paths[line.index], line.text
        plain = simplified(text)  # regexes read simplified characters; slices keep the printed (note: 牵头, 第一/首位)
        if not announced and not _TAIL_MARK.search(plain) and not _closes_with_verb(plain.rstrip(" 。.;;")):
            continue  # nothing below can read a line without these (a third of the lines)
        note = _FIRST_LEADS.search(plain) if "牵头" in plain and ("第一" in plain or "首位" in plain) else None
        if note:
            first_leads = True
            text = (text[:note.start()] + text[note.end():]).rstrip()
            if not text:
                continue
            line = Line(line.index, line.start, line.start + len(text), text, line.chrome)
            plain = simplified(text)
        if announced:
            # the next column's name in a table's header (责任部门 / 评分部门) is no unit
            label = _COLUMN_LABEL.fullmatch(text) and not text.startswith(("各", "相关", "有关"))
            at = line.start - len(announced) - 1
            found = None if label else parse(f"{announced}:{text}", at, tail=True)
            announced = None
            if found and looks_like_units(found) and record(path, text, line.start, found):
                continue
        heading = _ROLE_HEADING.match(plain) if len(plain) <= _ROLE_HEADING_LONGEST else None
        if heading:
            announced = heading.group(1)
            continue
        bracketed = text[0] in "((〔[【" and _CLOSED_LINE.search(text)
        if _KEYWORDS.match(plain.lstrip("((〔[【 ")) and not bracketed:
            if _FOOTER.search(plain):  # a site's footer: no tail
                continue
            if line.index == last_index and text[-1] not in _CLOSED_END:  # the text ends inside this list
                text = _cut_label_line(text)
            found = parse(text, line.start, tail=True)
            record(path, text, line.start, found)
            continue  # a line of its own: 牵头单位:…,配合单位:…
        wrapped = wrapped_tail(lines, line)
        # (牵头单位:省民 / 政厅): a tail the page broke over lines, a page header perhaps between (〔县自然资 / 源局…〕)
        found = parse(wrapped[1], 0, tail=wrapped[4]) if wrapped else None
        if wrapped and (found or wrapped[4]):
            at, content, positions, last, _ = wrapped
            for unit in found or []:
                unit.start, unit.end = positions[unit.start], positions[unit.end - 1] + 1
            record(path, content, positions[0], found)
            consumed.update(range(line.index + 1, last + 1))
            text = text[:at]
            line = Line(line.index, line.start, line.start + len(text), text, line.chrome)
        # An inline tail holds no full stop but its last character: it starts at the last one before that or after
        # it, and is looked for there only (a paragraph's every sentence was tried)
        last = max(plain.rfind("。", 0, len(text) - 1), 0)
        inline = _INLINE_TAIL.search(plain, last, len(text)) if ROLE_NOUN.search(plain, last, len(text)) else None
        at = inline.start() + 1 if inline else None  # after the stop
        if not inline and "领导" in plain:
            inline = _LEADER_TAIL.search(plain, last, len(text))
            at = inline.start() if inline else None
        # the bracketed groups of the line as it reads now, computed once for each text (a tail cut off changes them)
        groups: list[tuple[int, int, bool]] | None = None
        if at is None and ROLE_NOUN.search(plain):  # no tail opened by a stop: one opened by a comma or a space
            text, line = _opened_tail(text, plain, line, path, parse, record)
        # the fields closing the line, each its own sentence (…。牵头单位:X。配合单位:Y。): found from the last back,
        # each looked for in the sentence before the one read, and recorded in the order printed
        fields: list[tuple[int, int, list[FoundUnit]]] = []
        end = len(text)
        while at is not None and len(fields) < _INLINE_FIELDS_MOST:
            cut = line if end == len(text) else Line(line.index, line.start, line.start + end, text[:end], line.chrome)
            if _bracket_groups_cover(groups := _bracket_groups(cut), at):
                break
            found = parse(text[at:end], line.start + at, tail=True)
            if not found:
                break
            fields.append((at, end, found))
            end = at
            last = max(plain.rfind("。", 0, end - 1), 0)
            inline = _INLINE_TAIL.search(plain, last, end) if ROLE_NOUN.search(plain, last, end) else None
            at = inline.start() + 1 if inline else None
        for at, end, found in reversed(fields):
            record(path, text[at:end], line.start + at, found)
        if fields:
            text = text[:fields[-1][0]]
            line = Line(line.index, line.start, line.start + len(text), text, line.chrome)
            groups = None
        at = _verb_tail(plain[:len(text)])
        if at is not None:
            groups = _bracket_groups(line) if groups is None else groups
            if not _bracket_groups_cover(groups, at):
                content = text[at:].rstrip(" 。.;;")
                if record(path, content, line.start + at, parse(content, line.start + at, tail=False)):
                    text = text[:at]
                    line = Line(line.index, line.start, line.start + len(text), text, line.chrome)
                    groups = None
        for j, i, tail in _bracket_groups(line) if groups is None else groups:
            closed = text[i:i + 1] in OPEN_CLOSE
            if not closed and text[:j].rstrip().endswith("》") and "、" not in text[j + 1:i]:
                continue  # a title's number or date the page cut (…的通知》(湘政办: _cut_by_page); a list of units
                # after a title is a tail wrapped over two lines (《某某条例》(县司法局、…: review 39)
            content = text[j + 1:i] if closed else _cut_by_page(text[j + 1:i])
            if tail and j and _glosses(text, j, content):
                continue
            record(path, text[j:i + 1], line.start + j, parse(content, line.start + j + 1, tail))
    return annotations, units
