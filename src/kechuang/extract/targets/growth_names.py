"""Names of a growth that follows a level of its clause run.

A growth stated right after a level (年内完成投资14亿元,增幅达40%) is the growth of the thing the level
measures: when the reader named the growth with the words it read over the level's value (完成投资,
限额以上企业销售额(营业额)6.24亿元), the growth takes the level's indicator, the measured thing as the
level names it (青田 2018 旅游 news, zj-qingyuan-lygz2018#2; 包头 2011, nm-baotou-zdrw2011#1; 炮台街道
2022, ln-dalian-paotai2022#2 — dev; tests/extract/test_names44_growth_names.py). A growth stated of
several things (分别增长15%、25%) or after another clause stays as read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

GAP = 8  # the most characters from the level's end to the growth's value (,同比增长: 5)
_SEPARATORS = ",，"
_SEVERAL = ("分别", "分別", "均", "各")


def grown_name(para: Paragraph, indicator: str, kind: str, ind_start: int, s_start: int, pos: int) -> str:
    """The indicator of a growth (at ``pos``, its name read from ``ind_start``; paragraph offsets, sentence at
    ``s_start``): the level's just before it when the name was read over that level (see the module)."""
    if kind != "growth" or not para.targets:
        return indicator
    last = para.targets[-1]
    base = para.line.start
    if last.kind != "level" or not last.indicator or last.indicator == indicator:
        return indicator
    lo, hi = last.start - base, last.end - base
    if lo < s_start or ind_start > lo or hi > pos or pos - hi > GAP:
        return indicator  # another sentence, a name of its own after the level, or a level far before
    gap = para.mtext[hi:pos]
    if not gap or gap[0] not in _SEPARATORS or any(w in gap for w in _SEVERAL):
        return indicator
    return last.indicator
