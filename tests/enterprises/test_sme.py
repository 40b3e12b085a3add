"""科技型中小企业评价, written from 国科发政〔2017〕115号 第六、七、八条."""

from __future__ import annotations

import pytest

from kechuang.enterprises import IPFacts, sme_evaluate
from tests.enterprises.helpers import firm, year

OK = {"sme_resident": True, "sme_eligible_industry": True, "sme_no_violation": True}


def sme(ip=(), judgements=OK, **values):
    base = {"employees": 100, "tech_staff": 30, "sales_revenue": 1000, "rd_expense": 60, "cost_total": 900,
            "total_assets": 800}
    return firm(year(2025, **(base | values)), ip=list(ip), judgements=judgements)


def part(result, key):
    return next(p for p in result.parts if p.key == key).low


@pytest.mark.parametrize(("tech", "points"), [(30, 20), (29.9, 16), (25, 16), (20, 12), (15, 8), (10, 4), (9.9, 0)])
def test_tech_staff_bands(tech, points):
    assert part(sme_evaluate(sme(tech_staff=tech), 2025), "tech_staff") == points


@pytest.mark.parametrize(("rd", "points"), [(60, 50), (59.9, 40), (50, 40), (40, 30), (30, 20), (20, 10), (19.9, 0)])
def test_rd_over_sales_bands(rd, points):
    # costs so large that the second ratio never wins
    assert part(sme_evaluate(sme(rd_expense=rd, cost_total=100000), 2025), "rd") == points


@pytest.mark.parametrize(("costs", "points"), [(166.6, 50), (166.7, 40), (200, 40), (200.1, 30), (250, 30),
                                               (333, 20), (500, 10), (501, 0)])
def test_rd_over_costs_bands_and_the_better_of_two(costs, points):
    # R&D 50 is 0.5% of sales 10,000 (0 points by sales): the cost ratio decides
    assert part(sme_evaluate(sme(rd_expense=50, sales_revenue=10000, cost_total=costs), 2025), "rd") == points


@pytest.mark.parametrize(("ip", "points"), [
    ([IPFacts("I")], 30), ([IPFacts("II")] * 4, 24), ([IPFacts("II")] * 3, 18), ([IPFacts("II")] * 2, 12),
    ([IPFacts("II")], 6), ([], 0)])
def test_ip_bands(ip, points):
    assert part(sme_evaluate(sme(ip=ip), 2025), "ip") == points


def test_eligible_at_60_points_not_at_58():
    # tech 30% → 20, R&D 4% of sales → 30, two Ⅱ类 → 12: 62
    result = sme_evaluate(sme(rd_expense=40, ip=[IPFacts("II")] * 2), 2025)
    assert result.score == 62 and result.eligible is True
    result = sme_evaluate(sme(tech_staff=25, rd_expense=40, ip=[IPFacts("II")] * 2), 2025)  # 16+30+12 = 58
    assert result.score == 58 and result.eligible is False
    assert next(c for c in result.conditions if c.key == "score").gap == "还差 2 分"


def test_a_zero_tech_staff_score_fails_whatever_the_total():
    result = sme_evaluate(sme(tech_staff=9, ip=[IPFacts("I")]), 2025)  # 0 + 50 + 30 = 80
    assert result.score == 80 and result.eligible is False
    assert "科技人员指标得分为 0" in next(c for c in result.conditions if c.key == "score").gap


@pytest.mark.parametrize(("field", "limit"), [("employees", 500), ("sales_revenue", 20000), ("total_assets", 20000)])
def test_size_limits_inclusive(field, limit):
    tech = 150 if field == "employees" else 30
    values = {field: limit, "tech_staff": tech, "rd_expense": 1300, "ip": [IPFacts("I")]}
    assert sme_evaluate(sme(**values), 2025).eligible is True
    values[field] = limit + 1
    assert sme_evaluate(sme(**values), 2025).eligible is False


def test_direct_confirmation_skips_the_score_but_not_the_conditions():
    result = sme_evaluate(sme(tech_staff=0, rd_expense=0, judgements=OK | {"sme_direct": "hitech_certificate"}), 2025)
    assert result.eligible is True and result.direct == "拥有在有效期内的高新技术企业资格证书"
    result = sme_evaluate(sme(employees=600, judgements=OK | {"sme_direct": "led_standard"}), 2025)
    assert result.eligible is False


def test_without_the_enterprise_s_commitments_the_result_waits():
    assert sme_evaluate(sme(judgements={}), 2025).eligible is None


def test_advice_names_the_next_band_and_the_money():
    result = sme_evaluate(sme(tech_staff=12, rd_expense=35, ip=[IPFacts("II")]), 2025)  # 4 + 20 + 6
    assert "研发费用占销售收入比例提高到 4% 可再得 10 分(研发费用还差 5 万元)" in result.advice
    assert "科技人员占比提高到 15% 可再得 4 分(约需新增科技人员 4 人)" in result.advice  # 16/104 ≥ 15%
    assert "再取得 1 项Ⅱ类知识产权(实用新型、软件著作权等)可再得 6 分" in result.advice
    assert result.to_dict()["parts"][0]["status"] == "computed"


def test_missing_year_asks_for_the_figures():
    result = sme_evaluate(firm(year(2024)), 2025)
    assert result.eligible is None
    assert result.advice == ["请填写 2025 年度的职工、科技人员、销售收入、研发费用等数据"]


def test_before_the_2017_rules_there_is_no_evaluation():
    assert sme_evaluate(sme(), 2010).eligible is None


def test_more_tech_staff_than_employees_needs_checking():
    result = sme_evaluate(sme(tech_staff=120), 2025)
    assert result.eligible is None and "多于职工总数" in result.parts[0].figure
