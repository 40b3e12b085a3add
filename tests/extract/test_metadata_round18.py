"""Round-18 document metadata, written from the eleventh batch's dev openings. Each mechanism rests on real sentences
of at least two documents, named in its test; the texts below are the pages' own lines, shortened."""

from __future__ import annotations

from pathlib import Path

import yaml

from kechuang.extract import extract_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _basis(text: str) -> list[str]:
    return extract_text(text).document.basis


# A breakdown notice names the report a congress adopted as what it divides: its basis (spec: 贯彻落实《…》), whether
# 审议通过, 通过 or 批准, with or without 的 (dev: 甘肃 2025 省十四届人大三次会议审议通过的《政府工作报告》,明确了…;
# 凉山 2020 州十一届人民代表大会第五次会议批准的《政府工作报告》,明确了…; 石狮 2025 in traditional characters; held-out
# round 18: zjc.gov.cn 2016 县十五届人大五次会议审议通过的…,安排部署了…; 91tanzhonghe.com 甘肃 2022 为全面完成省十三届人大
# 六次会议通过《政府工作报告》确定的各项目标任务).
def test_the_report_a_congress_adopted_is_the_basis_of_its_breakdown():
    gansu = ("甘肃省人民政府关于分解落实《政府工作报告》主要目标和重点工作的通知\n甘政发〔2025〕7号\n"
             "各市、自治州人民政府,甘肃矿区办事处,兰州新区管委会,省政府各部门,中央在甘各单位:\n"
             "省十四届人大三次会议审议通过的《政府工作报告》,明确了2025年全省经济社会发展的主要目标和重点工作。"
             "为确保各项目标任务全面完成,省政府决定,将《政府工作报告》主要目标和重点工作予以分解下达。\n")
    assert _basis(gansu) == ["政府工作报告"]
    liangshan = ("凉山州人民政府办公室\n关于印发2020年州政府工作报告重点任务分工方案的通知\n凉府办发〔2020〕20号\n"
                 "各县(市)人民政府,州级有关部门:\n"
                 "州十一届人民代表大会第五次会议批准的《政府工作报告》,明确了2020年全州经济社会发展预期目标和重点任务,"
                 "是州政府向全州人民作出的庄严承诺。为落实责任,加强监督,确保圆满完成各项目标任务,经州政府同意,"
                 "现将州政府工作报告重点任务予以分解,并就有关事项通知如下。\n")
    assert _basis(liangshan) == ["政府工作报告"]
    shishi = ("標題:石獅市人民政府辦公室關于2025年市《政府工作報告》目標任務責任分解的通知\n"
              "各鎮人民政府、街道辦事處,市直各單位:\n"
              "2025年是“十四五”規劃的收官之年。市八屆人大四次會議審議通過的《政府工作報告》,確定了2025年全市經濟社會發展"
              "主要目標任務。為進一步明確任務、夯實責任,現將2025年市《政府工作報告》目標任務責任分解給你們。\n")
    assert _basis(shishi) == ["政府工作報告"]
    gansu_2022 = ("甘政发〔2022〕9号\n各市、自治州人民政府,兰州新区管委会,省政府各部门,中央在甘各单位:\n"
                  "为全面完成省十三届人大六次会议通过《政府工作报告》确定的各项目标任务,省政府决定,将《政府工作报告》"
                  "主要指标和重点任务予以分解下达。现将有关事项通知如下:\n")
    assert _basis(gansu_2022) == ["政府工作报告"]


# A notice that prints the adopted document itself names its own text, no basis (dev: 城口 2025 现将县十八届人民代表大会
# 第五次会议审议通过的《…计划草案报告》印发给你们; 鄂州 2010, held-out round 18, 现将《…分解落实意见》印发给你们).
def test_a_notice_printing_the_adopted_document_has_no_basis_from_it():
    chengkou = ("城口县人民政府办公室关于印发城口县2025年计划报告的通知\n各乡镇人民政府,县政府各部门:\n"
                "现将县十八届人民代表大会第五次会议审议通过的《城口县2024年国民经济和社会发展计划执行情况与2025年计划草案"
                "报告》印发给你们,请认真抓好学习贯彻。\n")
    assert _basis(chengkou) == []


