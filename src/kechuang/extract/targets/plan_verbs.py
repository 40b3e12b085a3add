"""Counts whose verb is in no count list, read where a plan's sentence shows they are goals (cand61; rec60's
MISSES-dev60 rows "verb + N + noun, the verb in no list" and "的 + N + noun"). Three readings, from dev text:

1. ``measured_work``: an area or a length before the thing it is of. ``count_parts.verb_opens`` reads a word in
no list before a count of things (个, 家, 所…), no area or length: a blanket "two characters + N +
亩/公里/平方米 + noun" gains 12 dev targets and makes 22 spurious ones (rec60: a report's 完成1000亩…, a scope's
覆盖…). What separates the goals on dev is the sentence: a plan's cue before the value (要, 将, 力争, 计划,
到2025年…), and a thing after the value that is no next clause and no 工作/任务:
  要抓好蔬菜生产,重点保障春季8000亩绿叶菜生产基地建设 (厦门 2021, http://snsxw.org.cn/show-59464.html)
  首先要…加快一期5万亩饲草料基地建设…规划建设萨尔瓦墩5000亩设施农业示范基地
  (且末 2013, http://www.sdlsmy.com/dfpd/xj/bwzg/2013-01/15/content_16121717.htm)
Left out: a noun opening with a conjunction or a count verb (铺设污水管网348米及其他附属设施: 涉县 2025,
http://www.wrujm.cn/mobile/quote/1597.html; 改造水气热旧管网500公里启动地下综合管廊建设: 天津 2016), or
naming the work (60.58亩供地工作: 师宗 2022). The reading shares its verb with no next item
(…基地建设和1.8亿元定居兴牧饮水工程建设: the money is no area).
2. ``planned_of``: a count after a plan's verb and 的 (今年计划建设的100处“乐享园林”活力空间: 江苏 2023,
http://jiangsu.china.com.cn/html/jsnews/society/11091721_1.html; 要覆盖到拟建设的360个精品示范村: 山西 2024,
http://bipartisanpress.com/GB/314133/314213/10193563.html). 既有的40个… (what stands already) has no plan's verb.
3. ``recurring_count``: a count of times in a period before the work it counts (原则上每5年修订1次
职业院校专业目录, 每年调整1次专业: 国家职业教育改革实施方案 2019,
http://www.gov.cn/zhengce/content/2019-02/13/content_5365341.htm; 每学期2课时以上消防教育和1次以上逃生疏散演练:
黄浦 消防, https://www.shanghai.gov.cn/zhengce/detail/0071::76c272cc-80e8-4155-b4e0-fe239cdffb07); not a group
qualified by its times (每周参加1次及以上体育锻炼的人数达到53%: 菏泽 2016,
http://xuexiaosujiaopaodao.com/baike/6434). All dev.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kechuang.extract.targets.commitment import VALUE_CUE
from kechuang.extract.targets.vocab import vocab

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

_WORK_ENDS = ("工作", "任务")  # 60.58亩供地工作: the work names no thing
# A plan's cue before a value: commitment.VALUE_CUE (将 and 要 as words of the plan, not inside names and nouns:
# 将军乡, 将乐县; 主要, 重要, 纲要, 纪要 — minutes, review 46; no report's words: 全年累计, 目标任务完成情况,
# 按照年初计划…已完工, review 45); goal_counts.py's stricter commitment.COUNT_CUE refuses 要点, 要求, 要素, 要件.
CUE_REACH = 160  # the cue stands in the value's sentence at most this far before it: each value's search is bounded


def cued(mtext: str, s_start: int, pos: int, cue: re.Pattern[str] = VALUE_CUE) -> bool:
    """Whether a plan's cue (``commitment.VALUE_CUE``, or ``cue``) stands before ``pos`` in its sentence (opening at
    ``s_start``), within ``CUE_REACH``."""
    return cue.search(mtext, max(s_start, pos - CUE_REACH), pos) is not None


def measured_work(para: Paragraph, sentence: int, pos: int, counted: str, unit: str | None, noun: str) -> bool:
    """Whether the area or length at ``pos`` (paragraph position) counts ``noun`` after it: ``counted`` (the words
    before the value) ends in a word that is no scope, and the sentence states a plan before the value."""
    v = vocab()
    if not unit or unit not in v.area_units:  # (rules/targets.yaml's area_units, each also after 万)
        return False
    if len(noun) < 2 or noun[0] in "及和与或的" or noun.endswith(_WORK_ENDS) or v.count_verb_start.match(noun) \
            or not v.open_verb.search(counted, max(0, len(counted) - 3)) or v.open_scope.search(counted):
        return False
    s_start, s_text = para.sentences[sentence]
    if "已" in s_text[pos - s_start:]:
        return False  # 按照年初计划…8000亩…,已完工: a report of the work done
    return cued(para.mtext, s_start, pos)


_PLANNED = re.compile(r"(?:计划|拟|将)(?:新建|建设|新增|建成|打造|改造|实施|培育)的$")


def planned_of(para: Paragraph, sentence: int, pos: int, counted: str) -> re.Match[str] | None:
    """The plan's verb and 的 that end ``counted`` before a count of things (今年计划建设的100处…), else None; not in a
    sentence that reports the plan done (拟新建的20所学校,去年已全部开工: review 45)."""
    s_start, s_text = para.sentences[sentence]
    if "已" in s_text[pos - s_start:] or "去年" in counted:
        return None
    return _PLANNED.search(counted, max(0, len(counted) - 7))


_EVERY = re.compile(r"每(?:\d{1,2}|[一二两三四五六])?(?:年|学期|季度|个月|月|周)[^\d,;:。]{0,6}$")
_TIMES = frozenset(("次", "课时"))


def recurring_count(counted: str, unit: str | None, noun: str) -> bool:
    """Whether a count of times after a period (每5年修订1次…, 每学期2课时以上消防教育) counts the work after it."""
    return unit in _TIMES and len(noun) >= 2 and noun[0] not in "及和与或的" and "每" in counted \
        and bool(_EVERY.search(counted, max(0, len(counted) - 12))) and not any(c.isdigit() for c in noun)
