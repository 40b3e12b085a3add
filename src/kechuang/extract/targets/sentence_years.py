"""The year marks of one sentence of a paragraph, as ``Paragraph`` reads them: the marks ``years.years`` finds, with
the relative years of a text of unknown year (``last_year_reach.with_title_year``, and 今年 below), less the years
that are part of a document's name: a period inside 《》 (根据《上海市松江区国家生态文明建设示范区规划（2024—2035年）》:
松江 2026 碳达峰工作安排, dev) or the edition printed right after it (《产业结构调整指导目录》(2019年本): 临安 2020
蓝天保卫战, dev) names that document and dates no target of the plan that cites it (round 43).

今年 in a text whose year is unknown (no plan year, no inherited year) states a year of its own: a year stated in
another clause does not stand in for it (2023年,全省新改建…338座。今年,全省将新改建农村公路1万公里: 云南 2024 公路安防;
今年年底前,…3萬戶;2025年年底前…: 郑州 2021 乡村建设, both dev; round 43). A year in the same clause (up to 。;) is that
year (依据…2024年实施重点项目(工作)清单,今年武进区…10台: 武进 2024; 今年我市确定了…12处的目标,并将其列入2022年…民生
实事项目: 威海 2022, both dev; review 16, F1), and so is a year named as the present one before it (2023年,是全面贯彻
党的二十大精神的开局之年。…今年…: 全国 2023 政府工作报告摘要, dev, and the one-year leads of plan_year.py; F3)."""

from __future__ import annotations

import bisect
import re

from kechuang.extract.targets.last_year_reach import with_title_year
from kechuang.extract.targets.noted_years import without_noted_past
from kechuang.extract.targets.years import THIS_YEAR, YearMark, arabic_years

# a document's name and the edition after it; bounded, so that a stray 《 does not run on
_NAME = re.compile(r"《[^《》\n]{0,120}》"
                   r"(?P<edition>\s{0,2}[(（]\s{0,2}\d{4}\s{0,2}年\s{0,2}(?:本|版|修订版?|修正)\s{0,2}[)）])?")
_EDITION_AFTER_NAME = re.compile(r"(?<=》)\s{0,2}[(（]\s{0,2}\d{4}\s{0,2}年\s{0,2}(?:本|版|修订版?|修正)\s{0,2}[)）]")
# a period of years in a name (规划（2024—2035年）): the cited plan's own; a name of one year (《2024年政府工作报告》)
# may be the very plan a lead-in carries out, and keeps its year
_PERIOD = re.compile(r"\d{4}\s{0,2}年?\s{0,2}[-—–~至到]\s{0,2}\d{4}")
# a year named as the present one: 2024年是…的关键一年, 2024年,是…开局之年, 2024年为…之年, 2024年作为…攻坚之年
# (review 16, F3)
YEAR_IS = re.compile(r"\d{4}\s{0,2}年\s{0,2}[,，]?\s{0,2}(?:将是|是|为|作为)")
# not common.CLAUSE_END: a 今年 is weighed on the part of a sentence up to a ; or its end, commas within it
# (2024年,是…之年: YEAR_IS above)
_CLAUSE_END = re.compile(r"[。;；!！?？]")
_YEAR = re.compile(r"\d{4}\s{0,2}年")


def another_year(text: str, plan_year: int | None) -> bool:
    """Whether, with no plan year, ``text`` (a lead-in or a first line) says 今年 in a clause that states no year, so
    that a year it states elsewhere is another one (云南 2024, 郑州 2021), unless it names a year as the present one.
    A 今年 in the clause of the year is that year (2024年,县科协将…,确保今年各项任务圆满完成: review 16, F2)."""
    if plan_year is not None or "今年" not in text or THIS_YEAR.search(text) is None:
        return False
    text = arabic_years(text)
    if YEAR_IS.search(text):
        return False
    return any(THIS_YEAR.search(clause) and not _YEAR.search(clause) for clause in _CLAUSE_END.split(text))


def without_editions(text: str) -> str:
    """``text`` with the edition printed after a cited name (《产业结构调整指导目录》(2019年本)) blanked, one space for
    one character, so that offsets hold: it dates the cited document, not a lead-in (review 16, F6)."""
    if "》" not in text:
        return text
    return _EDITION_AFTER_NAME.sub(lambda m: " " * len(m.group()), text)


def _this_year_marks(found: list[YearMark], sentence: str, start: int, k: int,
                     earlier: list[YearMark]) -> list[YearMark]:
    """A mark of no year at each 今年 whose clause states no year to come, unless a year was named as the present one
    before it in the paragraph (``earlier``: the marks of the sentences before)."""
    if any(m.present for m in found) or (earlier and earlier[-1].present):
        return []
    ends = [m.start() for m in _CLAUSE_END.finditer(sentence)]  # one pass; each 今年 finds its clause by bisection
    stated = [m.pos - start for m in found if m.year is not None and not m.past]
    added = []
    for m in THIS_YEAR.finditer(sentence):
        i = bisect.bisect_left(ends, m.start())
        low, high = ends[i - 1] if i else -1, ends[i] if i < len(ends) else len(sentence)
        j = bisect.bisect_right(stated, low)
        if not (j < len(stated) and stated[j] < high):
            added.append(YearMark(start + m.start(), k, None))
    return added


def sentence_marks(found: list[YearMark], sentence: str, start: int, k: int, plan_year: int | None,
                   inherited: int | None, earlier: list[YearMark] | None = None) -> list[YearMark]:
    """The marks of sentence ``k`` (``found``: its ``years``; ``start``: its offset in the paragraph), in order."""
    if plan_year is None and inherited is None and found and (
            "是" in sentence or "为" in sentence) and (named := YEAR_IS.search(sentence)) is not None:
        for mark in found:  # 2024年是…: that year is this one, for the 今年 after it (F3)
            mark.present = mark.present or mark.pos - start == named.start()
    marks = without_noted_past(with_title_year(found, sentence, start, k, plan_year, inherited), sentence, start)
    if plan_year is None and inherited is None and "今年" in sentence and (
            added := _this_year_marks(found, sentence, start, k, earlier or [])):
        marks = sorted(marks + added, key=lambda mark: mark.pos)
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
