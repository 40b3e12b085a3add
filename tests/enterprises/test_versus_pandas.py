"""The benchmark compares like with like: its vectorised pandas conditions agree with the core on every firm; and
properties of the check that hold for any figures."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from kechuang.enterprises import check_hitech, check_hitech_many
from tests.enterprises.helpers import AS_OF, firm, year

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import bench_enterprises


def test_pandas_conditions_agree_with_the_core():
    firms = bench_enterprises.synthetic(seed=5, firms=400)
    checks = check_hitech_many(firms, bench_enterprises.AS_OF)
    reference = bench_enterprises.pandas_check(bench_enterprises.to_frame(firms), bench_enterprises.AS_OF)
    for key in bench_enterprises.ARITHMETIC:
        core = np.array([c.condition(key).status == "met" for c in checks])
        assert (core == reference[key].to_numpy()).all(), key
        assert 0 < core.sum() < len(firms), key  # both outcomes occur


money = st.floats(min_value=0, max_value=1e6, allow_nan=False)


@settings(max_examples=60, deadline=None)
@given(sales=st.floats(min_value=1, max_value=1e6), rd=money, extra=st.floats(min_value=0, max_value=1e4))
def test_more_rd_never_turns_the_rd_condition_from_met_to_unmet(sales, rd, extra):
    def status(amount):
        rows = [year(y, sales_revenue=sales, rd_expense=amount, rd_expense_domestic=amount) for y in (2023, 2024, 2025)]
        return check_hitech(firm(*rows), AS_OF).condition("rd_intensity").status

    assert not (status(rd) == "met" and status(rd + extra) == "unmet")


@settings(max_examples=60, deadline=None)
@given(employees=st.integers(1, 5000), share=st.floats(0, 1), sales=money, rd=money)
def test_without_a_reviewer_nothing_judged_is_met_and_a_gap_follows_every_unmet(employees, share, sales, rd):
    row = year(2025, employees=employees, tech_staff=float(round(employees * share)), sales_revenue=sales,
               rd_expense=rd, rd_expense_domestic=rd)
    check = check_hitech(firm(dataclasses.replace(row, year=2023), dataclasses.replace(row, year=2024), row), AS_OF)
    for key in ("core_ip", "tech_field", "compliance", "innovation_score"):
        assert check.condition(key).status == "manual_review"
    for condition in check.conditions:
        assert condition.status != "unmet" or condition.gap
    assert check.overall in ("not_met", "opportunity", "promising", "needs_data")
