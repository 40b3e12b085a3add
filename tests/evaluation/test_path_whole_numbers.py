"""Path to the next class on every built-in framework: whole numbers for counts, fixed-point text with the unit,
and every printed proposal checked by evaluating the framework again with the proposed data."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import numpy as np
import pytest

from kechuang.cli import main
from kechuang.evaluation import evaluate, load_data, load_framework
from kechuang.evaluation.framework import framework_from_dict
from kechuang.evaluation.path import path_to_class
from kechuang.indicators.panel import Panel, load_panel
from kechuang.indicators.units import is_count

FIX = Path(__file__).parents[1] / "fixtures"
ROOT = Path(__file__).parents[2]
COUNTIES = FIX / "data" / "counties-synthetic.csv"
EXAMPLE = ROOT / "examples" / "data" / "counties.csv"
ASEM = FIX / "validation" / "coinr-asem" / "ASEM_iData.csv"
EIS = FIX / "validation" / "eis-2023" / "eis2023_recovered_normalised_scores.csv"
SCIENTIFIC = re.compile(r"\d[eE][+-]?\d")
# coinr-asem and most-progress rank without classes; the tests give them three so that a path exists.
THREE_CLASSES = {"thresholds": [{"class": "A", "min": 60}, {"class": "B", "min": 50}, {"class": "C"}]}


def most_progress_panel(fw, tmp_path) -> Panel:
    """Six synthetic regions at 40 %–95 % of each standard (lower-is-better indicators the other way round)."""
    leaves = fw.leaves
    rows = ["地区,年份," + ",".join(leaves)]
    for k, share in enumerate([0.4, 0.5, 0.6, 0.7, 0.8, 0.95]):
        values = []
        for j, code in enumerate(leaves):
            node = fw.nodes[code]
            level = share * (1 + 0.1 * ((j + k) % 3 - 1))
            standard = float(node.normalise["standard"])
            values.append(round(standard * level if node.direction > 0 else standard / level, 2))
        rows.append(f"测试区{k + 1},2023," + ",".join(str(v) for v in values))
    path = tmp_path / "progress.csv"
    path.write_text("\n".join(rows) + "\n", "utf-8")
    return load_data(path, fw)


def cases(tmp_path):
    hebei = load_framework("hebei-county")
    yield "hebei-county", hebei, load_data(COUNTIES, hebei)
    yield "hebei-county", hebei, load_data(EXAMPLE, hebei)
    asem = dataclasses.replace(load_framework("coinr-asem"), classify=THREE_CLASSES)
    yield "coinr-asem", asem, load_data(ASEM, asem)
    eis = load_framework("eis-2023")
    yield "eis-2023", eis, load_data(EIS, eis)
    progress = dataclasses.replace(load_framework("most-progress"), classify=THREE_CLASSES)
    yield "most-progress", progress, most_progress_panel(progress, tmp_path)


def apply(panel: Panel, fw, path) -> Panel:
    """The data as the proposal would have it: only the unit's proposed indicator values change."""
    values = panel.values.copy()
    p, u = panel.periods.index(path.period), panel.units.index(path.unit)
    for step in path.steps:
        values[p, u, panel.variables.index(fw.nodes[step.indicator].column or step.indicator)] = step.value_to
    return Panel(panel.units, panel.periods, panel.variables, values, panel.present, panel.unit_names, panel.groups)


def test_every_builtin_framework_has_a_checked_path_that_reaches_the_next_class(tmp_path):
    seen = set()
    for name, fw, panel in cases(tmp_path):
        ev = evaluate(panel, fw)
        reached = 0
        for unit in ev.units[:12]:
            path = path_to_class(panel, fw, unit, evaluation=ev)
            text = "\n".join(path.lines())
            assert not SCIENTIFIC.search(text), text
            if path.target_class is None:
                continue
            if not path.reached:
                assert not path.steps or "提高「" not in text  # nothing printed that does not reach the class
                continue
            reached += 1
            after = evaluate(apply(panel, fw, path), fw)
            p, u = after.periods.index(path.period), after.units.index(unit)
            assert after.classes[p, u] == path.target_class == path.verified_class
            assert after.scores[p, u, 0] >= path.threshold
            assert after.scores[p, u, 0] == pytest.approx(path.verified_score, abs=1e-9)
            assert f"复核:按以上数值重新评价,得分 {path.verified_score:.2f},等级 {path.target_class}" in text
        assert reached >= 1, name
        seen.add(name)
    assert seen == {"hebei-county", "coinr-asem", "eis-2023", "most-progress"}


