"""yr55: a report's task lines read with no year. A title that pushes the opening of a five-year period names the
plan's one year when the plan year is the period's first (dev sources cited per test)."""

from kechuang.extract.pipeline import extract_text

# 福建 2026 政府工作报告, a news print: https://reportify.ai/news/1213791688833765376 (dev)
FUJIAN_TITLE = "一鼓作气勇争先,全力推动“十五五”开好局起好步"
FUJIAN = ("加快科技创新和产业创新深度融合。强化科技创新资金统筹管理,实施省科技重大创新项目10个以上。"
          "支持企业参与重大科技攻关,全社会研发经费投入增长10%左右,推广\"企业家+科学家+投资家\"协同创新模式。")


def _years(text: str, plan_year: int, title: str) -> list:
    plan = extract_text(text, plan_year=plan_year, title=title)
    return [(t.value, t.year) for t in plan.targets]


def test_a_title_opening_the_period_of_the_plan_year_dates_the_task_lines():
    assert _years(FUJIAN, 2026, FUJIAN_TITLE) == [(10, 2026), (10, 2026)]


def test_the_opening_of_a_period_the_plan_year_does_not_open_dates_nothing():
    # a 2025 plan that prepares the 十五五's opening (平利 2025, dev) and a 2022 report looking back at the
    # 十四五's opening (福安, 漳州 2022, dev): their undated lines keep no year
    assert _years(FUJIAN, 2025, FUJIAN_TITLE) == [(10, None), (10, None)]
    assert _years(FUJIAN, 2022, "巩固“十四五”良好开局") == [(10, None), (10, None)]


def test_a_title_of_the_period_alone_stays_a_plan_of_several_years():
    assert _years(FUJIAN, 2026, "“十五五”科技创新规划") == [(10, None), (10, None)]
