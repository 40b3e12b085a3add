"""Cells as clerks type them: numbers with a unit or percent sign, years in other shapes, regions by name or code.

Each reader accepts what is unambiguous and raises ``ValueError`` with a Chinese reason for the rest, so that an
import can name the file, row and column of every cell it refuses.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from kechuang.indicators import units as unitlib
from kechuang.indicators.tables import MISSING

_QUANTITY = re.compile(r"^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(.*)$")
_YEAR = re.compile(r"^(\d{4})(?:\.0+)?\s*(?:年度|年末|年底|年)?$")
_YEAR_MONTH = re.compile(r"^(\d{4})\s*(?:[-./]|年)\s*(\d{1,2})\s*月?(?:末|底)?$")
# Region names and the suffixes a short name drops (灵寿 for 灵寿县, 石家庄 for 石家庄市).
_SUFFIXES = ("自治县", "自治州", "自治旗", "特区", "林区", "新区", "矿区", "省", "市", "县", "区", "旗")


def parse_quantity(text: str) -> tuple[float | None, str | None]:
    """(value, unit written in the cell): ``None`` value for a blank; ``1.85%`` → (1.85, "%"), ``38家`` → (38, "家"),
    ``3.2万元`` → (3.2, "万元"). Raises ``ValueError`` with the reason for text, ranges and approximations."""
    cell = unicodedata.normalize("NFKC", str(text)).strip()
    if cell.lower() in MISSING:
        return None, None
    compact = cell.replace(",", "").replace(" ", "")
    if len(compact) > 64:
        raise ValueError("内容过长,不是一个数值")
    match = _QUANTITY.match(compact)
    if match is None:
        if re.search(r"\d", compact):
            raise ValueError(f"「{cell[:20]}」不是一个确定的数值(含文字或符号),请只填数字")
        raise ValueError(f"「{cell[:20]}」不是数字")
    number, unit = float(match.group(1)), match.group(2) or None
    if unit is not None:
        if re.search(r"\d", unit):
            raise ValueError(f"「{cell[:20]}」像是一个范围或多个数,请只填一个数值")
        if unitlib.canonical_unit(unit) not in unitlib.UNITS and not unitlib.is_count(unit):
            raise ValueError(f"「{cell[:20]}」中的「{unit}」不是可识别的单位,请只填数字")
        unit = unitlib.canonical_unit(unit)
    if number != number or number in (float("inf"), float("-inf")):
        raise ValueError(f"「{cell[:20]}」不是有限的数值")
    return number, unit


def parse_year(text: str) -> int:
    """A year of annual data: 2023, 2023年, 2023年度, 2023.0, and the year's end 2023-12, 2023年12月, 2023年末.
    Another month (2023-06) is refused: annual data is the year's figure, not a month's."""
    cell = unicodedata.normalize("NFKC", str(text)).strip()
    if not cell:
        raise ValueError("年份为空")
    match = _YEAR.match(cell)
    if match is None:
        month = _YEAR_MONTH.match(cell)
        if month is None:
            raise ValueError(f"年份「{cell[:20]}」无法识别,应为如 2023 的年份")
        if int(month.group(2)) != 12:
            year = month.group(1)
            raise ValueError(f"「{cell[:20]}」是月份;年度数据请填年份(如 {year}),年末数可写 {year}-12")
        match = month
    year = int(match.group(1))
    if not 1900 <= year <= 2200:
        raise ValueError(f"年份「{cell[:20]}」超出范围(1900–2200)")
    return year


def value_in_unit(value: float, written: str | None, expected: str | None, column_unit: str | None = None) -> float:
    """The value in the catalog's unit: converted when the cell (or the row's 单位 column) names a convertible unit;
    ``ValueError`` naming both units when they measure different things."""
    given = written or column_unit
    if not given or not expected or unitlib.canonical_unit(given) == unitlib.canonical_unit(expected):
        return value
    if not unitlib.compatible(given, expected) or given not in unitlib.UNITS or \
            unitlib.canonical_unit(expected) not in unitlib.UNITS:
        if unitlib.is_count(given) and unitlib.is_count(expected):
            return value  # 家 and 个: both counts of whole things
        raise ValueError(f"单位「{given}」与指标目录的单位「{expected}」不一致且无法换算,请按「{expected}」填写")
    return unitlib.convert(value, given, expected)


def short_name(name: str) -> str:
    """灵寿县 → 灵寿, 石家庄市 → 石家庄 (a name of two characters keeps its suffix: 雄县 stays 雄县)."""
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


@dataclass(frozen=True)
class RegionEntry:
    code: str
    name: str
    parent_name: str = ""


class RegionIndex:
    """Resolve a region written by code (130126), full name (灵寿县), short name (灵寿) or with its parent
    (石家庄市桥西区). A name that matches two regions is an error naming both; a region outside ``scope`` (codes
    the importer may write) is refused by name."""

    def __init__(self, entries: Iterable[RegionEntry], scope: set[str] | None = None) -> None:
        self.by_code: dict[str, RegionEntry] = {}
        self.by_name: dict[str, list[RegionEntry]] = {}
        self.scope = scope
        for e in entries:
            self.by_code[e.code] = e
            keys = {e.name, short_name(e.name)}
            if e.parent_name:
                keys |= {e.parent_name + e.name, short_name(e.parent_name) + e.name}
            for key in keys:
                self.by_name.setdefault(key, []).append(e)

    def resolve(self, text: str) -> str:
        """The region's code; ``ValueError`` with the reason when unknown, ambiguous or outside the scope."""
        key = unicodedata.normalize("NFKC", str(text)).strip().replace(" ", "")
        if key.endswith(".0"):
            key = key[:-2]
        found = [self.by_code[key]] if key in self.by_code else self.by_name.get(key, [])
        if not found:
            raise ValueError(f"未知的地区「{text}」(可填名称、简称或行政区划代码)")
        if len(found) > 1:
            named = "、".join(f"{e.parent_name}{e.name}({e.code})" for e in found)
            raise ValueError(f"地区「{text}」有歧义,同时对应 {named};请写上级名称或行政区划代码")
        entry = found[0]
        if self.scope is not None and entry.code not in self.scope:
            raise ValueError(f"地区「{entry.name}」({entry.code})不在您的管辖范围内,不能导入其数据")
        return entry.code

    def name_of(self, code: str) -> str:
        return self.by_code[code].name if code in self.by_code else code
