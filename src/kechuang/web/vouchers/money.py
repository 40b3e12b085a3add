"""Amounts of money as typed (万元, ``1,234.5``, full-width digits, a trailing 万元) ↔ integers of 分.

Integers keep the budget arithmetic exact on SQLite and PostgreSQL alike (a REAL column would let
``10 − 3.3 − 6.7`` end a hair below zero and trip the CHECK constraint)."""

from __future__ import annotations

import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from kechuang.errors import KechuangError

FEN_PER_WAN = 1_000_000  # 1 万元 = 10,000 元 = 1,000,000 分
MAX_WAN = Decimal(10) ** 8  # 一亿万元: anything larger is a typo


def parse_wan(raw, field: str, label: str, *, optional: bool = False) -> int | None:
    """``raw`` in 万元 → 分. A clear Chinese message naming ``label`` for anything not a positive amount."""
    text = unicodedata.normalize("NFKC", str(raw if raw is not None else "")).strip()
    text = text.replace(",", "").replace(" ", "").removesuffix("万元").removesuffix("万")
    if not text:
        if optional:
            return None
        raise KechuangError("KC-WEB-FIELD", f"请填写{label}(万元)", field=field)
    if text.endswith("元"):
        raise KechuangError("KC-WEB-FIELD", f"{label}“{raw}”请以万元填写(如 3.5 表示 3.5 万元)", field=field)
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise KechuangError("KC-WEB-FIELD", f"{label}“{raw}”不是金额(应为万元数,如 1,234.5)", field=field) from None
    if not value.is_finite() or value <= 0:
        raise KechuangError("KC-WEB-FIELD", f"{label}应大于 0(填写的是“{raw}”)", field=field)
    if value > MAX_WAN:
        raise KechuangError("KC-WEB-FIELD", f"{label}“{raw}”万元过大,请核对", field=field)
    fen = int((value * FEN_PER_WAN).to_integral_value(rounding=ROUND_HALF_UP))
    if fen <= 0:
        raise KechuangError("KC-WEB-FIELD", f"{label}“{raw}”不足 1 分", field=field)
    return fen


def wan(fen: int | None) -> str:
    """分 → 万元 as text without trailing zeros: 3500000 → "3.5"."""
    if fen is None:
        return ""
    text = f"{Decimal(fen) / FEN_PER_WAN:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def wan_number(fen: int | None) -> float | None:
    """分 → 万元 as a number (a spreadsheet cell)."""
    return None if fen is None else fen / FEN_PER_WAN
