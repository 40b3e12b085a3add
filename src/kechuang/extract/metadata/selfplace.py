"""The place a document calls its own when neither its title nor an issuer names one: a text that speaks of 我市
(本县, 我区…) is the plan of the place of that level that its opening names in a body or a document title —
`为增强我市…` under `中共盐城市委` or beside `《盐城市…计划》` is 盐城市's (the spec: "when the title names no
place, the place that the issuer or the body names as its own", 广州市 for a plan of 中共广州市委、广州市人民政府
that speaks of 全市)."""

from __future__ import annotations

import re

from kechuang.extract.metadata.common import CJK, outer_titles, unread
from kechuang.extract.metadata.region import region_of
from kechuang.extract.rules import simplified

# 我市, 本县, 我区 (a mirror's 縣/區 read through ``simplified``): the text's own level; 全市 is left out, a county's
# text says it of its city's meetings (全市科技工作会议); 本 ending a word (资本市场, 成本, 样本, 基本, 日本) and a
# level opening one (本区域, 本市场) are no self-reference (rev8's review: 资本市场 gave a county 南京市)
_SELF = re.compile("(?:我|(?<![资成样基日])本)([市县区省州旗])(?![场域])")
# a body of a place: 中共广州市委, 广州市人民政府, 上海市商务委 (the level word ends the place's name, a body's word
# follows within a few characters), its name opening after punctuation or 中共; 各区、县级市人民政府 names no place
# 县级市, and a verb before 市委 none (认真落实市委、市政府); a partner after 与/和/及 (深化与上海市人民政府战略合作)
# is no body of the text's own place, so no name opens after a conjunction
_BODY = re.compile(rf"(?:(?<![{CJK}])|(?<=中共))(?!县级)([{CJK}]{{2,4}}?[市县区省州旗])"
                   rf"[{CJK}]{{0,6}}?(?:委员会|委|人民政府|政府|局|厅|办公室)")
_VERB = re.compile("落实|贯彻|认真|按照|根据|推进|推动|加快|全面|深入|已经")  # 已经省政府同意 (青海 2014)
# a title cited as the text's basis (根据《苏州市…规划》，结合我市实际: a county-level city's text citing its
# prefecture's plan) is another body's document: the verb in the title's own clause
_CITED = re.compile("根据|按照|依据|贯彻落实|参照|借鉴")
_CLAUSE = re.compile("[，。；：,;:\n]")
_SELF_LINES = 40  # the opening: the first lines of text after the title
_SPAN = 200  # a body or a title this far around the text's first 我市 (its own sentence and the next)


def own_place(texts: list[str]) -> str | None:
    """The place of the level of the text's first 我市 (我县, 本区…) named by a body (中共X市委, X市人民政府) or by a
    document title (《X市…》) not cited as a basis in the same stretch of text, or None — None too when two places
    of that level are named there."""
    joined = "\n".join(texts[:_SELF_LINES])
    # 我 and 本 are printed so in either script (no other character reads as them): a text without either is not
    # translated
    if "我" not in joined and "本" not in joined:
        return None
    joined = simplified(joined)
    m = _SELF.search(joined)
    if not m:
        return None
    level, window = m.group(1), joined[max(0, m.start() - _SPAN):m.end() + _SPAN]
    names = [b.group(1) for b in _BODY.finditer(window)] + [t for t, start, _ in outer_titles(window)
                                                             if not _cited(window, start - 1)]
    places = []
    for name in names:
        place = region_of(name)
        # a function word is in no place's name (…149号)以及市政府《…》: no body 以及市, suzhou 2017; 决定对区, zgq
        # 2012; round 45), as named_place's _NOT_NAME has it — without its date characters and the words that open
        # places' names (日照市, 将乐县, 从江县, 向阳区, 经济开发区)
        if place and simplified(place).endswith(level) and len(place) > 2 and not _VERB.search(place) \
                and not any(c in place for c in _FUNCTION_WORDS) and not _inner_function_word(place):
            places.append(place)
    return places[0] if places and all(p == places[0] for p in places) else None


