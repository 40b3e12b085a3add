"""Sentences that state an amount as a multiple of a past base: `廊坊市2002年實現財政收入32億元,是1980年的29.1倍,
年均遞增16.6%`, `實現綜合收入8995億元,分別是“十二五”的2.5倍和2.8倍`, `从2020年末的168家增长到2025年末的267家,
是“十三五”末的1.5倍` — growth already made, measured against a year or a period gone by:
every number of the sentence is history, as a reported amount with its growth is (targets/achieved_growth.py;
session 45, invented45).

The base is a past time: a year before the plan's year (any year when the page has none: the news prints of a
city's facts), the end of a year (2018年末), a five-year period by its name (“十二五”, “十三五”末, 十三五时期),
上一个五年, 上年/去年. The sentence keeps its targets when it sets a goal: a deadline to come (到2025年;
completion_rates.planned) or a commitment word (力争, 确保: rules/targets.yaml commitment_words) anywhere in it, a
level to reach (达到, 突破, 超过), 将, 预计 or 计划 in the clause of the amount (a 发展计划委员会 earlier in the
sentence names a body). A multiple of another measure (`不低于当地最低生活保障标准的1.6倍`, 肇庆 民生实事, a
standard) has no past base and stays.

Family (dev, none of these sentences gold): 廊坊 2002 (two sentences), 甘肃 2021 政府工作报告 news, 红桥 “十四五”
review in its “十五五” plan. (广西 2021 科技 news, `…获国家科学技术奖数是上一个五年的3倍`, names the
base with no amount before 是: ``_MULTIPLE`` does not read it, and the page keeps no target of it by other rules;
上一个五年 stays among the bases, review45.) A line is searched only when it holds 倍;
the patterns are bounded. Linear."""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.targets.common import SENTENCE, clean_texts
from kechuang.extract.targets.completion_rates import planned
from kechuang.extract.targets.spans import outside
from kechuang.extract.targets.table_headers import FIVE_YEAR_END
from kechuang.extract.targets.vocab import vocab

_GATE = re.compile(r"倍")
# An amount (a number and its measure), then (分别)是/为 a past base 的 N倍: …32亿元,是1980年的29.1倍 /
# …的267家,是“十三五”末的1.5倍 / 8995亿元,分别是“十二五”的2.5倍. The year group and the period's end year are read
# against the plan's year.
_MULTIPLE = re.compile(
    r"\d(?:\.\d{1,4})?[ \t]*[万亿]{0,2}[^\d,，、。;；:：]{0,3}[ \t]*[,，、]{0,3}[ \t]*(?:分别|均)?(?:是|为)[ \t]*"
    r"(?:(?P<year>(?:19|20)\d\d)[ \t]*年(?:末|底)?|“?(?P<period>十[一二三四五]五)”?(?:末|时期|期间)?"
    r"|上一个五年|上年|去年)"
    r"[ \t]*的[ \t]*\d+(?:\.\d+)?[ \t]*倍")
# A goal's marks besides the commitment words, in the amount's clause: a level to reach, or a future (将, 预计, 计划).
_GOAL = re.compile(r"达到|突破|超过|将|预计|计划")
_CLAUSE_MARKS = ",，;；:："
_CLAUSE_REACH = 60  # the amount's clause: up to 60 characters before it


def _clause_start(sentence: str, end: int) -> int:
    """Where the clause ending at ``end`` opens: after the last clause mark before it, at most _CLAUSE_REACH back."""
    floor = max(0, end - _CLAUSE_REACH)
    return max([floor] + [sentence.rfind(mark, floor, end) + 1 for mark in _CLAUSE_MARKS])


def past_multiples(lines: list[Line], targets: list[Target], plan_year: int | None = None,
                   dated_plan: bool = False) -> list[Target]:
    """``targets`` without those of a sentence that states an amount as a multiple of a past base and sets no goal.
    One pass over the lines holding 倍; ``dated_plan`` as for ``completion_rates.reported_rates``."""
    if not targets:
        return targets
    spans = []
    for text, printed in clean_texts(lines, _GATE):  # 實現(xiàn) read as 实现, its readings left out
        for s in SENTENCE.finditer(text):
            sentence = s.group()
            m = _MULTIPLE.search(sentence) if "倍" in sentence else None
            if m is None:
                continue
            base = int(m.group("year")) if m.group("year") else FIVE_YEAR_END.get(m.group("period") or "")
            if base is not None and plan_year is not None and base >= plan_year:
                continue  # a base of the plan's year or later: a goal's (是2026年的2倍 in a plan of 2026; 是“十三五”的
                # 2倍 in a plan of 2018: the period is not over)
            if vocab().commitment.search(sentence) or planned(sentence, plan_year, dated_plan) \
                    or _GOAL.search(sentence, _clause_start(sentence, m.start()), m.end()):
                continue
            spans.append(printed(s.start(), s.end()))
    return outside(targets, spans)
