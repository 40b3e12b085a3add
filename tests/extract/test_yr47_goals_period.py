"""yr47: the span of years a lead names for its goals (三年发展目标) dates them, counted from the plan's year as 三年内
is (spec, "Durations"; `year` = start + N − 1), and as a deadline: the lead's later paragraphs take it too.

Real text (dev): 辽宁 “一圈一带两区” 三年行动方案 news, 2022 (http://bxshszb.bcxww.com/html/2022-02/24/content_140661.htm):
`“三年行动方案”确定了各区域三年发展目标:…制造业增加值占地区生产总值比重力争达到30%` and, in the next paragraph,
`…固定资产投资增速达到15%。…森林蓄积量增长7.7%` — gold 2024 for all five. The same shape heads 三门峡's goals
(`未来五年主要目标任务`, 2022, https://www.ismx.cn/content-10-82041-1.html, dev), read already as the duration 未来五年;
甘肃 乡村振兴 2023 (`未来五年的目标是:…打造10个百亿级产业大…`, dev) likewise."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.years import years

_LIAONING = ("“三年行动方案”确定了各区域三年发展目标:沈阳现代化都市圈1小时交通圈基本建成,形成一批超千亿元、具有引领性的特色"
             "产业集群,制造业增加值占地区生产总值比重力争达到30%,沈阳市地区生产总值力争达到1万亿元。辽宁沿海经济带成为引领东北"
             "地区高质量发展主引擎,实际利用外资和外贸进出口总额年均增速超过全国平均水平,大连市地区生产总值突破1万亿元。\n"
             "辽西融入京津冀协同发展战略先导区初步形成与京津冀地区梯级联动、协调互补、互利共赢的格局,地区生产总值增速高于全省"
             "平均水平,固定资产投资增速达到15%。辽东绿色经济区“辽宁绿肺”作用日益显现,森林蓄积量增长7.7%,")
_TITLE = "辽宁省推进“一圈一带两区”区域协调发展三年行动方案"


def _years(text: str, plan_year: int | None, title: str | None = None) -> dict:
    plan = extract_text(text, plan_year=plan_year, title=title)
    return {(t.value, t.unit): t.year for t in plan.targets}


def test_a_lead_of_three_years_goals_dates_its_targets_and_the_next_paragraph():
    found = _years(_LIAONING, 2022, _TITLE)
    assert found[(30, "%")] == 2024
    assert found[(1, "万亿元")] == 2024
    assert found[(15, "%")] == 2024  # the next paragraph: the lead's period governs it, as 到2024年 would
    assert found[(7.7, "%")] == 2024


def test_the_goals_period_is_a_deadline_mark_counted_from_the_plan_year():
    marks = years("确定了各区域三年发展目标:沈阳现代化都市圈1小时交通圈基本建成", 0, 0, 2022)
    assert [(m.year, m.deadline) for m in marks] == [(2024, True)]
    varied = years("全县确定了五年奋斗目标:", 0, 0, 2021)  # another count and goals word of the same shape
    assert [(m.year, m.deadline) for m in varied] == [(2025, True)]
    assert [m.year for m in years("2020年起三年工作目标", 0, 0, 2022) if m.deadline] == [2022]  # a stated start


def test_near_misses_mark_no_goals_period():
    for text in ("第三年目标", "今年目标", "近三年目标全面完成", "过去五年目标任务圆满完成", "前三年目标"):
        assert not [m for m in years(text, 0, 0, 2022) if m.deadline], text
    assert [m.year for m in years("2025年目标值", 0, 0, 2022)] == [2025]  # 25年 of a year is no count of years
    # 未来五年 is a duration already: one mark, not two (三门峡 2022's heading)
    assert [m.year for m in years("未来五年主要目标任务", 0, 0, 2022)] == [2026]
    assert [m.year for m in years("确定了三年发展目标:", 0, 0, None)] == []  # no plan year: nothing to count from
