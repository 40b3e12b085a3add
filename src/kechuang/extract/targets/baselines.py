"""Baselines and second values of a change: the number a change starts from is history, the one it goes to is the
target, and a value whose clause names nothing is one more value of the indicator the clause before named; and the
thing a place each is to have (每个街道至少有1所…, ``place_has``, ``without_place``).

- ``由/从 … N 提高到/至 M``: N is the baseline, no target; the comma the page may print between the two (城镇污水处理
  能力由12万吨/天，提高至24万吨/天: 崇明 水务“十四五”, dev) does not end the change (``is_baseline``; 从28家提升至60家
  read 28 the same way, the count's noun being the verb);
- a multiple against a named five-year period (较“十三五”翻一番: 黄浦 历史风貌 2021; 农民人均纯收入比“十一五”期末翻一番:
  山西 农业“十二五”, both dev) is against that period: the period is no part of the name (``base_cut``), and a clause
  that names nothing else doubles what the sentence's target before it names (``subject_again``);
- a value after a comma with no name of its own (…白玉兰栽植及观赏点位30个，总计达60个; 特色道路10条，总计达20条: 上海
  市花白玉兰 2024, dev; PM2.5平均浓度较2019年下降3%左右 , 达到48.7微克每立方米: 河北 2020, the tspan batch) is one more
  value of the indicator named before: the name without the first quantity, its baseline or its change
  (``named_again``).

Every pattern is anchored at one end and bounded, so a reading costs a few characters per number.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from kechuang.extract.targets.commitment import PLEDGE
from kechuang.extract.targets.common import TRIM, clean_indicator, subject_of
from kechuang.extract.targets.years import PERIOD_BASE as _PERIOD_BASE

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

_CHANGE_VERB = r"(?:逐步|进一步|分别)?(?:提高|提升|增加|增长|扩大|上升|下降|降低|减少|缩小|压减|降|增|升)(?:到|至)"
# the words between 由/从 and the baseline's number: 由2020年的, 从目前的, 由现在的, 从2021年 (a year and 的 at most)
_FROM_BEFORE = re.compile(r"[由从](?:目前|现在|现有|当前)?的?(?:\s{0,2}\d{4}\s{0,2}年(?:底|末)?的?)?\s{0,2}$")
# after the baseline (its number and unit matched already): a change to a new value, a comma between at most
_CHANGE_AFTER = re.compile(rf"\s{{0,2}}[,，]?\s{{0,2}}{_CHANGE_VERB}")
# what closes a named clause after its thing: a baseline, a change against a year, or the first quantity
_QUANTITY_END = re.compile(r"(?:[由从](?:目前|现在|现有|当前)?的?(?:\d{4}年(?:底|末)?的?)?)?"
                           r"(?:(?:较|比)(?:\d{4}年(?:底|末)?|[“\"]?(?:十[一二三四五]五)[”\"]?(?:末|期末|时期|期间)?))?"
                           r"(?:下降|降低|减少|增长|提高|增加|上升)?"
                           r"(?<![A-Za-z\d.])[\d.]{1,12}\s{0,2}[^\d\s,，;；。、]{0,6}?(?:左右|以上|以内|以下)?\s{0,2}$")



def base_cut(clause: str, base: re.Match[str] | None, at: int) -> int:
    """Where the name of a change at ``at`` ends: before its base (比2015年, ``base``; 较“十三五”), else at ``at``."""
    cut = base.start() if base and base.start() < at else at
    period = _PERIOD_BASE.search(clause, max(0, at - 24), at) if "五" in clause else None
    return min(cut, period.start()) if period else cut


def subject_again(para: Paragraph, sentence: int, previous: str) -> str:
    """The name of a multiple whose clause names nothing (…达到9000元,年均增长13%以上,比“十一五”期末翻一番): the
    indicator of the target before it in the sentence, else the clause before."""
    last = para.targets[-1] if para.targets else None
    if last is not None and last.start >= para.line.start + para.sentences[sentence][0]:
        return last.indicator
    return previous


def is_baseline(before: str, text: str, end: int) -> bool:
    """Whether the number that ``before`` leads up to and that ends (unit included) at ``end`` of ``text`` is the
    baseline of a change: 由28家提升至60家 → 28; 由12万吨/天，提高至24万吨/天 → 12."""
    return bool(_FROM_BEFORE.search(before[-16:])) and bool(_CHANGE_AFTER.match(text, end))


def named_again(para: Paragraph, sentence: int, unit: str | None, previous: str, c_start: int) -> tuple[str, int]:
    """The indicator (and where it starts) of a value whose clause names nothing, from the clause before: the target
    read there with the same unit (特色道路10条，总计达20条 → 特色道路), else the clause's subject without its
    quantity (城镇污水处理能力由12万吨/天 → 城镇污水处理能力). A clause before that opens with 其中 is a part of the
    whole named before it (高新技术企业达到100家，其中新认定30家，总数达到100家; 粮食总产量…20万吨，其中稻谷15万吨，
    到2025年达到22万吨: review 3, finding 9): the value names the whole, the target read before the part."""
    at = c_start - 1 - len(previous)
    s_start = para.line.start + para.sentences[sentence][0]
    clause_at = para.line.start + at
    if previous.lstrip(TRIM).startswith("其中"):
        whole = next((t for t in reversed(para.targets[-_PART_REACH:]) if t.start < clause_at), None)
        if whole is not None and whole.unit == unit and whole.start >= s_start:
            return whole.indicator, whole.start - para.line.start
    last = para.targets[-1] if para.targets else None
    if last is not None and last.unit == unit and last.start >= max(s_start, clause_at):
        return last.indicator, last.start - para.line.start
    head = subject_of(previous)
    stripped = _QUANTITY_END.sub("", head, count=1).strip(TRIM)
    if len(clean_indicator(stripped)) >= 2:
        head = stripped
    return head, at + max(0, previous.rfind(head))


_PART_REACH = 4  # the targets a 其中 clause may have read before the value (its own parts): the last few only


def without_period(head: str) -> str:
    """全县固定资产投资总额较“十三五”时期 (before 增长50%) → 全县固定资产投资总额: a five-year period the change is
    measured against, closing the name, is no part of it (as 较2019年 is not)."""
    found = _PERIOD_BASE.search(head, max(0, len(head) - 24)) if "五" in head[-24:] else None
    return head[:found.start()] if found and found.end() == len(head) and found.start() >= 2 else head


# A count a place is to have (the spec's per-unit targets: the indicator is the thing counted, not the 每个/各 phrase):
# 每個街道至少有1所縣(市)區屬公辦幼兒園 (福州 学前教育 2011); 爭取每個縣擁有或納入培育5A級旅游景區…或國家級旅游
# 度假區…1家 (浙江 造月工程 2022) — both dev. 有 counts only after a place each (每个…, 各…), never alone
# (有3家企业: a report); only a 有 that ends the per-place phrase (各县区有效发明专利: 有效 is a word of the name, as
# 有机, 有序… are), and no per-head density between (各县区每万人口拥有发明专利: the density is the name) — review 3.
_HAS = r"(?:拥有|建有|有(?![效机序线关力利益色害偿奖形限]))"
_PLACE_GAP = r"(?:(?!每[万千百十]人)[^,;。\d]){1,8}?"
_PLACE_HAS = re.compile(rf"(?:每个|各){_PLACE_GAP}(?:至少|均|都)?{_HAS}(?:或[^,;。\d]{{1,6}}?)?$")
_PLACE_HEAD = re.compile(rf"(?:每个|各){_PLACE_GAP}(?:至少|均|都)?{_HAS}(?:或(?:纳入|列入)?培育)?")
# 有 after a place reads a count to come only where the words before it look ahead (到2025年, 力争, 实现…) and report
# no state (全县现有…, 截至2020年底…, 目前…: 每个乡镇均有1所中心小学 is what there is) — review 3, finding 8
_GOAL_BEFORE = re.compile(r"到\s{0,2}\d{4}|" + PLEDGE + "|实现|保证|计划|目标|要|将")
_STATE_BEFORE = re.compile(r"现有|已有|现已|目前|截[至止]|现状")
_CONTEXT = 40  # the characters of the sentence before the count that are read for either


def place_has(para: Paragraph, sentence: int, pos: int, counted: str) -> re.Match[str] | None:
    """每个街道至少有 (before 1所… at ``pos``): a place each and the count it is to have, where the sentence's words
    before the count look ahead, or the paragraph is in a goals section, and report no state."""
    if not (("每" in counted or "各" in counted) and "有" in counted):
        return None
    window = para.mtext[max(para.sentences[sentence][0], pos - _CONTEXT):pos]
    if _STATE_BEFORE.search(window) or not (para.in_goals or _GOAL_BEFORE.search(window)
                                            or _deadline_before(para, sentence, pos)):
        return None
    return _PLACE_HAS.search(counted[-24:])


def _deadline_before(para: Paragraph, sentence: int, pos: int) -> bool:
    """Whether the last year mark before ``pos`` is a deadline to come in the same sentence (到2015年,… far before)."""
    k = bisect.bisect_left(para.mark_positions, pos)
    mark = para.marks[k - 1] if k else None
    return mark is not None and mark.sentence == sentence and mark.deadline and not mark.past


def without_place(head: str) -> str:
    """(围绕“争取)每个县拥有或纳入培育5A级旅游景区 → 5A级旅游景区: the thing a place each is to have, the per-place
    phrase standing within the name's first characters."""
    found = _PLACE_HEAD.search(head, 0, 24) if "有" in head[:24] else None
    thing = head[found.end():].strip(TRIM) if found else head
    return thing if len(thing) >= 2 else head
