"""A count of things at named places, hedged by 约, 近 or 逾: `建設福山、青龍,、房圩,、裕林、雙前,、隱龍等
自然村內約12.3公里道路硬化` (临涣 2021 为民办实事, https://stmt-intl.com/Home/Content/?ClassId=6824&Id=1056419),
`涉及乌拉斯特镇、喀尔交镇、托斯特乡、别斯铁热克乡、吉木乃镇、恰勒什海乡约1200户农牧民` (吉木乃 2025 重点民生项目,
https://alt-szb.xjmty.com/html/2025-03/28/content_417_209574.htm — both dev). The places say where the things are,
they are not what is measured: the thing counted is the noun after the unit, as it is when no hedge stands between
the places and the number (placed.py: 完成小居安村287户群众回迁安置). A place is a word that ends as a place's name
ends (placed.PLACE_END: 村, 镇, 乡, 县, 区, 街道, 社区…), the locative 内 after it or not; a scope (全县, 本区, 各县,
该镇) is none, and a thing named like a place (老旧小区, 示范区) is measured, as placed.py reads them."""

from __future__ import annotations

import re

from kechuang.extract.targets.placed import PLACE_END

_HEDGES = frozenset("约約近逾")
_PLACE_BEFORE = re.compile(rf"[^\W\d_](?<![全本各该該每]){PLACE_END}[内內]?$")
_REACH = 8  # the place's ending, its locative and the character before them, at the end of the words


def hedged_at_place(verb: str, head: str) -> bool:
    """Whether the level verb ``verb`` is a hedge alone (约) and ``head``, the words before it, end with a place."""
    return verb.strip() in _HEDGES and _PLACE_BEFORE.search(head, max(0, len(head) - _REACH)) is not None
