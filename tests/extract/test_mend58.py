"""mend58: review 42's findings on sum58's rules, each input run as the reviewer ran it (``extract_text(normalise(
text))``, or ``years()``, plan year 2024) and failing on main (af253a42) first.

Findings 1–2 (targets/project_rolls.py): the year's share of a total cost follows its count (a goal's count kept, its
share kept), and a plan's own goals keep the shape's targets: under a goals heading, or in a text whose title names a
plan of its own (``title``). The rule's dev sources (延吉 2025 news, 福建 2023 执行情况, 太仓 2024, 开阳, 吴江 2025,
相城 2023: tests/extract/test_sum58_rolls.py) are news and reports and stay dropped.
Finding 3 (targets/streaks.py): a bare verb after 连续N年 (增长, 增产, 突破, 超) is a streak gone by only with a past
mark or no commitment and no value to reach; sum58's dev sources (test_sum58_streaks.py) stay streaks."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.lines import split_lines
from kechuang.extract.model import Target
from kechuang.extract.targets.project_rolls import own_plan, project_rolls
from kechuang.extract.targets.vocab import vocab
from kechuang.extract.targets.years import years
from kechuang.text.normalise import normalise

PLAN = "某县2024年重点项目建设计划"


def _values(text: str, title: str | None = PLAN) -> list[tuple]:
    return [(t.value, t.unit, t.year) for t in extract_text(normalise(text), plan_year=2024, title=title).targets]


def _years(text: str, plan_year: int = 2024) -> list[int]:
    return [mark.year for mark in years(text.translate(vocab().simplified), 0, 0, plan_year)]


def test_the_share_follows_its_goal_count():
    # finding 1: 确保 keeps the count, and the share after its total with it (main: 50 个 kept, 80 亿元 dropped)
    text = "一、主要目标\n确保新开工项目50个,总投资300亿元,年度计划投资80亿元。\n"
    assert (80, "亿元", 2024) in _values(text)
    assert (50, "个", 2024) in _values(text)


def test_a_plans_goals_under_a_goals_heading_keep_the_shape():
    # finding 2: no goal word in the clause, but the heading names the goals (main: nothing)
    text = "一、主要目标\n全年实施重点项目50个,总投资300亿元,年度计划投资80亿元。\n"
    assert {(50, "个", 2024), (80, "亿元", 2024)} <= set(_values(text))
    text = "（一）目标任务\n实施省重点项目12个,总投资150亿元,当年计划投资40亿元以上。\n"
    assert {(12, "个", 2024), (40, "亿元", 2024)} <= set(_values(text))


def test_a_plans_own_title_keeps_the_shape():
    # finding 2, the gate the caller gives the title to (targets/__init__.py passes none yet: the lead wires it)
    assert own_plan(PLAN) and own_plan("关于印发某县2024年工作要点的通知")
    assert not own_plan("关于福建省2023年国民经济和社会发展计划执行情况及2024年计划草案的报告")  # 福建 2023, dev
    assert not own_plan("太仓满弓劲发开新局助推农业农村经济拔节向上") and not own_plan(None)  # 太仓 2024 news, dev
    text = "全年实施重点项目50个,总投资300亿元,年度计划投资80亿元。"
    lines = split_lines(text)
    found = extract_text(text, plan_year=2024, title=None).targets  # the share the rule drops (the count stays)
    a, b = text.index("50个"), text.index("80亿元")
    mine = [Target("重点项目", "count", 50, "个", 2024, False, "50个", "", a, a + 3),
            Target("年度计划投资", "amount", 80, "亿元", 2024, False, "80亿元", "", b, b + 4)]
    # fresh46 (audit44): 实施…50个 is the plan's count of its work and stays; the year's share after the total drops
    assert any(t.value == 50 for t in found) and not any(t.value == 80 for t in found)
    assert project_rolls(lines, mine) == mine[:1]
    assert project_rolls(lines, mine, title=PLAN) == mine


def test_a_run_to_come_after_a_bare_verb_keeps_its_year():
    # finding 3 (main: undated, the reviewer's `before` dated them)
    assert _years("全县地区生产总值连续三年增长8%以上,一般公共预算收入增长6%。") == [2026]  # a value to reach
    assert _years("推动粮食生产连续两年增产,粮食产量达到60万吨。") == [2025]  # 推动 before it
    assert _years("实现连续5年增长,粮食产量稳定在60万吨以上。") == [2028]
    # 实施 outside the twelve characters before 连续, in its sentence
    assert _years("实施粮食产能提升行动,全市粮食产量连续3年突破60万吨,高标准农田建设面积达到20万亩。") == [2026]
    assert _years("全市上下连续三年超额完成任务。") == [2026]  # 超额 is no 超 of a line crossed
    assert (8, "%", 2026) in _values("全县地区生产总值连续三年增长8%以上,一般公共预算收入增长6%。", "某县2024年工作计划")


def test_a_streak_with_a_past_mark_stays_one():
    # a past mark in its sentence (已, 了, 以来) keeps it a streak though a plan's verb stands before it
    assert _years("全县已实现粮食产量连续三年增长。") == []
    assert 2026 not in _years("2021年以来,实施高标准农田建设,粮食产量连续3年突破60万吨。")


def test_a_plans_own_roll_keeps_its_goals_through_the_title():
    # the title gate reached from extract_text: a 计划's own list of projects, with no goals heading, keeps its goals
    text = "全年实施重点项目50个,总投资300亿元,年度计划投资80亿元。"
    from kechuang.extract import extract_text as _extract
    from kechuang.text.normalise import normalise as _normalise
    rows = [(t.value, t.unit) for t in _extract(_normalise(text), plan_year=2024,
                                                 title="某县2024年重点项目建设计划").targets]
    assert (50, "个") in rows and (80, "亿元") in rows
