"""Robust aggregation, data availability and rounded classes: a bad unit-year is reported and left out,
the run goes on for everyone else."""

import math

import numpy as np
import pytest
from openpyxl import load_workbook

from kechuang.cli import main
from kechuang.errors import KechuangError
from kechuang.evaluation import evaluate
from kechuang.evaluation.framework import framework_from_dict
from kechuang.evaluation.report import score_rows, to_json, write_csv, write_xlsx
from kechuang.indicators.panel import load_panel

# Root (arithmetic) → D1 (a, b), D2 (c). Min-max per year on 甲 乙 丙 丁.
DATA = ("地区,年份,a,b,c\n"
        "甲,2023,0,10,5\n"   # a = 0 → normalised 0
        "乙,2023,4,20,10\n"
        "丙,2023,2,30,0\n"
        "丁,2023,8,40,20\n")


def write(tmp_path, text, name="data.csv"):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def framework(d1=None, **extra):
    doc = {"name": "t", "data": {"unit": "地区", "period": "年份"},
           "tree": {"code": "Root", "children": [
               {"code": "D1", "aggregate": "geometric", "children": [{"code": "a"}, {"code": "b"}], **(d1 or {})},
               {"code": "D2", "children": [{"code": "c"}]}]}}
    doc.update(extra)
    return framework_from_dict(doc)


def test_zero_under_a_geometric_mean_leaves_that_unit_year_unscored_at_the_node_and_above(tmp_path):
    ev = evaluate(load_panel(write(tmp_path, DATA)), framework())
    # 甲: a = 0 after min-max, so D1 and Root are not scored (not the D2-only score an arithmetic root would give)
    assert math.isnan(ev.score("甲", "D1")) and math.isnan(ev.score("甲"))
    assert ev.score("甲", "D2") == pytest.approx(25)  # c: (5 - 0) / 20
    assert ev.rank("甲") is None and ev.rank("甲", "D2") == 3
    # everyone else is scored as before: 丁 a = 100, b = 100 → D1 = 100
    assert ev.score("丁", "D1") == pytest.approx(100) and ev.rank("丁") == 1
    assert ev.score("乙", "D1") == pytest.approx(math.sqrt(50 * 100 / 3))
    warning = next(w for w in ev.warnings if "nonpositive" in w)
    assert "D1" in warning and "甲(2023" in warning and "「a」" in warning  # unit, year, node, indicator
    assert "「b」" in warning  # 甲's b is the lowest too: both indicators are named
    rows = {(r["unit"], r["node"]): r for r in score_rows(ev)}
    assert rows[("甲", "Root")]["score"] is None and rows[("甲", "Root")]["class"] == "未评分"


def test_floor_replaces_inputs_below_it(tmp_path):
    ev = evaluate(load_panel(write(tmp_path, DATA)), framework(d1={"nonpositive": "floor", "floor": 1}))
    assert ev.score("甲", "D1") == pytest.approx(1.0)  # a = 0 → 1, b = 0 → 1
    assert ev.score("丙", "D1") == pytest.approx(math.sqrt(25 * 200 / 3))  # unchanged: both above the floor
    assert not any("nonpositive" in w for w in ev.warnings)
    assert ev.rank("甲") is not None


def test_framework_level_rule_and_harmonic_mean(tmp_path):
    fw_ = framework(d1={"aggregate": "harmonic"}, nonpositive="floor", floor=0.5)
    ev = evaluate(load_panel(write(tmp_path, DATA)), fw_)
    assert ev.score("甲", "D1") == pytest.approx(0.5)  # harmonic mean of 0.5 and 0.5
    fw_ = framework(d1={"aggregate": "harmonic", "nonpositive": "skip"}, nonpositive="floor", floor=0.5)
    ev = evaluate(load_panel(write(tmp_path, DATA)), fw_)  # the node's own rule wins
    assert math.isnan(ev.score("甲", "D1")) and ev.score("乙", "D1") == pytest.approx(2 / (1 / 50 + 3 / 100))


@pytest.mark.parametrize("extra,key", [
    ({"nonpositive": "zero"}, "nonpositive"),
    ({"nonpositive": "floor"}, "floor"),
    ({"nonpositive": "floor", "floor": 0}, "floor"),
    ({"floor": -1}, "floor"),
    ({"min_coverage": {"share": 1.5}}, "min_coverage.share"),
    ({"min_coverage": {"share": 0.5, "per_dimension": 1.5}}, "min_coverage.per_dimension"),
    ({"min_coverage": {"per_dimension": 2}}, "min_coverage.per_dimension"),  # D2 has one indicator
    ({"min_coverage": {"shares": 0.5}}, "min_coverage.shares"),
    ({"classify": {"round": 7, "thresholds": [{"class": "A"}]}}, "classify.round"),
    ({"classify": {"round": "2", "thresholds": [{"class": "A"}]}}, "classify.round"),
])
def test_bad_values_of_the_new_keys_are_refused_by_name(extra, key):
    with pytest.raises(KechuangError) as err:
        framework(**extra)
    assert err.value.code == "KC-FRAMEWORK-INVALID" and err.value.context["key"] == key


def test_node_floor_is_checked_at_its_path():
    with pytest.raises(KechuangError) as err:
        framework(d1={"nonpositive": "floor"})
    assert err.value.context["key"] == "D1.floor"


