"""Counts of the registry fed to the catalog indicators, only for years that have begun: 高新技术企业数 from the
reserve's certificates (``hitech_enterprises``) and 科技型中小企业数 from eligible 科小 evaluations (``tech_smes``);
a daily job records a year's counts when it begins."""

from __future__ import annotations

from datetime import date

import pytest

from kechuang.web.enterprises.feeds import counts_refresh, indicator_of, sme_count, sme_feed
from kechuang.web.enterprises.models import Enterprise, SmeEvaluation
from kechuang.web.enterprises.reserve import MoveInput, reserve_enter, reserve_move

pytestmark = pytest.mark.django_db


def _values(region, code: str) -> dict:
    from kechuang.web.indicators.models import Observation

    rows = Observation.objects.filter(region=region, indicator__code=code, is_current=True)
    return {o.period: o.value for o in rows}


def _certify(users, enterprise, on: date, today: date) -> None:
    entry = reserve_enter(users["bureau"], enterprise, date(on.year, 1, 2))
    reserve_move(users["bureau"], entry, MoveInput("applied", date(on.year, 3, 1)), today)
    reserve_move(users["bureau"], entry, MoveInput("certified", on, f"GR{on.year}"), today)


def test_certification_records_only_the_years_that_have_begun(users, enterprise, county):
    _certify(users, enterprise, date(2025, 11, 1), today=date(2026, 12, 1))
    assert _values(county, "hitech_enterprises") == {2025: 1, 2026: 1}  # not 2027: it has not begun


def test_the_daily_job_records_a_year_when_it_begins(users, enterprise, county):
    _certify(users, enterprise, date(2025, 11, 1), today=date(2026, 12, 1))
    assert counts_refresh(date(2026, 12, 31)) == 0  # nothing new in 2026
    assert counts_refresh(date(2027, 1, 1)) >= 1
    assert _values(county, "hitech_enterprises") == {2025: 1, 2026: 1, 2027: 1}
    counts_refresh(date(2028, 1, 1))  # the certificate of 2025-11-01 ended on 2028-10-31
    assert _values(county, "hitech_enterprises")[2028] == 0
    assert counts_refresh(date(2028, 1, 2)) == 0  # the same count again changes nothing


def test_the_daily_job_is_the_huey_task(users, enterprise, county, monkeypatch):
    from kechuang.web.enterprises.tasks import feed_counts_of_the_year

    _certify(users, enterprise, date(2025, 11, 1), today=date(2026, 12, 1))
    monkeypatch.setenv("KECHUANG_TODAY", "2027-01-01")
    feed_counts_of_the_year.call_local()
    assert _values(county, "hitech_enterprises")[2027] == 1


def _evaluate(enterprise, year: int, eligible: bool | None, user=None) -> SmeEvaluation:
    return SmeEvaluation.objects.create(enterprise=enterprise, year=year, inputs={}, score=70 if eligible else 40,
                                        result={"eligible": eligible}, submitted_by=user)


def test_sme_count_is_the_enterprises_whose_latest_evaluation_is_eligible(users, enterprise, county):
    other = Enterprise.objects.filter(region=county).exclude(pk=enterprise.pk).first()
    _evaluate(enterprise, 2025, True)
    _evaluate(other, 2025, True)
    _evaluate(other, 2025, False)  # its later evaluation of the same year says no
    _evaluate(enterprise, 2024, True)
    assert sme_count(county, 2026) == 1  # the 2026 evaluation reads the figures of 2025
    assert sme_count(county, 2025) == 1
    assert sme_count(county, 2027) == 0


def test_sme_feed_records_evaluation_years_that_have_begun(users, enterprise, county):
    _evaluate(enterprise, 2025, True)
    _evaluate(enterprise, 2026, True)  # figures of 2026: the evaluation of 2027, not begun on 2026-12-01
    assert sme_feed(users["bureau"], county, [2025, 2026], today=date(2026, 12, 1)) == [(2026, 1)]
    assert _values(county, "tech_smes") == {2026: 1}
    counts_refresh(date(2027, 1, 1))
    assert _values(county, "tech_smes") == {2026: 1, 2027: 1}


def test_the_sme_form_feeds_tech_smes(as_user, users, enterprise, county):
    from django.urls import reverse

    from kechuang.web.enterprises.models import YearFigures

    YearFigures.objects.create(enterprise=enterprise, year=2025, employees=100, tech_staff=25, sales_revenue=4200,
                               rd_expense=252, cost_total=3360, total_assets=3400)
    response = as_user(users["ent_user"]).post(reverse("kc-enterprise-sme", args=[enterprise.pk]), {
        "year": "2025", "employees": "100", "tech_staff": "25", "sales_revenue": "4200", "rd_expense": "252",
        "cost_total": "3360", "total_assets": "3400", "sme_resident": "yes", "sme_eligible_industry": "yes",
        "sme_no_violation": "yes"})
    assert response.status_code == 302
    assert _values(county, "tech_smes") == {2026: 1}  # KECHUANG_TODAY is 2026-11-21: the 2026 evaluation


def _record(region, code: str, year: int, value: float, source_kind: str = "import") -> None:
    from kechuang.web.indicators.services import observation_record

    observation_record(region, indicator_of(code), year, value, source_kind=source_kind, note="统计局年报")


def test_the_reserve_never_replaces_a_larger_recorded_count_with_its_smaller_certified_count(users, enterprise,
                                                                                              county):
    """The demo county's 高企数 (22 and more, imported) became 1 or 2 when its two reserve firms were certified."""
    _record(county, "hitech_enterprises", 2025, 38)
    _record(county, "hitech_enterprises", 2026, 0.0, source_kind="manual")
    _certify(users, enterprise, date(2025, 11, 1), today=date(2026, 12, 1))
    assert _values(county, "hitech_enterprises") == {2025: 38, 2026: 1}  # 38 stays; 1 replaces the smaller 0
    counts_refresh(date(2027, 1, 1))  # 2027, nothing recorded yet: 1 after the imported 38 would read as a collapse
    assert 2027 not in _values(county, "hitech_enterprises")
    _record(county, "hitech_enterprises", 2028, 45, source_kind="manual")
    assert counts_refresh(date(2028, 1, 1)) == 0 and _values(county, "hitech_enterprises")[2028] == 45


def test_a_larger_certified_count_is_recorded_after_a_smaller_recorded_year(users, enterprise, county):
    _record(county, "hitech_enterprises", 2024, 0.0)
    _certify(users, enterprise, date(2025, 11, 1), today=date(2026, 12, 1))
    assert _values(county, "hitech_enterprises") == {2024: 0, 2025: 1, 2026: 1}


def test_the_feed_moves_its_own_count_down_as_well_as_up(users, enterprise, county):
    from kechuang.web.enterprises.feeds import certified_feed
    from kechuang.web.enterprises.models import ReserveStep

    _certify(users, enterprise, date(2025, 11, 1), today=date(2026, 12, 1))
    assert _values(county, "hitech_enterprises")[2026] == 1
    ReserveStep.objects.filter(stage="certified").delete()  # the certificate withdrawn
    certified_feed(users["bureau"], county, [2025], date(2026, 12, 1))
    assert _values(county, "hitech_enterprises") == {2025: 0, 2026: 0}


def test_a_larger_recorded_sme_count_stays_too(users, enterprise, county):
    _record(county, "tech_smes", 2026, 120)
    _evaluate(enterprise, 2025, True)
    assert sme_feed(users["bureau"], county, [2025], date(2026, 12, 1)) == [(2026, 1)]
    assert _values(county, "tech_smes") == {2026: 120}
