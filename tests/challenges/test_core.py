"""The pure 揭榜挂帅 core: the step order from the rule data, scores with conflicts excluded and ties, the staged
funding of a 任务书, 公示 periods in working days."""

from __future__ import annotations

from datetime import date

import pytest

from kechuang.challenges import (
    SheetScore,
    Tranche,
    add_working_days,
    check_tranches,
    load_rules,
    rank_applications,
    term_end,
)
from kechuang.challenges.machine import parse_rules
from kechuang.challenges.scoring import application_mean, parse_score
from kechuang.errors import KechuangError

CRITERIA = ["plan", "team", "base", "budget"]


def sheet(expert, total_parts, conflicted=False):
    return SheetScore(expert, dict(zip(CRITERIA, total_parts, strict=True)), conflicted)


def test_rules_list_the_eleven_steps_in_order():
    rules = load_rules()
    assert [s.name for s in rules.steps] == ["需求征集", "榜单凝练", "发榜公示", "揭榜", "形式审查", "专家评审",
                                             "结果公示", "任务书", "里程碑考核", "验收", "结题"]
    assert rules.score_max == 100
    assert rules.next_step("contract").key == "milestones"
    assert rules.next_step("closed") is None


@pytest.mark.parametrize(("step", "action", "role", "words"), [
    ("drafting", "apply", "enterprise", "尚未到“揭榜”环节"),
    ("notice", "apply", "enterprise", "尚未到“揭榜”环节"),
    ("screening", "apply", "enterprise", "已过了“揭榜”环节"),
    ("contract", "accept", "bureau", "尚未到“验收”环节"),  # no 验收 before the 任务书
    ("applying", "score", "expert", "尚未到“专家评审”环节"),
    ("results", "score", "expert", "已过了“专家评审”环节"),
])
def test_actions_out_of_order_are_refused(step, action, role, words):
    with pytest.raises(KechuangError) as caught:
        load_rules().require(step, action, role)
    assert caught.value.code == "KC-CHALLENGE-ORDER"
    assert words in caught.value.message_zh


def test_an_action_by_the_wrong_role_is_refused():
    with pytest.raises(KechuangError) as caught:
        load_rules().require("review", "score", "bureau")
    assert caught.value.code == "KC-WEB-FORBIDDEN"
    assert "评审专家" in caught.value.message_zh
    load_rules().require("review", "score", "expert")  # allowed: no error


def test_rule_data_with_a_repeated_step_is_refused():
    raw = {"version": "x", "notice_working_days": 5, "results_working_days": 5, "min_experts": 3, "max_experts": 9,
           "criteria": [{"key": "a", "name": "甲", "max": 100}],
           "steps": [{"key": "a", "name": "一"}, {"key": "a", "name": "二"}]}
    with pytest.raises(KechuangError, match="重复"):
        parse_rules(raw)


def test_conflicted_experts_are_left_out_of_the_mean():
    sheets = [sheet("e1", [30, 20, 15, 8]), sheet("e2", [35, 25, 15, 9]), sheet("e3", [20, 20, 10, 5]),
              sheet("e4", [40, 30, 20, 10], conflicted=True)]  # a conflicted 100 would lift the mean
    mean, counted, excluded = application_mean(sheets, CRITERIA, 3)
    assert (mean, counted, excluded) == (round((73 + 84 + 55) / 3, 2), 3, 1)


def test_too_few_unconflicted_experts_give_no_mean():
    sheets = [sheet("e1", [30, 20, 15, 8]), sheet("e2", [35, 25, 15, 9]), sheet("e3", [1, 1, 1, 1], conflicted=True)]
    assert application_mean(sheets, CRITERIA, 3)[0] is None


def test_an_incomplete_sheet_does_not_count():
    partial = SheetScore("e9", {"plan": 40})
    full = [sheet(f"e{i}", [30, 20, 10, 5]) for i in range(3)]
    assert application_mean([*full, partial], CRITERIA, 3) == (65.0, 3, 0)


def test_equal_means_share_a_rank_and_are_marked_tied():
    three = [30, 20, 10, 5]
    ranked = rank_applications({
        1: [sheet(f"e{i}", three) for i in range(3)],
        2: [sheet(f"e{i}", [40, 30, 20, 10]) for i in range(3)],
        3: [sheet(f"e{i}", three) for i in range(3)],
        4: [sheet("e1", three)],  # too few experts: last, unranked
    }, CRITERIA, 3)
    assert [(r.application, r.rank, r.tied) for r in ranked] == [(2, 1, False), (1, 2, True), (3, 2, True),
                                                                  (4, None, False)]


@pytest.mark.parametrize(("raw", "words"), [("41", "0–40"), ("-1", "0–40"), ("abc", "不是数字"), ("12.25", "1 位小数"),
                                            ("nan", "0–40"), ("", "不是数字")])
def test_scores_out_of_range_are_refused(raw, words):
    with pytest.raises(KechuangError) as caught:
        parse_score(raw, "技术方案", 40)
    assert words in caught.value.message_zh


def test_a_score_as_typed():
    assert parse_score(" 38.5分 ", "技术方案", 40) == 38.5


START, END = date(2026, 11, 1), date(2028, 10, 31)


def tranches(*amounts):
    return [Tranche(f"阶段{i}", date(2027, i, 1), "样机", a) for i, a in enumerate(amounts, start=1)]


def test_tranches_must_sum_to_the_budget():
    check_tranches(tranches(3_000_000, 5_000_000, 2_000_000), 10_000_000, START, END)
    with pytest.raises(KechuangError, match="合计 9 万元,与榜单经费 10 万元不符"):
        check_tranches(tranches(3_000_000, 5_000_000, 1_000_000), 10_000_000, START, END)


def test_milestones_outside_the_term_or_out_of_order_are_refused():
    late = [Tranche("验收", date(2029, 1, 1), "报告", 10)]
    with pytest.raises(KechuangError, match="第 1 个里程碑“验收”的日期 2029-01-01 不在实施期"):
        check_tranches(late, 10, START, END)
    backwards = [Tranche("二", date(2027, 5, 1), "x", 5), Tranche("一", date(2027, 3, 1), "y", 5)]
    with pytest.raises(KechuangError, match="早于上一个里程碑"):
        check_tranches(backwards, 10, START, END)
    with pytest.raises(KechuangError, match="至少要有一个里程碑"):
        check_tranches([], 10, START, END)


def test_working_days_skip_the_national_day_holiday():
    # 2026-10-01 … 10-07 is the National Day holiday (国务院办公厅 2026 schedule, as chinese-calendar holds it)
    assert add_working_days(date(2026, 9, 30), 5) == date(2026, 10, 12)
    assert add_working_days(date(2026, 11, 16), 5) == date(2026, 11, 20)  # a plain Monday–Friday week


def test_working_days_beyond_the_calendar_data_count_monday_to_friday():
    assert add_working_days(date(2035, 3, 2), 5) == date(2035, 3, 8)  # Friday 2 → Thursday 8


def test_term_end():
    assert term_end(date(2026, 11, 1), 24) == date(2028, 10, 31)
    assert term_end(date(2026, 1, 31), 1) == date(2026, 2, 27)
