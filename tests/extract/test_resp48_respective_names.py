"""Session 48 (resp48): the names of ``X、Y营收分别达到A、B`` — a measure the last name closes on is shared by the names
before it, and the last name keeps its own (review 47, N4: ``企业、园区营收分别达到10亿元、20亿元`` named its second item
``园区营收营收``).

The shape (a list of names closed by a measure of output, 分别, as many values) is dev's:

- 宁夏 2021 工业经济 (nx-ningxia-gyjjfbh2021#3): ``电子信息、新型材料、新能源、绿色食品等重点特色产业产值分别增长35%、15%、
  20%、16%以上``;
- 陕西 2024 政府工作报告 (sn-shaanxi-zfgzbg2024#5): ``乘用车(新能源)、太阳能光伏、输变电装备、半导体及集成电路产业链产值
  分别突破2500亿元、1800亿元、1000亿元和1000亿元``;

and 营收 is a measure of output as 产值 is on dev pages (吉安 2024, jx-jian-sdgjz2024#1: ``全市电子信息产业营收突破3000亿元``;
长春 2024, jl-changchun-szjjgj2024#4: ``物联网服务企业营收力争突破200亿元``). Only 营收 of the shared measures ends with no
measure word of its own (产值, 产量, 增加值 end with 值/量; 营业收入 with 收入), so the reader appended it again to the
last name, and to a name that already states it (企业营收、园区营收). The probes below are the reviewer's sentence and its
near variants.
"""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from tests.extract.passages import quoted


def names(text: str) -> list[tuple[str, float]]:
    return [(t.indicator, t.value) for t in extract_text(text, plan_year=2024).targets]


def test_the_family_is_verbatim() -> None:
    assert quoted("nx-ningxia-gyjjfbh2021", "电子信息、新型材料、新能源、绿色食品等重点特色产业产值分别增长35%、15%、20%、16%以上")
    assert quoted("sn-shaanxi-zfgzbg2024", "半导体及集成电路产业链产值分别突破2500亿元、1800亿元、1000亿元和1000亿元")
    assert quoted("jx-jian-sdgjz2024", "全市电子信息产业营收突破3000亿元")
    assert quoted("jl-changchun-szjjgj2024", "物联网服务企业营收力争突破200亿元")


@pytest.mark.parametrize("verb", ["达到", "达", "为", "提高到"])
def test_the_last_name_keeps_its_measure_once(verb: str) -> None:
    assert names(f"到2025年，企业、园区营收分别{verb}10亿元、20亿元。") == [("企业营收", 10), ("园区营收", 20)]


def test_three_names_and_a_growth() -> None:
    assert names("到2025年，企业、园区、基地营收分别达到10亿元、20亿元、30亿元。") == [
        ("企业营收", 10), ("园区营收", 20), ("基地营收", 30)]
    assert names("到2025年，企业、园区营收分别增长10%、20%。") == [("企业营收", 10), ("园区营收", 20)]


def test_traditional_characters() -> None:
    # the last name is printed as the page prints it, a built one in the simplified reading: each holds 营收 once
    found = names("到2025年，企業、園區營收分別達到10億元、20億元。")
    assert [(len(name), value) for name, value in found] == [(4, 10), (4, 20)]
    assert found[1][0] == "園區營收"


def test_an_industry_s_measure() -> None:
    assert names("到2025年，电子信息、装备制造产业营收分别达到100亿元、200亿元。") == [
        ("电子信息产业营收", 100), ("装备制造产业营收", 200)]


def test_names_that_state_the_measure_keep_it() -> None:
    assert names("到2025年，企业营收、园区营收分别达到10亿元、20亿元。") == [("企业营收", 10), ("园区营收", 20)]


def test_a_class_after_the_names() -> None:
    # X等Y营收: the last name is X营收 once (as X等Y产值 gives X产值: paired_lists.shared_measure)
    assert names("到2025年，电子信息、新能源等重点产业营收分别突破100亿元、50亿元。") == [
        ("电子信息营收", 100), ("新能源营收", 50)]


def test_the_other_measures_stay() -> None:
    assert names("到2025年，企业、园区产值分别达到10亿元、20亿元。") == [("企业产值", 10), ("园区产值", 20)]
    assert names("到2025年，企业、园区营业收入分别达到10亿元、20亿元。") == [("企业营业收入", 10), ("园区营业收入", 20)]
    assert names("到2025年，煤炭、原油、天然气产量分别达到1亿吨、2000万吨和300亿立方米。") == [
        ("煤炭产量", 1), ("原油产量", 2000), ("天然气产量", 300)]


# Names joined by 和 (or 及, 与 before the last) share the measure as names joined by 、 do: `工业和服务业增加值分别增长6%
# 和8%` named its first item 工业 (the reader shared no measure across 和, so as not to give 城镇和农村 a measure of a list:
# resident_measure names those, and a resident's income is no shared measure of output).
@pytest.mark.parametrize(("text", "expected"), [
    ("到2025年，企业和园区营收分别达到10亿元和20亿元。", [("企业营收", 10), ("园区营收", 20)]),
    ("到2025年，工业和服务业增加值分别增长6%和8%。", [("工业增加值", 6), ("服务业增加值", 8)]),
    ("到2025年，煤炭和原油产量分别达到1亿吨和2000万吨。", [("煤炭产量", 1), ("原油产量", 2000)]),
    ("到2025年，煤炭、原油和天然气产量分别达到1亿吨、2000万吨和300亿立方米。",
     [("煤炭产量", 1), ("原油产量", 2000), ("天然气产量", 300)]),
    ("到2025年，企业、园区及基地营收分别达到10亿元、20亿元和30亿元。",
     [("企业营收", 10), ("园区营收", 20), ("基地营收", 30)]),
    ("到2025年，粮食和油菜单产分别提高2%和3%。", [("粮食单产", 2), ("油菜单产", 3)]),
])
def test_names_joined_by_he_share_the_measure(text: str, expected: list) -> None:
    assert names(text) == expected


