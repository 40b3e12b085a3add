"""One work measured in two units printed back to back, nothing between the two values: a length and an area
(长江支流生态修复133.8公里512公顷: 彝良 林草 “十四五”, yn-yiliang-lc145), households and an area
(老居住区2万户100万平方米供热补建: 天津 2007 民心工程, tj-tianjin-bmgc2007 — dev). The second value is no noun of
the first: each is a target of the same work. Only lengths, areas and households qualify as the first (a count of
things before a size is the size of each: 2个500亿级产业集群, 1处1万平方米以上的社区公园), and only a length or an
area as the second (230个50户以上: households qualify villages; 125.8万千瓦2020年: a year)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kechuang.extract.targets.vocab import value_of, vocab

if TYPE_CHECKING:
    from kechuang.extract.model import Target
    from kechuang.extract.targets.paragraph import Paragraph


def second_measure(after: str, unit: str | None) -> re.Match | None:
    """The value of another length or area opening ``after`` (the text right after a value in ``unit``), when both
    measure one work; else None."""
    if not after[:1].isdecimal() or unit is None:
        return None
    v = vocab()
    if unit not in v.area_units and not unit.endswith("户"):
        return None
    m = v.candidate.match(after)
    if m is None or m.group("unit") == unit or m.group("unit") not in v.area_units:
        return None
    return m


def add_second(para: Paragraph, first: Target, m: re.Match, c_start: int, sentence: int, clause: str) -> None:
    """The second measure ``m`` of the work ``first`` names (2万户100万平方米供热补建: 100万平方米 of 供热补建),
    when the first value's noun after it took the second value in (counts.py skips the numbers inside a noun)."""
    value, unit, top = value_of(m)
    if value is not None and not para.masked[c_start + m.start()]:
        para.add(first.indicator, "level", value, unit, c_start + m.start(), c_start + m.end(), sentence, clause,
                 first.start - para.line.start, cmp=m.group("cmp") or m.group("about"), value_max=top)
