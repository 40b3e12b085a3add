"""Session 45, invented45: a work's design area and its estimated investment describe the project, like its total
investment, its design speed and its design life (rules/targets.yaml ``descriptor_words``; README, third batch: building
dimensions and design life are no targets).

Refused (dev, no gold): 林头 2021 (ah-lintou-wmbss2021: `…景觀綠化工程,,設計面積約99927平方米`), 西吉 2022
(nx-xiji-jyxm2022: `…57個單體項目,估算投資近8.3億元`), beside the family's earlier pages (大连 2023 `设计时速60公里`,
岳阳县 2022 `工程设计使用年限 ≥20年`, 南漳镇 2023 `总投资120万元`). The quantities built next to them stay targets (西吉's
gold `新建、改(擴)建校舍建筑面積1.5萬平方米`; 林头's `建设长1575米…的休闲绿道` is a length of the work, outside this rule)."""

from __future__ import annotations

import pytest

from tests.extract.passages import quoted, target_rows

LINTOU = "由鎮(zhèn)城建規(guī)劃分局負責的林頭鎮(zhèn)城市運動休閑景觀綠化工程,,設計面積約99927平方米,,"
XIJI = ("幼兒園建設(shè),、高考綜合改革等項(xiàng)目9大類57個(gè)單體項(xiàng)目,估算投資近8.3億元,。新建,、改(擴(kuò))建校舍"
        "建筑面積1.5萬(wàn)平方米")


def _values(text: str, plan_year: int | None = 2022) -> list:
    return [r[2] for r in target_rows(text, plan_year)]


def test_the_sentences_are_verbatim():
    assert quoted("ah-lintou-wmbss2021", LINTOU)
    assert quoted("nx-xiji-jyxm2022", XIJI)


@pytest.mark.parametrize("text", [
    LINTOU + "預計2021年12月份完成。",
    # varied: simplified script, another work
    "新建城市湿地公园,设计面积约12万平方米,计划年底前完工。",
    "实施县第二中学改扩建工程,估算投资1.2亿元。",
])
def test_a_design_area_or_an_estimated_investment_is_no_target(text):
    values = _values(text)
    assert 99927 not in values and 12 not in values and 1.2 not in values, (text, target_rows(text, 2022))


@pytest.mark.parametrize(("text", "expected"), [
    (XIJI + "。", [1.5]),
    ("新建校舍建筑面积1.2万平方米,完成投资3亿元。", [1.2, 3]),
    ("全年完成固定资产投资总额增长5%。", [5]),
])
def test_the_quantities_built_beside_them_stay(text, expected):
    values = _values(text)
    for value in expected:
        assert value in values, (text, target_rows(text, 2022))
