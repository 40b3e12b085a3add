"""Targets against data: trajectories, projections, lights and feasibility."""

import pytest

from kechuang.cli.monitor import _print
from kechuang.errors import KechuangError
from kechuang.indicators.catalog import load_catalog
from kechuang.indicators.observations import Observation
from kechuang.monitoring import Thresholds, monitor_plan


def obs(indicator, series, region="灵寿县"):
    return [Observation(region, indicator, y, v) for y, v in series.items()]


def plan(*targets, year=2021):
    return {"document": {"region": "灵寿县", "plan_year": year}, "targets": list(targets)}


def level(indicator, value, unit, year, **kw):
    return {"indicator": indicator, "kind": "level", "value": value, "unit": unit, "year": year, **kw}


def test_level_target_on_track_uses_linear_trajectory():
    rows = monitor_plan(plan(level("高新技术企业", 30, "家", 2025)),
                        obs("hitech_enterprises", {2020: 10, 2021: 15, 2022: 20}))
    r = rows[0]
    assert r.indicator_id == "hitech_enterprises" and r.base_year == 2020 and r.base_value == 10
    assert r.required_now == pytest.approx(10 + 20 * 2 / 5)  # linear from 2020 to 2025
    assert r.attainment == pytest.approx(20 / 30)
    assert r.projected == pytest.approx(35) and "线性" in r.projection_method
    assert r.status == "green" and r.feasible is True


def test_growth_target_compounds_and_flags_infeasible_growth():
    target = {"indicator": "研发资金投入", "kind": "growth", "value": 30, "unit": "%", "year": 2025,
              "recurring": True}
    rows = monitor_plan(plan(target), obs("rd_expenditure", {2020: 100, 2021: 101, 2022: 102}))
    r = rows[0]
    assert r.target_value == pytest.approx(100 * 1.3 ** 5)
    assert r.required_now == pytest.approx(100 * 1.3 ** 2)  # compounding trajectory
    assert r.status == "red" and r.feasible is False
    assert r.required_growth > 2 * r.best_growth


def test_lower_is_better_and_done():
    rows = monitor_plan(plan(level("单位GDP能耗", 0.5, "吨标准煤/万元", 2025)),
                        obs("energy_intensity", {2020: 0.7, 2022: 0.45}))
    assert rows[0].direction == "lower" and rows[0].status == "done"


def test_yellow_and_red_by_thresholds():
    data = obs("tech_smes", {2020: 100, 2021: 100, 2022: 110, 2023: 150})
    target = level("科技型中小企业", 200, "家", 2025)
    r = monitor_plan(plan(target), data, thresholds=Thresholds(green=0.98, yellow=0.9))[0]
    assert r.required_now == pytest.approx(160) and r.status == "yellow"  # 150 / 160 = 0.94
    r = monitor_plan(plan(target), data, thresholds=Thresholds(green=0.98, yellow=0.95))[0]
    assert r.status == "red" and r.projected < 200


def test_target_year_passed_and_missed_is_red():
    rows = monitor_plan(plan(level("高新技术企业", 30, "家", 2022), year=2022),
                        obs("hitech_enterprises", {2021: 20, 2022: 25, 2023: 40}))
    r = rows[0]
    assert r.latest_year == 2022 and r.status == "red" and "未达成" in r.note


def test_units_are_converted_to_the_targets_unit():
    rows = monitor_plan(plan(level("技术合同成交额", 2, "亿元", 2025)),
                        obs("technology_contract_value", {2020: 5000, 2023: 15000}))
    assert rows[0].latest_value == pytest.approx(1.5) and rows[0].unit == "亿元"


def test_unlinked_category_and_missing_data_are_explained():
    rows = monitor_plan(plan(level("城镇污水处理率", 90, "%", 2025),
                             {"indicator": "县域科技创新能力", "kind": "category", "value": "B", "unit": None,
                              "year": 2022},
                             level("科技特派员", 100, "名", 2025)),
                        obs("hitech_enterprises", {2020: 1}))
    assert "未关联" in rows[0].note and "定性" in rows[1].note and "没有该指标" in rows[2].note
    assert all(r.status == "unknown" for r in rows)


def test_region_must_be_resolvable():
    data = obs("tech_smes", {2022: 1}) + obs("tech_smes", {2022: 2}, region="正定县")
    with pytest.raises(KechuangError, match="--region"):
        monitor_plan({"document": {}, "targets": []}, data)
    rows = monitor_plan(plan(level("科技型中小企业", 5, "家", 2025)), data, region="正定县")
    assert rows[0].latest_value == 2


def test_growth_goal_is_a_level_in_the_indicators_unit_not_a_percentage(capsys):
    """A growth target ("年均增长 30%") is monitored as the level it implies; that level carries the
    indicator's unit, and the rate stays visible in the note."""
    target = {"indicator": "研发资金投入", "kind": "growth", "value": 30, "unit": "%", "year": 2025,
              "recurring": True}
    r = monitor_plan(plan(target), obs("rd_expenditure", {2020: 100, 2021: 101, 2022: 102}))[0]
    assert r.unit != "%" and r.unit == load_catalog().by_id["rd_expenditure"].unit
    assert "年均增长 30%" in r.note
    _print([r])
    line = capsys.readouterr().out
    assert f"目标 {100 * 1.3 ** 5:g}{r.unit}(2025)" in line and "%" not in line.split("目标")[1].split("最新")[0]


