"""A line that holds only a year gone by, set off by a blank line, heads the short lines printed under it: their figures
are history (spurious43).

A news graphic of a 政府工作报告 prints the year reviewed as a heading of its own, its results under it, then the plan's
year over its goals: `辽宁亮点` / `2025年` / `城镇新增就业48万人` / … / `辽宁落点` / `2026年` /
`地区生产总值增长4.5%左右` (辽宁 2026), `2023年` / `●新增国家级科技型中小企业1163家` / … / `2024年` /
`●力争…达780亿元以上` (昆明 2024). The results are the past year's (the spec: past years never govern; history is
no target); the sentence-level readers see no date in the result lines and, the lines being short, no report reaches
them (report_reach.py ends at a short line).

Read: a line of a four-digit year and 年 alone, before the plan's year, followed by a blank line (a table printed a
cell a line has none: its year cells head nothing here); its reach runs over the next lines, blank ones passed, until a
line that names the plan's year or a later one, holds a goal's word (tense_cues.GOAL: 力争, 确保, 目标, 将…), opens
with a numbered heading (一、, (一), 1.) or runs longer than a graphic's line (60 characters). Targets within the reach
are dropped. One pass over the lines, a length and a character test first."""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.rules import simplified_all
from kechuang.extract.targets.spans import outside
from kechuang.extract.targets.tense_cues import GOAL

_YEAR_LINE = re.compile(r"\s{0,4}(\d{4})\s{0,2}年\s{0,4}")
_YEAR = re.compile(r"(\d{4})\s{0,2}年")
_GOAL = re.compile(GOAL)
_HEADING = re.compile(r"\s{0,4}(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]"
                      r"|\d{1,2}[.．、](?!\d))")
_LONGEST = 60  # a graphic's line is short; a paragraph of prose ends the reach
_SHORTEST_HEAD = 12  # a year line: at most this many characters


def _stops(text: str, plan_year: int) -> bool:
    """Whether a line ends a year heading's reach (see the module's doc)."""
    if len(text) > _LONGEST or _HEADING.match(text):
        return True
    simple = simplified_all(text)
    return _GOAL.search(simple) is not None or any(int(m.group(1)) >= plan_year for m in _YEAR.finditer(simple)) \
        or _YEAR_LINE.fullmatch(text) is not None


def year_headed(lines: list[Line], targets: list[Target], plan_year: int | None) -> list[Target]:
    """``targets`` without those of the lines under a heading of a year gone by (see the module's doc)."""
    if not targets or plan_year is None:
        return targets
    spans = []
    k, n = 0, len(lines)
    while k < n - 1:
        text = lines[k].text
        if len(text) > _SHORTEST_HEAD or "年" not in text or lines[k + 1].text.strip():
            k += 1
            continue
        m = _YEAR_LINE.fullmatch(text)
        if m is None or int(m.group(1)) >= plan_year:
            k += 1
            continue
        j = k + 1
        while j < n and (not lines[j].text.strip() or not _stops(lines[j].text, plan_year)):
            j += 1
        if j > k + 1:
            spans.append((lines[k + 1].start, lines[j - 1].end))
        k = j
    return outside(targets, spans)
