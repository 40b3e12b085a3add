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
