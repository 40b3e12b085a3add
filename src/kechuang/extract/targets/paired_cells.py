"""Goal-table rows that pair two indicators, read for goal_tables: the name cell names both and each value cell holds
both values, printed the same way (tests/extract/test_tab66_paired_cells.py):

- the second in brackets: ``市域绿道长度`` / ``（骨干绿道长度）`` / ``2000（1000）公里`` (上海 2021 公园城市指标);
- two names joined by 、 that share their measure, the values joined by 、: ``县道、乡村道优良路率(MQI)`` /
  ``98%、98%`` (松江 2026 综合交通“十五五”规划).

A value cell pairs only under a name that pairs the same way (a bracket with a bracket, 、 with 、), so that a value's
note (``≥30（初中）``) or a list of three names stays as it was read.
"""

from __future__ import annotations

import re

_NUM = r"[≥≤><]?\d{1,6}(?:\.\d{1,4})?(?:%|％)?"
_PAIR = re.compile(rf"(?P<a>{_NUM})(?:(?P<sep>、)(?P<b>{_NUM})|[（(](?P<c>{_NUM})[)）])"
                   r"(?P<unit>[\u4e00-\u9fff]{1,4}|[A-Za-z][A-Za-z²/]{0,7}\d?)?")
_BRACKETED = re.compile(r"(?P<first>[^（）()、]{2,30})[（(](?P<second>[^（）()、]{2,20})[)）]")
_LISTED = re.compile(r"(?P<left>[^（）()、]{1,12})、(?P<right>[^、]{2,40})")


def paired_value(text: str) -> tuple[str, str, str] | None:
    """(the first value's cell, the second's, the separator: ``、`` or ``（``) of a cell holding two values."""
    m = _PAIR.fullmatch(text)
    if m is None:
        return None
    unit = m.group("unit") or ""
    if m.group("sep"):
        return m.group("a") + unit, m.group("b") + unit, "、"
    return m.group("a") + unit, m.group("c") + unit, "（"


def paired_names(name: str, sep: str) -> list[str] | None:
    """The two indicators a name cell pairs the way ``sep`` does, or None. X、Y率: X takes the measure Y closes on,
    which starts after the first character of Y (not its first) that ends X as well (县道、乡村道优良路率 →
    县道优良路率, 乡村道优良路率); with none, after as many characters as X has."""
    if sep == "（":
        m = _BRACKETED.fullmatch(name)
        return [m.group("first"), m.group("second")] if m else None
    m = _LISTED.fullmatch(name)
    if m is None:
        return None
    left, right = m.group("left"), m.group("right")
    end = right.find(left[-1], 1)  # 乡村道 ends with 道 as 县道 does: the measure starts after it
    if end < 0 or end + 1 >= len(right):
        end = len(left) - 1  # no shared class word: the head as long as the left name
    tail = right[end + 1:]
    if len(tail) < 2:
        return None
    return [left + tail, right]
