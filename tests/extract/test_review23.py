"""Review 23: the faults found in rounds 51–52, meta18, fix 23 and assign51 (docs/extraction.md, "Review 23").

Each test was run on main (e7f1775e) first and failed there; the sentences are real or built of the real shapes
named in the comments.
"""

from __future__ import annotations

from kechuang.extract import extract_text


def _years(text: str, title: str, plan_year: int | None = None) -> set[int | None]:
    return {t.year for t in extract_text(text, plan_year=plan_year, title=title).targets}


def _read(text: str, plan_year: int | None = None) -> set[tuple]:
    return {(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=plan_year).targets}


# --- F1: an amount or a count in a title is no year ------------------------------------------------------------

def test_an_amount_in_a_title_is_no_year() -> None:
    # targ51's bare title year (2020河北空氣質量改善目標出爐, 2025沧州市政府工作报告) also took the 2050 of 2050万元 and
    # the 1950 of 1950户 (headlines of the shape 县财政投入…万元支持…, 全县…户脱贫户实现增收) as the plan's year
    body = "今年,全县计划新增规上工业企业10家,研发投入增长15%。"
    assert _years(body, "县财政投入2050万元支持科技创新") == {None}
    assert _years(body, "全县1950户脱贫户实现增收") == {None}


def test_a_bare_title_year_still_dates() -> None:
    # the shapes targ51 was written from stay: 2025沧州市政府工作报告 (dev); 2021万源… (a bare 万, no unit)
    body = "全县计划新增规上工业企业10家,研发投入增长15%。"
    assert _years(body, "2025沧州市政府工作报告") == {2025}
    assert _years(body, "2021万源市政府工作报告") == {2021}


# --- F2: after a general counter word, 化…/一… open the thing counted --------------------------------------------

def test_one_of_a_thing_after_a_general_counter_is_a_count() -> None:
    # fix 23's set terms (一元化, 一户一策) also took 一个化工园区, 一座化粪池 (农村户厕 plans print 三格式化粪池 by the
    #座), 一家化工企业, 一所一贯制学校 and 一个一流的… for set terms and dropped these counts of one
    assert _read("到2025年,建成一个化工园区,新建一座化粪池。", 2023) == {("化工园区", 1, "个"), ("化粪池", 1, "座")}
    assert _read("到2025年,新建一所一贯制学校。", 2023) == {("一贯制学校", 1, "所")}
    assert _read("到2025年,引进一家化工企业。", 2023) == {("化工企业", 1, "家")}


def test_set_terms_after_other_counters_stay_out() -> None:
    # the shapes fix 23 was written from (test_fix23.py) keep giving nothing
    assert _read("全面推进一元化管理。") == set()
    assert _read("推进企业职工退休一件事一次办。") == set()
    assert _read("建立一户一策帮扶机制。") == set()


# --- F3: a goals list opened by a colon, its items split by ；, after a report of the year gone by ----------------

# a county's work report as a news print gives it: the year gone by (过去一年, 同比, 比上年, 累计) and this year's goals
# in one list, 今年的目标是:A;B;C (the shape of the 政府工作报告 summaries of the corpus: 主要预期目标是:地区生产总值
# 增长…左右;…;…); round 52 read each ；item as a sentence of its own, with no goal's cue, and dropped it
_REPORT_THEN_GOALS = (
    "过去一年,全县地区生产总值同比增长6.5%,规上工业增加值同比增长8%,固定资产投资同比增长10%,社会消费品零售总额同比增长"
    "7%,城乡居民收入分别比上年增长5%、7%。累计建成高标准农田20万亩。\n"
    "今年的目标是:地区生产总值增长6%左右;规上工业增加值增长8%;城镇新增就业1.5万人;研发经费投入增长10%以上。")


def test_a_goals_list_after_a_report_keeps_every_item() -> None:
    got = {(t.indicator, t.value) for t in extract_text(_REPORT_THEN_GOALS, plan_year=2024).targets}
    assert got == {("地区生产总值", 6), ("规上工业增加值", 8), ("城镇新增就业", 1.5), ("研发经费投入", 10)}


def test_a_report_split_by_semicolons_still_reports() -> None:
    # with no colon, each ；clause of a report is still read alone (round 52's 天津 民心工程 quarter stays silent)
    text = ("截至3月末,全市实现城镇新增就业9.53万人;已建成义务教育学校两个项目,新增学位2880个;累计改造老旧小区30个,"
            "同比增长20%。")
    assert extract_text(text, plan_year=2024).targets == []


# --- F6: 在…年末的基础上 is a base ---------------------------------------------------------------------------------

def test_a_base_at_a_years_end_with_de() -> None:
    # round 51 asks 基础/水平/基数 after 在2025年 and lets one of 的/底/末 stand between; 年末的基础上 (both) was a base on
    # 4b2012bf and then read as a year gone by (the shape 在2020年末的基础上增长10%, as 在2020年基础上 in round 51's tests)
    got = {(t.kind, t.value, t.year) for t in extract_text("到2025年,全县粮食产量在2020年末的基础上增长10%。",
                                                           plan_year=2021).targets}
    assert got == {("growth", 10, 2025)}
    got = {(t.kind, t.value, t.year) for t in extract_text("到2025年,全县粮食产量在2020年底的水平上增长10%。",
                                                           plan_year=2021).targets}
    assert got == {("growth", 10, 2025)}
