"""What the rules read about an enterprise: plain dataclasses, money in 万元, counts as 全年月平均数."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

YEAR_FIELDS = ("employees", "tech_staff", "sales_revenue", "total_revenue", "rd_expense", "rd_expense_domestic",
               "hitech_revenue", "net_assets", "total_assets", "cost_total")


@dataclass(frozen=True)
class YearFacts:
    """One fiscal year's figures of an enterprise; ``None`` where not known.

    ``employees`` 职工总数 and ``tech_staff`` 科技人员 are 全年月平均数 (Σ((月初+月末)/2) / 12, people who worked
    ≥ 183 days in the year); ``sales_revenue`` 销售收入 (主营 + 其他业务收入), ``total_revenue`` 总收入 (收入总额 −
    不征税收入), ``rd_expense`` 研发费用 (all of it) and ``rd_expense_domestic`` (incurred in China),
    ``hitech_revenue`` 高新技术产品(服务)收入, ``net_assets`` 净资产, ``total_assets`` 资产总额, ``cost_total``
    成本费用支出总额 — all in 万元.
    """

    year: int
    employees: float | None = None
    tech_staff: float | None = None
    sales_revenue: float | None = None
    total_revenue: float | None = None
    rd_expense: float | None = None
    rd_expense_domestic: float | None = None
    hitech_revenue: float | None = None
    net_assets: float | None = None
    total_assets: float | None = None
    cost_total: float | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class IPFacts:
    """One intellectual-property right.

    ``ip_class`` "I" (发明专利、植物新品种、集成电路布图设计…) or "II" (实用新型、外观设计、软件著作权);
    ``category`` as written (发明专利…); ``used_for_hitech``: a Ⅱ类 right already used in a 高企 application
    (a Ⅱ类 right counts for one application only).
    """

    ip_class: str
    category: str = ""
    granted_on: date | None = None
    used_for_hitech: bool = False

    def to_dict(self) -> dict:
        return {"ip_class": self.ip_class, "category": self.category,
                "granted_on": self.granted_on.isoformat() if self.granted_on else None,
                "used_for_hitech": self.used_for_hitech}


@dataclass(frozen=True)
class EnterpriseFacts:
    """An enterprise as the rules see it.

    ``judgements`` holds a reviewer's answers, absent when none was given: booleans for the judgement conditions
    (``core_ip`` 条件2, ``tech_field`` 条件3, ``compliance`` 条件8 of 国科发火〔2016〕32号 第十一条; for 科小:
    ``sme_eligible_industry``, ``sme_no_violation``) and points for the score parts a reviewer gives (``ip_advancement``
    ≤ 8, ``ip_core_role`` ≤ 8, ``ip_acquisition`` ≤ 6, ``ip_standards`` ≤ 2, ``conversion`` ≤ 30, ``rd_management``
    ≤ 20; ``ip_quantity``, ``growth_net_assets``, ``growth_sales`` to fix a computed band's points). For the 科小
    direct confirmation: ``sme_direct`` naming the reason (hitech_certificate, national_award, provincial_rd_centre,
    led_standard).
    """

    name: str
    uscc: str = ""
    registered_on: date | None = None
    years: list[YearFacts] = field(default_factory=list)
    ip: list[IPFacts] = field(default_factory=list)
    judgements: dict = field(default_factory=dict)

    def year(self, year: int) -> YearFacts | None:
        """The figures of ``year``, or ``None``."""
        for row in self.years:
            if row.year == year:
                return row
        return None
