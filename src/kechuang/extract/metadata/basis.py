"""The documents a plan says it implements or is based on (根据/依据/按照/贯彻落实《…》)."""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.breakdown import divided
from kechuang.extract.metadata.common import PLAN_WORDS, outer_titles, strip, unread
from kechuang.extract.metadata.unbracketed import unbracketed
from kechuang.extract.rules import simplified

# (patterns of the readers below, compiled once: ``re.search(str, …)`` looks its pattern up per call)
_CLAUSE_BREAK = re.compile("[,;]")
_SENTENCE_BREAK = re.compile("[,;。]")

# 贯彻执行/遵照执行 ask the reader to carry a document out; they do not name what it is made from.
# 深入实施《…》 in a statement of purpose names what the plan implements (audit: 为深入实施《…》; 全面实施 is left
# out: a held-out page's gold, annotated before that audit, does not count 全面实施《…法》 as a basis).
_TRIGGER = re.compile(r"(?:根据|依据|依照|按照|遵照|参照|贯彻|落实|根據|依據|貫徹|落實|深入实施|深入實施)(?!执行|執行)")

# a title mark or a trigger: a line with neither names no basis, told by one scan of the line (two ``in`` tests,
# seven ``in`` tests of a character every trigger holds and ``_TRIGGER``'s search cost twice as much on a body's
# paragraphs). Each branch opens with its character (``_TRIGGER``'s words one by one, each with its lookahead), so
# that the re module skips ahead to the first characters; a match stands wherever one of ``《``, ``》`` and
# ``_TRIGGER`` does (tests/extract/test_speed32_spd37.py)
_TRIGGER_WORDS = _TRIGGER.pattern[len("(?:"):_TRIGGER.pattern.index(")")].split("|")
_TITLE_OR_TRIGGER = re.compile("|".join(["《", "》", *(f"{w}(?!执行|執行)" for w in _TRIGGER_WORDS)]))


# What a basis sentence of the body says it does with its sources.
_MADE = re.compile(r"制定|制订|编制|修订|提出|出台|制訂|編制|修訂")
_SHORT = ("简称", "下称", "簡稱")  # (以下简称《科学素质纲要》) names a short form, not another document
# 《规划》, 《方案》… alone are the document's short name for itself or for one named before, not a title.
# The units told to follow a document (各地区、各部门要按照《…》); not 主要/需要/重要 (本规划主要依据《…》编制 names
# its basis).
_INSTRUCTION = re.compile(r"各[^,,。;;]{1,40}?(?<![主需重])要$")
_SHORT_KINDS = frozenset((*PLAN_WORDS, "通知", "决定", "纲要"))
# an item may name its issuer before the title (2、湖南省愛衛會《…》, 衡東 2022: a 解读's 起草依據 list)
_LIST_ITEM = re.compile(r"(?:\d{1,2}[.、]|[((]\d{1,2}[))])\s*[^《》。]{0,20}《")
# a 解读's heading names its basis too (二、决策依据, 二、起草依據(jù) with a mirror's reading, 一、文件起草背景及依据:
# 莱山 2022, 衡東 2022, 石屏 2021; openings/DECISIONS.md, openings14 and openings15)
_BASIS_HEADING = re.compile(r"^.{0,12}(编制|制定|制订|工作|編制|制訂|起草|决策|決策)(?:背景[及和])?(依据|依據)"
                            r"(?:\([a-zàáèéìíòóùúüǎěǐǒǔǖǘǚǜāēīōū]{1,6}\))?$")
# The purpose a covering sentence states before its basis (为鼓励企业加大研发力度,支持企业科技创新,根据《…》…文件精神,
# 现将…下达给你单位; 为积极应对人口老龄化,…,根据《…》文件精神,现制定…): one to three clauses opened by 为.
_PURPOSE = re.compile(r"为[^,;。《》]{2,40}(?:,[^,;。《》]{2,40}){0,2},")
# non-empty lines: a 应急预案's 编制依据 follows its table of contents (``extract_document`` lists the body only so far)
BASIS_BODY_LINES = 120


# a PDF's text breaks every line of a long 编制依据 list inside a title (…《中华人民共和\n国食品安全法》…
# 《突发公共卫生事件应急条\n例》…, 利辛 2025; openings/DECISIONS.md, openings18: the list counts whole): up to
# eight lines joined in a row (two before round 55), and only up to the line whose 》 closes the open 《 (review 25
# F5, round 58): a 《 the page never closes (古县 2018: …印发的《古县自然灾害救助应急预案(修订)古政办发201413)同时废止,
# its 》 lost) joins nothing, where it glued the signer, the date, the plan's title and its contents' 1.2编制依据
_JOINS = 8


