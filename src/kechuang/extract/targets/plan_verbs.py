"""An area or a length before the thing it is of, after a word in no count list, read as a count only in a plan's
sentence (cand61; rec60's MISSES-dev60 row "verb + N + noun, the verb in no list").

``count_parts._open_verb`` reads a word in no list before a count of things (个, 家, 所…) but no area or length: a
blanket reading of "two characters + N + 亩/公里/平方米 + noun" gains 12 dev targets and makes 22 spurious ones (rec60:
a report's 完成1000亩…, a scope's 覆盖…). What separates the goals on dev is the sentence: a plan's cue before the value
(要, 将, 力争, 计划, 到2025年…) and a thing after it that is no next clause and no 工作/任务:
  要抓好蔬菜生产,重点保障春季8000亩绿叶菜生产基地建设            (厦门 2021 春季农业生产, http://snsxw.org.cn/show-59464.html)
  首先要…加快一期5万亩饲草料基地建设…规划建设萨尔瓦墩5000亩设施农业示范基地 (且末 2013,
  http://www.sdlsmy.com/dfpd/xj/bwzg/2013-01/15/content_16121717.htm)
both dev. Left out: a noun opening with a conjunction or a count verb (铺设污水管网348米及其他附属设施: 涉县 2025;
改造水气热旧管网500公里启动地下综合管廊建设: 天津 2016), or naming the work (60.58亩供地工作: 师宗 2022), all dev.
The reading shares its verb with no next item (…基地建设和1.8亿元定居兴牧饮水工程建设: the money is no area).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kechuang.extract.targets.vocab import vocab

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

_AREA_UNITS = frozenset(("平方公里", "平方千米", "公里", "千米", "亩", "公顷", "平方米", "米"))
_AREA_HEADS = frozenset("平公千亩米万")  # a unit's first character, 万亩 and 万平方米 with it: the cheap gate
_WORK_ENDS = ("工作", "任务")  # 60.58亩供地工作: the work names no thing
_GOAL_CUE = re.compile(r"力争|争取|确保|计划|将|要|到20\d\d年|年内|今年|全年|目标|预期")


def measured_work(para: Paragraph, sentence: int, pos: int, counted: str, unit: str | None, noun: str) -> bool:
    """Whether the area or length at ``pos`` (paragraph position) counts ``noun`` after it: ``counted`` (the words
    before the value) ends in a word that is no scope, and the sentence states a plan before the value."""
    if not unit or unit[0] not in _AREA_HEADS:
        return False
    if unit not in _AREA_UNITS and not (unit[0] == "万" and unit[1:] in _AREA_UNITS):
        return False
    v = vocab()
    if len(noun) < 2 or noun[0] in "及和与或的" or noun.endswith(_WORK_ENDS) or v.count_verb_start.match(noun) \
            or not v.open_verb.search(counted, max(0, len(counted) - 3)) or v.open_scope.search(counted):
        return False
    return bool(_GOAL_CUE.search(para.mtext, para.sentences[sentence][0], pos))


_PLANNED = re.compile(r"(?:计划|拟|将)(?:新建|建设|新增|建成|打造|改造|实施|培育)的$")


def planned_of(counted: str) -> re.Match[str] | None:
    """The plan's verb and 的 that end ``counted`` before a count of things (今年计划建设的100处…), else None."""
    return _PLANNED.search(counted, max(0, len(counted) - 7))
