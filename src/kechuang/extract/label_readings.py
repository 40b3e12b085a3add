"""A role's word a mirror printed with its phonetic readings (責(zé)任單位:市教育局, 郑州 2012; 牽(qiān)頭): the
assignment reader reads such a line without the readings, as the target rules do (``targets.readings``), and gives each
unit and annotation back as printed. A line whose role words carry no reading is read as printed (units that hold
readings, 市經(jīng)貿(mào)委 under 牽頭單位: 广州 2006, keep them)."""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.rules import simplified
from kechuang.extract.tail_words import KEYWORDS
from kechuang.extract.targets.readings import Readings
from kechuang.extract.unit_lists import FoundUnit
from kechuang.text.readings import READING

_ROLE_WORD = re.compile(f"{KEYWORDS.pattern}|牵头|负责|配合")  # matched on simplified text


def _count(text: str) -> int:
    return sum(1 for _ in _ROLE_WORD.finditer(simplified(text)))


def may_have_readings(text: str) -> bool:
    """Whether ``text`` may print readings: it holds a bracket (the call site asks first: one test, two places)."""
    return "(" in text


def label_readings(line: Line) -> Readings | None:
    """``line`` without its readings (``.line``) when a role's word is whole only without them, else None."""
    if not may_have_readings(line.text) or not READING.search(line.text):
        return None
    readings = Readings(line)
    return readings if _count(readings.line.text) > _count(line.text) else None


def restore(readings: Readings, origin: int, start: int, end: int) -> tuple[str, int, int] | None:
    """The printed text and offsets of [start, end), offsets in the reading-free line whose text begins at ``origin``;
    None when the span is not of this line (a tail the page broke over the next lines)."""
    if not origin <= start <= end <= origin + len(readings.line.text):
        return None
    s, e = readings.span(start - origin, end - origin)
    return readings.printed[s:e], origin + s, origin + e


def restore_units(readings: Readings, origin: int, units: list[FoundUnit]) -> None:
    """Each unit read in the reading-free line, as printed."""
    for unit in units:
        printed = restore(readings, origin, unit.start, unit.end)
        if printed:
            unit.unit, unit.start, unit.end = printed
