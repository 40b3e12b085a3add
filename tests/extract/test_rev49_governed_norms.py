"""rev49 (review of spur65): a profile (`X是…,`) or a 应 bound (应不低于 N) is a fact or a norm only outside the plan's
goals. Under a goals heading (`发展目标`, `主要目标`) or after a lead that dates the list (`到2025年,…主要指标如下:`),
a sentence needs no commitment word of its own: the section commits for it, as ``place_fact`` (yr65) already reads.

spur65's own family stays unread (tests/extract/test_spur65_norms.py, test_spur65_profiles.py; dev pages
sh-lingang-gfxt2022, sh-shanghai-xjjzkzs2023, fj-fuzhou-xqjy2011, 青海 2022 黄河流域…), and so does a norm in a task
section (`新建住宅小区绿地率应不低于30%` under 重点任务). The goal-section sentences below are written for the review
(plan text in the shape of a 十四五 科技创新 plan), not quoted: the dev corpus holds no 应 bound under a goals heading,
so the fault is spur65's over-reach, shown by construction."""

from __future__ import annotations

from kechuang.extract import extract_text

TITLE = "某县“十四五”科技创新发展规划"
GOALS = ("一、发展目标\n\n(一)主要目标\n\n"
         "研发经费投入强度应不低于2.5%,每万人发明专利拥有量应不少于8件。\n\n"
         "二、重点任务\n\n新建住宅小区绿地率应不低于30%。\n")
LEAD = ("一、总体要求\n\n到2025年,全县科技创新能力显著增强。主要指标如下:\n\n"
        "研发经费投入强度应不低于2.5%,每万人发明专利拥有量应不少于8件。\n")
PROFILE = ("一、发展目标\n\n(一)主要目标\n\n"
           "全县是国家创新型县,高新技术企业数量达到60家,技术合同成交额达到5亿元。\n")


def _values(text):
    return [t.value for t in extract_text(text, plan_year=2021, title=TITLE).targets]


def test_a_bound_under_a_goals_heading_is_a_goal():
    got = _values(GOALS)
    assert 2.5 in got and 8 in got, got
    assert 30 not in got, got  # a norm of a task section stays unread


def test_a_bound_after_a_dated_lead_is_a_goal():
    got = _values(LEAD)
    assert 2.5 in got and 8 in got, got


def test_a_profile_opening_under_a_goals_heading_keeps_its_goals():
    got = _values(PROFILE)
    assert 60 in got and 5 in got, got
