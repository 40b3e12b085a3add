"""A task's default deadline: a plan of several years defaults to its horizon, not the year it was issued."""

from __future__ import annotations

from datetime import date

import pytest

from kechuang.monitoring.tasks import deadline_basis, title_horizon


@pytest.mark.parametrize(("title", "year", "horizon"), [
    ("灵寿县县域科技创新跃升计划工作方案(2022-2025年)", 2022, 2025),
    ("关于加快建设创新型县到2027年的实施意见", 2023, 2027),
    ("“十四五”科技创新规划", 2021, 2025),
    ("某县科技创新三年行动计划", 2023, 2025),
    ("某市科技创新5年行动方案", 2021, 2025),
    ("2023年科技工作要点", 2023, None),
    ("国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见", 2018, None),
    ("灵寿县2024年攻坚行动方案", 2024, None),  # the 4 of 2024 is no four-year plan (it gave 2027)
    ("关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告", 2024, None),
    ("某县科技创新10年行动计划", 2021, 2030),
    ("某县科技创新十年行动计划", 2021, 2030),
    ("“十四五”科技创新规划和到2035年远景目标", 2021, 2025),
])
def test_the_period_a_title_names(title, year, horizon):
    assert title_horizon(title, year) == horizon


def test_a_national_plan_of_2018_with_goals_to_2025_defaults_to_2025_not_2018():
    title = "国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见"
    assert deadline_basis([], title, 2018, [2020, 2025]) == (date(2025, 12, 31), "plan_target")
    assert deadline_basis([2020], title, 2018, [2020, 2025]) == (date(2020, 12, 31), "task_target")


def test_the_title_period_wins_over_first_year_targets_and_the_plan_year_comes_last():
    title = "灵寿县县域科技创新跃升计划工作方案(2022-2025年)"
    assert deadline_basis([], title, 2022, [2022]) == (date(2025, 12, 31), "title")
    assert deadline_basis([], "2023年科技工作要点", 2023, [2015]) == (date(2023, 12, 31), "plan_year")
    assert deadline_basis([], "", None, []) == (None, "")
    # a one-year plan that names a vision year (到2035年) defaults to its own year, not the vision's
    assert deadline_basis([], "灵寿县2023年科技工作要点", 2023, [2023, 2035]) == (date(2023, 12, 31), "plan_target")
    assert deadline_basis([], "灵寿县2023年科技工作要点", 2023, [2035]) == (date(2023, 12, 31), "plan_year")
