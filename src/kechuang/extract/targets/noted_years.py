"""Past years inside a bracketed note of a clause (round 45): ``一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)
增长3%以上`` (漾濞 2023 政府工作报告, dev) — the 2022年 qualifies what the indicator counts, it states no year of the
clause; read as a year of the paragraph, it made the value and every one after it history (six goals of 漾濞's list).

A note is a bracket that follows a character of the clause (not one that opens the sentence: ``(2022年度)`` alone is a
caption and keeps its year) and says more than the year (``较基期(2020年)``: a year alone in brackets is left as it is).
Only marks of the past are dropped: a year to come inside a note still dates what it says.
"""

from __future__ import annotations

import re

from kechuang.extract.targets.years import YearMark

# a bracketed note of 3 to 40 characters, none of them a bracket or a line break (bounded: linear)
_NOTE = re.compile(r"(?<=[\u4e00-\u9fff\w”\"])[(（](?P<body>[^()（）\n]{3,40})[)）]")
_YEAR_ONLY = re.compile(r"\s{0,2}\d{4}\s{0,2}年?\s{0,2}(?:底|末)?\s{0,2}")
_WORD = re.compile(r"[\u4e00-\u9fff]")


def _notes(sentence: str) -> list[tuple[int, int]]:
    """The spans of the sentence's notes that hold a year and words besides it."""
    out = []
    for m in _NOTE.finditer(sentence):
        body = m.group("body")
        if "年" in body and re.search(r"\d{4}", body) and not _YEAR_ONLY.fullmatch(body) \
                and len(_WORD.findall(body)) >= 3:
            out.append((m.start(), m.end()))
    return out


def without_noted_past(marks: list[YearMark], sentence: str, start: int) -> list[YearMark]:
    """``marks`` (of ``sentence``, which starts at ``start`` of its paragraph) less the past ones inside a note."""
    if not any(m.past for m in marks) or ("(" not in sentence and "（" not in sentence):
        return marks
    notes = _notes(sentence)
    if not notes:
        return marks
    kept, i = [], 0
    for mark in marks:  # both in order of position: one pass
        while i < len(notes) and notes[i][1] <= mark.pos - start:
            i += 1
        if not (mark.past and i < len(notes) and notes[i][0] <= mark.pos - start):
            kept.append(mark)
    return kept
