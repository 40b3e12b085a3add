"""Round-17 title reading, written from the dev openings' title misses. Each mechanism rests on real sentences of at
least two documents, named in its test; the texts below are the pages' own lines, shortened."""

from __future__ import annotations

from kechuang.extract import extract_text


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