def test_multiple_goal_carries_the_indicators_unit():
    target = {"indicator": "研发资金投入", "kind": "multiple", "value": 2, "unit": "倍", "year": 2025}
    r = monitor_plan(plan(target), obs("rd_expenditure", {2020: 100, 2022: 150}))[0]
    assert r.target_value == pytest.approx(200) and r.unit == load_catalog().by_id["rd_expenditure"].unit
    assert "2 倍" in r.note


def test_recurring_growth_without_a_year_compounds_to_the_latest_year():
    """每年增长 10% with no target year: judged at the latest data, compounding over the years elapsed."""
    target = {"indicator": "研发资金投入", "kind": "growth", "value": 10, "unit": "%", "year": None,
              "recurring": True}
    r = monitor_plan(plan(target), obs("rd_expenditure", {2020: 100, 2021: 108, 2022: 118, 2023: 130}))[0]
    assert r.base_year == 2020 and r.target_value == pytest.approx(100 * 1.1 ** 3)
    assert "没有" in r.note or "未给出目标年份" in r.note
    assert r.attainment == pytest.approx(130 / 133.1) and r.status != "done"  # 130 is short of 133.1


def test_a_one_year_growth_in_a_plan_of_no_known_year_grows_on_the_year_before_its_own():
    """地区生产总值增长10% dated 2022 in a plan whose year the extractor did not find was measured from the first year
    of data (2016: 完成度 155 %, green); it is the growth of 2022 on 2021."""
    target = {"indicator": "研发资金投入", "kind": "growth", "value": 10, "unit": "%", "year": 2022}
    series = {2016: 60, 2019: 80, 2021: 100, 2022: 104}
    r = monitor_plan(plan(target, year=None), obs("rd_expenditure", series))[0]
    assert (r.base_year, r.base_value) == (2021, 100) and r.target_value == pytest.approx(110)
    assert r.status != "green"  # 104 of 110
    dated = monitor_plan(plan(target, year=2019), obs("rd_expenditure", series))[0]
    assert dated.base_year == 2016  # a known plan year still decides: the last data before it


def test_a_large_level_is_written_without_an_exponent():
    """折算为水平值 2.60704e+06万元 on a 目标监测 page: a clerk reads 2607040."""
    target = {"indicator": "研发资金投入", "kind": "growth", "value": 10, "unit": "%", "year": 2022}
    r = monitor_plan(plan(target, year=2022), obs("rd_expenditure", {2021: 2_370_036.4, 2022: 2_400_000}))[0]
    assert "折算为水平值 2607040" in r.note and "e+" not in r.note


def test_percentage_point_increase_is_a_level_above_the_baseline():
    """提高2个百分点 (kind increase): the goal is the baseline's share plus two points, in the indicator's unit."""
    target = {"indicator": "研发经费投入强度", "kind": "increase", "value": 2, "unit": "个百分点", "year": 2025}
    r = monitor_plan(plan(target), obs("rd_intensity", {2020: 1.5, 2021: 1.9, 2022: 2.4}))[0]
    assert r.base_year == 2020 and r.target_value == pytest.approx(3.5) and r.unit == "%"
    assert "提高 2 个百分点" in r.note and r.status != "unknown"


def test_rank_target_is_listed_as_not_monitored(capsys):
    target = {"indicator": "研发经费投入强度", "kind": "rank", "value": 10, "unit": "名", "year": 2025}
    other = {"indicator": "研发经费投入强度", "kind": "newkind", "value": 1, "unit": "个", "year": 2025}
    rise = {"indicator": "高新技术企业", "kind": "increase", "value": 2, "unit": "个百分点", "year": 2025}
    rows = monitor_plan(plan(target, other, rise), obs("rd_intensity", {2020: 1.5, 2022: 2.4}))
    assert "排名" in rows[0].note and rows[0].status == "unknown"
    assert "不支持" in rows[1].note and rows[1].status == "unknown"
    assert "无法折算" in rows[2].note and rows[2].status == "unknown"  # 高新技术企业 is counted in 家, not %
    _print(rows)  # the table of `kechuang monitor` prints them all
    assert "排名" in capsys.readouterr().out
def test_a_stored_link_replaces_the_linkers_choice_and_no_data_is_no_error_when_the_region_is_named():
    """The platform stores the link a clerk chose: monitoring follows it, not the wording."""
    from kechuang.indicators.catalog import Link

    catalog = load_catalog()
    chosen = Link(catalog.by_id["tech_smes"], "manual", 1.0)
    target = level("一个说法完全不同的目标", 30, "家", 2025)
    data = obs("tech_smes", {2020: 10, 2022: 20})
    [linked] = monitor_plan(plan(target), data, links={1: chosen})
    [unlinked] = monitor_plan(plan(target), data)
    assert linked.indicator_id == "tech_smes" and linked.link == "manual" and linked.latest_value == 20
    assert unlinked.indicator_id is None
    [empty] = monitor_plan(plan(target), [], region="灵寿县", links={1: chosen})
    assert empty.status == "unknown" and "没有该指标" in empty.note


def test_required_path_runs_from_the_baseline_to_the_goal_through_required_now():
    from kechuang.monitoring import required_path

    [r] = monitor_plan(plan(level("高新技术企业", 30, "家", 2025)), obs("hitech_enterprises", {2020: 10, 2022: 20}))
    path = dict(required_path(r))
    assert list(path) == list(range(2020, 2026)) and path[2020] == 10 and path[2025] == 30
    assert path[2022] == pytest.approx(r.required_now)
    [unknown] = monitor_plan(plan(level("高新技术企业", 30, "家", None)), obs("hitech_enterprises", {2020: 10}))
    assert required_path(unknown) == []
