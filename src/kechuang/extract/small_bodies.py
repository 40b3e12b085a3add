"""Two small bodies printed together with no separator in a table's cell of units (派出所工商质监所,
文化宣传股文化馆): two units.

``unit_lists`` splits names glued in a cell when each opens with the level of the first (区发改局区统计局); a town's or
a county bureau's small bodies carry no level, and two dev documents print them glued:

- 登封 徐庄镇 2017 安全生产专项整治工作计划 (dev, https://public.dengfeng.gov.cn/D49Y/2044017.jhtml), a row between
  bars under ``责任单位``: ``网吧、KTV | 8月份 | 文化站 派出所工商质监所 |`` (派出所 and 工商质监所);
- 略阳 文旅 目标任务 (dev, https://lueyang.qinfeng.gov.cn/info/1013/2824.htm), a table printed one cell a line under
  ``责任股室(单位)``: ``文化宣传股文化馆`` (文化宣传股 and 文化馆).

A name is split after a small body's last character (所, 股, 站, 馆) when both sides end like a body and the first is
three characters or more; a body that belongs to the one before it (研究所附属医院, 农技站下属…) stays whole, as does a
name of more than thirty characters (no unit is that long) and one without such a character before its last three.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_END = re.compile("[所股站馆]")
_MAX_NAME = 30
_MIN_PART = 3
_BELONGS = ("附属", "下属", "直属", "所属")


def split_small_bodies(unit: str, start: int, unit_like: Callable[[str], bool]) -> list[tuple[str, int, int]]:
    """``unit`` cut after each small body's name that a whole body's name follows (``unit_like``: the lists' test of a
    body's name); the pieces with their offsets (``start``: the unit's)."""
    whole = [(unit, start, start + len(unit))]
    if len(unit) > _MAX_NAME or len(unit) < 2 * _MIN_PART \
            or not _END.search(unit, _MIN_PART - 1, len(unit) - _MIN_PART):
        return whole
    pieces, last = [], 0
    for m in _END.finditer(unit, _MIN_PART - 1, len(unit) - _MIN_PART):
        cut = m.end()
        if cut - last >= _MIN_PART and not unit.startswith(_BELONGS, cut) and unit_like(unit[last:cut]) \
                and unit_like(unit[cut:]):
            pieces.append((unit[last:cut], start + last, start + cut))
            last = cut
    return [*pieces, (unit[last:], start + last, start + len(unit))] if pieces else whole