def test_counts_get_whole_numbers_and_rates_in_count_units_do_not():
    fw = load_framework("hebei-county")
    panel = load_data(COUNTIES, fw)
    ev = evaluate(panel, fw)
    counts, fractional = 0, 0
    for unit in ev.units:
        path = path_to_class(panel, fw, unit, evaluation=ev, cap=1.0)
        for step in path.steps:
            column = panel.variable(fw.nodes[step.indicator].column or step.indicator)
            whole_data = np.all(np.mod(column[np.isfinite(column)], 1) == 0)
            assert step.integer == (is_count(step.unit) and whole_data)
            if step.integer:
                counts += 1
                assert float(step.value_to).is_integer() and isinstance(step.value_to, int)
            elif not float(step.value_to).is_integer():
                fractional += 1
    # 高新技术企业数 (家) moves in whole firms; 千家工商注册企业中高新技术企业数 (家 per 1,000) is a rate.
    assert counts >= 3 and fractional >= 3
    assert not is_count("%") and is_count("家") and is_count("篇") and is_count("Number")


def test_printed_path_reads_fixed_point_with_the_unit(tmp_path):
    data = tmp_path / "big.csv"
    data.write_text("地区,年份,firms,money\n甲,2023,34,12470.5\n乙,2023,60,30000\n", "utf-8")
    fw = count_framework(30000)
    panel = load_panel(data)
    # 甲: 50 × 34/60 + 50 × 12470.5/30000 = 49.1175; B needs 10.8825 more. A firm adds 0.8333 points for
    # 2.94 % effort (0.283 per 1 %), money 0.208 per 1 %: 13 firms (10.8333) and 29.5 万元 (0.0492) for the rest,
    # 38.5 % in all; 14 firms alone would cost 41.2 %.
    path = path_to_class(panel, fw, "甲", cap=0.5)
    text = "\n".join(path.lines())
    assert path.reached and not SCIENTIFIC.search(text)
    assert "提高「高新技术企业数」:由 34 家到 47 家(+13 家,+38.2%)" in text
    assert "提高「技术合同成交额」:由 12,470.5 万元到 12,500 万元(+29.5 万元,+0.237%)" in text
    assert path.effort == pytest.approx(13 / 34 + 29.5 / 12470.5)
    after = evaluate(apply(panel, fw, path), fw)
    assert after.classes[0, 0] == "B" and after.score("甲") >= 60
    short = apply(panel, fw, path)  # rounded the other way, the class is missed
    short.values[0, 0, short.variables.index("money")] = 12499.9
    assert evaluate(short, fw).classes[0, 0] == "C"
    # Large values print in full: 12470.5 × 100 is 1,247,050, not 1.247e+06.
    big = load_panel(_scaled(data, tmp_path))
    text = "\n".join(path_to_class(big, count_framework(3_000_000), "甲", cap=0.5).lines())
    assert not SCIENTIFIC.search(text) and "1,247,050" in text


def count_framework(standard: float):
    return framework_from_dict({
        "name": "计数", "data": {"unit": "地区", "period": "年份"}, "scale": "points",
        "classify": {"thresholds": [{"class": "A", "min": 80}, {"class": "B", "min": 60}, {"class": "C"}]},
        "tree": {"code": "总分", "points": 100, "children": [
            {"code": "firms", "name": "高新技术企业数", "points": 50, "unit": "家",
             "normalise": {"method": "ratio", "standard": 60}},
            {"code": "money", "name": "技术合同成交额", "points": 50, "unit": "万元",
             "normalise": {"method": "ratio", "standard": standard}}]}})


def _scaled(data: Path, tmp_path: Path) -> Path:
    out = tmp_path / "scaled.csv"
    out.write_text("地区,年份,firms,money\n甲,2023,34,1247050\n乙,2023,60,3000000\n", "utf-8")
    return out


def test_unreachable_under_the_caps_says_the_best_score_and_fails_in_the_cli(tmp_path, capsys):
    data = tmp_path / "c.csv"
    data.write_text("地区,年份,x,y\n甲,2023,60,40\n乙,2023,100,100\n", "utf-8")
    raw = {
        "name": "达标", "data": {"unit": "地区", "period": "年份"}, "scale": "points",
        "classify": {"thresholds": [{"class": "A", "min": 80}, {"class": "B", "min": 60}, {"class": "C"}]},
        "tree": {"code": "总分", "points": 100, "children": [
            {"code": "x", "points": 50, "unit": "家", "cap": 0.1, "normalise": {"method": "ratio", "standard": 100}},
            {"code": "y", "points": 50, "unit": "家", "cap": 0.1, "normalise": {"method": "ratio", "standard": 100}}]}}
    path = path_to_class(load_panel(data), framework_from_dict(raw), "甲")
    # At the caps: x 66, y 44 → 33 + 22 = 55 < 60.
    assert not path.reached and path.best_score == pytest.approx(55)
    assert path.note.startswith("不可达:即使各指标达到上限") and "最高得分 55" in path.note
    assert "提高「" not in "\n".join(path.lines())
    fw_file = tmp_path / "fw.yaml"
    import yaml

    fw_file.write_text(yaml.safe_dump(raw, allow_unicode=True), "utf-8")
    assert main(["path-to-class", str(data), "--framework", str(fw_file), "--unit", "甲"]) == 1
    out = capsys.readouterr().out
    assert "不可达:即使各指标达到上限" in out and "最高得分 55" in out
    assert main(["path-to-class", str(data), "--framework", str(fw_file), "--unit", "甲", "--json"]) == 1
    assert '"reached": false' in capsys.readouterr().out


