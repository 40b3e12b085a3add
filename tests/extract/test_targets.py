"""Quantitative targets: values, units, kinds and governing years, and the numbers that are not targets."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text

HEAD = "灵寿县人民政府办公室关于印发《灵寿县科技创新工作方案》的通知\n灵寿县人民政府办公室\n2022年9月22日\n灵寿县科技创新工作方案\n一、主要目标\n"


def _targets(body: str, head: str = HEAD):
    return [(t.kind, t.value, t.unit, t.year, t.recurring) for t in extract_text(head + body).targets]


def _one(body: str, head: str = HEAD):
    got = extract_text(head + body).targets
    assert len(got) == 1, [(t.indicator, t.value, t.unit) for t in got]
    return got[0]


def test_level_with_verb_and_year_phrase():
    t = _one("2022年度,高新技术企业达到30家。")
    assert (t.indicator, t.kind, t.value, t.unit, t.year) == ("高新技术企业", "level", 30, "家", 2022)


@pytest.mark.parametrize("sentence,value,unit", [
    ("到2025年,力争创建一个国家级创新型县。", 1, "个"),
    ("到2025年,新增两家省级重点实验室。", 2, "家"),
    ("到2025年,高新技术企业达到1.5万家。", 1.5, "万家"),
    ("到2025年,技术合同成交额突破1.5亿元。", 1.5, "亿元"),
    ("到2025年,研发投入年均增长不低于百分之十五。", 15, "%"),
    ("到2025年,建立万名“运才”数据库。", 1, "万名"),
    ("到2025年,孵化器面积达50万平方米。", 50, "万平方米"),
])
def test_numerals_and_multipliers(sentence, value, unit):
    t = _one(sentence)
    assert (t.value, t.unit, t.year) == (value, unit, 2025)


@pytest.mark.parametrize("sentence,comparator", [
    ("到2025年,国家高新技术企业达35家以上。", "以上"),
    ("到2025年,单位GDP能耗控制在0.5吨标准煤/万元以下。", "以下"),
    ("到2025年,居民科学素质达标率超过7%。", None),
])
def test_comparators(sentence, comparator):
    t = _one(sentence)
    assert t.kind == "level" and t.comparator == comparator


def test_growth_rate_per_year_takes_indicator_from_previous_clause():
    t = _one("引导企业不断提高研发资金投入,年增长达到15%以上。")
    assert (t.kind, t.value, t.unit, t.year, t.recurring) == ("growth", 15, "%", None, True)
    assert "研发资金投入" in t.indicator


@pytest.mark.parametrize("phrase,value", [("翻一番", 2), ("翻两番", 4)])
def test_doubling_with_base_year(phrase, value):
    t = _one(f"2025年,国家高新技术企业数量在2020年基础上实现“{phrase}”。")
    assert (t.kind, t.value, t.unit, t.year, t.base_year) == ("multiple", value, "倍", 2025, 2020)
    assert t.indicator == "国家高新技术企业数量"


def test_category_target_and_history_baseline():
    body = "我县2020年度科技创新评价结果为C类县。\n年内县域科技创新能力达到B类县。"
    assert _targets(body) == [("category", "B", None, 2022, False)]


def test_year_comes_from_earlier_sentence_of_the_paragraph():
    t = _one("到2025年,我市县域创新驱动发展环境显著改善。力争创建一个创新型县(市),建设一批创新型乡镇。")
    assert (t.value, t.unit, t.year) == (1, "个", 2025)


def test_past_years_do_not_govern_targets_of_a_later_plan():
    t = _one("到2020年,县域创新环境显著改善。力争创建一个创新型县(市)。")
    assert t.year is None


def test_per_year_commitment_has_no_year():
    got = _targets("2025年,人才数达2500人。加大引进力度,每年引进高层次人才40名。")
    assert got == [("level", 2500, "人", 2025, False), ("level", 40, "名", None, True)]


def test_year_from_a_lead_in_paragraph_ending_with_a_colon():
    body = "到2025年,主要目标如下:\n(一)高新技术企业达到50家。\n(二)技术合同成交额达到3亿元。\n二、重点任务\n(一)新增科技型中小企业20家。"
    assert [(t.value, t.year) for t in extract_text(HEAD + body).targets] == [(50, 2025), (3, 2025), (20, None)]


def test_number_before_the_thing_counted():
    t = _one("2025年,累计建成3个以上国家级科普示范社区。")
    assert (t.indicator, t.value, t.unit, t.comparator) == ("国家级科普示范社区", 3, "个", "以上")


def test_indicator_then_number_closing_the_clause():
    got = extract_text(HEAD + "2025年,每万名劳动力研发人员数110人年,单位GDP能耗0.5吨煤/万元。").targets
    assert [(t.indicator, t.value, t.unit) for t in got] == [
        ("每万名劳动力研发人员数", 110, "人年"), ("单位GDP能耗", 0.5, "吨煤/万元")]


@pytest.mark.parametrize("sentence", [
    "统筹推进“五位一体”总体布局和协调推进“四个全面”战略布局。",
    "围绕我市十大产业集群,建好科技创新项目库。",
    "以“111”、“1331”、“136”等重大工程为依托。",
    "根据《关于推进科技创新工程的实施意见》(连发〔2012〕12号)精神。",
    "建设一批创新型乡镇,培育若干科技型中小企业。",
    "支持俊诚众创工场、新起点众创空间和华欣源创客空间3家众创空间紧密对接实体经济。",
    "与用人单位至少签订3年以上工作合同的,给予奖励。",
    "对新认定的高新技术企业一次性奖励10万元。",
    "落实省市科技创新30条政策,形成一套推进科技创新的考核体系。",
    "打通科技成果转化最后一公里。",
    "千家工商注册企业中。",
    "以新材料、先进装备制造两大产业为重点。",
])
def test_numbers_that_are_not_targets(sentence):
    assert _targets("2025年," + sentence) == []


def test_quotes_and_offsets_point_into_the_text(seed_plans):
    for plan in seed_plans.values():
        for t in plan.targets:
            assert plan.text[t.start:t.end] == t.quote


def test_growth_without_a_verb():
    t = _one("到2025年,全县技术合同成交额年均增长20%。")
    assert (t.kind, t.value, t.unit, t.year, t.recurring) == ("growth", 20, "%", 2025, True)
    assert t.indicator == "全县技术合同成交额"


def test_growth_by_a_multiple():
    t = _one("到2025年,高新技术企业数量比2020年增长1倍。")
    assert (t.kind, t.value, t.unit, t.base_year) == ("multiple", 2, "倍", 2020)


def test_approximate_numbers():
    t = _one("到2025年,科技型中小企业达到500余家。")
    assert (t.value, t.unit, t.comparator) == (500, "家", "余")


def test_five_year_plan_period_gives_the_year():
    t = _one("到“十四五”末,研发经费投入强度达到2.5%。")
    assert (t.value, t.unit, t.year) == (2.5, "%", 2025)


def test_month_deadline_gives_the_year_and_full_dates_do_not():
    assert _one("2023年6月底前,建成科技大市场1个。").year == 2023
    assert _one("2023年6月15日出台政策,科技特派员达到100名。").year is None


def test_respectively_pairs_indicators_and_values():
    got = extract_text(HEAD + "到2025年,全县高新技术企业、科技型中小企业分别达到50家、200家。").targets
    assert [(t.indicator, t.value, t.unit, t.year) for t in got] == [
        ("全县高新技术企业", 50, "家", 2025), ("科技型中小企业", 200, "家", 2025)]


def test_list_of_targets_inside_one_clause():
    got = extract_text(HEAD + "到2025年,新建省级重点实验室2家、省级企业研究院5家。").targets
    assert [(t.indicator, t.value) for t in got] == [("省级重点实验室", 2), ("省级企业研究院", 5)]
