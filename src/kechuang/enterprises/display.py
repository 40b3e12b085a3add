"""Figures as users read them: 万元 with thousands separators, shares in per cent, gaps rounded up."""

from __future__ import annotations

import math


def money(value: float) -> str:
    """``1234.5`` → ``"1,234.5"`` (万元, at most one decimal)."""
    text = f"{round(value, 1):,.1f}"
    return text.removesuffix(".0")


def money_gap(value: float) -> str:
    """A shortfall in 万元, rounded up to 0.1 so that adding it is enough."""
    return money(math.ceil(value * 10 - 1e-9) / 10)


def pct(share: float) -> str:
    """``0.0523`` → ``"5.23%"``."""
    return f"{share * 100:.2f}".rstrip("0").rstrip(".") + "%"


def people(value: float) -> str:
    return f"{value:g}"


def years_label(years: list[int]) -> str:
    """How a sum over fiscal years is named in a gap: 近三年合计, or the actual years when fewer."""
    if len(years) == 3:
        return "近三年合计"
    if len(years) == 1:
        return f"{years[0]} 年"
    return f"{years[0]}–{years[-1]} 年合计"