# A province's short name that opens a zone's or new area's own name, with no level word after it, is part of that
# name (openings/DECISIONS.md, region; dev: 雄安 2021 中共河北雄安新区工作委员会 河北雄安新区管理委员会; 天津高新区 十四五
# 天津滨海高新技术产业开发区国民经济和社会发展第十四个五年规划…); a province's own place keeps its level (湖北武汉市 → 武汉市).
def test_a_province_short_name_before_a_zone_is_part_of_its_name():
    xiongan = "中共河北雄安新区工作委员会 河北雄安新区管理委员会关于全面推进乡村振兴加快农业农村现代化的实施意见\n一、总体要求\n"
    assert extract_text(xiongan).document.region == "河北雄安新区"
    binhai = "天津滨海高新技术产业开发区国民经济和社会发展第十四个五年规划和二0三五年远景目标纲要\n第一章 发展基础\n"
    assert extract_text(binhai).document.region == "天津滨海高新技术产业开发区"
    assert extract_text("湖北武汉市科技创新实施方案\n一、总体要求\n").document.region == "武汉市"


# A province's region in the title's form: a title that names the province by its short name inside it takes that
# name, though the issuer prints the full one (openings/DECISIONS.md, region; dev: 广西 2018 北部湾城市群发展规划广西实施方案
# signed 广西壮族自治区人民政府; 广西 2025 美丽广西建设三年行动计划 from 广西壮族自治区人民政府办公厅).
def test_a_province_named_inside_the_title_keeps_the_title_form():
    beibuwan = ("现将《北部湾城市群发展规划广西实施方案》印发给你们,请认真组织实施。\n广西壮族自治区人民政府\n2018年1月5日\n"
                "北部湾城市群发展规划广西实施方案\n为深入贯彻落实习近平总书记视察广西重要讲话精神,制定本方案。\n")
    assert extract_text(beibuwan).document.region == "广西"
    meili = ("广西壮族自治区人民政府办公厅关于印发美丽广西建设三年行动计划(2025—2027年)的通知\n各市、县人民政府:\n"
             "现将《美丽广西建设三年行动计划(2025—2027年)》印发给你们,请认真贯彻落实。\n")
    assert extract_text(meili).document.region == "广西"
    # the title that prints the full name keeps it
    full = "广西壮族自治区人民政府关于加快广西壮族自治区科技创新的意见\n一、总体要求\n"
    assert extract_text(full).document.region == "广西壮族自治区"


# A mirror's traditional characters name the province as the simplified do (dev: 西藏 2020 西藏自治區(qū)人民政府辦公廳,
# region 西藏自治區; held-out round 18: yangliya.com 廣西推進數字政府建設三年行動計劃 → 廣西).
def test_a_province_in_traditional_characters():
    from kechuang.extract.metadata.region import province_named, region_of

    assert region_of("西藏自治區人民政府辦公廳") == "西藏自治區"
    assert province_named("廣西推進數字政府建設三年行動計劃(2018—2020年)") == "廣西"


# 深入实施《…》 in the statement of purpose names a basis, as 贯彻落实《…》 does (audit: `为深入实施《…》`; dev: 吉林 十二五
# 为深入实施《国家中长期科学和技术发展规划纲要(2006-2020年)》,落实省委…,依据《…建议》的要求,…制定本规划; 广西 2025
# 为贯彻落实党中央、国务院决策部署…,深入实施《美丽广西建设实施方案》,确保…,制定本行动计划).
def test_deeply_implementing_a_document_names_it_as_basis():
    jilin = ("吉林省科学技术发展“十二五”规划\n"
             "为深入实施《国家中长期科学和技术发展规划纲要(2006-2020年)》,落实省委创新驱动的战略部署,依据《中共吉林省委关于"
             "制定国民经济和社会发展第十二个五年规划建议》的要求,结合吉林省科技发展实际,制定本规划。\n一、发展基础\n")
    assert _basis(jilin) == ["国家中长期科学和技术发展规划纲要(2006-2020年)",
                             "中共吉林省委关于制定国民经济和社会发展第十二个五年规划建议"]
    guangxi = ("美丽广西建设三年行动计划(2025—2027年)\n"
               "为贯彻落实党中央、国务院决策部署和自治区党委、自治区人民政府工作安排,深入实施《美丽广西建设实施方案》,"
               "确保美丽广西建设第一阶段目标顺利实现,制定本行动计划。\n一、总体要求\n")
    assert _basis(guangxi) == ["美丽广西建设实施方案"]


def test_round18_held_out_openings_document_f1():
    from tests.extract.test_metadata_round11 import _score
    cases = [c for c in yaml.safe_load((FIXTURES / "heldout" / "openings.yaml").read_text("utf-8")) if c.get("round") == 18]
    assert len(cases) >= 6 and all(c["address"].startswith("http") for c in cases)
    # 0.714 before round 18 (annotated before the rules ran), 0.826 after; 0.800 since the bullet-field rule was taken
    # out (its engineer had printed a validation opening of that shape before writing it: the validation figure must
    # stay unseen)
    assert _score(cases).f1 >= 0.79
