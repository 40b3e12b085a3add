"""Review 46's findings on cand62's goal_counts.py, grow62's count_lengths.py and tab62's loose table units (inputs
written by the reviewer in plan phrasing; each failed before its mend)."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.goal_tables import _loose_value
from kechuang.text.normalise import normalise

GOALS = "一、主要目标\n"


def _targets(text: str, year: int = 2024) -> list[tuple]:
    plan = extract_text(normalise(text), plan_year=year)
    return [(t.indicator, t.kind, t.value, t.unit) for t in plan.targets]


def test_a_goal_count_is_no_later_item_of_a_scope_list():
    assert _targets("到2025年,全县4个街道、12个乡镇实现全覆盖。") == []
    assert _targets("将按照1个中心、3个片区的布局推进。") == []


def test_units_and_participants_counted_are_no_goal():
    for text in ("由5名县领导牵头,负责统筹。", "由县政府办牵头,12个部门配合。",
                 "到2025年,10个部门联合开展整治。", "5个县区、20个乡镇纳入试点范围。", "12个乡镇党委书记述职。",
                 "15个乡镇作为试点乡镇。", "分3个阶段推进。"):
        assert not [t for t in _targets(GOALS + text) if t[3] in ("名", "个")], text


def test_a_past_years_report_in_a_goals_section_is_no_goal():
    assert _targets(GOALS + "2023年全县15个项目竣工投产,30家企业实现上市。") == []


def test_minutes_are_no_plan_and_a_report_after_the_value_counts_nothing():
    assert _targets("会议纪要显示,15个项目完成验收,28家企业通过评审。") == []
    assert not [t for t in _targets("今年,58个单位和部门参加了活动。") if t[2] == 58]


def test_a_done_part_after_the_goal_keeps_the_goal():
    # 已 after the value (a part of the goal already begun) no longer drops the goal itself: 已 counts before it only
    got = _targets("到2025年,要确定20余个省级绿色制造重点项目,其中部分项目已开工。")
    assert any(t[2] == 20 and t[3] == "个" for t in got), got


def test_a_length_after_a_count_is_named_by_the_thing_not_the_verb():
    for text, name in (("到2025年,建成24条750公里农村公路。", "农村公路"),
                       ("全县实施12条86公里县乡道改造。", "县乡道")):
        got = [t for t in _targets(text) if t[3] == "公里"]
        assert got and all(t[0].endswith(name) and not t[0].startswith(("建成", "全县实施")) for t in got), (text, got)
    got = [t for t in _targets("加快國省干線公路和紅色旅游公路等24條750公里建設任務。", 2021) if t[3] == "公里"]
    assert got and got[0][0].startswith("國省干線公路"), got  # (names keep the characters as printed)


def test_a_table_cell_of_a_grade_a_star_or_a_hotline_is_no_loose_value():
    for text in ("3级甲等", "4星", "12345热线"):
        assert _loose_value(text) is None, text
    for text in ("42万乘次", "10分钟以内", "4.8km/km2"):
        assert _loose_value(text) is not None, text


def test_a_past_deadline_governs_no_rank():
    # (found after session 36's last review: fm63's rank gate took any 到20XX年)
    assert _targets("到2020年,我县经济总量进入全省前十。") == []
    assert [t[1:3] for t in _targets("到2026年,我县经济总量进入全省前十。")] == [("rank", 10)]
