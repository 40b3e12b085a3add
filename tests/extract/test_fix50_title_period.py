"""fix50: a title's own period ends the goals period of its length (review 35's risk).

The goals-period rule of ``targets/years.py`` dates a lead's N年目标 by counting from the plan's year: in a plan
signed the year before its period (山西省推进数字经济全面发展实施方案(2026—2028年), signed in 2025:
http://www.sxpaec.cn/shizhengyaowen/2008719665955987458.html, dev) a 三年发展目标 lead (the lead of 辽宁省推进“一圈一带
两区”区域协调发展三年行动方案: “三年行动方案”确定了各区域三年发展目标:…,
http://bxshszb.bcxww.com/html/2022-02/24/content_140661.htm, dev) would end a year early. The title states the
period; its end wins when its length is the lead's.

The core reads the period (``plan_year.title_period``) and takes it (``years(..., title_period=)``); passing the
document's title period from ``targets/__init__`` through ``Paragraph`` to ``years`` is the caller's part (see the
report of fix50).
"""

from __future__ import annotations

import pytest

from kechuang.extract.targets.plan_year import title_period
from kechuang.extract.targets.years import years

_LEAD = "“三年行动方案”确定了各区域三年发展目标:沈阳现代化都市圈1小时交通圈基本建成"


@pytest.mark.parametrize(("title", "period"), [
    ("山西省推进数字经济全面发展实施方案(2026—2028年)", (2026, 2028)),
    ("安徽省科技创新三年行动计划(2023-2025年)", (2023, 2025)),
    ("辽宁省推进“一圈一带两区”区域协调发展三年行动方案", None),  # no years printed
    ("2022年工作总结和2023—2025年工作计划", (2023, 2025)),
    ("2016—2020年回顾与2021—2025年规划", None),  # two periods: which is the plan's is not the title's to say
    ("1990—2035年远景", None),  # no plan's span
])
def test_the_period_a_title_states(title, period):
    assert title_period(title) == period


def _goal_years(text: str, plan_year: int, period: tuple[int, int] | None) -> list[int]:
    return [m.year for m in years(text, 0, 0, plan_year, None, period) if m.deadline]


def test_the_titles_period_ends_a_goals_period_of_its_length():
    assert _goal_years(_LEAD, 2025, (2026, 2028)) == [2028]
    assert _goal_years(_LEAD, 2022, None) == [2024]  # no title period: counted from the plan's year, as before


def test_a_period_of_another_length_or_a_stated_start_still_counts():
    assert _goal_years(_LEAD.replace("三年", "五年"), 2025, (2026, 2028)) == [2029]
    assert _goal_years("2027年起,三年发展目标:新增高新技术企业100家", 2025, (2026, 2028)) == [2029]


def test_a_past_title_period_is_no_deadline_of_the_goals():
    assert _goal_years(_LEAD, 2021, (2018, 2020)) == [2023]  # counted from the plan's year, as before
