"""The tense of a whole text: a report of what was done, or a statement of what is to be done (round 52;
docs/extraction.md, section 4, "Round 52, texts that report work done").

Round 44 (passage_mode.py) reads a paragraph's mode from where a report's cue stands in it; a paragraph that holds
none (`累计整合财政涉农资金24.7亿元…`, `新建棚室4804亩,超额完成省定任务`) is read as a plan's. Here the text is
weighed once, as a whole: the cues of a report (已, 累计, 同比, 比上年, 上年, 去年, 获, 成功, 截至, 一年来, 回顾,
以来, 过去, …年来) against the cues of the goals (passage_mode's words of a goal: 力争, 确保, 计划, 目标, 将, 预计,
到2025年, 下一步, 明年, 不低于, 任务, …). A text holding two report cues or more, and at most one goal's cue for each
four of them, reports work done: its targets are history, unless dated after the plan's year or stated after a
goal's cue in their own sentence. A table row (``|``) is left to its columns (reported.py).

Completion words (完成, 实现, 达到, 新增) weigh nothing: a plan's list of works prints them as often as a report
does (a 民心工程 notice's `完成农村户厕改造2130座,…累计完成3万户`). 获悉 is a news frame, no report (`记者…获悉,
该县计划…`), 已…的 within a clause an attribute (对已建成的…), 以来的 a qualifier. A whole plan always holds goals'
cues by the dozen, so the reading falls on texts that are reports throughout: news of achievements, 成绩单, reviews
printed alone, bulletins (dev: 24 spurious targets of 10 pages dropped, no gold target lost; the closest text with
gold targets, a progress report of 民生实事 with 11 report cues and 3 goals' cues, stays out)."""

from __future__ import annotations

import bisect
import re

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.rules import simplified_all

_REPORT = re.compile(r"已(?![^,，。;；]{0,8}的|有基础)|累计|同比|比上年|较上年|上年|去年|获(?!悉)|成功|截[至止]"
                     r"|一年来|回顾|以来(?!的)|过去|年来")
# the words of a goal (passage_mode's, without the verbs of a task: 加快, 推进, 实施… tell no tense, a report prints
# them as often as a plan: 深入推进精准扶贫, 实施…扶贫项目257个)
_GOAL = re.compile(r"力争|确保|计划|规划|预计|目标|将|需(?!求)|[到至]\s{0,2}\d{4}\s{0,2}年|\d{4}\s{0,2}年[底末]?前|争取"
                   r"|(?<![重主需])要|拟|预期|展望|下一步|明年|努力|不低于|不少于|每年|年均|任务|今后|未来|下阶段"
                   r"|下一阶段|下半年|新的一年")
_END = re.compile(r"[。!！?？;；]")
_MIN_REPORTS = 2  # report cues a text needs
_PER_GOAL = 4  # report cues that outweigh one goal's cue


def reports_throughout(text: str) -> bool:
    """Whether a text (simplified characters) is a report of work done as a whole: two report cues or more, and at
    most one goal's cue for each four of them. Two passes over the text."""
    reports = sum(1 for _ in _REPORT.finditer(text))
    if reports < _MIN_REPORTS:
        return False
    goals = sum(1 for _ in _GOAL.finditer(text))
    return goals * _PER_GOAL <= reports


def reported_text(lines: list[Line], targets: list[Target], plan_year: int | None) -> list[Target]:
    """``targets`` without those of a text that reports work done throughout (``reports_throughout``): kept are a
    target dated after the plan's year, one in a table row, and one with a goal's cue before it in its sentence."""
    if not targets:
        return targets
    simple = [simplified_all(line.text) for line in lines]
    if not reports_throughout("\n".join(simple)):
        return targets
    starts = [line.start for line in lines]
    out = []
    for t in targets:
        if t.year is not None and plan_year is not None and t.year > plan_year:
            out.append(t)
            continue
        k = bisect.bisect_right(starts, t.start) - 1  # the line the target stands in
        if k < 0 or t.start > lines[k].end or "|" in lines[k].text:
            out.append(t)
            continue
        text, at = simple[k], t.start - lines[k].start
        lo = max((m.end() for m in _END.finditer(text, 0, at)), default=0)
        if _GOAL.search(text, lo, max(lo, t.end - lines[k].start)):
            out.append(t)
    return out
