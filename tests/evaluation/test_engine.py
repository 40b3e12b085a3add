"""Engine steps and bad input: clear errors or reported fallbacks, never a silent NaN in a score."""

import math

import numpy as np
import pytest

from kechuang.errors import KechuangError
from kechuang.evaluation import evaluate, evaluate_file, steps
from kechuang.evaluation.framework import framework_from_dict
from kechuang.indicators.panel import load_panel


def write(tmp_path, text, name="data.csv"):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def fw(**extra):
    doc = {"name": "t", "data": {"unit": "地区", "period": "年份"},
           "tree": {"code": "Root", "children": [{"code": "a"}, {"code": "b", "direction": "lower"}]}}
    doc.update(extra)
    return framework_from_dict(doc)


DATA = "地区,年份,a,b\n甲,2022,1,5\n乙,2022,3,1\n丙,2022,2,3\n甲,2023,2,4\n乙,2023,3,2\n丙,2023,4,3\n"


def test_min_max_direction_and_year_on_year(tmp_path):
    from kechuang.evaluation.report import jump_rows

    ev = evaluate(load_panel(write(tmp_path, DATA)), fw(classify={"thresholds": [{"class": "A", "min": 60},
                                                                                 {"class": "B"}]}))
    # 2023: a: 甲 0, 乙 50, 丙 100; b (lower is better): 甲 0, 乙 100, 丙 50.
    assert ev.score("乙", "b") == 100 and ev.score("甲", "b") == 0
    assert ev.score("丙") == pytest.approx(75) and ev.score("乙") == pytest.approx(75)
    assert ev.rank("丙") == 1 and ev.rank("乙") == 1 and ev.rank("甲") == 3
    jumps = {r["unit"]: r for r in jump_rows(ev)}
    assert jumps["丙"]["previous_score"] == pytest.approx(50) and jumps["丙"]["rank_change"] == 1
    assert jumps["丙"]["class_change"] == "B→A 升级"
    assert jumps["乙"]["class_change"] == "A→A".replace("A→A", "持平")
    assert jumps["甲"]["best_rank"] == 3


@pytest.mark.parametrize("method,expected", [
    ({"method": "z-score"}, None),
    ({"method": "ratio", "standard": 4}, [50.0, 75.0, 100.0]),
    ({"method": "goalposts", "min": 0, "max": 4}, [50.0, 75.0, 100.0]),
    ({"method": "distance-to-target", "target": 3}, [0.0, 100.0, 100.0]),
    ({"method": "percentile"}, [0.0, 50.0, 100.0]),
    ({"method": "rank"}, [1.0, 2.0, 3.0]),
])
def test_normalisation_methods(tmp_path, method, expected):
    framework = framework_from_dict({"name": "t", "data": {"unit": "地区", "period": "年份"},
                                     "tree": {"code": "R", "children": [{"code": "a", "normalise": method}]}})
    ev = evaluate(load_panel(write(tmp_path, DATA)), framework)
    got = [ev.score(u, "a") for u in ("甲", "乙", "丙")]
    if expected is None:  # z-score of 2, 3, 4
        assert got == pytest.approx([-1, 0, 1])
    else:
        assert got == pytest.approx(expected)


def test_ratio_scoring_lower_is_better_caps_at_full_points():
    x = np.array([[0.2, 0.4, 0.8, np.nan]])
    got = steps.normalise_column(x, x, {"method": "ratio", "standard": 0.4}, -1, (0, 1))
    assert got[0, :3].tolist() == [1.0, 1.0, 0.5] and math.isnan(got[0, 3])


def test_text_in_numeric_cell_names_row_and_column(tmp_path):
    path = write(tmp_path, "地区,年份,a,b\n甲,2023,1,5\n乙,2023,三,1\n")
    with pytest.raises(KechuangError) as err:
        load_panel(path)
    assert err.value.context["row"] == 3 and err.value.context["column"] == "a"
    assert "data.csv" in str(err.value)


def test_missing_unit_column_and_bad_year(tmp_path):
    with pytest.raises(KechuangError, match="地区"):
        load_panel(write(tmp_path, "x,y\n1,2\n"))
    with pytest.raises(KechuangError) as err:
        load_panel(write(tmp_path, "地区,年份,a\n甲,去年,1\n"))
    assert err.value.context["row"] == 2


def test_duplicate_unit_year(tmp_path):
    with pytest.raises(KechuangError, match="重复"):
        load_panel(write(tmp_path, "地区,年份,a,b\n甲,2023,1,5\n甲,2023,2,1\n"))


def test_framework_names_indicator_the_data_lacks(tmp_path):
    panel = load_panel(write(tmp_path, "地区,年份,a\n甲,2023,1\n乙,2023,2\n"))
    with pytest.raises(KechuangError) as err:
        evaluate(panel, fw())
    assert err.value.code == "KC-EVAL-INDICATOR-MISSING" and "b" in err.value.message_zh
    ev = evaluate(panel, fw(), allow_missing=True)
    assert any("剔除" in w for w in ev.warnings)
    assert ev.score("乙") == 100


def test_indicator_missing_for_every_unit_is_dropped_with_a_warning(tmp_path):
    ev = evaluate(load_panel(write(tmp_path, "地区,年份,a,b\n甲,2023,1,\n乙,2023,2,\n")), fw())
    assert any("所有单位都没有数据" in w for w in ev.warnings)
    assert not np.isnan(ev.scores[0, :, 0]).any()


