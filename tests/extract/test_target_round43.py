"""Round-43 (year1): the year step, from the dev misses where the value and the indicator were read right and the year
wrong (scripts/indicator_bounds.py --years; docs/extraction.md, "Round 43, the year step"). The sentences are quoted
from the dev pages named (tests/fixtures/real/passages); the years expected follow spec/plan-format.md ("Which year
governs": the nearest year phrase before the number in its sentence)."""

from __future__ import annotations

from kechuang.extract.targets.sentence_years import sentence_marks
from kechuang.extract.targets.years import years
from tests.extract.passages import target_rows as _rows
from tests.timing import assert_linear

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
    # ... and no year of its own: the 全年 after it is the year of the sentence before (review 16, F9: the case above
    # passes whatever 今年以来 does)
    assert _years("2024年,全县将新建公办幼儿园5所。今年以来各项工作有序推进。力争全年新增企业30家。")[(30, "家")] == 2024


def test_unknown_this_year_is_linear():
    assert_linear(lambda s: sentence_marks([], s, 0, 0, None, None), lambda n: "今年,全省将新改建农村公路1万公里以上," * n,
                  200)


# --- a year that is part of a document's name (in 《》, or its edition right after: (2019年本)) dates nothing ---------
# sh-songjiang-tdf2026
# (https://www.shanghai.gov.cn/zhengce/detail?businessId=60473f83-89df-4ac6-a192-bc38c89a4025&siteId=0082): the plan
# of 2026 cites a plan of 2024—2035 by name; zj-lbtc-ltbwz2020 (http://www.lbtc.cn/zcnews/4841.html): a catalogue's
# edition (2019年本) before this plan's commitments.
_SONGJIANG = ("（十一）全面推进生态文明建设示范区建设。根据《上海市松江区国家生态文明建设示范区规划（2024—2035年）》，对标"
              "生态文明建设示范区建设要求，积极开展示范区建设工作。推进石湖荡镇申报“两山”基地，完成新增1个街镇“两山”基地建设"
              "纳入市级遴选储备库。")
_LBTC = ("2.严控“两高”行业产能。严格执行质量、环保、能耗、安全等法规标准和《产业结构调整指导目录》(2019年本),深化“亩均论英雄”"
         "改革,淘汰50家企业落后产能,整治300家“低散乱”企业。")


def test_a_year_in_a_documents_name_dates_nothing():
    title = "松江区2026年碳达峰碳中和及节能减排重点工作安排"
    assert _years(_SONGJIANG, 2026, title)[(1, "个")] == 2026  # the plan's own year, not the cited plan's 2035
    found = _years(_LBTC)
    assert found[(50, "家")] is None and found[(300, "家")] is None  # not the catalogue's 2019
    # a year outside the name still governs
    assert _years("根据《示范区规划（2024—2035年）》,到2027年,完成新增10个基地。", 2026)[(10, "个")] == 2027


def test_named_years_are_linear():
    assert_linear(lambda s: sentence_marks(years(s, 0, 0, 2026), s, 0, 0, 2026, None),
                  lambda n: "根据《示范区规划（2024—2035年）》(2019年本),完成新增1个基地," * n, 200)


def test_a_lead_that_names_its_year_as_the_present_one_keeps_it():
    # 2024年是…的关键一年。今年,… : 今年 is that year (the shape of the one-year leads of plan_year.py)
    text = "2024年是全面贯彻党的二十大精神的关键一年。今年,全县将新建公办幼儿园5所。"
    assert _years(text)[(5, "所")] == 2024


def test_a_name_of_one_year_keeps_its_year():
    # the plan a lead-in carries out may be named by its year: that year still dates the lines it introduces
    text = ("一、总体要求\n坚持以人民为中心的发展思想,持续改善民生福祉,推动各项事业全面发展。\n二、重点任务\n"
            "为完成《2024年县政府工作报告》确定的目标任务,重点抓好以下工作:\n1.新建公办幼儿园5所。\n2.改造农村公路30公里。")
    assert _years(text) == {(5, "所"): 2024, (30, "公里"): 2024}
