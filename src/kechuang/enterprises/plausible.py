"""Impossible figures of one enterprise-year, one rule for the xlsx reader and the web form: negatives, 科技人员 >
职工总数, 研发费用 > 销售收入 × 10 (万元 and 元 mixed up), 境内研发费用 > 研发费用, 高新收入 > 总收入."""

from __future__ import annotations

RD_OVER_SALES_MAX = 10  # 研发费用 > 销售收入 × 10 is taken for a typing error (万元 and 元 mixed up)


def figure_problems(values: dict) -> list[tuple[str, str]]:
    """(field, reason in Chinese) for every impossible figure of ``values`` (YearFacts field → number or None)."""
    problems = [(key, "不能为负数") for key, value in values.items()
                if isinstance(value, int | float) and value < 0]

    def given(key: str) -> float | None:
        value = values.get(key)
        return value if isinstance(value, int | float) and value >= 0 else None

    staff, employees = given("tech_staff"), given("employees")
    if staff is not None and employees is not None and staff > employees:
        problems.append(("tech_staff", f"科技人员({staff:g})多于职工总数({employees:g})"))
    rd, sales = given("rd_expense"), given("sales_revenue")
    if rd is not None and sales and rd > sales * RD_OVER_SALES_MAX:
        problems.append(("rd_expense", f"研发费用超过销售收入的 {RD_OVER_SALES_MAX} 倍,请核对单位(万元)"
                                       f"({rd:g} > {sales:g} × {RD_OVER_SALES_MAX})"))
    domestic = given("rd_expense_domestic")
    if domestic is not None and rd is not None and domestic > rd:
        problems.append(("rd_expense_domestic", f"境内研发费用({domestic:g})多于研发费用总额({rd:g})"))
    hitech, total = given("hitech_revenue"), given("total_revenue")
    if hitech is not None and total is not None and hitech > total:
        problems.append(("hitech_revenue", f"高新技术产品(服务)收入({hitech:g})多于总收入({total:g})"))
    return problems
