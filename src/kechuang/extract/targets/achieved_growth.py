"""Sentences that report an amount of money with the growth it reached (tests/fixtures/real/README.md,
twenty-ninth batch; round 27): `初步核算,全县生产总值254.5亿元,按可比价格计算,比上年增长5.2%`,
`第一产业增加值23.3亿元,增长5.2%`, `实现地区生产总值5901亿元,增长6.7%;规上工业增加值增长9.4%,…`,
`非公有制经济增加值1695125万元,增长6.0%,占GDP的比重59.6%` — the shape of a statistics bulletin and of
a report's review. A goal states the amount it aims at beside its growth after a commitment
(`水产品产值力争达到145亿元,增长5%`: 吉林 2019; `力争2009年…实现总产值480亿元,同比增长33.3%`: 辽宁 2009).
So a sentence with such an amount and growth, no commitment word anywhere in it (``commitment_words``)
and no deadline to come (the rule of targets/completion_rates.py: 到2025年, 年内, 年底前; 全年 opening
it in a plan of that year) reports what was done: every number of the sentence is history. A goal's marks keep the
sentence (review of 2026-12-03): a level (达到/突破/超过) or 计划 in it, a growth of about or at least (增长6.5%左右,
增长8%以上), a bare year opening it at or after the plan year (2026年,全县…), and a goals section or lead-in
(一、主要目标; 到2025年,…主要指标如下:; 到2026年,全县将实现:) around it, which holds until the next
heading of another section at its level or above (a sub-heading under it stays in it; review 5), or a heading of
history at any level ((一)上年经济运行; an unnumbered goals heading before any numbered one closes at the first
numbered one; review 7). A title with a verb before its 目标 (全面完成年度目标) opens no goals section.
Pages of the family (dev): 渑池 2022 统计公报, a 宜春 county's 2022 统计公报, 龙岗 2025 政府工作报告."""

from __future__ import annotations

import math
import re

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.rules import simplified_all
from kechuang.extract.targets.common import SENTENCE
from kechuang.extract.targets.completion_rates import planned
from kechuang.extract.targets.spans import outside
from kechuang.extract.targets.vocab import vocab

GROWTH_GATE = re.compile(r"增长|增長|下降")  # cheap test of a line: the verbs in either script
# An amount of money, then (after a comma, a 按可比价格计算 and a 比上年/同比) the growth it reached.
_AMOUNT_GROWTH = re.compile(r"\d(?:\.\d{1,4})?[ \t]*[万亿]?元[ \t]*[,,、]?[ \t]*"
                            r"(?:按可比价(?:格)?(?:计算)?[ \t]*[,,]?[ \t]*)?"
                            r"(?:比上年|同比|较上年)?[ \t]*(?:增长|下降)[ \t]*\d")
# A goal's marks, which a bulletin never prints: a level reached (达到/突破/超过) or a plan (计划) before an amount, a
# growth of about or at least (增长6.5%左右, 增长8%以上) (review of 2026-12-03, finding 1).
_GOAL_MARK = re.compile(r"达到|突破|超过|计划|(?:增长|下降)[ \t]*\d+(?:\.\d+)?[ \t]*(?:%|倍)[ \t]*(?:左右|以上)")
# A bare year opening a sentence (2026年,全县…; 2024年全县主要科技指标:): planned when at or after the plan year.
_OPENING_YEAR = re.compile(r"\s*(?:\d{1,2}[.、][ \t]*)?(\d{4})[ \t]*年")
# A short heading that opens a section: a goals section by the project's own words for one (rules/targets.yaml
# goals_headings, 主要目标, 主要指标 …, the words that govern a goals section's years), else another section.
_YEAR = re.compile(r"(\d{4})[ \t]*年")
_NUM = "[一二三四五六七八九十]+"
# A heading's numbering by its level, outermost first (第一章 > 第一节 > 一、 > (一) > 1. > (1)); an unnumbered short
# line without punctuation (目标任务) is a heading just below the last numbered one (review 5, finding 2).
_LEVELS = [re.compile(rf"\s*第{_NUM}(?:章|部分)"), re.compile(rf"\s*第{_NUM}节"), re.compile(rf"\s*{_NUM}、"),
           re.compile(rf"\s*[((]{_NUM}[))]"), re.compile(r"\s*\d{1,2}(?:[.．](?!\d)|、)"),
           re.compile(r"\s*[((]\d{1,2}[))]")]
_UNNUMBERED = re.compile(r"[^\d,,。;;::、!!??%]{2,16}")
# Goals headings beyond the vocabulary: 目标与任务, and a noun-phrase title ending in 目标 (发展定位与目标, 生态目标),
# never one with a verb before its 目标 (全面完成年度目标, 全面实现“十四五”目标: a report's summing up; review 7,
# finding 4).
_GOALS_TITLE = re.compile(r"目标(?:与|和|及)?任务|目标$")
_VERB_GOAL = re.compile(r"(?:完成|实现|达到|达成|围绕|锚定|对标|聚焦|紧扣).*目标$")
# A history title (rules/targets.yaml history_headings, and 上年经济运行, 2024年工作回顾, …运行情况) closes a goals
# section at any level (review 7, finding 3).
_PAST_TITLE = re.compile(r"上年|去年|上一年|过去")


