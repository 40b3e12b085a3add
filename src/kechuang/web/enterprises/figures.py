"""One year's figures as typed in a form: numbers read (``1,234.5万元``, ``1.2亿元``), impossible ones refused
with the field named (the core's ``figure_problems``, as the xlsx reader refuses them); 研发费用 item by item (the
core's ``rd_total_from_items``), the total and the domestic part following from the items. Money in 万元, staff as
全年月平均数."""

from __future__ import annotations

from datetime import date

from kechuang.enterprises.display import money
from kechuang.enterprises.plausible import figure_problems
from kechuang.enterprises.rd_items import ITEMS as RD_ITEMS
from kechuang.enterprises.rd_items import RdTotal, rd_total_from_items
from kechuang.errors import KechuangError
from kechuang.sheets import cells

#: field → (label, kind): "money" in 万元 (亿元 and 元 converted), "people" a head count.
FIGURE_FIELDS = {
    "employees": ("职工总数", "people"), "tech_staff": ("科技人员", "people"),
    "sales_revenue": ("销售收入", "money"), "total_revenue": ("总收入", "money"),
    "rd_expense": ("研发费用", "money"), "rd_expense_domestic": ("境内研发费用", "money"),
    "hitech_revenue": ("高新技术产品(服务)收入", "money"), "net_assets": ("净资产", "money"),
    "total_assets": ("资产总额", "money"), "cost_total": ("成本费用支出总额", "money"),
}
#: 研发费用明细 fields of the form: ``rd_item_<key>`` → (the 指引's name, "money").
RD_ITEM_PREFIX = "rd_item_"
RD_ITEM_FIELDS = {f"{RD_ITEM_PREFIX}{key}": (name, "money") for key, name in RD_ITEMS.items()}
YEAR_MIN, YEAR_MAX = 1980, 2100


def _error(key: str, message: str, year: int | None) -> KechuangError:
    label = (FIGURE_FIELDS | RD_ITEM_FIELDS)[key][0] if key in FIGURE_FIELDS or key in RD_ITEM_FIELDS else key
    where = f"{year} 年" if year else ""
    return KechuangError("KC-ENT-FIGURE", f"{where}{label}:{message}", field=key, year=year)


def figure_value(key: str, text, year: int | None = None) -> float | None:
    """One figure read as the import reads it (``kechuang.sheets.cells``: 万元/亿元/元, 人, thousands commas);
    None when empty; negative or unreadable: KC-ENT-FIGURE naming the field."""
    units = cells.MONEY_UNITS if (FIGURE_FIELDS | RD_ITEM_FIELDS)[key][1] == "money" else cells.PEOPLE_UNITS
    try:
        value = cells.number(text, units)
    except cells.CellError as exc:
        raise _error(key, str(exc), year) from None
    if value is not None and value < 0:
        raise _error(key, f"不能为负数:{text}", year)
    return value


def rd_items_checked(raw: dict, year: int) -> tuple[dict, RdTotal | None]:
    """The items typed ({item key: 万元}) and what the core counts of them, or ({}, None) when none was typed."""
    items = {}
    for field in RD_ITEM_FIELDS:
        value = figure_value(field, raw.get(field), year)
        if value is not None:
            items[field.removeprefix(RD_ITEM_PREFIX)] = value
    if not items:
        return {}, None
    try:
        return items, rd_total_from_items(items, date(year, 12, 31))
    except KechuangError as exc:
        raise _error("rd_expense", exc.message_zh, year) from None


def _follow_items(values: dict, counted: RdTotal, year: int) -> None:
    """The total and the domestic part from the items; a figure typed as well must agree (to 0.01 万元)."""
    for key, figure in (("rd_expense", counted.total), ("rd_expense_domestic", counted.domestic)):
        typed, label = values[key], FIGURE_FIELDS[key][0]
        if typed is not None and abs(typed - figure) > 0.005:
            raise _error(key, f"{label}已按明细计为 {money(figure)} 万元,与填写的 {typed:g} 万元不一致;"
                              f"请清空该栏或核对明细", year)
        values[key] = round(figure, 6)


def year_checked(text, key: str = "year") -> int:
    try:
        year = int(str(text).strip().removesuffix("年"))
    except ValueError:
        raise KechuangError("KC-ENT-FIGURE", f"年度应为四位年份:{text}", field=key) from None
    if not YEAR_MIN <= year <= YEAR_MAX:
        raise KechuangError("KC-ENT-FIGURE", f"年度超出范围({YEAR_MIN}–{YEAR_MAX}):{year}", field=key)
    return year


def figures_checked(raw: dict, year: int) -> dict:
    """All figure fields read, and ``rd_items`` (the 研发费用 items typed, {} when none: then the typed total
    stands); impossible combinations refused by the core's ``figure_problems``."""
    values = {key: figure_value(key, raw.get(key), year) for key in FIGURE_FIELDS}
    items, counted = rd_items_checked(raw, year)
    if counted is not None:
        _follow_items(values, counted, year)
    for key, reason in figure_problems(values):
        raise _error(key, reason, year)
    return values | {"rd_items": items}
