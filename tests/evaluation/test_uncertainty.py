"""Uncertainty perturbs what the framework uses, says when nothing varies, and is the same on 1 or 2 processes."""

import json
from pathlib import Path

import numpy as np
import pytest
from openpyxl import load_workbook

from kechuang.cli import main
from kechuang.errors import KechuangError
from kechuang.evaluation import evaluate, load_data, load_framework
from kechuang.evaluation.framework import framework_from_dict
from kechuang.evaluation.montecarlo import run_chunk
from kechuang.evaluation.uncertainty import _setup, factors_of, run_uncertainty
from kechuang.indicators.panel import load_panel
from tests.evaluation.test_uncertainty_and_path import points_framework

FIX = Path(__file__).parents[1] / "fixtures"
COUNTIES = FIX / "data" / "counties-synthetic.csv"
ASEM = FIX / "validation" / "coinr-asem" / "ASEM_iData.csv"
EIS = FIX / "validation" / "eis-2023" / "eis2023_recovered_normalised_scores.csv"


@pytest.fixture(scope="module")
def hebei():
    fw = load_framework("hebei-county")
    return fw, load_data(COUNTIES, fw)


@pytest.fixture(scope="module")
def hebei_result(hebei):
    fw, panel = hebei
    return run_uncertainty(panel, fw, 600, seed=11, processes=1)


def test_hebei_county_varies_points_and_standards(hebei_result):
    u = hebei_result
    # The framework sums fixed points: its weights are never used, its points and standards are.
    assert u.factors == ["points", "standards"]
    assert u.described == {"points": "17 个分值 ±20%", "standards": "14 个标准值/门槛 ±10%"}
    rows = u.rows()
    assert any(r["rank_p95"] - r["rank_p05"] > 1 for r in rows)
    assert any(r["p_keep_class"] < 1 for r in rows)
    assert np.allclose(sum(u.class_probability.values()), 1.0)
    assert all(u.total[f] > 0.05 for f in u.factors)


def test_bootstrap_intervals_contain_the_estimates(hebei_result):
    u = hebei_result
    for f in u.factors:
        lo, hi = u.first_order_ci[f]
        assert lo <= u.first_order[f] <= hi and hi - lo > 0
        lo, hi = u.total_ci[f]
        assert lo <= u.total[f] <= hi and hi - lo > 0


def test_one_and_two_processes_give_the_same_result(hebei, hebei_result):
    fw, panel = hebei
    two = run_uncertainty(panel, fw, 600, seed=11, processes=2)
    one = hebei_result
    assert two.processes == 2 and one.processes == 1
    for name in ("median_rank", "rank_p05", "rank_p95"):
        assert np.array_equal(getattr(one, name), getattr(two, name), equal_nan=True)
    assert all(np.array_equal(one.class_probability[c], two.class_probability[c]) for c in one.class_probability)
    assert (one.first_order, one.total, one.first_order_ci, one.total_ci) == \
        (two.first_order, two.total, two.first_order_ci, two.total_ci)
    other_seed = run_uncertainty(panel, fw, 600, seed=12, processes=1)
    assert other_seed.first_order != one.first_order


def test_weights_normalisation_and_imputation_on_two_processes():
    fw = load_framework("coinr-asem")
    panel = load_data(ASEM, fw)
    one = run_uncertainty(panel, fw, 200, seed=3, processes=1)
    two = run_uncertainty(panel, fw, 200, seed=3, processes=2)
    assert one.factors == ["weights", "normalise", "impute"]
    assert np.array_equal(one.median_rank, two.median_rank) and one.total_ci == two.total_ci


@pytest.mark.parametrize("name,data", [("hebei-county", COUNTIES), ("coinr-asem", ASEM), ("eis-2023", EIS)])
def test_a_run_at_the_nominal_draw_reproduces_evaluate(name, data):
    # Draws of 0.5 leave every weight, point and standard as published: the chunk scorer must then give
    # evaluate's scores (EIS: rescaled to the EU in 2016 and classed by the same-year ratio to the EU).
    fw = load_framework(name)
    fw.uncertainty = {**fw.uncertainty, "normalise": [], "impute": [], "standards": 0.1}
    panel = load_data(data, fw)
    factors = factors_of(fw)
    p = len(panel.periods) - 1
    needed = sorted({p, *([panel.periods.index(int(fw.rescale["period"]))] if fw.rescale else [])})
    state, nominal = _setup(panel, fw, factors, p, needed, False, None, None)
    draws = {f: np.full((3, factors.width(f)), 0.5) for f in factors.names}
    scores, ranks, codes = run_chunk(draws, state)
    ev = evaluate(panel, fw)
    assert np.allclose(scores, ev.scores[p, :, 0], rtol=1e-12, atol=1e-9, equal_nan=True)
    assert np.array_equal(ranks[0], ev.ranks[p, :, 0], equal_nan=True)
    labels = np.array([*state.labels, ""], dtype=object)
    assert list(labels[codes[0]]) == list(ev.classes[p])
    assert np.array_equal(nominal[0], ev.ranks[p, :, 0], equal_nan=True)