def _heading(text: str, plan_year: int | None) -> tuple[float | None, bool | None] | None:
    """(level, goals) if ``text`` is a heading (level by its numbering, ``_LEVELS``; ``len(_LEVELS)`` unnumbered) or a
    lead-in (ending in a colon; level None) of goals or not, a lead-in naming a year at or after the plan year
    (到2026年,全县将实现:) being of goals; goals is None for a heading of history (``_history``); else None."""
    stripped = text.strip()
    if stripped.endswith((":", ":")):
        if plan_year is not None and any(int(m.group(1)) >= plan_year for m in _YEAR.finditer(stripped)):
            return None, True
        return None, vocab().goals_heading.search(simplified_all(stripped)) is not None
    if len(stripped) > 24 or "。" in stripped:
        return None
    level = next((k for k, pattern in enumerate(_LEVELS) if pattern.match(stripped)), None)
    if level is None:
        if not _UNNUMBERED.fullmatch(stripped):
            return None
        level = len(_LEVELS)
        title = stripped
    else:
        title = _LEVELS[level].sub("", stripped, count=1).strip()
    title = simplified_all(title)  # 主要目標 of a traditional page
    if _history(title, plan_year):
        return level, None
    goals = vocab().goals_heading.search(title) or (_GOALS_TITLE.search(title) and not _VERB_GOAL.search(title))
    return level, bool(goals)


def _history(title: str, plan_year: int | None) -> bool:
    """A title of a review: a history heading (上年经济运行, 工作回顾, 发展基础) or one opening with a past year."""
    if vocab().history_heading.search(title) or _PAST_TITLE.match(title) or "运行情况" in title:
        return True
    m = _OPENING_YEAR.match(title)
    return m is not None and plan_year is not None and int(m.group(1)) < plan_year


def outside_goals(lines: list[Line], plan_year: int | None) -> list[Line]:
    """The lines outside a goals section (a goals heading or lead-in and the lines after it, until a heading of another
    section at its level or above; ``_heading``), in one pass: what reports and standards may stand in, never a
    section of goals. A sub-heading under a goals heading ((一)生态环境 under 二、发展目标) stays in it, unless it is
    one of history ((一)上年经济运行; review 7, finding 3). An unnumbered heading before any numbered one has no
    level of its own: any heading closes it (主要目标 … 一、上年经济运行; review 7, finding 2)."""
    kept, in_goals, goals_level, numbered = [], False, None, -1.0
    for line in lines:
        heading = _heading(line.text, plan_year)
        if heading is not None:
            level, goals = heading
            if level == len(_LEVELS):  # 目标任务 after 二、…: a part of 二、, and 1. under it a part of it
                level = numbered + 0.5 if numbered >= 0 else math.inf
            elif level is not None:
                numbered = level
            if goals:
                in_goals, goals_level = True, level
            elif goals is None or not (in_goals and level is not None and goals_level is not None
                                       and level > goals_level):
                in_goals = False
        if not in_goals:
            kept.append(line)
    return kept


def reported_growth(lines: list[Line], targets: list[Target], plan_year: int | None = None,
                    dated_plan: bool = False, cued: list[Line] | None = None) -> list[Target]:
    """``targets`` without those of a sentence that reports an amount with its growth and commits to nothing. One
    pass; ``dated_plan`` as for ``completion_rates.reported_rates``; ``cued``: the lines that hold ``GROWTH_GATE``'s
    words, if already found (targets/cue_lines.py)."""
    if not targets:
        return targets
    found = []  # (line, span) of each reporting sentence, wherever it stands
    for line in cued if cued is not None else (x for x in lines if GROWTH_GATE.search(x.text)):
        start, text = line.start, simplified_all(line.text)
        for s in SENTENCE.finditer(text):
            sentence = s.group()
            if _AMOUNT_GROWTH.search(sentence) and not vocab().commitment.search(sentence) \
                    and not _GOAL_MARK.search(sentence) and not _year_to_come(sentence, plan_year) \
                    and not planned(sentence, plan_year, dated_plan):
                found.append((id(line), (start + s.start(), start + s.end())))
    if not found:  # most documents report none: their goals sections are not looked for
        return targets
    kept = {id(line) for line in outside_goals(lines, plan_year)}  # a goals section states goals (一、主要目标)
    return outside(targets, [span for line, span in found if line in kept])


def _year_to_come(sentence: str, plan_year: int | None) -> bool:
    m = _OPENING_YEAR.match(sentence)
    return m is not None and plan_year is not None and int(m.group(1)) >= plan_year
