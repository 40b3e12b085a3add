"""Review 7 of the session's rules (fixh's part): goals sections in achieved_growth.py and the N年累计 year in
years.py. The sentences are the reviewer's probes (ordinary plan shapes, no source page) and one varied input of the
same shape each."""

from __future__ import annotations

from tests.extract.passages import target_rows as _rows

_GOALS = "全县地区生产总值增长6%左右。"
_REVIEW = "实现地区生产总值320亿元,增长6.2%。"


def _values(text: str, plan_year: int) -> list:
    return [r[2] for r in _rows(text, plan_year)]


# Finding 2: an unnumbered goals heading before any numbered one is closed by the next numbered heading.
def test_an_unnumbered_goals_heading_closes_at_a_numbered_one():
    for review in ("一、上年经济运行", "(一)上年经济运行"):
        values = _values(f"主要目标\n{_GOALS}\n{review}\n{_REVIEW}", 2025)
        assert 320 not in values and 6.2 not in values, review
    varied = "发展目标\n全县一般公共预算收入增长5%以上。\n一、经济运行情况\n实现规上工业增加值150亿元,增长8.3%。"
    values = _values(varied, 2026)
    assert 150 not in values and 8.3 not in values


# Finding 3: a history sub-heading under a goals heading closes the goals section, whatever its level.
def test_a_history_sub_heading_closes_the_goals_section():
    assert _values(f"一、主要目标\n{_GOALS}\n(一)上年经济运行\n{_REVIEW}", 2025) == [6]
    varied = "二、发展目标\n全县规上工业增加值增长8%左右。\n(一)经济运行情况\n实现一般公共预算收入28亿元,增长5.3%。"
    assert _values(varied, 2025) == [8]
    past_year = "一、主要目标\n全县规上工业增加值增长8%左右。\n(一)2024年经济运行\n实现一般公共预算收入28亿元,增长5.3%。"
    assert _values(past_year, 2025) == [8]  # a sub-heading opening with a past year
    # a sub-heading of goals stays in them (review 5)
    kept = "二、发展目标\n(一)经济发展\n实现地区生产总值320亿元,增长6.5%。"
    assert 320 in _values(kept, 2025)


# Finding 4: a title with a verb before its 目标 (a report's summing up) opens no goals section.
def test_a_verb_before_mubiao_opens_no_goals_section():
    assert _values(f"一、全面完成年度目标\n{_REVIEW}\n二、发展环境分析", 2025) == []
    varied = "一、全面实现“十四五”目标\n实现规上工业增加值150亿元,增长8.3%。"
    assert _values(varied, 2026) == []
    # a noun-phrase title ending in 目标 still opens one
    assert 320 in _values(f"二、生态目标\n{_REVIEW}", 2025)


# Finding 6: a past base year before N年累计 leaves the plan-year duration; only a past period is a review.
def test_a_past_base_year_keeps_the_cumulative_duration():
    rows = [(r[2], r[3], r[4]) for r in _rows("与2020年相比,全县五年累计新增高新技术企业100家。", 2021)]
    assert rows == [(100, "家", 2025)]
    rows = [(r[2], r[3], r[4]) for r in _rows("2020年全县高企达到40家,五年累计新增科技型中小企业200家。", 2021)]
    assert (200, "家", 2025) in rows
    varied = "2023年全县专精特新企业达到12家,三年累计新增专精特新企业30家。"
    assert (30, "家", 2026) in [(r[2], r[3], r[4]) for r in _rows(varied, 2024)]
    assert _rows("“十三五”时期，全县五年累计新增高新技术企业40家。", 2021) == []  # a past period stays a review


# Finding 7: 以来 cancels the year only after a time phrase (2021年以来, 近年以来), not after any event.
def test_since_cancels_the_year_only_after_a_time_phrase():
    text = "党的二十大以来,我县高度重视科技创新,三年累计新增科技型中小企业300家。"
    assert [(r[2], r[4]) for r in _rows(text, 2024)] == [(300, 2026)]
    varied = "乡村振兴战略实施以来,全县上下凝心聚力,五年累计新建农村公路500公里。"
    assert [(r[2], r[4]) for r in _rows(varied, 2026)] == [(500, 2030)]
    for text, plan_year in (("2022年以来三年累计新增就业1.5万人。", 2025), ("近年以来,全县三年累计建成5G基站800个。", 2025)):
        assert all(r[4] is None for r in _rows(text, plan_year)), text
