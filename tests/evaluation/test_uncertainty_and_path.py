"""Monte Carlo uncertainty, Sobol sensitivity, and the least-effort path to the next class."""

from pathlib import Path

import numpy as np
import pytest

from kechuang.errors import KechuangError
from kechuang.evaluation import evaluate, load_data, load_framework
from kechuang.evaluation.framework import framework_from_dict
from kechuang.evaluation.path import path_to_class
from kechuang.evaluation.uncertainty import run_uncertainty
from kechuang.indicators.panel import load_panel

ASEM = Path(__file__).parents[1] / "fixtures" / "validation" / "coinr-asem" / "ASEM_iData.csv"


@pytest.fixture(scope="module")
def asem():
    fw = load_framework("coinr-asem")
    return fw, load_data(ASEM, fw)


def test_uncertainty_summaries_are_consistent(asem):
    fw, panel = asem
    u = run_uncertainty(panel, fw, 300, seed=3)
    assert u.factors == ["weights", "normalise", "impute"] and u.runs == 300
    rows = u.rows()
    assert len(rows) == 51
    for r in rows:
        assert 1 <= r["rank_p05"] <= r["median_rank"] <= r["rank_p95"] <= 51
    # The nominal leader stays near the top; a mid-table unit moves more than the leader.
    width = {r["unit"]: r["rank_p95"] - r["rank_p05"] for r in rows}
    assert width["CHE"] < np.median(list(width.values()))
    for f in u.factors:
        assert -0.1 <= u.first_order[f] <= u.total[f] + 0.1 and 0 <= u.total[f] <= 1.5
    again = run_uncertainty(panel, fw, 300, seed=3)
    assert again.median_rank.tolist() == u.median_rank.tolist()


def test_single_factor_explains_all_variance(tmp_path, asem):
    fw, panel = asem
    fw.uncertainty = {"weights": 0.5, "normalise": ["min-max"], "impute": []}
    try:
        u = run_uncertainty(panel, fw, 300)
    finally:
        fw.uncertainty = {}
    assert u.factors == ["weights"]
    assert 0.7 <= u.first_order["weights"] <= 1.3 and 0.7 <= u.total["weights"] <= 1.3


def test_class_probabilities_sum_to_one(tmp_path):
    path = tmp_path / "d.csv"
    rng = np.random.default_rng(0)
    rows = ["地区,年份,a,b,c"] + [f"U{i},2023,{rng.uniform(0, 10):.3f},{rng.uniform(0, 10):.3f},{rng.uniform(0, 10):.3f}"
                                 for i in range(30)]
    path.write_text("\n".join(rows), "utf-8")
    fw = framework_from_dict({"name": "t", "data": {"unit": "地区", "period": "年份"},
                              "classify": {"thresholds": [{"class": "A", "min": 60}, {"class": "B", "min": 40},
                                                          {"class": "C"}]},
                              "tree": {"code": "R", "children": [{"code": "a"}, {"code": "b"}, {"code": "c"}]}})
    u = run_uncertainty(load_panel(path), fw, 200)
    total = sum(u.class_probability.values())
    assert np.allclose(total, 1.0)
    assert all(0 <= r["p_keep_class"] <= 1 for r in u.rows())


def test_uncertainty_needs_something_to_vary(asem):
    fw, panel = asem
    fw.uncertainty = {"weights": 0, "normalise": ["min-max"], "impute": []}
    try:
        with pytest.raises(KechuangError):
            run_uncertainty(panel, fw, 100)
    finally:
        fw.uncertainty = {}


def points_framework(caps=None):
    caps = caps or {}
    return framework_from_dict({
        "name": "达标", "data": {"unit": "地区", "period": "年份"}, "scale": "points",
        "normalise": {"method": "ratio"},
        "classify": {"thresholds": [{"class": "A", "min": 80}, {"class": "B", "min": 60}, {"class": "C"}]},
        "tree": {"code": "总分", "points": 100, "children": [
            {"code": "x", "points": 50, "normalise": {"method": "ratio", "standard": 100}, **caps.get("x", {})},
            {"code": "y", "points": 50, "normalise": {"method": "ratio", "standard": 100}, **caps.get("y", {})}]}})


@pytest.fixture
def county(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("地区,年份,x,y\n甲,2023,60,40\n乙,2023,100,100\n", "utf-8")
    return load_panel(path)


def test_path_is_the_exact_least_effort_answer(county):
    fw = points_framework()
    path = path_to_class(county, fw, "甲")  # score 30 + 20 = 50, class C; B needs 60
    assert path.current_class == "C" and path.target_class == "B" and path.threshold == 60
    assert path.exact and path.reached
    # x gives 0.5 points per 1 % (50 × 60/100), y gives 0.4: raise x by 10/30 = 33.3 %.
    assert len(path.steps) == 1 and path.steps[0].indicator == "x"
    assert path.steps[0].value_to == pytest.approx(80) and path.effort == pytest.approx(1 / 3)


def test_path_respects_caps_and_spills_to_the_next_indicator(county):
    path = path_to_class(county, points_framework(), "甲", cap=0.2)
    got = {s.indicator: s for s in path.steps}
    assert got["x"].value_to == pytest.approx(72) and got["y"].value_to == pytest.approx(48)
    assert path.effort == pytest.approx(0.4) and path.reached
    assert "提高「x」" in "\n".join(path.lines())


def test_path_stops_at_the_standard(county):
    # From C to A (80) needs 30 points: x can give at most 20 (to the standard, +66.7 %), y the rest.
    path = path_to_class(county, points_framework(), "甲", target_class="A", cap=2.0)
    got = {s.indicator: s for s in path.steps}
    assert got["x"].value_to == pytest.approx(100)
    assert got["y"].value_to == pytest.approx(60)
    assert evaluate(county, points_framework()).score("甲") + sum(s.gain for s in path.steps) == pytest.approx(80)


def test_path_unreachable_and_top_class(county):
    fw = points_framework({"x": {"cap": 0.05}, "y": {"cap": 0.05}})
    path = path_to_class(county, fw, "甲")
    assert not path.reached and "不可达" in path.note
    top = path_to_class(county, fw, "乙")
    assert top.target_class is None and "最高等级" in "\n".join(top.lines())
    with pytest.raises(KechuangError):
        path_to_class(county, fw, "丙")


def test_path_under_rescaled_ratio_classes_really_reaches_the_class():
    # EIS: scores relative to EU 2016, classes by the same-year ratio to the EU. Applying the proposed
    # changes to the data and evaluating again must give the target class.
    eis = Path(__file__).parents[1] / "fixtures" / "validation" / "eis-2023" / "eis2023_recovered_normalised_scores.csv"
    fw = load_framework("eis-2023")
    panel = load_data(eis, fw)
    path = path_to_class(panel, fw, "CZ", period=2023)
    assert path.current_class == "Moderate Innovator" and path.target_class == "Strong Innovator"
    assert path.reached and path.exact
    p, u = panel.periods.index(2023), panel.units.index("CZ")
    for step in path.steps:
        column = panel.variables.index(fw.nodes[step.indicator].column or step.indicator)
        panel.values[p, u, column] = step.value_to
    after = evaluate(panel, fw)
    assert after.classes[p, u] == "Strong Innovator"
    # Proposals are on the data's grid (6 decimals here), so the score lands just over the threshold.
    assert path.threshold <= after.score("CZ", period=2023) <= path.threshold + 1e-4
