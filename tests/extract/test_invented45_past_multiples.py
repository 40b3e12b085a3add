"""Session 45, invented45: an amount stated as a multiple of a past base (`…32億元,是1980年的29.1倍`) is history.

A figure compared with what it was in a past year or period (`是1980年的29.1倍`, `分别是“十二五”的2.5倍`, `是“十三五”末的
1.5倍`, `是上一个五年的3倍`) measures growth already made: the sentence reports, and every number of it is history, as
a reported amount with its growth is (targets/achieved_growth.py). Family (dev, none of these sentences gold): 廊坊
2002 (he-langfang-jjfz2002, two sentences; six targets read before), 甘肃 2021 政府工作报告 news (gs-gansu-zfgzbg2021),
红桥 “十四五” 科技创新 (tj-hongqiao-kjcx155). A goal keeps its multiple: a deadline to come (到2025年), a commitment word
(力争, 确保), a level to reach (达到) or 将; so does a standard set against another standard (`不低于当地最低生活保障标准的
1.6倍`, 肇庆 民生实事, dev gold), whose base is no past time."""

from __future__ import annotations

import pytest

from tests.extract.passages import passage, quoted, target_rows

LANGFANG_1 = "廊坊市2002年實(shí)現(xiàn)財(cái)政收入32億元,是1980年的29.1倍,年均遞增16.6%。"
LANGFANG_2 = "廊坊全社會(huì)固定資產(chǎn)投資完成182.7億元,是1980年的62.1倍,年均遞增20.5%。"
GANSU = "五年接待游客13.2億人次,、實現(xiàn)綜合收入8995億元,,分別是“十二五”的2.5倍和2.8倍。"
HONGQIAO = "国家科技型中小企业数量从2020年末的168家增长到2025年末的267家,是“十三五”末的1.5倍;"
ZHAOQING = "特困供养人员基本生活标准不低于当地最低生活保障标准的1.6倍"


def _values(text: str, plan_year: int | None = None) -> list:
    return [r[2] for r in target_rows(text, plan_year)]


def test_the_sentences_are_verbatim():
    assert quoted("he-langfang-jjfz2002", LANGFANG_1)
    assert quoted("he-langfang-jjfz2002", LANGFANG_2)
    assert quoted("gs-gansu-zfgzbg2021", GANSU)
    assert quoted("tj-hongqiao-kjcx155", HONGQIAO)
    assert quoted("gd-zhaoqing-msssjz", ZHAOQING)


@pytest.mark.parametrize(("text", "plan_year"), [
    (passage("he-langfang-jjfz2002", 0), None),
    (LANGFANG_2, None),
    (GANSU, 2021),
    (HONGQIAO, 2026),
    # varied: simplified script, 为, a base year's end, 上年
    ("2023年全县实现农业总产值86亿元,是2015年的2.1倍。", 2024),
    ("全市技术合同成交额达45亿元,为2018年末的3.2倍。", 2024),
    ("去年全区引进社会资金12亿元,是上年的1.8倍。", 2024),
])
def test_a_multiple_of_a_past_base_is_history(text, plan_year):
    assert _values(text, plan_year) == [], (text, target_rows(text, plan_year))


@pytest.mark.parametrize(("text", "plan_year", "expected"), [
    (ZHAOQING + "。", 2023, [1.6]),
    ("到2025年,全市技术合同成交额突破50亿元,是2020年的2倍。", 2021, [50]),
    ("力争全县农业总产值100亿元,是2020年的2倍。", 2023, [100]),
    ("全市高新技术企业数量将达到600家,是2020年的2倍。", 2023, [600]),
    # a period not over in the plan's year is no past base, as a year of the plan's or later is none (review45)
    ("全市新增就业12万人,是“十三五”的1.2倍。", 2018, [12]),
])
def test_a_goal_or_a_standard_keeps_its_multiple(text, plan_year, expected):
    values = _values(text, plan_year)
    for value in expected:
        assert value in values, (text, target_rows(text, plan_year))
