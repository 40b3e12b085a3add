"""Canonical department names: region prefix restored, abbreviations expanded from an alias table."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kechuang.extract.rules import load_rules, on_forget

_LEVEL_PREFIX = ("省", "市", "县", "区", "州", "旗")


@cache
def _aliases() -> tuple[dict[str, str], dict[str, tuple[int, ...]]]:
    """The table, and for each last character of an abbreviation the lengths of those it ends, longest first."""
    table = load_rules("departments")["aliases"]
    lengths: dict[str, set[int]] = {}
    for short in table:
        lengths.setdefault(short[-1:], set()).add(len(short))
    return table, {last: tuple(sorted(ks, reverse=True)) for last, ks in lengths.items()}


def expand(name: str) -> str:
    """Expand the longest known abbreviation that ends the name: 县科技局 → 县科学技术局."""
    table, ending = _aliases()
    # only the lengths of the abbreviations that end with the name's last character (most names end with none)
    for k in ending.get(name[-1:], ()):
        if k > len(name):
            continue
        full = table.get(name[-k:])
        if full is not None:
            head = name[:-k]
            if full.startswith("委") and head.endswith("委"):
                full = full[1:]
            return head + full
    return name


@cache
def _collective_prefixes() -> tuple[str, ...]:
    return tuple(load_rules("departments")["collective_prefixes"])


def is_collective(unit: str) -> bool:
    return unit.startswith(_collective_prefixes())


NATIONAL = "全国"  # the region of a national document (spec: region)


_SPACE = re.compile(r"\s+")
_NAMED_IN_FULL = re.compile(r"(人民银行|人行|国家税务|国税|地税|中国|中共)")


@lru_cache(maxsize=4096)  # a seed's units are read 3 times each (339 calls, 110 distinct): once a document
def canonical(unit: str, region: str | None, previous_prefix: str | None = None) -> str:
    """``unit`` as printed → canonical name for the plan of ``region``.

    A unit printed without a level prefix (财政局 after 县委组织部) takes the prefix of the
    previous unit of its list, else the plan's own level.
    """
    unit = _SPACE.sub("", unit) if not unit.isprintable() or " " in unit else unit  # \s: a space or unprintable
    collective = unit.startswith(_collective_prefixes())  # is_collective
    if collective or not region or region == NATIONAL:  # a ministry is named in full: no 全国 before it
        return unit if collective else expand(unit)
    level = region[-1]
    if unit.startswith(region) or (len(region) > 2 and unit.startswith(region[:-1])):
        return expand(unit)  # 德清经济开发区管委会 already names its place
    if unit[0] in _LEVEL_PREFIX and not unit.startswith(("市场", "县域", "区域", "省级", "市级", "县级")):
        prefix = unit[0]
        rest = unit[1:]
        if prefix == level:
            return region + expand(rest)
        return expand(unit)  # another level: 省科技厅 in a county plan stays as printed
    if _NAMED_IN_FULL.match(unit):
        return expand(unit)
    if previous_prefix in (None, level):
        return region + expand(unit)
    return expand(unit)


on_forget(canonical.cache_clear)  # answers of one document (``rules.forget_lines``)


def level_prefix(unit: str) -> str | None:
    return unit[0] if unit and unit[0] in _LEVEL_PREFIX else None