# the function words that open places' names (向阳区, 将乐县, 从江县, 为 of 无为市 second): inside a candidate, after
# two characters or more (决定向区, 同意将区, 决定给予区: review 19, F4), a verb's object, no place's name
_OPENING_FUNCTION_WORDS = "向为将从给"


def _inner_function_word(place: str) -> bool:
    """Whether a function word that may open a place's name stands inside ``place`` after its first two characters."""
    return any(c in _OPENING_FUNCTION_WORDS for c in place[2:-1])


def _cited(text: str, bracket: int) -> bool:
    """Whether the title whose 《 is at ``bracket`` is cited as a basis: 根据 (按照, 贯彻落实…) in its clause before it
    (根据《…》和《…》 cites both)."""
    opening = max((m.end() for m in _CLAUSE.finditer(text, 0, bracket)), default=0)
    return bool(_CITED.search(text, opening, bracket))


_HEAD_LINES = 12  # the page's head and the document's opening lines
# a body printed whole as a line of the head (its issuer, its signature) or opening the document's own title there
# (江苏省政府办公厅关于…, 临渭区委、区政府): a place's name (not opening with a level word: 县城市管理局, 市绿化市容局)
# right before a body's ending, then nothing, 关于, 印发 or the 、 or space of a joint issuer
# (中共梅州市委  梅州市人民政府);
# anchored at a line's start, so never a word in a sentence (组建泰兴市科技创新委员会, 请及时向省政府报告: review 13),
# a 责任单位 tail or a document cited in 《》 (为贯彻落实《江苏省人民政府关于…》)
_WHOLE_BODY = re.compile(rf"(?:中共)?([{CJK}]{{2,6}}?[市县区省州旗])(?:(?:人民政府|委员会|委|政府)"
                         rf"(?:[{CJK}]{{0,8}}?(?:局|办公室|办公厅|委员会))?|[{CJK}]{{0,8}}?(?:局|办公室|办公厅|委员会))"
                         r"(?:关于|印发|、|\s|$)")
# a report's speaker printed in the head (… 杭州市人民政府市长 徐立毅): the government's own place
_SPEAKER = re.compile(rf"(?:^|\s)([{CJK}]{{2,6}}?[市县区省州旗])人民政府代?[市县区省州旗]长(?:\s|[{CJK}]{{2,4}}$)")
_NOT_NAME = "年月日为与及对在由经已向并是也的了被把将从既"  # a date's or a function word is in no place's name
_FUNCTION_WORDS = "与及以对在由已并是也的了被把既"  # (和 opens 和平区)


def named_place(texts: list[str]) -> str | None:
    """The place of the first body the page's head prints whole as a line, or as the opening of the document's own
    title (`江苏省政府办公厅关于…`, `临渭区委、区政府`), when nothing else places the document: the spec's "the place
    that the issuer or the body names as its own". A 文号's last 号 before a body (…〔2016〕85号江苏省政府办公厅) is
    no part of its place."""
    head = [t for t in texts if t.strip()][:_HEAD_LINES]
    for text in head:
        line = simplified(unread(text)[0]).strip()
        if not line or line[0] in "市县区省州旗":  # anchored at the line's start: never inside 《》
            continue
        if "号" in line[:30]:  # a 文号 before the body: 苏政办发〔2016〕85号江苏省政府办公厅关于…
            line = line[line.index("号") + 1:]
        m = _WHOLE_BODY.match(line) or (_SPEAKER.search(line) if "长" in line else None)
        if not m or m.group(1)[0] in "各全本我该每对其相有提请报" or any(c in m.group(1) for c in _NOT_NAME):
            continue
        place = region_of(m.group(1))
        if place and len(place) > 2 and not _VERB.search(place):
            return place
    return None

