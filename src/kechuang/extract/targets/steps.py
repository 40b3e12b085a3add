"""Levels printed as a step (台阶) to reach, and steps a review says were crossed.

A plan names a threshold to cross or hold as a step: the number before 台阶 is a ``level`` target of the clause's
subject (dev pages of two documents):
  确保总产量保持在1.3万亿斤以上,跨上1.4万亿斤台阶                  (十四五 全国种植业发展规划, twice)
  一般公共预算收入增速与经济发展相适应、稳中有增，站稳200亿元台阶      (虹口 “十五五” 规划, its goals)
The subject is that of a target read before it in the same clause group (after the last 。/;): 总产量; else the
group's first words up to its first verb or comparison: 一般公共预算收入.

A review says the steps were crossed (跨越, after 连续/首次/先后/相继): its numbers are history, not targets (dev pages
of two documents, tests/fixtures/real/README.md, forty-fourth batch):
  “十四五”时期连续跨越110万亿元、120万亿元、130万亿元、140万亿元四个大台阶       (2025 统计公报 news print)
  “十四五”時期,我國經濟總量連續跨越110萬億元、120萬億元、130萬億元三大台階   (人民日报 2025, traditional)
A step already reached (已迈上, 首次迈上…) is not read as a level either.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from kechuang.extract.targets.commitment import PLEDGE
from kechuang.extract.targets.spans import Covering
from kechuang.text.numerals import to_number

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

# The amount may be a round numeral of one place before 亿 (千亿元, 两千亿元), as 突破千亿 and 过百亿 are read
# (written_numbers.reached_round): 到2023年,全市地區生產總值邁上千億元臺階 (雅安 2022 政府工作报告 news,
# http://www.wwwfh2222.com/news/m/2022-01-10/detail-ikyakumx9306090.shtml?from=sc_cnxh — dev, twice).
_STEP = re.compile(r"(?P<verb>跨上|迈上|站稳|登上|迈入)(?P<n>\d{1,9}(?:\.\d{1,4})?|[一二两三四五六七八九]?[百千](?=亿))"
                   r"(?P<unit>[^\d\s,,。;;::、()()台]{1,4}?)(?:新|大)?台阶")
_DONE_BEFORE = re.compile(r"(?:已经?|首次|连续|先后|相继|成功|均)$")
# 跨越 directly followed by a number or a list of numbers, closed by the first 台阶 right after it (连续跨越,到2025年…
# 迈上新台阶 crosses nothing: its targets stay)
_VALUE = r"\d{1,9}(?:\.\d{1,4})?[^\d\s,,。;;::、()()台]{0,4}"
_CROSSED = re.compile(rf"(?:连续|首次|先后|相继)跨越{_VALUE}(?:[、和及]{_VALUE})*[^\d,,。;;台]{{0,6}}台阶")
_GROUP_MARKS = "。;;"
_SUBJECT_CUT = re.compile(r"增速|增幅|年均|保持|达到|突破|稳定|稳中|与|、|,|,|\d")
_LEADING = re.compile(f"(?:{PLEDGE}|努力|实现|推动)+")
_DEADLINE = re.compile(r"(?:到|至|力争到|争取到)?20\d\d年(?:底|末)?(?:前)?[,,]?")
_CLAUSE_MARKS = ",,"
_PAST_YEAR = re.compile(r"(?<![到至\d])(于)?(20\d\d)年")
_REACH = 80  # a clause group is read back no further than this


def _group_start(text: str, lo: int, at: int) -> int:
    return max(max(text.rfind(c, lo, at) for c in _GROUP_MARKS) + 1, lo)


def may_step_levels(text: str) -> bool:
    """Whether ``text`` holds the word step_levels reads (the call site asks first: one test, two places)."""
    return "阶" in text and "台阶" in text  # one character first: a faster scan



def step_levels(para: Paragraph) -> None:
    """Add the paragraph's steps to reach and drop the numbers of steps a review says were crossed."""
    text = para.mtext
    if not may_step_levels(text):
        return
    if "跨越" in text:
        _drop_crossed(para, text)
    starts = [s for s, _ in para.sentences]
    read = None
    ordered: list = []  # the targets read before this reader, by start: found once, at the first step
    for m in _STEP.finditer(text):
        if para.masked[m.start("n")] or _DONE_BEFORE.search(text, max(0, m.start() - 3), m.start()):
            continue
        k = max(0, bisect.bisect_right(starts, m.start()) - 1)
        group = _group_start(text, max(starts[k] if starts else 0, m.start() - _REACH), m.start())
        if read is None:
            ordered = sorted(para.targets, key=lambda t: t.start)
            read = Covering((t.start, t.end) for t in ordered)
        at = para.line.start + m.start("n")
        if read.covers(at, at + 1):
            continue
        clause = max(max(text.rfind(c, group, m.start()) for c in _CLAUSE_MARKS) + 1, group)
        if _past_year(text, clause, m.start(), para.plan_year):
            continue  # 全县地区生产总值于2022年迈上300亿元台阶: a step in history
        own = _subject_start(text, clause)
        i = bisect.bisect_left(ordered, at, key=lambda t: t.start) - 1
        if own < m.start():
            # 农业总产值迈上100亿元新台阶: the step's own clause prints its subject
            ind_start = own
            cut = _SUBJECT_CUT.search(text, ind_start, m.start())
            indicator = text[ind_start:cut.start() if cut else m.start()]
        elif i >= 0 and ordered[i].start >= para.line.start + group:
            # 总产量保持在1.3万亿斤以上,跨上1.4万亿斤台阶: the subject of the level read before it in the group
            indicator, ind_start = ordered[i].indicator, ordered[i].start - para.line.start
        else:
            ind_start = _subject_start(text, group)
            cut = _SUBJECT_CUT.search(text, ind_start, m.start())
            indicator = text[ind_start:cut.start() if cut else m.start()]
        if len(indicator) < 2:
            continue
        n = m.group("n")
        value = (float(n) if "." in n else int(n)) if n[0].isdigit() else int(to_number(n) or 0)
        para.add(indicator, "level", value,
                 m.group("unit"), m.start("n"), m.end(), k, text[group:m.end()], ind_start)


def _subject_start(text: str, at: int) -> int:
    """Where a clause's subject starts: after a leading deadline (到2025年,) and 确保/力争…."""
    deadline = _DEADLINE.match(text, at)
    at = deadline.end() if deadline else at
    lead = _LEADING.match(text, at)
    return lead.end() if lead else at


def _past_year(text: str, lo: int, hi: int, plan_year: int | None) -> bool:
    """A year before the step in its clause that dates it as a report: 于2022年 (a plan says 到), or one before the
    plan's year."""
    deadline = _DEADLINE.match(text, lo)
    for y in _PAST_YEAR.finditer(text, deadline.end() if deadline else lo, hi):
        if y.group(1) or (plan_year is not None and int(y.group(2)) < plan_year):
            return True
    return False


def _drop_crossed(para: Paragraph, text: str) -> None:
    """Drop the targets read inside a clause that reports steps crossed (连续跨越…台阶): from 跨越 to the 台阶 that
    closes its list, within the sentence and a bounded reach."""
    spans = []
    for m in _CROSSED.finditer(text):
        spans.append((para.line.start + m.start(), para.line.start + m.end()))
    if spans:
        crossed = Covering(spans)
        para.targets = [t for t in para.targets if not crossed.covers(t.end - 1, t.end - 1)]