def test_zero_denominator_is_reported_and_imputed(tmp_path):
    framework = fw(impute="mean", tree={"code": "R", "children": [{"code": "a", "denominator": "pop"}, {"code": "b"}]})
    ev = evaluate(load_panel(write(tmp_path, "地区,年份,a,b,pop\n甲,2023,1,5,0\n乙,2023,2,1,2\n丙,2023,3,2,1\n")),
                  framework)
    assert any("分母" in w and "甲" in w for w in ev.warnings)
    assert any("插补" in w for w in ev.warnings)
    assert not np.isnan(ev.scores[0, :, 0]).any()


def test_unit_without_any_value_is_reported_not_silent(tmp_path):
    ev = evaluate(load_panel(write(tmp_path, "地区,年份,a,b\n甲,2023,,\n乙,2023,2,1\n丙,2023,3,2\n")), fw())
    assert math.isnan(ev.score("甲"))
    assert any("无法计算总分" in w and "甲" in w for w in ev.warnings)


def test_negative_value_under_log(tmp_path):
    framework = fw(tree={"code": "R", "children": [{"code": "a", "normalise": {"method": "goalposts", "min": 1,
                                                                               "max": 10, "log": True}}]})
    with pytest.raises(KechuangError) as err:
        evaluate(load_panel(write(tmp_path, "地区,年份,a\n甲,2023,-1\n乙,2023,2\n")), framework)
    assert err.value.code == "KC-EVAL-LOG-NONPOSITIVE" and "a" in err.value.context["key"]
    with pytest.raises(KechuangError):
        evaluate(load_panel(write(tmp_path, "地区,年份,a\n甲,2023,-1\n乙,2023,2\n")),
                 fw(treat="log", tree={"code": "R", "children": [{"code": "a"}]}))


def test_geometric_mean_with_zero_scores_skips_that_unit_year_only(tmp_path):
    ev = evaluate(load_panel(write(tmp_path, DATA)), fw(aggregate="geometric"))  # default nonpositive: skip
    assert math.isnan(ev.score("甲")) and ev.rank("甲") is None  # 甲 scores 0 on both indicators
    assert ev.score("乙") == pytest.approx(math.sqrt(50 * 100)) and ev.rank("乙") == 1
    assert any("甲(2023" in w and "nonpositive" in w for w in ev.warnings)
    ev = evaluate(load_panel(write(tmp_path, DATA)), fw(aggregate="geometric", normalise={"method": "min-max",
                                                                                          "range": [1, 100]}))
    assert ev.score("丙") == pytest.approx(math.sqrt(100 * 50.5))


def test_harmonic_and_weights(tmp_path):
    framework = fw(aggregate="harmonic", normalise={"method": "min-max", "range": [1, 100]},
                   tree={"code": "R", "children": [{"code": "a", "weight": 3}, {"code": "b", "weight": 1}]})
    ev = evaluate(load_panel(write(tmp_path, DATA)), framework)
    assert ev.score("丙") == pytest.approx(4 / (3 / 100 + 1 / 50.5))


def test_winsorisation_stops_at_the_limits():
    rng = np.random.default_rng(1)
    x = np.concatenate([rng.normal(10, 1, 60), [100, 90]])[:, None]
    out, low, high, failed = steps.winsorise(x, 2.0, 3.5, 10)
    assert high[0] >= 1 and low[0] == 0 and not failed[0]
    assert abs(steps.skewness(out)[0]) <= 2 or steps.kurtosis(out)[0] <= 3.5
    assert out.max() < 90


def test_imputation_methods():
    x = np.array([[[1.0], [np.nan]], [[np.nan], [4.0]], [[3.0], [np.nan]]])  # periods × units × 1
    present = np.ones((3, 2), dtype=bool)
    last = steps.impute(x, "last-value", present)
    assert last[1, 0, 0] == 1.0 and np.isnan(last[0, 1, 0]) and last[2, 1, 0] == 4.0
    interp = steps.impute(x, "interpolate", present)
    assert interp[1, 0, 0] == 2.0 and interp[0, 1, 0] == 4.0
    groups = np.array([["g", "g"]] * 3, dtype=object)
    assert steps.impute(x, "group-mean", present, groups)[0, 1, 0] == 1.0


def test_missing_group_column_for_group_mean(tmp_path):
    with pytest.raises(KechuangError, match="分组列"):
        evaluate(load_panel(write(tmp_path, DATA)), fw(impute={"method": "group-mean", "group": "省份"}))


def test_tidy_data_is_read_as_well(tmp_path):
    tidy = write(tmp_path, "region,indicator,period,value\n甲,a,2023,2\n乙,a,2023,3\n丙,a,2023,4\n"
                 "甲,b,2023,4\n乙,b,2023,2\n丙,b,2023,3\n", "tidy.csv")
    wide = write(tmp_path, DATA, "wide.csv")
    a, b = evaluate_file(tidy, fw()), evaluate_file(wide, fw())
    assert [a.score(u) for u in ("甲", "乙", "丙")] == [b.score(u) for u in ("甲", "乙", "丙")]


def test_xlsx_data(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    for row in [line.split(",") for line in DATA.strip().split("\n")]:
        wb.active.append([float(c) if c.replace(".", "").isdigit() else c for c in row])
    wb.save(tmp_path / "d.xlsx")
    ev = evaluate_file(tmp_path / "d.xlsx", fw())
    assert ev.periods == [2022, 2023] and ev.score("丙") == pytest.approx(75)
