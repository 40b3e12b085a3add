"""Cells as clerks fill them: figures with units or thousands separators, dates in the usual spellings, yes/no
(every library's import reads its cells with these)."""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata

# Unit suffix → factor to the column's unit (万元 for money, 人 for people).
MONEY_UNITS = {"": 1.0, "万元": 1.0, "万": 1.0, "亿元": 10000.0, "亿": 10000.0, "元": 0.0001}
PEOPLE_UNITS = {"": 1.0, "人": 1.0}
_NUMBER = re.compile(r"^(?P<number>[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?)(?P<unit>[^\d.,+-]*)$")
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
MISSING = frozenset({"", "-", "--", "—", "无", "na", "n/a", "none", "null"})
YES = frozenset({"是", "y", "yes", "true", "1", "√", "已用"})
NO = frozenset({"否", "n", "no", "false", "0", "", "未用"})


class CellError(ValueError):
    """A cell that cannot be read; the message is Chinese and says what was expected."""


def text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFKC", str(value)).strip()


def number(value: object, units: dict[str, float]) -> float | None:
    """A figure: a number cell, or text such as ``1,234.5万元``, ``2亿元``, ``35人``; ``None`` when blank."""
    if isinstance(value, bool):
        raise CellError("应为数字,而不是是/否")
    if isinstance(value, int | float):
        if not math.isfinite(value):
            raise CellError("不是有效数字")
        return float(value)
    cell = text(value).replace(" ", "")
    if cell.lower() in MISSING:
        return None
    match = _NUMBER.match(cell)
    if not match:
        raise CellError(f"「{cell}」不是数字(千分位逗号须每三位一个,如 1,234.5)")
    unit = match["unit"]
    if unit not in units:
        expected = "、".join(u for u in units if u)
        raise CellError(f"「{cell}」的单位「{unit}」无法换算,本列可用单位:{expected}")
    return float(match["number"].replace(",", "")) * units[unit]


def date(value: object) -> dt.date | None:
    """A date cell, or text ``2020-03-01``, ``2020/3/1``, ``2020年3月1日``, ``20200301``; ``None`` when blank."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    cell = text(value)
    if cell.lower() in MISSING:
        return None
    if re.fullmatch(r"\d{8}", cell):
        cell = f"{cell[:4]}-{cell[4:6]}-{cell[6:]}"
    match = _DATE.match(cell)
    try:
        if not match:
            raise ValueError(cell)
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise CellError(f"「{cell}」不是日期(如 2020-03-01)") from None


def yes_no(value: object) -> bool:
    cell = text(value).lower()
    if cell in YES:
        return True
    if cell in NO:
        return False
    raise CellError(f"「{cell}」应填“是”或“否”")
