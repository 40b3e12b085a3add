"""A check "as of 2015" uses the 2008 rules (国科发火〔2008〕172号 第十条 and the 工作指引 国科发火〔2008〕362号):
大专以上科技人员 ≥ 30 % and 研发人员 ≥ 10 % — the registry keeps neither, so they are never "met", only 需人工核实 or
unmet when even all 科技人员 fall short; the 2008 score (30/30/20/20, 总资产 and 销售 growth ×10 by shares A–E,
pass at 70 inclusive)."""

from __future__ import annotations

import datetime as dt

import pytest

from kechuang.enterprises import check_hitech
from kechuang.enterprises.hitech_score import growth_band
from kechuang.enterprises.ruledata import rules_at
from tests.enterprises.helpers import firm, year

AS_OF = dt.date(2015, 6, 1)  # fiscal years 2012–2014


def old_firm(tech_staff: float = 40, assets=(5000, 5000, 5000), sales=(4000, 4000, 4000), judgements=None):
    rows = [year(y, tech_staff=tech_staff, total_assets=a, sales_revenue=s, rd_expense=s * 0.06,
                 rd_expense_domestic=s * 0.06) for y, a, s in zip((2012, 2013, 2014), assets, sales, strict=True)]
    return firm(*rows, registered_on=dt.date(2010, 1, 1), judgements=judgements)


def test_staff_conditions_without_a_counterpart_are_never_met():
    check = check_hitech(old_firm(tech_staff=40), AS_OF)
    staff, rd_staff = check.condition("tech_staff"), check.condition("rd_staff")
    assert staff.status == "manual_review" and staff.gap.startswith("需人工核实") and "大学专科以上" in staff.gap
    assert rd_staff.status == "manual_review" and rd_staff.gap.startswith("需人工核实")
    assert rd_staff.source == "国科发火〔2008〕172号 第十条(三)"
    assert check.overall == "promising"  # nothing computed fails; the rest is for people
    assert "met" not in {staff.status, rd_staff.status}


@pytest.mark.parametrize(("tech_staff", "staff", "rd_staff"), [(29.9, "unmet", "manual_review"),
                                                                (30, "manual_review", "manual_review"),
                                                                (9.9, "unmet", "unmet"),
                                                                (10, "unmet", "manual_review")])
def test_the_30_and_10_percent_boundaries(tech_staff, staff, rd_staff):
    check = check_hitech(old_firm(tech_staff=tech_staff), AS_OF)  # 100 employees
    assert (check.condition("tech_staff").status, check.condition("rd_staff").status) == (staff, rd_staff)


def test_2016_checks_have_no_rd_staff_condition():
    check = check_hitech(firm(), dt.date(2026, 6, 1))
    assert "rd_staff" not in {c.key for c in check.conditions}
    assert check.condition("tech_staff").status == "met"


def test_the_2008_score_reads_total_assets_and_sales_growth():
    check = check_hitech(old_firm(assets=(1000, 1400, 1960), sales=(1000, 1400, 1960)), AS_OF)  # +40 % a year
    parts = {p.key: p for p in check.score}
    assert set(parts) == {"ip_core_2008", "conversion", "rd_management", "growth_total_assets", "growth_sales"}
    assert (parts["growth_total_assets"].low, parts["growth_total_assets"].high) == (8, 10)
    assert parts["ip_core_2008"].status == "manual_review" and parts["ip_core_2008"].max_points == 30
    assert (check.score_low, check.score_high) == (16, 100)
    assert check.condition("innovation_score").status == "manual_review"
    assert check.condition("innovation_score").source.startswith("国科发火〔2008〕362号")


@pytest.mark.parametrize(("rate", "band"), [(0.35, (8, 10)), (0.3499, (6, 7.9)), (0.05, (2, 3.9)),
                                            (0.0499, (0.1, 1.9)), (-0.2, (0.1, 1.9)), (None, (0, 0))])
def test_the_2008_growth_shares(rate, band):
    assert growth_band(rate, rules_at("hitech", AS_OF)["growth_bands"]) == band


@pytest.mark.parametrize(("points", "status"), [(70, "met"), (69, "unmet")])
def test_the_2008_score_passes_at_70_inclusive(points, status):
    # flat assets and sales: growth 0 → band E (0.1–1.9 each); the reviewer's points make the rest
    given = {"ip_core_2008": 30, "conversion": 30, "rd_management": points - 30 - 30 - 0.2,
             "growth_total_assets": 0.1, "growth_sales": 0.1}
    check = check_hitech(old_firm(judgements=given), AS_OF)
    assert check.condition("innovation_score").status == status
    assert check.condition("innovation_score").threshold == "≥ 70 分"
