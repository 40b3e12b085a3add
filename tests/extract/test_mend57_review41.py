"""mend57 (session 34): review 41's findings on yr57 (a congress lead dates a report's lines) and mis57 (more shapes of
``X、Y分别 V A、B``), each a test through ``extract_text`` from the review's input that failed on main (613b02d1).
The leads rest on the dev news prints of the yr57 tests (昆明 2025, https://kunming.cn/news/c/2025-01-12/13907653.shtml;
三门峡 2022, https://www.ismx.cn/content-10-82041-1.html); the lists on mis57's dev sources (cited per test)."""

from __future__ import annotations

from kechuang.extract.pipeline import extract_text
from kechuang.text.normalise import normalise


def _rows(text: str, plan_year: int | None) -> list[tuple]:
    return [(t.indicator, t.kind, t.value, t.unit, t.year)
            for t in extract_text(normalise(text), plan_year=plan_year).targets]


_BODY = "\n一、扩大有效需求\n力争纳入省级重点项目150个以上,新培育科技型企业30家。"
_LEAD = "昆明市第十五届人民代表大会第四次会议在昆明会堂开幕。"


# Finding 1: a lead that tells of a past session (a year other than the plan's, 去年, 一年前, 上年) dates nothing;
# the session of the plan's own year still dates the task lines (the control).
def test_a_past_sessions_lead_dates_nothing():
    assert [r[4] for r in _rows("1月12日上午," + _LEAD + _BODY, 2025)] == [2025, 2025]
    assert [r[4] for r in _rows("2025年1月12日上午," + _LEAD + _BODY, 2025)] == [2025, 2025]
    # a year after the opening names what the session hears, a sentence before it another matter
    heard = "1月12日上午," + _LEAD[:-1] + ",审查2024年计划执行情况与2025年计划草案。"
    assert [r[4] for r in _rows(heard + _BODY, 2025)] == [2025, 2025]
    assert [r[4] for r in _rows("2024年全市经济平稳。1月12日上午," + _LEAD + _BODY, 2025)] == [2025, 2025]
    for past in ("2024年1月12日上午,", "去年1月,", "一年前的1月,", "上年1月,", "二〇二四年一月,"):
        assert [r[4] for r in _rows(past + _LEAD + _BODY, 2025)] == [None, None], past


# Finding 2: a first session's news lines push the five-year heading beyond the lead-in's three lines; the heading
# still governs the goals under it, and so does a five-year lead clause (今后五年,…).
_SANMENXIA = ("1月6日下午,三门峡市第八届人民代表大会第一次会议开幕。\n大会应到代表364人,实到337人。\n"
              "大会主席团常务主席主持大会。\n市长作政府工作报告。\n")
_GOALS = "●在质量指标上,人均地区生产总值要达到10.9万元"


def test_a_five_year_heading_after_a_first_sessions_news_lines_undoes_the_congress_lead():
    assert [r[4] for r in _rows(_SANMENXIA + "未来五年主要目标任务\n" + _GOALS, 2022)] == [None]
    # (a lead clause of the period dates its goals at the period's end, as with no congress lead)
    lead = "今后五年,我们要实现以下目标:\n" + _GOALS
    assert _rows(_SANMENXIA + lead, 2022) == _rows(lead, 2022) != _rows("1月6日下午," + _LEAD + "\n" + _GOALS, 2022)
    # the news lines alone name no period: the lead still dates the goal (the control)
    assert [r[4] for r in _rows(_SANMENXIA + _GOALS, 2022)] == [2022]


# Finding 3: a rise to a level after 分别 (提升为, 提高为, 提高达, 提升达) is a level, as 提高到/至 is (肇庆 民生实事,
# https://www.zhaoqing.gov.cn/xxgk/zwgk/zxgcgk/content/post_2462763.html, dev: 分别提高到 → levels); a rise by a %
# stays a growth (粮食、油菜单产分别提高2%、3%: 贵州 2023, dev, the mis57 test).
def test_a_respective_rise_to_a_level_stays_a_level():
    for verb in ("提升为", "提高为", "提高达", "提升达"):
        rows = _rows(f"覆盖率、达标率分别{verb}90%、45%。", 2025)
        assert [(n, k, v) for n, k, v, *_ in rows] == [("覆盖率", "level", 90), ("达标率", "level", 45)], verb
    rows = _rows("粮食、油菜单产分别提高2%、3%以上。", 2023)
    assert [(n, k) for n, k, *_ in rows] == [("粮食单产", "growth"), ("油菜单产", "growth")]


# Finding 4: the crop's measure after the last name goes to bare names only (粮食、油菜单产: 贵州 2023; 粮油、蔬菜种植
# 面积: 重庆 2025, http://bg.zgcqxs.net/paper.asp?Aid=25817&Fid=16060 — dev); a name with a measure of its own or
# a land keeps its name.
def test_a_crop_measure_goes_to_bare_names_only():
    cases = {
        "造林面积、粮食播种面积分别达到5万亩、100万亩。": ["造林面积", "粮食播种面积"],
        "粮食产能、油料单产分别达到100万吨、200公斤。": ["粮食产能", "油料单产"],
        "粮食总产、油菜单产分别达到100万吨、200公斤。": ["粮食总产", "油菜单产"],
        "高标准农田、粮食播种面积分别达到50万亩、100万亩。": ["高标准农田", "粮食播种面积"],
        "粮油、蔬菜种植面积分别稳定在100万亩以上、28万亩。": ["粮油种植面积", "蔬菜种植面积"],
    }
    for text, names in cases.items():
        assert [r[0] for r in _rows(text, 2025)] == names, text


# Finding 5: the name reaches the rate-of-change rule from a 分别 sentence (西藏 2025 report,
# http://customartwest.com/2025zt/2025xzlh/content_6427421.html, dev: 居民消费价格涨幅 growth 3); 失业率 stays a level.
def test_a_rate_of_change_in_a_respective_list_is_a_growth_through_extract_text():
    rows = _rows("城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内。", 2025)
    assert [(n, k, v) for n, k, v, *_ in rows] == [("城镇调查失业率", "level", 5), ("居民消费价格涨幅", "growth", 3)]
