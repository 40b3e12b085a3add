"""A count of things in a plan's goal sentence, whatever its verb (cand62; rec60's MISSES-dev60 fall-through
of ``count_candidate.candidate``: a number, a measure word and a countable noun after it, with no count verb
listed before it). Verb lists have run out of leverage (cand61: +14 right for three lists), so the reading asks
the sentence instead: a plan's cue before the value (力争, 将, 要, 计划, 年内, 到2025年…) or a paragraph a
goals section or a goal year leads makes the count a goal, whatever word stands before it (all dev):
  要确定20余个省级绿色制造重点项目 (山西 工业发展, http://bbs.dakotacollectibles.net/archiver/showtopic-2931.aspx)
  …年内将完成…,64栋住宅楼将于年内建设完成并还迁入住 (武清 2018, http://new.aaosu.com/myys/33045.html)
  到2025年…10家医院进入全国医院排行榜百强 (深圳 2022 卫生健康, http://news.wybstv.com.cn/xw/2022/0511/30412.html)
  用3年时间,…推动100万人提升学历技能素质 (东莞 人才工程, https://renwen.sanyau.edu.cn/2020/0830/c322a35933/pagem.htm)
  到2023年,…25家钢铁企业…完成环保绩效创A (河北 2023, http://biocind.com/html/news/hb/2023_02/09/14280002.html)
What separates the spurious on dev is not the verb but the words around the value, and they are left out: a scope
or a means before it (涉及, 覆盖, 通过, 依托, 其中, 累计, 共有…: the things a work reaches or uses, not those it
makes), a report in the sentence (已, 了 before the value), the size of one thing (N平方米的…), a noun that opens
with a conjunction or a number (a run-on into the next item), or names the work (…工作, …任务).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kechuang.extract.targets.commitment import COUNT_CUE
from kechuang.extract.targets.committed_counts import committed_count, verb_lead
from kechuang.extract.targets.common import CLAUSE_END
from kechuang.extract.targets.plan_verbs import cued
from kechuang.extract.targets.vocab import vocab

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

# a scope or a means before the value: the things the work reaches or uses, not those it makes (涉及70所, 通过N个,
# 向58个"三区"县派遣: http://www.okceo.cn/City/shanxi/664.html), a whole counted (全区111个县…明显增强:
# http://focus.dongchanet.com/20210719/77437.html), what stands (全年将有39所幼儿园投入使用:
# http://www.kaqiz.cn/XiaoXueZiXun/484099.html) — dev
# (the words of a scope or a means, shared with named_counts.py's name: review rev51 found two copies)
SCOPE_WORDS = (r"涉及|覆盖|通过|依托|其中|累计|共有|拥有|现有|包括|围绕|聚焦|针对|面向|惠及|辐射|受益|"
               r"按照|根据|利用|分为")
_SCOPE = re.compile(rf"{SCOPE_WORDS}|已有|全部|向|占|在|为|以|与|和|及|或|由|全[市区省县国州]$")
# the things counted take part in the work rather than come of it (由5名县领导牵头, 12个部门配合, 10个部门联合开展,
# 20个乡镇纳入试点范围, 15个乡镇作为试点, 12个乡镇党委书记述职, 58个单位和部门参加了活动: review 46), or a report
# follows the value (了)
_TAKES_PART = re.compile(r"牵头|配合|参与|参加|联合|纳入|作为|述职|受益|了")
# the last word before the value: a place, a standing word or a mark closing names (研发“悟空”…“创域”6个垂类模型:
# 上海 2026, dev), another quantity (9大类57个单体项目: 西吉 2022, dev), an aside opening ((1个…+N个…))
_LAST = frozenset("有共其等各中内上下的是约近超达每”」》)(（“「《:：市县区乡省州旗盟国") | frozenset("0123456789")
# the plan's own parts counted (5个部分、16项具体工作举措、4项工作保障: 威县 2023 政务公开要点,
# http://www.weixian.gov.cn/xxgkinfo/gkzn.jsp?deptid=359; 124项测评内容: 庄浪 2012 — dev)
_PLAN_PARTS = re.compile(r"举措|措施|内容|特点|保障|方面|部分|指标|任务|工作|要点|原则|阶段")

_YEAR_END = re.compile(r"(?:到|至)?20\d\d年(?:底|末)?[,,]?$")
# a year before the value with no 到/至 before it: the year a report speaks of (2023年全县15个项目竣工投产)
_PAST_YEAR = re.compile(r"(?<![到至])(20\d\d)年(?!底前|前|内)")


def goal_count(para: Paragraph, sentence: int, pos: int, counted: str, unit: str | None, noun: str) -> bool:
    """Whether the count at ``pos`` (paragraph position) counts ``noun`` after it as a goal: ``counted`` (the words
    before the value in its clause) holds no scope or means, and the sentence states a plan before the value."""
    v = vocab()
    # measure words of things, people and works (vocab's goal_units): an amount of money, a share or a rate counts no
    # thing (those are indicators + numbers, read by the shapes before)
    if not unit or not (unit in v.goal_units or (unit == "万" and v.people.match(noun))):
        return False
    if len(noun) < 2 or noun[0] in "及和与或的等以为、" or any(c.isdigit() for c in noun[:8]) \
            or _PLAN_PARTS.search(noun, 0, 8) or v.count_verb_start.match(noun):
        return False  # (500公里启动地下综合管廊建设: a run-on into the next clause's verb)
    mtext = para.mtext
    if _TAKES_PART.search(CLAUSE_END.split(mtext[pos:pos + 40], 1)[0]):
        return False  # (5个县区、20个乡镇纳入试点范围: the rest of the clause, the list's later items' too)
    if not counted.strip() and mtext[pos - 1:pos] == "、":
        return False  # 全县4个街道、12个乡镇: a later item of a list whose first the reading refused (review 46)
    lead = verb_lead(counted)  # 新种(补种)2500株: the verb before its aside (committed_counts.py)
    tail = _YEAR_END.sub("", lead or counted[-10:])  # 到2025年300个以上…示范区: the goal year is no quantity
    if any(c.isdigit() for c in tail[-4:]):
        return False  # 9大类57个单体项目: a count of a part of another quantity
    if (tail[-1:] in _LAST and tail[-2:] != "城镇") or "了" in tail or _SCOPE.search(tail):
        return False
    s_start, _s_text = para.sentences[sentence]
    if "已" in mtext[s_start:pos]:
        return False  # (only before the value: …,其中部分项目已开工 after a goal keeps it)
    if para.plan_year and any(int(y) < para.plan_year for y in _PAST_YEAR.findall(mtext, max(s_start, pos - 40), pos)):
        return False  # 2023年全县15个项目竣工投产 in a 2024 plan's goals section: a report (review 46)
    if para.in_goals or para.period_end is not None:
        return True  # a goals section's paragraph, or one a goal year leads (推动100万人提升学历技能素质: 东莞 人才)
    return cued(mtext, s_start, pos, COUNT_CUE) \
        or committed_count(para, pos, counted, unit, noun)  # a cue (commitment.COUNT_CUE), or targets before it
