"""Units of indicator values and conversions between them (元/万元/亿元, 人/万人, %/‰, 件, 家, 人年 …)."""

from __future__ import annotations

import unicodedata

from kechuang.errors import KechuangError

# unit -> (dimension, factor to the dimension's base unit)
UNITS: dict[str, tuple[str, float]] = {
    "元": ("money", 1.0), "千元": ("money", 1e3), "万元": ("money", 1e4), "百万元": ("money", 1e6),
    "亿元": ("money", 1e8), "万亿元": ("money", 1e12),
    "人": ("persons", 1.0), "名": ("persons", 1.0), "位": ("persons", 1.0), "人次": ("persons", 1.0),
    "万人": ("persons", 1e4), "万名": ("persons", 1e4), "万人次": ("persons", 1e4),
    "%": ("ratio", 1.0), "‰": ("ratio", 0.1), "百分点": ("ratio", 1.0),
    "件": ("items", 1.0), "项": ("items", 1.0), "万件": ("items", 1e4),
    "家": ("entities", 1.0), "个": ("entities", 1.0), "所": ("entities", 1.0), "座": ("entities", 1.0),
    "处": ("entities", 1.0),
    "人年": ("person_years", 1.0), "万人年": ("person_years", 1e4),
    "平方米": ("area", 1.0), "万平方米": ("area", 1e4), "平方公里": ("area", 1e6), "亩": ("area", 666.6667),
    "万亩": ("area", 6666666.7),
    "分": ("score", 1.0),
    "万元/人": ("money_per_person", 1.0), "元/人": ("money_per_person", 1e-4),
    "万元/年": ("money_per_person", 1.0),
    "吨标准煤/万元": ("energy_intensity", 1.0), "吨煤/万元": ("energy_intensity", 1.0),
}
# Units of things counted one by one (an indicator in these units takes whole numbers unless it is a rate, such as
# 千家企业中…家 or 万人…件; callers confirm with the data). Not conversion units, so kept apart from UNITS.
COUNT_UNITS = frozenset(
    {u for u, (dim, factor) in UNITS.items() if dim in ("items", "entities", "persons") and factor == 1.0}
    | {"次", "篇", "台", "套", "辆", "部", "只", "户", "批", "场", "期", "门", "支"})
ALIASES = {"万平米": "万平方米", "平米": "平方米", "percent": "%", "Percent": "%", "个百分点": "百分点"}


def canonical_unit(unit: str | None) -> str | None:
    if unit is None:
        return None
    text = unicodedata.normalize("NFKC", unit).strip()
    return ALIASES.get(text, text) or None


def is_count(unit: str | None) -> bool:
    """True for units of whole things (家, 个, 件, 人, 项, 所, 名, 次, 篇, 台, 套 …; ``Number…`` in English)."""
    text = canonical_unit(unit)
    return text in COUNT_UNITS or (text or "").lower().startswith("number")


def dimension(unit: str | None) -> str | None:
    unit = canonical_unit(unit)
    return UNITS[unit][0] if unit in UNITS else None


def compatible(a: str | None, b: str | None) -> bool:
    """True when both units are known and measure the same thing (件 and 家 are both counts of things)."""
    da, db = dimension(a), dimension(b)
    if da is None or db is None:
        return canonical_unit(a) == canonical_unit(b)
    counts = {"items", "entities"}
    return da == db or (da in counts and db in counts)


def convert(value: float, from_unit: str | None, to_unit: str | None) -> float:
    """Convert ``value`` from one unit to another; raise a coded error when they measure different things."""
    a, b = canonical_unit(from_unit), canonical_unit(to_unit)
    if a == b or a is None or b is None:
        return value
    if not compatible(a, b) or a not in UNITS or b not in UNITS:
        raise KechuangError("KC-UNIT-INCOMPATIBLE", f"单位「{from_unit}」不能换算为「{to_unit}」", field="unit")
    return value * UNITS[a][1] / UNITS[b][1]
