"""Review 26 (rev26): findings on rounds 57-60 (docs/extraction.md, section 4, "Review 26").

F1: round 58's report reach (targets/report_reach.py) opened on 上年 inside a comparison (比上年, 较上年), which a plan's
goals print as often as a report — the module's own note says 比上年 opens no reach, the pattern did. A plan's goal
sentence with 比上年 and no other goal's cue then dropped the goals printed after it. No dev page prints that shape
(the dev sentences with 比上年 and no goal's cue followed by a cueless one are five, all of statistical bulletins that
are read as reports anyway: 渑池 2022, 宜春 2022, 彭州 2002), so the plan texts are written for the test, in the shape
of a year's goals list (the 政府工作报告 goals of 漳州 2010, 159sucan.com/ShowInfo.aspx?id=25686, print the same list
without 比上年). A report's own 上年 (上年,全县…) still opens the reach."""

from __future__ import annotations

from kechuang.extract import extract_text

PLAN_TITLE = "某县2025年科技工作要点"


def _targets(text: str, title: str = PLAN_TITLE) -> set[tuple[float, str]]:
    return {(t.value, t.unit) for t in extract_text(text, title=title).targets}


def test_f1_a_comparison_with_the_year_before_opens_no_reach() -> None:
    text = ("二、主要目标\n全县地区生产总值比上年增长6%左右,规上工业增加值增长7%。"
            "一般公共预算收入增长5%,固定资产投资增长8%。")
    found = _targets(text)
    assert (5, "%") in found and (8, "%") in found


def test_f1_goals_after_a_sentence_with_jiao_shang_nian() -> None:
    text = "二、主要目标\n全社会研发投入较上年增长15%以上。高新技术企业达到50家,科技型中小企业达到120家。"
    found = _targets(text)
    assert (50, "家") in found and (120, "家") in found


def test_f1_a_report_of_the_year_before_still_reaches() -> None:
    # 上年 opening a clause reports: the sentence after it, with no cue of its own, is history
    text = ("二、工作回顾\n上年,全县高新技术企业达到45家,科技型中小企业达到98家。"
            "技术合同成交额达到2.3亿元,专利授权量达到560件。")
    found = _targets(text)
    assert (2.3, "亿元") not in found and (560, "件") not in found
