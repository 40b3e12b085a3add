"""Facts built from a few numbers, for the rule tests."""

from __future__ import annotations

import datetime as dt

from kechuang.enterprises import EnterpriseFacts, IPFacts, YearFacts

AS_OF = dt.date(2026, 6, 1)  # an application in 2026: the fiscal years 2023–2025 count


def year(y: int, **values) -> YearFacts:
    """A year that meets every arithmetic 高企 condition unless ``values`` say otherwise."""
    base = {"employees": 100, "tech_staff": 20, "sales_revenue": 4000, "total_revenue": 4200, "rd_expense": 240,
            "rd_expense_domestic": 200, "hitech_revenue": 3000, "net_assets": 2000, "total_assets": 5000,
            "cost_total": 3600}
    return YearFacts(y, **(base | values))


def firm(*years: YearFacts, registered_on=dt.date(2018, 3, 1), ip=None, judgements=None, name="示例科技有限公司"):
    years = years or (year(2023), year(2024), year(2025))
    return EnterpriseFacts(name, "", registered_on, list(years), [IPFacts("I", "发明专利")] if ip is None else list(ip),
                           dict(judgements or {}))


# A reviewer's points for every judgement part of the 2016 score: 8+8+6+2 (IP, capped at 30 with the quantity),
# 30 conversion, 20 management — the maximum.
FULL_MARKS = {"ip_advancement": 8, "ip_core_role": 8, "ip_acquisition": 6, "ip_standards": 2, "conversion": 30,
              "rd_management": 20, "core_ip": True, "tech_field": True, "compliance": True}