def test_joined_names_with_a_measure_of_their_own_keep_theirs() -> None:
    # 粮食播种面积和产量将分别稳定在1500万亩、120亿斤以上 (浙江 农业农村现代化, zj-zhejiang-nyncxdh145#2, dev gold): the
    # last name is the measure alone, and shares nothing
    assert quoted("zj-zhejiang-nyncxdh145", "粮食播种面积和产量将分别稳定在1500万亩、120亿斤以上")
    assert names("到2025年，粮食播种面积和产量将分别稳定在1500万亩、120亿斤以上。") == [
        ("粮食播种面积", 1500), ("产量", 120)]
    assert names("到2025年，城镇和农村居民人均可支配收入分别增长8%和9%。") == [
        ("城镇居民人均可支配收入", 8), ("农村居民人均可支配收入", 9)]
    assert names("到2025年，地区生产总值和规上工业增加值分别增长7%和8%。") == [
        ("地区生产总值", 7), ("规上工业增加值", 8)]


def test_gdp_is_a_measure_of_its_own() -> None:
    # GDP names a measure (地区生产总值 ends with 值 and keeps its name): no 全市GDP增加值
    assert names("到2025年，全市GDP、规上工业增加值分别增长7%、8%。") == [("全市GDP", 7), ("规上工业增加值", 8)]
    assert names("到2025年，全市GDP和规上工业增加值分别增长7%和8%。") == [("全市GDP", 7), ("规上工业增加值", 8)]


def test_a_listed_run_of_values_may_close_the_sentence() -> None:
    # A、B、C产量x、y、z with no 分别 (paired_lists.listed_values; 陕西 2024 政府工作报告, sn-shaanxi-zfgzbg2024, dev: the run
    # closes a clause before `,稳步扩大电力外送规模`): the same run closing its sentence keeps the sentence's stop in the
    # clause, which left the names one name of the first value (煤炭、原油、天然气产量 7.8)
    assert quoted("sn-shaanxi-zfgzbg2024", "煤炭、原油、天然气产量7.8亿吨、2470万吨、350亿方以上,稳步扩大电力外送规模")
    expected = [("煤炭产量", 7.8), ("原油产量", 2470), ("天然气产量", 350)]
    assert names("坚持稳煤、扩油、增气并举,煤炭、原油、天然气产量7.8亿吨、2470万吨、350亿方以上,稳步扩大电力外送规模。") == expected
    assert names("坚持稳煤,煤炭、原油、天然气产量7.8亿吨、2470万吨、350亿方以上。") == expected
    assert names("到2025年，企业、园区营收达到10亿元、20亿元。") == [("企业营收", 10), ("园区营收", 20)]
    assert names("到2025年，企业、园区营收达到10亿元、20亿元；") == [("企业营收", 10), ("园区营收", 20)]


def kinds(text: str) -> list[tuple[str, str, float, int | None]]:
    return [(t.indicator, t.kind, t.value, t.base_year) for t in extract_text(text, plan_year=2024).targets]


def test_a_base_of_last_year_after_fenbie_is_a_growth() -> None:
    # a single clause reads 企业营收比上年增长35% as a growth (no base year): so does a 分别 list (it read levels of 35%)
    assert kinds("到2025年，企业营收比上年增长35%。") == [("企业营收", "growth", 35, None)]
    assert kinds("到2025年，企业、园区营收分别比上年增长35%、25%。") == [
        ("企业营收", "growth", 35, None), ("园区营收", "growth", 25, None)]
    assert kinds("到2025年，企业、园区营收分别较上年增长35%和25%。") == [
        ("企业营收", "growth", 35, None), ("园区营收", "growth", 25, None)]
    # 分别比2010年下降20%和30% (江西 2011 水利, jx-jiangxi-slgg2011#2, dev) stays as round 49 read it
    assert quoted("jx-jiangxi-slgg2011", "万元GDP、万元工业增加值耗水量分别比2010年下降20%和30%")


def test_a_base_before_fenbie_opening_its_clause() -> None:
    # …分别达到A、B,比上年分别增长x、y: the base opens the clause, the names are those before the first 分别 (the
    # growths were both named after the last name)
    expected = [("企业营收", "level", 10, None), ("园区营收", "level", 20, None),
                ("企业营收", "growth", 10, None), ("园区营收", "growth", 20, None)]
    assert kinds("到2025年，企业、园区营收分别达到10亿元、20亿元，比上年分别增长10%、20%。") == expected
    assert kinds("到2025年，企业、园区营收分别达到10亿元、20亿元，分别比上年增长10%、20%。") == expected
    assert kinds("到2025年，企业、园区营收分别达到10亿元、20亿元，较2020年分别增长10%、20%。") == [
        *expected[:2], ("企业营收", "growth", 10, 2020), ("园区营收", "growth", 20, 2020)]
