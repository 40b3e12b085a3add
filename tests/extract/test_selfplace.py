"""A document whose title and issuers name no place is the plan of the place its text calls its own: 我市 (本市,
我省…) beside a body or a document title of a place of that level (``metadata/selfplace.py``; the spec: "when the
title names no place, the place that the issuer or the body names as its own"). Written from dev openings of the
real corpus; the texts below are the pages' own lines, shortened."""

from __future__ import annotations

from functools import partial

from kechuang.extract import extract_text
from kechuang.extract.metadata.selfplace import own_place
from tests.timing import assert_linear, assert_under


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
    assert_under(partial(own_place, [line] * 40), 1.0)


# Review of round 37 (rev8, finding 6): 本市 inside 资本市场 and 本区 inside 本区域 are no self-reference — a county's
# text citing a city's plan, a district's text citing another district's measure, took that place.
def test_no_self_reference_inside_a_word():
    assert own_place(["为贯彻落实《南京市科技金融发展三年行动计划》，支持科技型企业对接多层次资本市场，结合本县实际，"
                      "制定本方案。"]) is None
    assert own_place(["引导社会资本市场化运作，设立《合肥市天使投资基金管理办法》规定的子基金，降低企业成本。"]) is None
    assert own_place(["为加快本区域科技成果转化，根据《海淀区促进科技成果转化办法》，制定本措施。"]) is None
    assert own_place(["推动本区域创新资源共享，深化与朝阳区人民政府的合作。"]) is None


# A county-level city citing its prefecture's plan (根据《苏州市…》，结合我市实际) is not the prefecture: a title cited
# after 根据 / 按照 / 贯彻落实 / 参照 / 借鉴 is another body's document, and a body of the text's own place comes first.
def test_a_cited_plan_of_a_parent_city_names_no_place():
    assert own_place(["根据《苏州市“十四五”科技创新规划》，结合我市实际，制定本方案。"]) is None
    assert own_place(["按照《无锡市科技创新三年行动计划》要求，结合我市实际，制定如下实施意见。"]) is None
    assert own_place(["为贯彻落实《苏州市“十四五”科技创新规划》，经中共昆山市委、昆山市人民政府同意，推动我市科技创新。"]) \
        == "昆山市"
    assert own_place(["参照《杭州市数字经济促进条例》，义乌市人民政府研究制定本方案，加快我市数字经济发展。"]) == "义乌市"


# A partner (与上海市人民政府战略合作) is no body of the text's own place, and two places of one level around the
# text's 我市 leave it unnamed.
def test_a_partner_body_or_two_places_name_none():
    assert own_place(["为深化与上海市人民政府战略合作，推动我市科技创新能力提升，制定本方案。"]) is None
    assert own_place(["为落实与杭州市人民政府签订的合作协议，加快我市融入长三角一体化。"]) is None
    assert own_place(["中共嘉兴市委、湖州市人民政府联合召开座谈会，推动我市科技创新。"]) is None


# The reviewer's five pages, read whole: none names a place but 昆山's own bodies.
def test_the_reviewers_pages_read_whole():
    assert _region("为贯彻落实《南京市科技金融发展三年行动计划》，支持科技型企业对接多层次资本市场，结合本县实际…") is None
    assert _region("为加快本区域科技成果转化，根据《海淀区促进科技成果转化办法》") is None
    assert _region("根据《苏州市“十四五”科技创新规划》，结合我市实际") is None
    assert _region("为贯彻落实《苏州市“十四五”科技创新规划》，经中共昆山市委、昆山市人民政府同意，推动我市…") == "昆山市"
    assert _region("为深化与上海市人民政府战略合作，推动我市科技创新能力提升") is None


# The mend's shapes at length: words holding 本市 before the text's 我市 and cited titles packed around it read in
# time linear in the text (four times the text, at most six times the time: a quadratic would take sixteen).
def test_words_and_cited_titles_around_the_self_reference_stay_linear():
    def make(n: int) -> list[str]:
        return ["资本市场" * 5_000 * n + "根据《盐城市》，" * 2_000 * n + "我市" + "《盐城市》" * 3_000 * n] * 10

    assert own_place(make(1)) == "盐城市"  # the titles after it, not cited
    assert_linear(own_place, make)  # CPU time, the small run grown to 0.05 s (a wall-clock bound failed under load)
