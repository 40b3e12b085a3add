"""Review 16 of round 43 (the year step; /work/prompts/s19/rev16-findings.md, docs/extraction.md "Review 16"): each
finding's repro, which year1 (656c44c7) reads wrong. With no plan year and no title (the case round 43's 今年 rule is
for), a year stated in the clause of 今年, or named as the present one, is that year; 今年 is a word, not part of
如今|年轻 or 至今|年均, and no report phrase (今年来, 截至今年6月底, 今年1-9月); a cited document's edition dates no
lead-in. The real sentences are quoted from the dev pages named (tests/fixtures/real/passages)."""

from __future__ import annotations

import pytest

from kechuang.extract.targets.plan_year import _lead_year
from kechuang.extract.targets.sentence_years import another_year, sentence_marks
from kechuang.extract.targets.years import years
from tests.extract.passages import target_rows as _rows
from tests.timing import assert_linear


def _years(text, plan_year=None, title=None):
    return {(value, unit): year for _, _, value, unit, year in _rows(text, plan_year, title)}


# --- F1: a year in the clause of 今年 is this year -----------------------------------------------------------------
# js-wujin-msss2024 (http://lwhongsheng.com/ns_news/629171152894152): the year of this year's list, then 今年;
# sd-weihai-shufang2022 (http://www.hztqag.com/news/node/2022-07/22/content_7236650.htm): 今年, then the year's list.
_WUJIN = ("依据武进区“532”发展战略2024年实施重点项目(工作)清单,今年武进区既有住宅加装电梯完成目标数为10台,今年已完工3台,"
          "正在施工6台。")
_WEIHAI = ("記者從市文化和旅游局獲悉,今年我市確定了建設改造城市書房4處、鄉村書房12處的目標,并將其列入2022年威海市級重點"
           "民生實事項目。")


def test_a_year_in_the_clause_of_this_year_is_this_year():
    assert _years(_WUJIN)[(10, "台")] == 2024
    assert _years(_WEIHAI)[(12, "處")] == 2022


@pytest.mark.parametrize(("text", "key", "year"), [
    ("据介绍,今年我省将新建公办幼儿园100所,这是2024年省政府十件民生实事之一。", (100, "所"), 2024),
    ("依据全区2024年实施重点项目清单,今年全区既有住宅加装电梯完成目标数为10台。", (10, "台"), 2024),
    ("2024年,我县将确保今年完成植树造林1万亩。", (1, "万亩"), 2024),
    ("2024年全县工作目标:今年全县新增企业20家。", (20, "家"), 2024),
])
def test_f1_repros(text, key, year):
    assert _years(text)[key] == year


def test_another_clause_still_states_another_year():
    # round 43's own shapes keep their reading: 今年 in a clause of its own (云南 2024, 郑州 2021; test_target_round43)
    assert another_year("2023年,全省新改建农村公路14759公里。今年,全省将新改建农村公路1万公里以上。", None)
    assert another_year("今年年底前,郑州要新改造农村无害化卫生厕所3万户;2025年年底前普及率达到95%。", None)
    assert not another_year("2024年,县科协将围绕中心工作,确保今年各项任务圆满完成。", None)
    assert not another_year("2023年,全省新改建农村公路14759公里。今年,全省将新改建农村公路1万公里以上。", 2024)


# --- F2: 确保今年… in a dated lead keeps the document year ------------------------------------------------------------
def test_this_year_in_a_dated_lead_keeps_the_document_year():
    text = "2024年,县科协将围绕中心工作,确保今年各项任务圆满完成。\n一、重点工作\n1.新增会员100名。\n2.举办科普活动20场次。"
    assert _years(text) == {(100, "名"): 2024, (20, "场次"): 2024}
    text = "2024年,县科协将围绕中心工作,吸引如今年轻人才。\n一、重点工作\n1.新增会员100名。"  # no 今年 at all (F4)
    assert _years(text) == {(100, "名"): 2024}


# --- F3: a year named as the present one, in its common spellings, in a lead or further down ------------------------
# cn-quanguo-zfgzbgzy2023 (https://scholarmate.com/S/qBW3H0): 2023年,是…开局之年。…今年发展的主要预期目标是:…
_QUANGUO = ("2023年,是全面贯彻党的二十大精神的开局之年。政府工作报告明确提出今年发展的主要预期目标是:国内生产总值增长5%左右;"
            "城镇新增就业1200万人左右,城镇调查失业率5.5%左右;居民消费价格涨幅3%左右;粮食产量保持在1.3万亿斤以上。")


