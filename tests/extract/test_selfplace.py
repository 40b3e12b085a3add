"""A document whose title and issuers name no place is the plan of the place its text calls its own: 我市 (本市,
我省…) beside a body or a document title of a place of that level (``metadata/selfplace.py``; the spec: "when the
title names no place, the place that the issuer or the body names as its own"). Written from dev openings of the
real corpus; the texts below are the pages' own lines, shortened."""

from __future__ import annotations

import time

from kechuang.extract import extract_text
from kechuang.extract.metadata.selfplace import own_place


def _region(text: str):
    return extract_text(text).document.region


# 盐城 2023 (http://www.yancheng.gov.cn/art/2023/4/28/art_3064_3993790.html): 我市 in the news item's title, the
# city's plan in 《》 in its lead.
def test_our_city_beside_a_title_of_that_city():
    yancheng = ("我市召开“科技创新提升年”动员部署会\n"
                "为深入实施创新驱动发展战略,4月28日上午,市委、市政府召开全市“科技创新提升年”动员部署会,全面部署2023年"
                "科技创新工作,集中出台《关于在全市开展“科技创新提升年”活动的实施意见》和《盐城市高新技术企业培育三年行动计划"
                "(2023-2025年)》等“1+3”文件,加快提升全市创新发展能级。\n")
    assert _region(yancheng) == "盐城市"


# 上海 2019 (https://paper.xinmin.cn/html/xmwb/2019-04-23/8/15062.html): 本市 beside the city's 商务委; 吉林 2021
# (http://xxgk.jl.gov.cn/zcbm/fgw_98067/xxgkmlqy/202104/t20210430_8052814.html): 我省 beside 吉林省文化和旅游厅.
def test_our_city_or_province_beside_a_body_of_that_place():
    shanghai = ("“夜间区长”“夜生活首席执行官”来了\n"
                "为了落实《关于进一步优化供给促进消费增长的实施方案》,市商务委等九部门昨天拿出了推动本市夜间经济发展的10条"
                "指导意见。\n"
                "围绕打造“国际范”“上海味”“时尚潮”夜生活集聚区的目标,上海市商务委等九部门在《关于本市推动夜间经济发展的"
                "指导意见》中,鼓励业态多元化发展。\n")
    assert _region(shanghai) == "上海市"
    assert own_place(["为全面落实《冰雪旅游发展行动计划(2021-2030年)》,深入推动我省冰雪旅游高质量发展,省文旅厅会同"
                      "省发改委等部门联合起草了实施方案。", "吉林省旅游产业发展领导小组", "(吉林省文化和旅游厅代签)"]) \
        == "吉林省"


# 重庆 2021 (数据要素市场化配置改革行动方案, dev): a verb before 市委 names no place, 认真落实市 is none; 广州 2011
# (穗府〔2011〕15號, dev): 各區、縣級市人民政府 names no place 县级市; a county's 我县 takes no city's title.
def test_no_place_from_a_verb_a_level_or_another_level():
    assert own_place(["根据我市构建更加完善的要素市场化配置体制机制重点改革措施,认真落实市委、市政府决策部署。"]) is None
    assert own_place(["各區、縣級市人民政府,市政府各部門:", "為增強我市對國內外資本的吸引力,現提出如下指導意見:"]) is None
    assert own_place(["为贯彻落实《宣城市科技创新“十四五”规划》,结合我县实际,制定本方案。"]) is None


def test_a_long_line_of_self_references_stays_linear():
    line = "我市" * 5_000 + "《盐城市" + "市人民政府" * 2_000
    start = time.perf_counter()
    own_place([line] * 40)
    assert time.perf_counter() - start < 1.0
