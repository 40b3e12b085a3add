"""A count verb, a whole province, city or county, then a count of things: 基本完成全省7701个城镇老旧小区改造任务
(山西 2023 老龄工作意见), 全力推进全省20个具有支撑性、关键性、标志性的重点项目 (云南 2017 稳增长意见) — dev gold:
targets. The verb counts the thing after the number, as it does after 城区 or 农村 (``count_places``).

Review 6 kept a scope word from ever being a place (组织全县18个乡镇参加培训, 实现全县12个乡镇通天然气, 完成全区15个
街道污水管网改造): there the count counts the places the scope holds, and it still reads nothing — a count whose noun
opens with a place or a tier (乡镇, 街道, 村, 社区…) is left to that rule."""

from __future__ import annotations

import re
from functools import cache

from kechuang.extract.rules import load_rules
from kechuang.extract.targets.vocab import alt

# the places a scope holds, opening the noun after the count (12个乡镇, 15个街道, 156个行政村, 8个镇街, 5个片区)
_PLACES = re.compile(r"\s*(?:乡镇|鄉鎮|镇街|鎮街|街道|社区|社區|行政村|自然村|村|片区|片區|园区|園區"
                     r"|县|縣|区|區|市|镇|鎮|乡|鄉|州|旗|盟|省)")


@cache
def _scoped() -> re.Pattern[str]:
    verbs = load_rules("targets")["count_verbs"]
    return re.compile(rf"(?:{alt(verbs)})全[省市县縣区區州] ?$")


def scoped_count(counted: str, noun: str) -> re.Match[str] | None:
    """The count verb and the whole province, city or county ending ``counted`` (the words before the number), when
    the noun after the count is a thing, not the places the scope holds; else None."""
    if not noun.strip() or _PLACES.match(noun):
        return None
    return _scoped().search(counted, max(0, len(counted) - 12))
