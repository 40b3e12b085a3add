"""How far a 去年 reaches in a paragraph (last_year.py reads each 去年 of a sentence; review 5 of 2026-12-03).

- With no plan year, the year the paragraph inherits (a title's: 海南省2024年政府工作报告) dates 去年 (finding 6).
- 全年/本年 in a sentence after 去年's is this year's only when that sentence holds a commitment word (力争, 确保, 争取)
  or a year to come (`去年,…12家。全年力争新增…20家`, finding 3); otherwise it is last year's full year, as a review
  says it (`去年,全县经济运行稳中有进。全年完成固定资产投资120亿元。`, review 7 finding 1).
- A 去年 of an earlier sentence stops at a sentence with a commitment word or 今年 (`去年…2.1%。力争研发投入强度
  达到2.5%`, finding 3); a bare 全年/本年 does not stop it (review 7 finding 1).
- 至此 (so far) is a word of a thing done only at a clause's start: not inside 截至此次…, 直至此轮…, 起至此次…, nor
  before 次/轮/时/前 (finding 5)."""

from __future__ import annotations

import re

from kechuang.extract.targets.commitment import PLEDGE
from kechuang.extract.targets.last_year import last_year_marks
from kechuang.extract.targets.years import YearMark

SO_FAR = re.compile(r"(?:^|(?<=[,,;;。!!??::\s]))至此(?![次轮时前])")
# A sentence of this year's goal: a 去年 of a sentence before it dates nothing from there on
_THIS_YEARS_GOAL = re.compile(PLEDGE + "|今年")  # 全年/本年 alone is a review's full year (review 7 finding 1)
_COMMITTED = re.compile(PLEDGE)


def with_title_year(found: list[YearMark], sentence: str, start: int, k: int, plan_year: int | None,
                    inherited: int | None) -> list[YearMark]:
    """``found`` (the sentence's marks) with its 去年 marks under the inherited year when no plan year is known."""
    if plan_year is not None or inherited is None or "去年" not in sentence:
        return found
    return sorted(found + [YearMark(start + p, k, y, past=True) for p, y in last_year_marks(sentence, inherited)],
                  key=lambda mark: mark.pos)


def this_year_after_last(marks: list[YearMark], mtext: str, year: int | None) -> None:
    """Give a relative mark (全年) in a sentence after 去年's this year's ``year`` when its sentence holds a commitment
    word or a year to come; resolve_relative gave it 去年's, which a review's 全年 keeps (review 7 finding 1)."""
    if "去年" not in mtext:
        return
    for k, mark in enumerate(marks):
        if not (mark.relative and k and year):
            continue
        before = marks[k - 1]
        if mtext.startswith("去年", before.pos) and before.sentence != mark.sentence:
            if _goal_sentence(marks, mtext, mark):
                mark.year, mark.past = year, False
        elif before.relative:
            mark.year, mark.past = before.year, before.past


def _goal_sentence(marks: list[YearMark], mtext: str, mark: YearMark) -> bool:
    """Whether the sentence of ``mark`` holds a commitment word or a mark of a year to come."""
    start = max(mtext.rfind(c, 0, mark.pos) for c in "。;;!!??\n") + 1
    ends = [e for e in (mtext.find(c, mark.pos) for c in "。;;!!??\n") if e >= 0]
    if _COMMITTED.search(mtext, start, min(ends, default=len(mtext))):
        return True
    return any(m.sentence == mark.sentence and not (m.relative or m.past or m.running) for m in marks)


def goal_sentence_counts(sentences: list[tuple[int, str]]) -> list[int]:
    """counts[k + 1]: how many of sentences[:k + 1] state this year's goal (a prefix sum, counted once a paragraph)."""
    counts = [0]
    for _, text in sentences:
        counts.append(counts[-1] + bool(_THIS_YEARS_GOAL.search(text)))
    return counts


def last_year_ended(mtext: str, counts: list[int] | None, mark: YearMark, sentence: int) -> bool:
    """Whether a 去年 ``mark`` of an earlier sentence has stopped before ``sentence`` (``counts``:
    goal_sentence_counts, None when the paragraph holds no 去年)."""
    if counts is None or mark.sentence == sentence or not mtext.startswith("去年", mark.pos):
        return False
    return counts[sentence + 1] > counts[mark.sentence + 1]
