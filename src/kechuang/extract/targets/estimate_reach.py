"""A review's estimate over the items listed after it (round 73; A2 of docs/fresh-misses.md, "Update, session 28").

预计 is a word of history within its clause (``history_words``: the clause's numbers are an estimate of the year's
outcome, round 22), but a review lists the rest of its estimate in the clauses after it, with no verb or cue of
their own, and those were read as goals:

- `2023年,常州经开区预计完成地区生产总值992亿元,一般公共预算收入53.5亿元,规模以上工业总产值1860亿元,…` (常州经开区
  2023 年度工作报告 news: six items after the first);
- `预计一般公共预算全口径收入完成207亿元,其中地方一般公共预算收入120亿元,税收占比近95%` (江岸 2025 计划执行情况);
- `今年预计完成10万名农牧民培训任务,实现转移就业60万人,劳务收入42亿元,确保…年均增长13%以上` (西藏 2020 news: the
  确保 clause after the list is a goal, and ends the reach);
- `预计全年战略性新兴产业占比达22%,1至11月规模以上高技术制造业增长17.2%、…,高端装备制造业增长28%` (贵州 2025 工业
  news).

So the estimate reaches over the clauses after its own, to the end of its sentence (。!? or ;), until a clause holds
a goal's cue (passage_mode's words of a goal: 力争, 确保, 将, 目标, 计划, 到2025年, 加快, 推进…) or opens with a year
of the plan or later. A forecast of a deadline is a plan's goal and reaches nothing: 预计 before 到, 至, 在, a year,
年底 or 年末 (`预计到2025年,全县…达到…`: 平罗 2022 工业). Nor does an estimate that a goal's word in its own clause
governs (`明确提出今年黑龙江农作物预计总播种面积2.23亿亩以上,其中粮食作物面积2.15亿亩以上`: 黑龙江 2020 粮食 plan
news, gold), nor one under a goals heading. A clause that states a year
to come ends the reach (到2026年, 2026年,…), so a target in the reach dated after the plan's year has its year from
elsewhere (江岸's `其中…120亿元,税收占比近95%` took 2029 from `连续6年` in the sentence before) and goes too. One
literal search for 预计 per line, a clause scan only after one: linear.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.rules import simplified_all
from kechuang.extract.targets.passage_mode import GOAL
from kechuang.extract.targets.readings import Readings

if TYPE_CHECKING:
    from kechuang.extract.targets.cue_lines import LineIndex

# 预计 as an estimate: not a deadline's forecast (预计到2025年, 预计至年底, 预计在2024年, 预计2021年12月份完成)
_ESTIMATE = re.compile(r"预计(?!\s{0,2}(?:[到至在于]|\d|[〇零一二三四五六七八九]{4}|年底|年末|明年|今后|未来))")
_CLAUSE = re.compile(r"[,，:：]")
_HEAD = 64  # how far back the estimate's clause is read for a goal's word (明确提出…预计): a bound, not a scan
_END = re.compile(r"[。!！?？;；]")
# a clause that opens with a year (2024年,…)
_LEAD_YEAR = re.compile(r"\s{0,2}(\d{4})\s{0,2}年(?!\s{0,2}\d{1,2}\s{0,2}[-—~至到]?\s{0,2}\d{0,2}\s{0,2}月)")


def _reaches(simple: str, plan_year: int | None) -> list[tuple[int, int]]:
    """The spans of a line (simplified, without readings) that an estimate reaches: from the end of the estimate's
    clause to the first clause after it that holds a goal's cue or opens with a year of the plan or later, or to its
    sentence's end."""
    spans: list[tuple[int, int]] = []
    pos = stop = 0
    while (m := _ESTIMATE.search(simple, pos)) is not None:
        if m.start() >= stop:  # a new sentence: its end, found once (several estimates may share it)
            end_m = _END.search(simple, m.end())
            stop = end_m.start() if end_m else len(simple)
        near = max(0, m.start() - _HEAD)
        head = max(near, max(simple.rfind(c, near, m.start()) for c in ",，:：。!！?？;；") + 1)
        clause_m = _CLAUSE.search(simple, m.end(), stop)
        pos = m.end()
        if GOAL.search(simple, head, m.start()) is not None or clause_m is None:
            continue  # 明确提出…预计…: a goal's own estimate; or the estimate is the sentence's last clause
        lo = at = clause_m.end()
        while at < stop:
            nxt = _CLAUSE.search(simple, at, stop)
            hi = nxt.start() if nxt else stop
            lead = _LEAD_YEAR.match(simple, at, hi)
            if GOAL.search(simple, at, hi) is not None or (
                    lead is not None and (plan_year is None or int(lead.group(1)) >= plan_year)):
                break  # a goal's cue (another 预计 too: it opens its own reach) or a year to come
            at = nxt.end() if nxt else stop
        pos = max(pos, at)  # each clause is read by one reach only
        if at > lo:
            spans.append((lo, at))
    return spans


def estimated(lines: list[Line], targets: list[Target], plan_year: int | None,
              goal_lines: set[int] | frozenset[int] = frozenset(), index: LineIndex | None = None) -> list[Target]:
    """``targets`` without those in the clauses that a review's estimate reaches (see the module's note). ``index``:
    the document's line index (cue_lines.py), which gives the lines holding 预计 without a test of each line."""
    if not targets:
        return targets
    gone: list[tuple[int, int]] = []  # absolute printed spans
    for line in lines if index is None else index.holding(("预计", "預計", "預(")):
        if line.index in goal_lines or ("预计" not in line.text and "預計" not in line.text
                                        and "預(" not in line.text):
            continue
        readings = Readings.of(line)
        clean = readings.line.text if readings else line.text
        for lo, hi in _reaches(simplified_all(clean), plan_year):
            if readings:
                lo, hi = readings.span(lo, hi)
            gone.append((line.start + lo, line.start + hi))
    if not gone:
        return targets
    starts = [lo for lo, _ in gone]  # in line order, each line's spans in order: sorted

    def reached(t: Target) -> bool:
        k = bisect.bisect_right(starts, t.start) - 1
        return k >= 0 and t.start < gone[k][1]

    return [t for t in targets if not reached(t)]