def test_the_present_year_lead_with_a_comma():
    found = _years(_QUANGUO)
    assert found[(1200, "万人")] == 2023 and found[(1.3, "万亿斤")] == 2023


@pytest.mark.parametrize("text", [
    "2024年,是全面贯彻党的二十大精神的关键一年。今年,全县将新建公办幼儿园5所。",
    "2024年为全面贯彻党的二十大精神的关键之年。今年,全县将新建公办幼儿园5所。",
    "2024年作为“十四五”规划的攻坚之年,今年全县将新建公办幼儿园5所。",
    "二〇二四年是全面贯彻党的二十大精神的关键一年。今年,全县将新建公办幼儿园5所。",
    "一、总体要求\n2024年是全面贯彻党的二十大精神的关键一年。今年,全县将新建公办幼儿园5所。",
])
def test_f3_repros(text):
    assert _years(text)[(5, "所")] == 2024


# --- F4: 今年 as a word, not a report phrase ----------------------------------------------------------------------
_LEAD = "2024年,全县将新建公办幼儿园5所。"


@pytest.mark.parametrize(("text", "key"), [
    ("引导如今年轻人返乡创业,新增创业主体100家。", (100, "家")),
    ("今年来,全县新增企业20家,力争全年新增企业30家。", (30, "家")),
    ("截至今年6月底,全县新增企业20家,力争全年新增企业30家。", (30, "家")),
    ("今年1-9月,全县新增企业20家,力争全年新增企业30家。", (30, "家")),
    # F9: a target after 今年以来 that takes the year of the sentence before (fails with (?!以来) left out)
    ("今年以来各项工作有序推进。力争全年新增企业30家。", (30, "家")),
])
def test_f4_repros(text, key):
    assert _years(_LEAD + text)[key] == 2024


def test_so_far_this_year_is_no_mark_of_unknown_year():
    # 至今|年均 is no 今年: no mark of no year at it (the year before it is another matter: the finding's note)
    marks = sentence_marks(years("2019年至今年均新增企业20家", 0, 0, None), "2019年至今年均新增企业20家", 0, 0, None, None)
    assert [m.year for m in marks] == [2019]


# --- F6: a cited edition dates no lead-in either ----------------------------------------------------------------------
# zj-lbtc-ltbwz2020 (http://www.lbtc.cn/zcnews/4841.html): 《产业结构调整指导目录》(2019年本), in a lead-in here
def test_an_edition_dates_no_lead():
    text = ("为推进大气污染防治,严格执行《产业结构调整指导目录》(2019年本),结合我县实际,制定本方案。\n一、工作任务\n"
            "1.淘汰50家企业落后产能。\n2.整治300家“低散乱”企业。")
    assert _years(text) == {(50, "家"): None, (300, "家"): None}
    assert _years("严格执行《产业结构调整指导目录》(2019年本),淘汰50家企业落后产能。") == {(50, "家"): None}
    assert _lead_year("2024年,严格执行《产业结构调整指导目录》(2019年本),结合我县实际,制定本方案。", None) == 2024


# --- F9: the stated years leave out a 今年 of unknown year (paragraph.stated_years' m.year filter) ------------------
# zj-xiangshan-jxgy (http://blg686.com/news/article/JS4PKC610514E9UO.html?clickfrom=subscribe), no plan year: the
# review of 過去一年 is history whatever 今年 after it says; counted as a year stated, it made 946.4億元 a target
def test_an_unknown_this_year_is_no_stated_year():
    text = ("工業(yè)“超千億”是“GDP超千億”的基礎。過去一年,我縣聚力做好穩(wěn)增長、育動能、強改革等工作,全縣規(guī)上工業(yè)產(chǎn)值達到了"
            "946.4億元,距離千億大關近在咫尺。工業(yè)強則縣域強。今年,縣經(jīng)信局將多措并舉加快發(fā)展新質(zhì)生產(chǎn)力,全面提升制造業(yè)硬核實力。")
    assert (946.4, "億元") not in _years(text)


# --- timing --------------------------------------------------------------------------------------------------------
def test_this_year_clauses_are_linear():
    assert_linear(lambda s: sentence_marks(years(s, 0, 0, None), s, 0, 0, None, None),
                  lambda n: "今年,全省将新改建农村公路1万公里以上,2024年" * n, 200)
    assert_linear(lambda s: another_year(s, None), lambda n: "今年,全省将新改建农村公路1万公里以上;2024年," * n, 200)
