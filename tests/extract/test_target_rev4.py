"""Review 4 of the session's rules (fixy's part): the N年累计 duration of round 33 and its neighbours. The sentences
are the reviewer's probes (ordinary plan shapes, no source page) and one varied input of the same shape each."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.years import years
from tests.extract.passages import target_rows as _rows
from tests.extract.test_target_shapes import HAINAN
from tests.timing import assert_linear


def _dated(text: str, plan_year: int) -> list[tuple]:
    return [(r[2], r[3], r[4]) for r in _rows(text, plan_year)]


# Finding 1: the 25年 inside 2025年 is no duration of 25 years (年累计 and 年内 alike).
def test_a_year_before_cumulative_or_within_is_no_duration():
    assert _dated("到2025年累计建成5G基站1200个。", 2024) == [(1200, "个", 2025)]
    assert _dated("力争到2027年累计培育省级专精特新企业50家。", 2024) == [(50, "家", 2027)]
    assert _dated("到2030年累计建成高标准农田100万亩。", 2026) == [(100, "万亩", 2030)]
    assert _dated("到2025年累计建成5G基站1200个，到2030年累计建成3000个。", 2021) == [
        (1200, "个", 2025), (3000, "个", 2030)]
    assert _dated("到2028年累计建成充电桩500个。", 2025) == [(500, "个", 2028)]  # varied
    assert _rows("2023年累计完成投资20亿元。", 2024) == []  # a past year's figure, no target
    assert _dated("2025年内建成5G基站1200个。", 2024) == [(1200, "个", 2025)]
    assert _dated("2026年内完成10个老旧小区改造。", 2025) == [(10, "个", 2026)]  # varied


# Finding 2: a deadline or a five-year period the sentence (or the goals lead above it) states ends the N years.
def test_a_stated_deadline_or_period_governs_n_years_cumulative():
    assert _dated("到2025年，全县高新技术企业达到50家，三年累计新增科技型中小企业100家。", 2022) == [
        (50, "家", 2025), (100, "家", 2025)]
    assert _dated("“十四五”期间，五年累计新增高新技术企业120家。", 2022) == [(120, "家", 2025)]
    assert _dated("到“十四五”末，五年累计完成造林10万亩。", 2022) == [(10, "万亩", 2025)]
    assert _dated("2022年至2024年三年累计新增就业3000人。", 2024) == [(3000, "人", 2024)]
    assert _dated("到2027年，全市专精特新企业达到60家，两年累计新增科技型中小企业200家。", 2024) == [
        (60, "家", 2027), (200, "家", 2027)]  # varied
    assert _dated("“十五五”期间，五年累计新增规上工业企业60家。", 2027) == [(60, "家", 2030)]  # varied
    # the goals lead's 到2023年 governs the line under it, whatever year the plan is read in (test_target_shapes)
    assert (1000, "个", 2023) in _dated(HAINAN, 2020)
    lead = "1.总体目标\n到2027年,全市科技创新主要指标实现倍增。\n新型研发机构数量翻一番,三年累计达到30家。"
    assert (30, "家", 2027) in _dated(lead, 2024)  # varied


# Finding 3: a review of a past period, or 过去/近/以来 before it, makes N年累计 history, no period to come.
def test_n_years_cumulative_of_a_past_period_is_history():
    assert _rows("“十四五”时期，全区经济实力显著增强，五年累计新增市场主体5万户，引进重大项目120个。", 2026) == []
    assert _rows("2021—2025年，五年累计完成固定资产投资1200亿元。", 2026) == []
    assert _rows("“十三五”时期，全县五年累计新增高新技术企业40家。", 2021) == []  # varied
    # the rows themselves: a review of the years gone by is no target (review 7, finding 8)
    for text, plan_year in (("过去五年累计新增就业3.2万人。", 2026), ("近三年累计培育科技型中小企业300家。", 2024),
                            ("近两年累计完成造林3万亩。", 2024), ("过去三年累计建成5G基站800个。", 2025),
                            ("2022年以来三年累计新增就业1.5万人。", 2025), ("近年以来,全县三年累计建成5G基站800个。", 2025)):
        assert _rows(text, plan_year) == [], text
    # money put in is no duration (round 33): no period dates it; a text that holds only this sentence reports
    # throughout (以来, 累计, 2021年 gone by; no goal's cue), so round 52 (report_tense.py) reads it as history
    assert _dated("2021年以来五年累计完成投资500亿元。", 2026) == []
    assert _dated("2021年以来五年累计完成投资500亿元。到2030年,力争完成投资800亿元。", 2026) == [
        (500, "亿元", None), (800, "亿元", 2030)]


# Finding 6: the start year before each duration is found by bisection, not a sort per duration.
def test_durations_after_a_start_year_stay_linear():
    assert_linear(lambda text: years(text, 0, 0, 2026), lambda n: "从2020年起五年累计新增企业10家，" * n)
    assert_linear(lambda text: years(text, 0, 0, 2026), lambda n: "从2020年起5年内新建企业10家，" * n)
    assert_linear(lambda text: _rows(text, 2026), lambda n: "从2020年起五年累计新增企业10家，" * n, 200)


# Finding 7: only a goals-like lead (目标 wording, a colon, a list after it) ends the per-year commitments below it.
def test_a_deadline_in_an_unheaded_news_lead_does_not_end_yearly_commitments():
    rows = _rows("会议指出，到2035年，我县将基本实现社会主义现代化。\n全县将新增城镇就业3000人，每年开展职业技能培训2000人次。",
                 2024)
    assert (2000, "人次", None) in [r[2:] for r in rows]
    rows = _rows("2024年民生实事项目确定。到2024年底，完成10个老旧小区改造。\n每年为60岁以上老人免费体检1次。", 2024)
    assert (1, "次", None) in [r[2:] for r in rows]
    rows = _rows("座谈会强调，到2030年，全市将建成创新型城市。\n每年组织科技特派员下乡服务500人次。", 2026)  # varied
    assert [r[2:] for r in rows] == [(500, "人次", None)]
    # a goals-like lead still does (round 33: 普陀, 虹口 “十五五” goals)
    rows = _rows("到2030年，主要目标是：创新能力显著提升。\n每年组织科技特派员下乡服务500人次。", 2026)
    assert [r[2:] for r in rows] == [(500, "人次", 2030)]


# Finding 8: 每年N in a growth row is a yearly figure too.
GROWTH_ROW = ("表1  普陀区“十五五”经济社会发展主要指标\n类别\n序号\n指标名称\n单位\n属性\n“十五五”目标\n2030年\n年均【累计】\n"
              "1\n地区生产总值增长率\n%\n预期性\n—\n每年5")


def test_a_yearly_growth_cell_stays_recurring():
    [growth] = extract_text(GROWTH_ROW, plan_year=2026).targets
    assert (growth.kind, growth.value, growth.unit, growth.recurring) == ("growth", 5, "%", True)
    [growth] = extract_text(GROWTH_ROW.replace("地区生产总值增长率", "一般公共预算收入增速").replace("每年5", "每年6"),
                            plan_year=2026).targets  # varied
    assert (growth.kind, growth.value, growth.recurring) == ("growth", 6, True)


# Finding 9: money put in over N years (投资, 资金, not only 投入/安排) dates nothing, as the round note says.
def test_money_put_in_over_n_years_dates_nothing():
    for text in ("五年累计完成固定资产投资1500亿元。", "五年累计投资1500亿元。", "五年累计争取上级资金80亿元。",
                 "三年累计完成技改投资60亿元。"):
        assert all(r[4] is None for r in _rows(text, 2026)), text