def _join_open_titles(lines: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Join a line that opens a 《 it does not close with the next ones, up to the line that closes it (at most
    ``_JOINS`` lines in a row; none when no 》 comes within them): pages break lines inside titles
    (根据《\n国家科学技术奖励条例》)."""
    out: list[tuple[str, bool]] = []
    k = 0
    while k < len(lines):
        text, in_body = lines[k]
        k += 1
        left = _JOINS
        # a 《 after the last 》: the line read for 》 after its last 《 only (one with no 《 is read once, not twice)
        while left and (last := text.rfind("《")) >= 0 and text.find("》", last) < 0:
            close = next((j for j in range(k, min(len(lines), k + left)) if "》" in lines[j][0]), None)
            if close is None:
                break
            text += "".join(t for t, _ in lines[k:close + 1])
            left -= close + 1 - k
            k = close + 1
        out.append((text, in_body))
    return out


_LIST_GAP = re.compile(r"[\s,、;和及与以及]*")
# the next title's issuer, or issuers (《A》(苏政办发〔2012〕182号),市委、市政府《B》; 《A》(国办发〔2020〕23号),
# 河南省住房和城乡建设厅、河南省发展和改革委员会、河南省财政厅《B》, 驻马店 2021)
_BODY = r"[\u4e00-\u9fff]{1,16}?(?:委员会|委|政府|办公厅|办公室|厅|局|部|院)"
_ISSUER_GAP = re.compile(rf"[,;](?:{_BODY}、)*{_BODY}$")
_NOTE = re.compile(r"[((][^()()]{0,40}[))]")  # (国办发〔2018〕1号) after a title


def _still_open(sentence: str, start: int, end: int, opened: bool) -> bool:
    """Whether a title at ``end`` is still in the clause of a trigger: one stated between the previous title and it
    (根据《…》), with no clause break after the trigger; or the list the previous basis title opened (《A》、《B》和
    《C》). A title in a later clause of the sentence (…会议精神,全面完成好《政府工作报告》中确定的…) is no basis."""
    # read through a mirror's phonetic readings and traditional characters (国办发(fā)〔2020〕23号, 河南省財政廳)
    gap = simplified(unread(sentence[start:end])[0])
    trigger = next(reversed(list(_TRIGGER.finditer(gap))), None)
    if trigger:
        return not _CLAUSE_BREAK.search(gap[trigger.end():])
    if opened:
        rest = _NOTE.sub("", gap)
        return bool(_LIST_GAP.fullmatch(rest) or not _CLAUSE_BREAK.search(rest)
                    or _ISSUER_GAP.search(rest)  # 《A》(苏政办发〔2012〕182号),市委、市政府《B》
                    or _AND_ALSO.fullmatch(rest))  # 《A》、《B》等法律、法规,以及《C》
    return False


# a list's first group closed by a generic word, then 以及 and the second group (根据《…》、《…》有关规定,以及《…》:
# 源城 2016; 依据《…》、《…》等法律、法规,以及《…》、《…》: 淅川 2009; round 55): the second group is basis too
_AND_ALSO = re.compile(r"[^,;。《》]{0,12},以及")
_LIST_WORD = re.compile(r"[)）]?\s*(?:、|以及|和|及|与)")
_ISSUER_BEFORE_YEAR = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:办公厅|办公室|人民政府|政府)(?=\d{4}年)")


_TITLE_MARK = re.compile("[《》]")


def _reopen(sentence: str) -> str:
    """Put back the 《 a page lost before a title it still closes with 》: the title starts after the list word
    that follows the title before it (《A》和B》 → B; 濮阳 …规划》和濮阳市国民经济…纲要》编制), else right after the
    trigger (贯彻落实省政府办公厅2015年全省…要点》 → 2015年全省…要点, the body that issued it left out)."""
    if "》" not in sentence:
        return sentence
    out, depth, last_close = [], 0, -1
    for mark in _TITLE_MARK.finditer(sentence):  # no other character changes the state below
        k, ch = mark.start(), mark.group()
        if ch == "《":
            depth += 1
        elif ch == "》" and depth:
            depth -= 1
        elif ch == "》":
            lo = last_close + 1
            trigger = next(reversed(list(_TRIGGER.finditer(sentence, lo, k))), None)
            if trigger and not _SENTENCE_BREAK.search(sentence[trigger.end():k]):
                start = trigger.end()
                issuer = _ISSUER_BEFORE_YEAR.match(sentence, start)
                start = issuer.end() if issuer else start
            elif last_close >= 0 and (word := _LIST_WORD.match(_NOTE.sub(lambda m: " " * len(m.group()),
                                                                          sentence[lo:k]))):
                start = lo + word.end()
            else:
                start = -1
            if 0 <= start < k - 1 and not _SENTENCE_BREAK.search(sentence[start:k]):
                out.append((start, k))
            last_close = k
            continue
        if ch == "》":
            last_close = k
    for start, _ in reversed(out):
        sentence = sentence[:start] + "《" + sentence[start:]
    return sentence


# A purpose clause whose verb of carrying out follows the title (为确保…通过的《政府工作报告》中明确的…任务落到实处,
# 为了抓好《政府工作报告》中各项任务的落实, 为切实抓好2016年《政府工作报告》的贯彻落实, 为切实做好《…纲要》贯彻落实):
# the notice names what it implements (spec: 贯彻落实《…》), as a trigger before the title does. One title, one clause.
# The clause may follow the sentence's first (2020年是…收官之年,为确保…《政府工作报告》中明确的…落到实处, 芜湖 2020).
_CARRIED_OUT = re.compile(r"(?:^|[,;])\s*为了?[^,;。《》]{0,30}《([^《》]{2,80})》[^,;。《》]{0,24}?"
                          r"(?:贯彻落实|落实|落到实处)")

# The document a congress adopted, named where the notice states what it divides (县十五届人大五次会议审议通过的
# 《政府工作报告》,安排部署了…现将…分解下达; 州十一届人民代表大会第五次会议批准的《政府工作报告》,明确了…; 现就十二届
# 人大三次会议通过的《政府工作报告》明确的有关工作提出如下分工意见; 省十三届人大六次会议通过《政府工作报告》确定的…;
# 区长在区十七届人民代表大会第四次会议所作的《政府工作报告》安排部署了…, 谯城 2020):
# the notice implements it (spec: 贯彻落实《…》). A notice that prints the adopted document itself (现将…审议通过的
# 《…计划草案报告》印发给你们) names its own text, no basis.
_ADOPTED = re.compile(r"(?:人大|人民代表大会|人民代表大會)[^,;。《》]{0,20}?(?:会议|會議|大会|大會)(?:(?:审议|審議)?"
                      r"(?:通过|通過|批准)的?|上?所作的)《([^《》]{2,80})》(?!印发|印發)")
_PRINTS = re.compile(r"(?:现将|現將)[^,;。]*$")
# The same, said the other way round: the document first, then the congress that adopted it (2025年《政府工作报告》
# 已经市五届人大四次会议审议通过,…现将主要目标任务分解下发, 亳州 2025; 《政府工作报告》已经县十八届人民代表大会第二次
# 会议审议通过,明确了…, 泾县 2023; 2025年市《政府工作报告》经市第十七届人民代表大会第四次会议审议通过。…制定分工方案,
# 锦州 2025). A document a government meeting passed (…已经市政府常务会议审议通过,现印发) is the notice's own plan.
_ADOPTED_AFTER = re.compile(r"《([^《》]{2,80})》(?:已经|已經|已|经|經)[^,;。《》]{0,30}?"
                            r"(?:人大|人民代表大会|人民代表大會)[^,;。《》]{0,20}?(?:审议|審議)?(?:通过|通過|批准)")
# A notice that divides a named document's tasks among the units (监利 2022 现将《政府工作报告》2022年重点工作任务及
# 民生实事项目进行责任分解; 泾县 2023 现将《政府工作报告》2023年6个方面243项工作任务予以分解印发; 黑龙江 2013 现就
# 2013年《政府工作报告》确定的重点工作任务提出责任分工意见): the document whose tasks it divides is its basis (audit of
# the session's doubts). A 现将《…分解表》印发 names the notice's own plan: the tasks must follow the title.
_DIVIDED = re.compile(r"(?:现将|现就|現將|現就)[^,;。《》]{0,30}?《([^《》]{2,80})》[^,;。《》]{0,40}?"
                      r"(?:任务|任務|工作)"
                      r"[^,;。《》]{0,30}?(?:分解|分工)")


def _adopted(sentence: str) -> list[str]:
    """The titles ``_ADOPTED`` finds in a sentence of the notice, unless a 现将 clause prints them."""
    plain = simplified(sentence)
    if "人大" not in plain and "人民代表大" not in plain and "现" not in plain and "現" not in plain:
        return []  # every match of _ADOPTED and _ADOPTED_AFTER names the congress, each of _DIVIDED opens with 现/現
    adopted = [m for m in _ADOPTED.finditer(plain) if not _PRINTS.search(plain[:m.start()])]
    return [strip(sentence[m.start(1):m.end(1)]) for m in (*adopted, *_ADOPTED_AFTER.finditer(plain),
                                                            *_DIVIDED.finditer(plain))]




def _sentences(text: str) -> list[str]:
    """``re.split(r"(?<=。)", text)`` (each 。 ends its piece), without trying a lookbehind at every position."""
    parts = text.split("。")
    return [part + "。" for part in parts[:-1]] + [parts[-1]]


_NUMBER_NOTE = re.compile(r"[((][^()()]{0,30}[〔\[]\d{4}[〕\]]\d+号[))]$")


def basis_of(preamble: list[Line], body: list[Line], covering: list[Line] = ()) -> list[str]:
    """Titles in 《》 after 根据/依据/按照/贯彻/落实: any such sentence of the preamble; in the opening lines of the
    body, the sentence that says what the document is made from (依据《…》…制定本预案, 一、根据《…》…制定本规则,
    《…规划》依据《…》编制), and every title of the paragraph under a heading 编制依据. In the covering notice or
    report (``covering``), only a sentence that opens with its basis (根据贵办《…》文件要求,现将…)."""
    out: list[str] = []
    lines = _join_open_titles([(ln.text, "cover") for ln in covering] + [(ln.text, "pre") for ln in preamble]
                              + [(ln.text, "body") for ln in body[:BASIS_BODY_LINES]])
    in_list = False  # inside the numbered list a 编制依据 heading opens (1.《…》 / 2.《…》, one title a line)
    for k, (text, part) in enumerate(lines):
        in_body = part == "body"
        # (a heading holds 依据 or 依據: the line before is searched only where it holds 依)
        under = in_body and k > 0 and "依" in lines[k - 1][0] and _BASIS_HEADING.search(lines[k - 1][0]) is not None
        in_list = under or (in_list and _LIST_ITEM.match(text) is not None)
        # a sentence under the heading (根据《…》等要求,规划…) is read as one, its titles up to its list's end; a
        # trigger inside a title (本预案以《…》和《…贯彻落实…的通知》的精神为依据) makes no sentence of a list
        listed = in_list and not (under and _TRIGGER.search(text, 0, max(0, text.find("《"))))
        if in_body and not in_list and "分解" not in text and "分工" not in text and _MADE.search(text) is None:
            # a body's line outside a 编制依据 list names a basis only in a sentence that says what the document is
            # made from (a trigger, then _MADE) or in a breakdown's lead (``divided``: 分解, 分工): a line with
            # neither has no such sentence (``_reopen`` only puts back a 《, which makes no word of either)
            continue
        if not _TITLE_OR_TRIGGER.search(text):
            continue  # no title and no trigger: no sentence of the line names a basis (the loop below finds none)
        for sentence in _sentences(text):
            marked = "《" in sentence or "》" in sentence
            trigger = None if marked else _TRIGGER.search(sentence)
            if not marked and trigger is None:
                continue  # no title mark and no trigger: nothing below reads a title from it (the line's others may)
            sentence = _reopen(sentence)  # (a sentence with no 》 is returned as it is: its trigger stands)
            for title in divided(sentence):  # a breakdown's lead names the report it divides (breakdown.py)
                if title not in out and title not in _SHORT_KINDS:
                    out.append(title)
            if not in_body and "》" in sentence:
                carried = _CARRIED_OUT.search(sentence)
                for title in ([strip(carried.group(1))] if carried else []) + _adopted(sentence):
                    if title not in out and title not in _SHORT_KINDS:
                        out.append(title)
            trigger = _TRIGGER.search(sentence) if marked else trigger
            # (every instruction ends with 要 right before the trigger: a sentence without it is not searched)
            if trigger and not listed and sentence.endswith("要", 0, trigger.start()) \
                    and _INSTRUCTION.search(sentence, 0, trigger.start()):
                # an instruction to the units (各试点城市和园区要按照《…》及《…》部署要求, 发改办 2025; 各地区、
                # 各部门要按照《…》: 内蒙古 2018, 山东 2016) names what they are to follow, not the document's
                # basis (openings/DECISIONS.md, audit: a report named in instructions to the units is none)
                continue
            if listed:
                trigger = None
            elif not trigger or (in_body and not under and not _MADE.search(sentence, trigger.end())) \
                    or (part == "cover" and trigger.start() > 3 and not _PURPOSE.fullmatch(sentence[:trigger.start()])):
                continue
            for found in _TRIGGER.finditer(sentence) if trigger else ():
                out += [title for title in unbracketed(sentence, found.end()) if title not in out]
            prev_end, opened = 0, listed
            for title, start, end in outer_titles(sentence):
                if sentence[max(0, start - 3):start - 1].endswith(_SHORT):
                    continue  # (…,以下简称《科学素质纲要》): a short name inside a note, the list goes on after it
                opened = listed or _still_open(sentence, prev_end, start - 1, opened)
                prev_end = end + 1
                if not opened:
                    continue
                title = _NUMBER_NOTE.sub("", strip(title))
                if title and title not in out and title not in _SHORT_KINDS:
                    out.append(title)
    return out
