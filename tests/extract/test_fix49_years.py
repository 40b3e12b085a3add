"""fix49 (review 34, O1 and O2): yr47's goals period (N年发展目标, 辽宁 “一圈一带两区” 三年行动方案 news 2022,
http://bxshszb.bcxww.com/html/2022-02/24/content_140661.htm, dev; 三门峡 2022 未来五年主要目标任务,
https://www.ismx.cn/content-10-82041-1.html, dev) dates goals only where the phrase leads them (a heading, or followed by
:, 是, 为, ,到…), never where a review reports it done (the reviewer's sentences below); and where the lead states the
period's years, its end wins over a count from the plan's year."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.years import years


def _years(text: str, plan_year: int | None) -> dict:
    return {(t.value, t.unit): t.year for t in extract_text(text, plan_year=plan_year).targets}


def test_a_goals_period_reported_done_is_no_deadline():
    assert _years("脱贫攻坚三年目标任务全面完成,累计减贫1.2万人,贫困发生率降至0.5%。", 2021).get((0.5, "%")) is None
    assert _years("去年,三年行动目标圆满完成,新增高新技术企业120家。", 2024).get((120, "家")) is None
    assert _years("今年是三年行动的收官之年,三年目标全面实现,全年新增企业300家。", 2024).get((300, "家")) == 2024
    assert _years("对照五年目标,当前已完成投资150亿元,完成率60%", 2024).get((60, "%")) is None
    for text in ("三年目标全面完成", "实现三年目标", "对照五年目标,当前已完成"):
        assert not [m for m in years(text, 0, 0, 2022) if m.deadline], text


def test_a_goals_period_that_leads_still_dates():
    for text in ("确定了各区域三年发展目标:沈阳", "三年工作目标为", "三年发展目标,到期末",
                 "三、三年发展目标"):
        assert [m.year for m in years(text, 0, 0, 2022) if m.deadline] == [2024], text
    assert [m.year for m in years("全县五年的目标是:打造10个", 0, 0, 2022) if m.deadline] == [2026]


def test_the_stated_years_of_the_period_win():
    assert [m.year for m in years("2023—2025年三年发展目标:全市高新技术企业达到500家", 0, 0, 2022)
            if m.deadline] == [2025]
    assert _years("2023—2025年三年发展目标:全市高新技术企业达到500家。", 2022)[(500, "家")] == 2025
