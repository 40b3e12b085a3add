"""mend56: review 39's findings on hist54's and yr55's rules (targets/past_leads.py, paragraph_scope.py,
review_reading.py, plan_year.py). The inputs are rev39's; the rules they guard rest on the dev sources cited in
tests/extract/test_hist54_goals.py and test_yr55_years.py, whose tests keep passing."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.text.normalise import normalise
from tests.timing import assert_linear


def _targets(text: str, plan_year: int | None, title: str | None = None) -> list[tuple[float, str, int | None]]:
    plan = extract_text(normalise(text), plan_year=plan_year, title=title)
    return [(t.value, t.unit, t.year) for t in plan.targets]


# 1. a part of the year in a plan is its own schedule, no history (past_leads.py; hist54's news leads still drop:
# test_hist54_goals.py::test_a_sentence_opening_with_a_past_date_reports)
def test_a_plans_schedule_keeps_its_targets():
    text = ("关于印发2025年全县重点工作任务的通知\n一、重点任务\n3月份开工建设污水处理厂2座,6月底前建成投用。\n"
            "上半年完成农村公路改造50公里。\n一季度新开工重大项目10个。")
    assert [v for v, _, _ in _targets(text, 2025)] == [2, 50, 10]
    for line, value in (("1月份启动政务服务事项梳理,完成事项清单200项。", 200), ("二季度新增规上工业企业15家。", 15),
                        ("前三季度完成固定资产投资80亿元。", 80), ("今年上半年完成农村公路改造50公里。", 50)):
        assert [v for v, _, _ in _targets("一、重点任务\n" + line, 2025)] == [value]


def test_bare_guoqu_is_no_period_reviewed():
    assert [v for v, _, _ in _targets("一、重点任务\n过去的基础上,全年建成高标准农田2万亩。", 2025)] == [2]
    # 过去五年 / 过去一年 still review
    assert _targets("一、重点任务\n过去五年,全县建成高标准农田12万亩。", 2025) == []


# 2. the paragraph's first digit found once: 同比 sentences in a goals section stay linear (paragraph_scope.py)
def test_year_on_year_sentences_in_a_goals_section_stay_linear():
    def make(n: int) -> str:
        return "一、主要目标\n" + "加快推进高质量发展。" * n + "地区生产总值同比增长5%。" * max(1, n // 10)

    assert_linear(lambda text: extract_text(text, plan_year=2025), make, 500)


# 3. a goals heading over a review's actuals does not make its 同比 goals (review_reading.py)
def test_a_reviews_year_on_year_change_under_a_goals_heading_is_no_goal():
    body = "一、目标任务\n全年地区生产总值同比增长5.6%,固定资产投资同比增长8.2%。"
    assert _targets("某区人民政府关于2024年工作总结的报告\n" + body, 2025) == []
    assert _targets("某区人民政府关于2024年工作总结的报告\n" + body, None) == []
    assert _targets(body, 2025, title="某区人民政府关于2024年工作总结的报告") == []
    assert _targets("2024年主要预期目标\n全年地区生产总值同比增长5.6%,固定资产投资同比增长8.2%。", 2025) == []
    # the plan's own caption keeps its goals (滨海 2024, https://bc-talentfs.com/channels/722.html, dev)
    assert [v for v, _, _ in _targets("2024年经济社会发展主要预期目标\n地区生产总值同比增长4.8%左右。", 2024)] == [4.8]


# 4. a title that names a five-year 规划 of its own is the period's plan (plan_year.py)
def test_a_five_year_plans_title_takes_no_first_year():
    text = "一、发展目标\n新建充电桩500个。"
    title = "确保\"十五五\"开好局 某市\"十五五\"充电设施规划"
    assert _targets(text, 2026, title=title) == [(500, "个", None)]
    assert _targets(title + "\n" + text, 2026) == [(500, "个", None)]
    # a title that pushes the period's opening still dates the task lines (福建 2026, test_yr55_years.py)
    assert _targets(text, 2026, title="全力推动“十五五”开好局起好步") == [(500, "个", 2026)]
