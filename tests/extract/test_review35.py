"""Review 35 (session 31, read-only) on the session's later merges: the goals period's stated years read quadratically
and from any period of the sentence, menu lines joined to a title over a blank line, the margin filter's genre read
from a 文号 line, quoted programme names read as goals. Each input is the reviewer's."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.years import years
from tests.timing import assert_linear


def _targets(text: str, plan_year: int | None, title: str | None = None) -> list[tuple]:
    return [(t.value, t.unit, t.year) for t in extract_text(text, plan_year=plan_year, title=title).targets]


def test_stated_periods_before_many_leads_are_linear():
    assert_linear(lambda text: years(text, 0, 0, 2023), lambda n: "2023年三年目标:" * (200 * n))
    assert_linear(lambda text: years(text, 0, 0, 2023), lambda n: "2021—2023年三年目标:" * (200 * n))


def test_only_a_period_stated_before_the_lead_is_its_own():
    text = "2023年工作要点\n三年发展目标:全市高新技术企业达到500家,为“十五五”时期高质量发展奠定基础。"
    assert (500, "家", 2025) in _targets(text, 2023)
    assert _targets("2023—2025年三年发展目标:高新技术企业达到500家。", 2022) == [(500, "家", 2025)]


def test_a_past_period_before_the_lead_gives_no_deadline():
    assert not [m for m in years("2018—2020年,三年目标:新增企业500家", 0, 0, 2022) if m.deadline]


def test_menu_lines_over_a_blank_line_are_not_joined_to_a_placed_title():
    for menu in ("关于我们", "2023年第5期", "建设工程信息网", "推进会", "支持单位"):
        plan = extract_text(f"{menu}\n\n沈阳市数字经济发展三年行动实施方案\n\n一、总体要求\n", plan_year=2023)
        assert plan.document.title == "沈阳市数字经济发展三年行动实施方案", menu
    for opening in ("关于加快推进", "全面推进乡村振兴", "2023年"):
        plan = extract_text(f"{opening}\n\n沈阳市数字经济发展三年行动实施方案\n\n一、总体要求\n", plan_year=2023)
        assert plan.document.title.startswith(opening), opening


def test_margins_in_a_plan_of_goals_read_its_title_not_its_number_line():
    body = "全市城镇化率提高到65%,比全省高2个百分点。规上工业增加值增长10%,比全省高3个百分点。"
    want = [(65, "%", 2024), (10, "%", 2024)]
    assert _targets(f"沈政办发〔2024〕5号\n\n2024年工作要点\n\n{body}", 2024) == want
    assert _targets(body, 2024, title="2024年工作要点") == want


def test_a_review_of_goals_is_no_plan_of_goals():
    text = "2023年度目标任务完成情况\n地区生产总值增长7%,比全省高1个百分点;城镇居民人均可支配收入增长8%,比全省高2个百分点。"
    assert _targets(text, 2023) == []


def test_a_quote_a_programme_word_follows_is_a_name():
    for text in ("实施“引进100名高层次人才”计划。", "实施“培育10家龙头企业”工程。", "開展“新建1000座5G基站”專項行動。",
                 "深化“建成1个中心、3个平台”建设。", "该县“新增3家规上企业”的目标未能实现。"):
        assert _targets(text, 2024) == [], text
    assert [t[:2] for t in _targets("落实好“新增2万个中小学学位”市政府实事任务。", 2024)] == [(2, "万个")]


def test_plans_to_be_drafted_are_counted_not_named():
    assert [t[:2] for t in _targets("完成30个村庄规划编制计划。", 2024)] == [(30, "个")]
    assert [t[:2] for t in _targets("制定3个年度工作计划。", 2024)] == [(3, "个")]
    assert _targets("大力实施五个倍增计划。", 2024) == []  # a programme's name stays one
