"""The 高企 gap check, written from 国科发火〔2016〕32号 第十一条 and 工作指引 国科发火〔2016〕195号 (and 2008 172号)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from kechuang.enterprises import IPFacts, check_hitech, check_hitech_many
from kechuang.enterprises.hitech_score import growth_band, growth_rate
from kechuang.enterprises.ruledata import rules_at
from kechuang.errors import KechuangError
from tests.enterprises.helpers import AS_OF, FULL_MARKS, firm, year


def rd_firm(latest_sales: float, rd_share: float, **kwargs):
    """Three years of equal sales and R&D at ``rd_share`` of sales."""
    rows = [year(y, sales_revenue=latest_sales, rd_expense=latest_sales * rd_share,
                 rd_expense_domestic=latest_sales * rd_share) for y in (2023, 2024, 2025)]
    return firm(*rows, **kwargs)


def test_a_firm_meeting_every_computed_condition_is_promising_and_judgements_stay_for_review():
    check = check_hitech(firm(), AS_OF)
    assert check.overall == "promising"
    statuses = {c.key: c.status for c in check.conditions}
    assert statuses == {"registration": "met", "core_ip": "manual_review", "tech_field": "manual_review",
                        "tech_staff": "met", "rd_intensity": "met", "rd_domestic": "met", "hitech_revenue": "met",
                        "innovation_score": "manual_review", "compliance": "manual_review"}
    assert check.earliest_year == 2026
    assert check.rules_version == "2016-01-01"
    assert check.snapshot["values"]["tech_staff_share_min"] == 0.10
    assert check.condition("tech_staff").source == "国科发火〔2016〕32号 第十一条(四)"


@pytest.mark.parametrize(("sales", "rate"), [(4999.9, 0.05), (5000, 0.05), (5000.1, 0.04), (20000, 0.04),
                                             (20000.1, 0.03), (90000, 0.03)])
def test_rd_intensity_band_by_latest_sales_2016(sales, rate):
    at_rate = check_hitech(rd_firm(sales, rate), AS_OF).condition("rd_intensity")
    assert at_rate.status == "met", at_rate
    below = check_hitech(rd_firm(sales, rate - 0.0005), AS_OF).condition("rd_intensity")
    assert below.status == "unmet"
    assert f"≥ {rate * 100:g}%" in below.threshold


@pytest.mark.parametrize(("sales", "rate"), [(4999.9, 0.06), (5000, 0.04), (20000, 0.04), (20000.1, 0.03)])
def test_a_check_as_of_2015_uses_the_2008_bands(sales, rate):
    as_of = dt.date(2015, 6, 1)
    rows = [year(y, sales_revenue=sales, rd_expense=sales * rate, rd_expense_domestic=sales * rate)
            for y in (2012, 2013, 2014)]
    check = check_hitech(firm(*rows, registered_on=dt.date(2010, 1, 1)), as_of)
    assert check.rules_version == "2008-04-14"
    assert check.condition("rd_intensity").status == "met"
    rows = [dataclasses.replace(r, rd_expense=r.rd_expense * 0.99) for r in rows]
    assert check_hitech(firm(*rows, registered_on=dt.date(2010, 1, 1)), as_of).condition("rd_intensity").status \
        == "unmet"


def test_2008_rules_have_no_registration_age_and_a_30_percent_staff_share():
    as_of = dt.date(2015, 6, 1)
    rows = [year(y, tech_staff=20) for y in (2012, 2013, 2014)]
    check = check_hitech(firm(*rows, registered_on=dt.date(2015, 1, 1)), as_of)
    assert check.condition("registration").status == "not_applicable"
    assert check.condition("tech_staff").status == "unmet"  # 20% < 30% (大专以上科技人员, 2008)
    assert check.condition("innovation_score").status == "manual_review"  # the 2008 score is not encoded


def test_the_rd_gap_is_the_three_year_sum_short_of_the_rate():
    rows = [year(y, sales_revenue=2000, rd_expense=rd, rd_expense_domestic=rd)
            for y, rd in ((2023, 70), (2024, 70), (2025, 74))]
    condition = check_hitech(firm(*rows), AS_OF).condition("rd_intensity")
    assert condition.status == "unmet"
    assert condition.gap.startswith("研发费用还差 86 万元(近三年合计);")  # 5% × 6,000 − 214
    assert condition.gap.endswith("按 5% 计,销售收入近三年合计不超过 4,280 万元即可满足")  # 214 / 5%
    assert "≤ 5,000 万元档" in condition.threshold


def test_tech_staff_share_at_ten_percent_and_the_gap_in_people():
    assert check_hitech(firm(year(2025, employees=100, tech_staff=10)), AS_OF).condition("tech_staff").status \
        == "met"
    condition = check_hitech(firm(year(2025, employees=100, tech_staff=8)), AS_OF).condition("tech_staff")
    assert condition.status == "unmet"
    assert condition.gap.startswith("科技人员还差 3 人")  # (8+2)/102 < 10% ≤ (8+3)/103


def test_more_tech_staff_than_employees_is_refused_as_data_to_check():
    condition = check_hitech(firm(year(2025, employees=10, tech_staff=12)), AS_OF).condition("tech_staff")
    assert condition.status == "needs_data"
    assert "多于职工总数" in condition.gap


def test_registration_needs_365_days():
    as_of = dt.date(2026, 6, 1)
    ok = check_hitech(firm(registered_on=as_of - dt.timedelta(days=365)), as_of)
    assert ok.condition("registration").status == "met"
    short = check_hitech(firm(registered_on=as_of - dt.timedelta(days=364)), as_of)
    assert short.condition("registration").status == "unmet"
    assert short.condition("registration").gap == "成立时间还差 1 天,2026-06-02 起满足"
    assert short.overall == "opportunity"  # only waiting is missing


def test_a_young_firm_uses_its_actual_years_and_applies_next_year():
    as_of = dt.date(2026, 3, 1)
    rows = [year(2025, rd_expense=100, rd_expense_domestic=100)]  # 2.5% of 4,000
    check = check_hitech(firm(*rows, registered_on=dt.date(2025, 5, 1)), as_of)
    assert check.condition("registration").status == "unmet"
    assert check.condition("rd_intensity").gap.startswith("研发费用还差 100 万元(2025 年);")
    assert check.earliest_year == 2027


def test_domestic_rd_and_hitech_revenue_at_sixty_percent():
    rows = [year(y, rd_expense=240, rd_expense_domestic=144) for y in (2023, 2024, 2025)]
    assert check_hitech(firm(*rows), AS_OF).condition("rd_domestic").status == "met"
    rows = [year(y, rd_expense=240, rd_expense_domestic=143) for y in (2023, 2024, 2025)]
    assert check_hitech(firm(*rows), AS_OF).condition("rd_domestic").gap == "境内研发费用还差 3 万元(近三年合计)"
    assert check_hitech(firm(year(2025, hitech_revenue=2520, total_revenue=4200)), AS_OF) \
        .condition("hitech_revenue").status == "met"
    low = check_hitech(firm(year(2025, hitech_revenue=1000, total_revenue=4200)), AS_OF)
    assert low.condition("hitech_revenue").gap == "高新技术产品(服务)收入还差 1,520 万元(2025 年)"
    assert low.overall == "not_met"  # 23.8% is far from 60%


def test_missing_years_name_the_year_and_the_figure():
    check = check_hitech(firm(year(2023), year(2025)), AS_OF)
    assert check.condition("rd_intensity").status == "needs_data"
    assert "2024 年度研发费用" in check.condition("rd_intensity").gap
    assert check.overall == "needs_data"


def test_exactly_70_points_fails_and_71_passes():
    # Computed parts: IP quantity 7–8 (one Ⅰ类), growth 0 (flat figures). Reviewer: 8+8+6+2 → IP block 30 (capped).
    judgements = FULL_MARKS | {"ip_quantity": 8, "conversion": 20, "rd_management": 20}
    check = check_hitech(firm(judgements=judgements), AS_OF)
    assert (check.score_low, check.score_high) == (70, 70)
    assert check.condition("innovation_score").status == "unmet"
    judgements["conversion"] = 21
    check = check_hitech(firm(judgements=judgements), AS_OF)
    assert check.condition("innovation_score").status == "met"
    assert check.overall == "promising"


def test_a_judgement_is_never_met_without_a_reviewer():
    check = check_hitech(firm(), AS_OF)
    for key in ("core_ip", "tech_field", "compliance", "innovation_score"):
        assert check.condition(key).status == "manual_review"
    refused = check_hitech(firm(judgements={"compliance": False}), AS_OF)
    assert refused.condition("compliance").status == "unmet"
    assert refused.overall == "not_met" and refused.earliest_year is None


def test_a_reviewer_score_out_of_range_is_refused():
    with pytest.raises(KechuangError) as error:
        check_hitech(firm(judgements={"conversion": 31}), AS_OF)
    assert "科技成果转化能力" in error.value.message_zh


def test_the_score_cannot_reach_70_without_ip_and_growth_when_reviewers_gave_little():
    judgements = {"ip_advancement": 0, "ip_core_role": 0, "ip_acquisition": 0, "ip_standards": 0, "conversion": 30,
                  "rd_management": 20}
    check = check_hitech(firm(ip=[], judgements=judgements), AS_OF)
    assert check.score_high == 50
    assert check.condition("innovation_score").status == "unmet"


@pytest.mark.parametrize(("values", "rate"), [
    ([100, 110, 121], 0.10),  # ½(1.1 + 1.1) − 1
    ([0, 100, 150], 0.50),  # Y1 = 0: the later two years
    ([100, 0, 150], None),  # Y2 = 0: 0 points
    ([100, 120], 0.20),  # two years of operation
    ([100], None),
])
def test_growth_rate_formula_and_edge_cases(values, rate):
    actual, _ = growth_rate(values)
    assert actual == pytest.approx(rate) if rate is not None else actual is None


def test_growth_bands_at_their_edges():
    bands = rules_at("hitech", AS_OF)["growth_bands"]
    assert growth_band(0.35, bands) == (9, 10)
    assert growth_band(0.3499, bands) == (7, 8)
    assert growth_band(0.05, bands) == (3, 4)
    assert growth_band(0.0001, bands) == (1, 2)
    assert growth_band(0.0, bands) == (0, 0)
    assert growth_band(-0.2, bands) == (0, 0)
    assert growth_band(None, bands) == (0, 0)


def test_negative_growth_scores_zero_in_the_check():
    rows = [year(2023, net_assets=3000, sales_revenue=5000), year(2024, net_assets=2500, sales_revenue=4500),
            year(2025, net_assets=2000, sales_revenue=4000)]
    parts = {p.key: p for p in check_hitech(firm(*rows), AS_OF).score}
    assert (parts["growth_net_assets"].low, parts["growth_net_assets"].high) == (0, 0)
    assert (parts["growth_sales"].low, parts["growth_sales"].high) == (0, 0)


def test_ip_quantity_counts_class_ii_once_and_only_granted_rights():
    ip = [IPFacts("II", "实用新型")] * 4 + [IPFacts("II", "实用新型", used_for_hitech=True),
                                          IPFacts("I", "发明专利", granted_on=dt.date(2026, 9, 1))]
    part = next(p for p in check_hitech(firm(ip=ip), AS_OF).score if p.key == "ip_quantity")
    assert (part.low, part.high) == (3, 4)
    assert "Ⅰ类 0 项,Ⅱ类 4 项" in part.figure


def test_not_applicable_before_the_rules_or_before_founding():
    assert check_hitech(firm(), dt.date(2000, 1, 1)).overall == "not_applicable"
    assert check_hitech(firm(registered_on=dt.date(2027, 1, 1)), AS_OF).overall == "not_applicable"


def test_many_gives_the_same_results_as_one_by_one():
    firms = [firm(), firm(year(2025, tech_staff=1)), firm(year(2023))]
    assert check_hitech_many(firms, AS_OF) == [check_hitech(f, AS_OF) for f in firms]
    assert check_hitech_many(firms, AS_OF)[0].to_dict()["overall_zh"] == "有望认定(待专家评审)"


def test_judgements_must_be_booleans_and_follow_the_version():
    with pytest.raises(KechuangError, match="是或否"):
        check_hitech(firm(judgements={"core_ip": "否"}), AS_OF)
    old = check_hitech(firm(*[year(y) for y in (2012, 2013, 2014)], registered_on=dt.date(2010, 1, 1)),
                       dt.date(2015, 6, 1))
    assert old.condition("compliance").status == "not_applicable"  # no such condition in 2008
    assert old.condition("core_ip").source == "国科发火〔2008〕172号 第十条(一)"
    assert "未登记知识产权" in check_hitech(firm(ip=[]), AS_OF).condition("core_ip").gap
