"""One year's figures as typed in a form: numbers read (``1,234.5万元``, ``1.2亿元``), impossible ones refused
with the field named. Money in 万元, staff as 全年月平均数."""

from __future__ import annotations

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
YEAR_MIN, YEAR_MAX = 1980, 2100


def _error(key: str, message: str, year: int | None) -> KechuangError:
    label = FIGURE_FIELDS[key][0] if key in FIGURE_FIELDS else key
    where = f"{year} 年" if year else ""
    return KechuangError("KC-ENT-FIGURE", f"{where}{label}:{message}", field=key, year=year)


def figure_value(key: str, text, year: int | None = None) -> float | None:
    """One figure read as the import reads it (``kechuang.sheets.cells``: 万元/亿元/元, 人, thousands commas);
    None when empty; negative or unreadable: KC-ENT-FIGURE naming the field."""
    units = cells.MONEY_UNITS if FIGURE_FIELDS[key][1] == "money" else cells.PEOPLE_UNITS
    try:
        value = cells.number(text, units)
    except cells.CellError as exc:
        raise _error(key, str(exc), year) from None
    if value is not None and value < 0:
        raise _error(key, f"不能为负数:{text}", year)
    return value


def year_checked(text, key: str = "year") -> int:
    try:
        year = int(str(text).strip().removesuffix("年"))
    except ValueError:
        raise KechuangError("KC-ENT-FIGURE", f"年度应为四位年份:{text}", field=key) from None
    if not YEAR_MIN <= year <= YEAR_MAX:
        raise KechuangError("KC-ENT-FIGURE", f"年度超出范围({YEAR_MIN}–{YEAR_MAX}):{year}", field=key)
    return year


def figures_checked(raw: dict, year: int) -> dict:
    """All figure fields read; impossible combinations refused (科技人员 > 职工总数, 研发费用 > 销售收入 × 10,
    境内研发费用 > 研发费用, 高新技术产品收入 > 总收入)."""
    values = {key: figure_value(key, raw.get(key), year) for key in FIGURE_FIELDS}
    pairs = [("tech_staff", "employees", 1, "科技人员不能多于职工总数"),
             ("rd_expense", "sales_revenue", 10, "研发费用超过销售收入的 10 倍,请核对单位(万元)"),
             ("rd_expense_domestic", "rd_expense", 1, "境内研发费用不能多于研发费用"),
             ("hitech_revenue", "total_revenue", 1, "高新技术产品(服务)收入不能多于总收入")]
    for part, whole, factor, message in pairs:
        if values[part] is not None and values[whole] is not None and values[part] > values[whole] * factor:
            raise _error(part, f"{message}({values[part]:g} > {values[whole]:g}{' × 10' if factor == 10 else ''})",
                         year)
    return values
