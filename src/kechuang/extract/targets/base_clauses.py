"""Values inside a base clause `在…的基础上`: what exists, no target (fix66, row 5 of MISSES-fresh66.md).

`在9个小区试点生活垃圾分类的基础上,正式…逐步实施` (安庆 2020 news) and `在继续巩固落实好…生均财政拨款水平达到12000元的
基础上,…逐步提高拨款水平` (国务院 2019 职业教育, both dev) state the ground a plan builds on: the pilot done, the level
reached. A base the plan commits to within the clause (`在确保185万亩粮播面积的基础上`: 临夏 2021; `在完成177万亩高标准
农田建设任务的基础上`: 贵州 2023; `在稳定2个城市已达到…的基础上`: 江西 2019 — dev gold) stays a target.

A basis clause `按照…的标准/要求` (invented46) likewise states what the plan follows, not what it commits to: the
standard of a grant or a staffing (`对每户卫生厕所按照1500元的标准进行奖补`, 甘肃 2019 改厕; `按照每100户设置1名保洁员的
标准`, 河北 2018 人居环境) or a long-range plan's requirement (`按照崇明三岛规划水闸43座（其中：崇明岛27座…）的远景目标
要求`, 崇明 十四五 水务; all dev, none gold). The clause runs from 按照 to its 标准 / 要求 / 规定 within one clause (a
bracket inside it may hold 、 and ：), 60 characters at most.

One bounded pattern per sentence that prints 基础上 or 按照 (a literal gate first), cached, so a reading costs a lookup.
"""

from __future__ import annotations

import bisect
import re

from kechuang.extract.rules import cached_per_document
from kechuang.extract.targets.commitment import BASE_KEPT

# 在 … (的)基础上 within one clause, 40 characters at most between (sentences are read simplified: Paragraph.mtext)
_BASE = re.compile(r"在[^，,。；;:：!！?？]{0,40}?基础上")
# 按照 … 标准/要求/规定 within one clause (a bracket's 、 and ： allowed), 60 characters at most; 标准化 grades
# the thing counted (按照新建10所标准化学校的目标推进: no standard followed), the clause reads on to a later word
_BASIS = re.compile(r"按照[^，,。；;!！?？]{1,60}?(?:标准(?!化)|要求|规定)")


@cached_per_document(64)
def _base_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each base clause of ``sentence`` that commits to nothing, once per sentence."""
    spans = []
    if "基础上" in sentence:  # a commitment inside the base (commitment.BASE_KEPT): the plan keeps or completes it
        spans.extend((m.start(), m.end()) for m in _BASE.finditer(sentence) if not BASE_KEPT.search(m.group()))
    if "按照" in sentence:
        spans.extend((m.start(), m.end()) for m in _BASIS.finditer(sentence))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):  # a base may hold several bases: their union, so the clauses never overlap
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


def in_base(sentence: str, at: int) -> bool:
    """Whether the value starting at ``at`` of ``sentence`` stands inside a base clause (no target)."""
    spans = _base_spans(sentence)
    i = bisect.bisect_left(spans, (at, 0)) - 1  # the last clause opening before the value (clauses never overlap)
    return i >= 0 and at < spans[i][1]