def _points_framework(uncertainty, name="达标测试"):
    fw = points_framework()  # two indicators of 50 points, standards 100, A ≥ 80, B ≥ 60
    fw.name, fw.uncertainty = name, uncertainty
    return fw


@pytest.fixture
def county(tmp_path):
    (tmp_path / "near-a.csv").write_text("地区,年份,x,y\n甲,2023,79,79\n乙,2023,100,100\n丙,2023,40,50\n", "utf-8")
    return load_panel(tmp_path / "near-a.csv")


def test_standards_alone_move_a_unit_across_the_class_line(county):
    # 甲 scores 79: a standard 10 % lower lifts it to A, a higher one keeps it B.
    u = run_uncertainty(county, _points_framework({"weights": 0, "standards": 0.1}), 200, processes=1)
    assert u.factors == ["standards"]
    row = {r["unit"]: r for r in u.rows()}
    assert 0.2 < row["甲"]["p_A"] < 0.8 and row["甲"]["p_B"] == pytest.approx(1 - row["甲"]["p_A"])
    assert row["乙"]["p_A"] == 1.0  # at the standard either way (scores are capped at the standard)
    # The indices are of the ranks, and the order 乙 > 甲 > 丙 holds whatever the standard.
    assert all(r["rank_p05"] == r["rank_p95"] == r["rank"] for r in row.values())
    assert u.first_order == {"standards": 0.0} and u.total_ci == {"standards": (0.0, 0.0)}


def test_goalposts_and_targets_are_standards():
    fw = framework_from_dict({"name": "g", "tree": {"code": "R", "children": [
        {"code": "a", "normalise": {"method": "goalposts", "min": 20, "max": 85}},
        {"code": "b", "normalise": {"method": "goalposts", "min": 0, "max": 15}},
        {"code": "c", "normalise": {"method": "distance-to-target", "target": 3}},
        {"code": "d"}]}})
    assert factors_of(fw).standards == [("a", "goalposts", "min"), ("a", "goalposts", "max"),
                                        ("b", "goalposts", "max"), ("c", "distance-to-target", "target")]


def test_nothing_to_perturb_is_an_error_naming_the_framework(county):
    fw = _points_framework({"weights": 0, "standards": 0}, name="固定分值框架")
    with pytest.raises(KechuangError) as err:
        run_uncertainty(county, fw, 100)
    assert err.value.code == "KC-EVAL-UNCERTAINTY-NOTHING" and "固定分值框架" in str(err.value)


def test_perturbations_that_move_no_score_are_an_error(tmp_path, capsys):
    # Both indicators are equal for every unit: whatever their weights, every score stays the same.
    data = tmp_path / "d.csv"
    data.write_text("地区,年份,a,b\n" + "".join(f"U{i},2023,{i},{i}\n" for i in range(8)), "utf-8")
    fw_path = tmp_path / "same.yaml"
    fw_path.write_text("name: 等值框架\ndata: {unit: 地区, period: 年份}\nuncertainty: {weights: 0.3}\n"
                       "tree: {code: R, children: [{code: a}, {code: b}]}\n", "utf-8")
    with pytest.raises(KechuangError) as err:
        run_uncertainty(load_panel(data), load_framework(fw_path), 100, processes=1)
    assert "等值框架" in str(err.value) and "没有任何变化" in str(err.value)
    assert main(["evaluate", str(data), "--framework", str(fw_path), "--uncertainty", "100"]) == 1
    assert "等值框架" in capsys.readouterr().err


def test_shares_must_be_proportions(county):
    with pytest.raises(KechuangError) as err:
        run_uncertainty(county, _points_framework({"standards": 10}), 100)
    assert err.value.context.get("key") == "uncertainty.standards"


def test_outputs_carry_the_intervals_and_what_was_perturbed(tmp_path, capsys):
    js, xl = tmp_path / "u.json", tmp_path / "u.xlsx"
    assert main(["evaluate", str(COUNTIES), "--framework", "hebei-county", "--uncertainty", "120", "--jobs", "2",
                 "-o", str(js)]) == 0
    doc = json.loads(js.read_text("utf-8"))["uncertainty"]
    assert doc["perturbed"] == {"points": "17 个分值 ±20%", "standards": "14 个标准值/门槛 ±10%"}
    for f in doc["factors"]:
        lo, hi = doc["first_order_ci95"][f]
        assert lo <= doc["first_order"][f] <= hi
    assert main(["evaluate", str(COUNTIES), "--framework", "hebei-county", "--uncertainty", "120", "-o", str(xl)]) == 0
    rows = list(load_workbook(xl)["敏感性"].iter_rows(values_only=True))
    assert rows[0][:5] == ("构建选择", "扰动", "一阶敏感性指数", "95%置信下限", "95%置信上限")
    assert [r[0] for r in rows[1:3]] == ["points", "standards"]
    assert main(["evaluate", str(COUNTIES), "--framework", "hebei-county", "--uncertainty", "120", "--jobs", "-1"]) == 1
    assert "--jobs" in capsys.readouterr().err
