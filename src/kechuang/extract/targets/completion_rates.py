"""Sentences that report a rate of completion: a share of the year's task that was measured, not planned
(完成年度任务100.8%, 整体完成率111.5%, 完成率99.82%, 年度计划完成率49.83%) closes a sentence of what was done, so every
number of the sentence is history (tests/fixtures/real/README.md, twenty-seventh batch). A plan commits to 100%
(任务完成率 | 100%) or to a floor (完成率达到95%以上), never to 99.82% or 111.5%: a 完成率 other than 100, or a share
of the year's task above 100 (完成年度任务的100.8%), is a measurement; a share at or below it (6月底前完成年度任务的
50%) may be a milestone and is left to targets/completed.py. The sentence must also state an amount done before the
rate (户厕10.09万户,完成年度任务100.8%), so that an indicator row naming a rate alone is not read as a report, and no
commitment word before the rate (确保…项目完成率95%: a goal phrased without 达到), nor a deadline to come anywhere in it
(到2024年底…问题厕所整改完成率为98%; 年内, 6月底前; 全年 in a plan dated that year: 全年实施重点项目120个,…年度投资计划
完成率105% in a 2024 重点工作): such a sentence plans its rate and all its items (review 3).
Pages of the family (dev): 杭州 2024 民生实事完成情况 (整体完成率111.5%); 永州 2020 年鉴
(sznianjian.com/show.php?mlid=19073: 完成年度任务100.8%); 海门 2020 改厕 (完成率99.82%); 相城 2023 民生实事
(年度計劃完成率49.83%); 会昌 2023 (完成率40%); 平阳 2022 科技工作总结 (年度任务完成率107%); 福安 2022
政府工作报告 (完成年度任务的100.8%) (round 26)."""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.targets.common import SENTENCE, gated_texts
from kechuang.extract.targets.spans import outside
from kechuang.extract.targets.vocab import vocab

RATE_GATE = re.compile(r"完成(?:率|年度|全年)")  # cheap test of a line: the same characters in either script
_RATE = re.compile(r"完成率[ \t]*(?:为[ \t]*)?(\d{1,3}(?:\.\d{1,2})?)[ \t]*%(?!以上|以下|左右)"
                   r"|完成(?:年度|全年)(?:任务|计划|目标任务)的?[ \t]*(\d{1,3}(?:\.\d{1,2})?)[ \t]*%")
# A deadline to come in the sentence: 到2024年(底) (截止到 is none), 年内, 年底前, 6月底前; 全年 and 今年 opening it
# in a plan of that year only (预计11月中旬完成全年任务 closes a report).
_DEADLINE = re.compile(r"(?<![截止])到[ \t]*(\d{4})[ \t]*年|年内|(?:年底|年末|月底|月份)前")
_THIS_YEAR = re.compile(r"\s*(?:全年|今年)")
# An amount done before the rate: a number with a measure word (10.09万户, 40926座, 1202张, 235个).
_AMOUNT = re.compile(r"\d(?:\.\d+)?[ \t]*[万亿]?(?:个|家|座|户|所|人次|人|项|件|张|场|元|吨|亩|公里|米|台|套|辆|处|条)")


def _measured(m: re.Match[str]) -> bool:
    rate, share = m.group(1), m.group(2)
    return float(rate) != 100 if rate is not None else float(share) > 100


def planned(sentence: str, plan_year: int | None, dated_plan: bool) -> bool:
    """Whether ``sentence`` states a deadline to come (``_DEADLINE``; 全年 in a plan dated its year)."""
    for m in _DEADLINE.finditer(sentence):
        if m.group(1) is None or plan_year is None or int(m.group(1)) >= plan_year:
            return True
    return dated_plan and _THIS_YEAR.match(sentence) is not None


def reported_rates(lines: list[Line], targets: list[Target], plan_year: int | None = None,
                   dated_plan: bool = False, cued: list[Line] | None = None) -> list[Target]:
    """``targets`` without those of a sentence that reports a measured rate of completion. One pass. ``dated_plan``:
    the document is a plan of ``plan_year`` (its 全年 is the year to come); ``cued``: the lines that hold
    ``RATE_GATE``'s words, if already found (targets/cue_lines.py)."""
    if not targets:
        return targets
    spans = []
    # 年度計劃完成率 read in simplified characters
    for start, text in gated_texts(lines, RATE_GATE) if cued is None else gated_texts(cued, None):
        for s in SENTENCE.finditer(text):
            rate = next((m for m in _RATE.finditer(s.group()) if _measured(m)), None)
            if rate and _AMOUNT.search(s.group(), 0, rate.start()) \
                    and not vocab().commitment.search(s.group(), 0, rate.start()) \
                    and not planned(s.group(), plan_year, dated_plan):
                spans.append((start + s.start(), start + s.end()))
    return outside(targets, spans)