COVERAGE = ("地区,年份,a,b,c\n"
            "甲,2023,1,10,5\n"
            "乙,2023,3,30,\n"     # no c: dimension D2 empty
            "丙,2023,2,,\n"       # 1 of 3
            "丁,2023,100,20,15\n"
            "甲,2022,1,10,5\n"
            "乙,2022,2,20,10\n"
            "丙,2022,3,30,15\n"
            "丁,2022,4,40,20\n")


def test_min_coverage_share_leaves_the_unit_year_unscored_and_out_of_the_reference(tmp_path):
    fw_ = framework(d1={"aggregate": "arithmetic"}, min_coverage={"share": 0.6}, impute="mean")
    ev = evaluate(load_panel(write(tmp_path, COVERAGE)), fw_)
    assert math.isnan(ev.score("丙", period=2023)) and ev.rank("丙", period=2023) is None
    assert not math.isnan(ev.score("丙", period=2022))  # scored in the year it had data
    assert not math.isnan(ev.score("乙", period=2023))  # 2 of 3 ≥ 0.6, its c is imputed
    # 丙's b (no data) is not imputed and 丙 is not in the min-max reference: b spans 10–30 over 甲 乙 丁
    assert ev.score("甲", "b", 2023) == 0 and ev.score("乙", "b", 2023) == 100
    assert np.isnan(ev.stages["imputed"][1, 2]).all() and not np.isnan(ev.stages["imputed"][1, 1]).any()
    warning = next(w for w in ev.warnings if "min_coverage" in w)
    assert "丙(2023)" in warning and "1/3" in warning
    assert ev.unscored == {(1, 2): ev.unscored[(1, 2)]}


def test_min_coverage_per_dimension(tmp_path):
    fw_ = framework(d1={"aggregate": "arithmetic"}, min_coverage={"share": 0.5, "per_dimension": 1})
    ev = evaluate(load_panel(write(tmp_path, COVERAGE)), fw_)
    assert math.isnan(ev.score("乙", period=2023))  # 2 of 3 indicators, but none in D2
    assert "维度「D2」" in ev.unscored[(1, 1)]
    assert not math.isnan(ev.score("甲", period=2023))


def test_without_min_coverage_a_partial_unit_is_scored_on_what_it_has(tmp_path):
    ev = evaluate(load_panel(write(tmp_path, COVERAGE)), framework(d1={"aggregate": "arithmetic"}))
    assert not math.isnan(ev.score("丙", period=2023)) and not ev.unscored


def test_unscored_rows_in_csv_and_xlsx_are_not_numbers(tmp_path):
    fw_ = framework(d1={"aggregate": "arithmetic"}, min_coverage={"share": 0.6},
                    classify={"thresholds": [{"class": "A", "min": 50}, {"class": "B"}]})
    ev = evaluate(load_panel(write(tmp_path, COVERAGE)), fw_)
    write_csv(ev, tmp_path / "s.csv")
    lines = (tmp_path / "s.csv").read_text("utf-8").splitlines()
    assert "丙,Root,,,未评分" in lines
    write_xlsx(ev, tmp_path / "s.xlsx")
    wb = load_workbook(tmp_path / "s.xlsx")
    row = next(r for r in wb["得分"].iter_rows(values_only=True) if r[0] == "丙")
    assert set(row[2:]) == {"未评分"}
    classes = next(r for r in wb["等级"].iter_rows(values_only=True) if r[0] == "丙")
    assert classes[-1] == "未评分" and classes[-2] in ("A", "B")
    doc = to_json(ev)
    assert doc["unscored"] == [{"unit": "丙", "period": 2023, "reason": ev.unscored[(1, 2)]}]


def test_all_units_below_coverage_is_an_error_and_the_cli_exits_non_zero(tmp_path, capsys):
    data = write(tmp_path, "地区,年份,a,b,c\n甲,2023,1,,\n乙,2023,,2,\n")
    with pytest.raises(KechuangError) as err:
        evaluate(load_panel(data), framework(min_coverage={"share": 0.5}, d1={"aggregate": "arithmetic"}))
    assert err.value.code == "KC-EVAL-COVERAGE" and "甲(2023)" in err.value.message_zh
    yaml_path = tmp_path / "f.yaml"
    yaml_path.write_text("name: t\ndata: {unit: 地区, period: 年份}\nmin_coverage: {share: 0.5}\n"
                         "tree: {code: R, children: [{code: a}, {code: b}, {code: c}]}\n", "utf-8")
    assert main(["evaluate", str(data), "--framework", str(yaml_path)]) != 0
    assert "min_coverage" in capsys.readouterr().err


def test_classify_round_classifies_the_published_score(tmp_path):
    data = write(tmp_path, "地区,年份,a\n甲,2023,79.996\n乙,2023,79.994\n")
    thresholds = [{"class": "A", "min": 80}, {"class": "B"}]
    doc = {"name": "t", "data": {"unit": "地区", "period": "年份"}, "normalise": "identity",
           "tree": {"code": "R", "children": [{"code": "a"}]}}
    ev = evaluate(load_panel(data), framework_from_dict({**doc, "classify": {"thresholds": thresholds}}))
    assert ev.classes[0].tolist() == ["B", "B"]
    ev = evaluate(load_panel(data), framework_from_dict({**doc, "classify": {"thresholds": thresholds, "round": 2}}))
    assert ev.classes[0].tolist() == ["A", "B"]  # 79.996 is published as 80.00
