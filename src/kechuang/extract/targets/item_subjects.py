"""The subject of a nameless item after 、 that sets the other measure of the thing its clause names (round 74).

A plan often gives one thing two values in one clause, a level and its growth, the second after 、 with its verb only:
  一般公共预算收入1.5亿元、增长6.4%;工业开票销售突破100亿元、增长14.2%   (氾水镇 2025, dev)
  争取一季度海洋捕捞产量达226吨、增幅达3%                                 (太仓 2024 农业经济, dev)
  全省數字經濟增加值增長55%以上、達到5.5萬億元                             (山东 数字经济 2022, dev)
The second value measures the same thing: its name is that of the target read just before it in the clause (the level
for a growth, the growth for a level of another unit), not the words of the clause before (经过5年努力 → 经过, nor the
whole of 地区生产总值增长6.5%). Only a pair of a level and a growth: two levels of one unit are a stretch goal
(增长7%以上、力争达到8%: count_parts.stretched), two of other units two things.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kechuang.extract.model import Target
    from kechuang.extract.targets.paragraph import Paragraph


def paired_subject(para: Paragraph, c_start: int, kind: str, unit: str | None) -> Target | None:
    """The target read before in this clause (it starts at ``c_start`` of the line) whose thing a nameless value of
    ``kind`` after 、 measures again: a level (not a percentage) for a growth, a growth for a level; else None."""
    last = para.targets[-1] if para.targets else None
    if last is None or last.start < para.line.start + c_start or last.unit == unit:
        return None
    if kind == "growth":
        return last if last.kind == "level" and last.unit != "%" else None
    return last if last.kind == "growth" else None
