"""Round-43 (year1): the year step, from the dev misses where the value and the indicator were read right and the year
wrong (scripts/indicator_bounds.py --years; docs/extraction.md, "Round 43, the year step"). The sentences are quoted
from the dev pages named (tests/fixtures/real/passages); the years expected follow spec/plan-format.md ("Which year
governs": the nearest year phrase before the number in its sentence)."""

from __future__ import annotations

from kechuang.extract.targets.last_year_reach import with_title_year
from tests.extract.passages import target_rows as _rows
from tests.extract.timing import assert_linear

# --- 今年 of a text whose year is unknown: the sentence states a year, which no other year stands in for ------------
# yn-yunnan-glaf2024 (https://zixun.kunming.cn/c/8925707.shtml): last year's figures, then 今年's goals;
# ha-zhengzhou-xcjs2021 (http://hbmingxingmzc.cn/kx/2021-10-29/53596.html): 今年年底前's goal, then 2025年年底前's.
_YUNNAN = ("近年来,云南省交通运输厅把公路安防工程作为民生工程加快补齐短板,保障人民群众安全出行。2023年,全省新改建农村公路"
           "14759公里,建成村道安全生命防护工程7008公里,改造农村公路危桥338座。今年,围绕“3815”战略发展目标和壮大“三大经济”"
           "的要求,全省将新改建农村公路1万公里以上,完成农村公路安全“消危”工程7000公里以上,改造农村公路危桥150座,让人民群众"
           "安全出行、放心出行、美好出行。")
_ZHENGZHOU = ("今年年底前,鄭州要新改造農村無害化衛生廁所3萬戶;2025年年底前農村無害化衛生廁所普及率達到95%,"
              "廁所糞污基本得到處理。")


def _years(text, plan_year=None, title=None):
    return {(value, unit): year for _, _, value, unit, year in _rows(text, plan_year, title)}


def test_this_year_of_an_unknown_year_dates_its_sentence_as_unknown():
    found = _years(_YUNNAN)
    assert found[(1, "万公里")] is None  # not 2023, the year of the sentence before
    assert found[(7000, "公里")] is None
    assert found[(150, "座")] is None
    found = _years(_ZHENGZHOU)
    assert found[(3, "萬戶")] is None  # not 2025, the year of the clause after
    assert found[(95, "%")] == 2025


def test_this_year_of_a_known_year_is_that_year():
    assert _years(_YUNNAN, 2024)[(1, "万公里")] == 2024
    assert _years(_ZHENGZHOU, 2021)[(3, "萬戶")] == 2021
    # a title's year dates 今年 as the plan's year does
    assert _years("今年,全省将新改建农村公路1万公里以上。", title="云南省2024年农村公路建设工作要点")[(1, "万公里")] == 2024


def test_this_year_since_is_no_year_to_come():
    # 今年以来 (so far this year) reports: it states no year of a goal
    assert _years("今年以来,全县新增企业20家。到2025年,全县企业达到500家。")[(500, "家")] == 2025


def test_unknown_this_year_is_linear():
    assert_linear(lambda s: with_title_year([], s, 0, 0, None, None), lambda n: "今年,全省将新改建农村公路1万公里以上," * n,
                  200)
