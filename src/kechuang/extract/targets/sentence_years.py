"""The year marks of one sentence of a paragraph, as ``Paragraph`` reads them: the marks ``years.years`` finds, with
the relative years of a text of unknown year (``last_year_reach.with_title_year``), less the years that are part of
a document's name: a period inside 《》 (根据《上海市松江区国家生态文明建设示范区规划（2024—2035年）》: 松江 2026
碳达峰工作安排, dev) or the edition printed right after it (《产业结构调整指导目录》(2019年本): 临安 2020 蓝天保卫战,
dev) names that document and dates no target of the plan that cites it (round 43)."""

from __future__ import annotations

import re

from kechuang.extract.targets.last_year_reach import with_title_year
from kechuang.extract.targets.years import YearMark

# a document's name and the edition after it; bounded, so that a stray 《 does not run on
_NAME = re.compile(r"《[^《》\n]{0,120}》"
                   r"(?P<edition>\s{0,2}[(（]\s{0,2}\d{4}\s{0,2}年\s{0,2}(?:本|版|修订版?|修正)\s{0,2}[)）])?")
# a period of years in a name (规划（2024—2035年）): the cited plan's own; a name of one year (《2024年政府工作报告》)
# may be the very plan a lead-in carries out, and keeps its year
_PERIOD = re.compile(r"\d{4}\s{0,2}年?\s{0,2}[-—–~至到]\s{0,2}\d{4}")


def sentence_marks(found: list[YearMark], sentence: str, start: int, k: int, plan_year: int | None,
                   inherited: int | None) -> list[YearMark]:
    """The marks of sentence ``k`` (``found``: its ``years``; ``start``: its offset in the paragraph), in order."""
    marks = with_title_year(found, sentence, start, k, plan_year, inherited)
    if "《" not in sentence or not marks:
        return marks
    names = [(start + (m.start() if _PERIOD.search(m.group()) else m.start("edition")), start + m.end())
             for m in _NAME.finditer(sentence) if m.group("edition") or _PERIOD.search(m.group())]
    if not names:
        return marks
    kept, i = [], 0
    for mark in marks:  # both in order of position: one pass
        while i < len(names) and names[i][1] <= mark.pos:
            i += 1
        if not (i < len(names) and names[i][0] <= mark.pos):
            kept.append(mark)
    return kept