def test_cli_json_records_the_check_and_whole_numbers(capsys):
    fw = load_framework("hebei-county")
    ev = evaluate(load_data(COUNTIES, fw), fw)
    unit = next(u for u in ev.units if ev.classes[-1, ev.units.index(u)] == "C")
    assert main(["path-to-class", str(COUNTIES), "--framework", "hebei-county", "--unit", unit, "--json",
                 "--cap", "1"]) == 0
    import json

    doc = json.loads(capsys.readouterr().out)
    assert doc["reached"] and doc["verified_class"] == doc["target_class"]
    assert doc["verified_score"] >= doc["threshold"]
    assert all(float(s["to"]).is_integer() for s in doc["steps"] if s["integer"])


def test_a_proposal_the_full_evaluation_disagrees_with_is_corrected_and_marked_approximate():
    # ASEM imputes group means and winsorises: moving one country's values moves both, so the linear model's
    # first answer can fall short when evaluated. The printed path is the corrected one, marked 近似解.
    fw = dataclasses.replace(load_framework("coinr-asem"), classify=THREE_CLASSES)
    panel = load_data(ASEM, fw)
    ev = evaluate(panel, fw)
    corrected = 0
    for unit in ev.units[20:30]:  # rows 21–30 of the file: several need the correction
        path = path_to_class(panel, fw, unit, evaluation=ev)
        if path.reached and path.steps and not path.exact:
            corrected += 1
            assert "近似解" in "\n".join(path.lines())
            after = evaluate(apply(panel, fw, path), fw)
            assert after.classes[-1, ev.units.index(unit)] == path.target_class
    assert corrected >= 1


def test_grid_values_round_towards_the_better_side_and_print_in_fixed_point():
    from kechuang.evaluation.path_grid import Grid, decimals_of, fixed

    up = Grid("", False, 2, 0.12345, 1.0, 10)
    down = Grid("", False, 2, 0.12345, -1.0, 10)
    assert up.value(1) == 0.14 and down.value(1) == 0.11  # 0.13345 → 0.14; 0.11345 → 0.11
    assert Grid("家", True, 0, 34, 1.0, 17).value(17) == 51
    assert decimals_of(np.array([[1.5, 2.25, np.nan]])) == 2 and decimals_of(np.array([[34.0, 60.0]])) == 0
    assert fixed(12470000.0, 2) == "12,470,000" and fixed(0.000123, 6) == "0.000123"
    assert fixed(17.0, 0, sign=True) == "+17" and fixed(-0.0, 2) == "0"


def test_nonlinear_scoring_steps_in_whole_numbers_and_is_checked(tmp_path):
    data = tmp_path / "g.csv"
    data.write_text("地区,年份,firms,share\n甲,2023,12,21.5\n乙,2023,40,35.25\n丙,2023,25,60.75\n", "utf-8")
    fw = framework_from_dict({
        "name": "几何", "data": {"unit": "地区", "period": "年份"}, "aggregate": "geometric",
        "normalise": {"method": "min-max", "range": [1, 100]},
        "classify": {"thresholds": [{"class": "A", "min": 60}, {"class": "B", "min": 30}, {"class": "C"}]},
        "tree": {"code": "总分", "children": [
            {"code": "firms", "name": "孵化器数", "unit": "个"}, {"code": "share", "name": "占比", "unit": "%"}]}})
    panel = load_panel(data)
    ev = evaluate(panel, fw)
    unit = next(u for u in ev.units if ev.classes[0, ev.units.index(u)] != "A")
    path = path_to_class(panel, fw, unit, evaluation=ev, cap=3.0)
    assert path.reached and not path.exact and path.steps
    steps = {s.indicator: s for s in path.steps}
    assert "firms" in steps, path.lines()
    assert steps["firms"].integer and isinstance(steps["firms"].value_to, int)
    if "share" in steps:
        assert not steps["share"].integer and steps["share"].value_to == round(steps["share"].value_to, 2)
    after = evaluate(apply(panel, fw, path), fw)
    assert after.classes[0, ev.units.index(unit)] == path.target_class
