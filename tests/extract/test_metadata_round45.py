"""Round 45 (meta12): the document's title and region where the page does not hand them over. Each case is a dev
page's lines (address given); the families are counted in docs/extraction.md ("Round 45, title and region")."""

from __future__ import annotations

from kechuang.extract.metadata.region import region_of
from kechuang.extract.metadata.selfplace import own_place
from tests.extract.reading import assert_reads, document_of

# Family 1: a page's metadata list printed one value a line behind a bullet (• 意见, • 政府工作报告: the 文种 or 组配
# 分类 field's value) is no standalone title, though it ends with a plan word; the document's own title stands below.
_BULLETED = [
    # https://public.zhengzhou.gov.cn/D0104X/8959960.jhtml
    ("• 747445745/2025-00001\n  • 郑州市人民政府\n  • 农村供水,“四化”,高质量发展,实施意见\n  • 2024-12-27\n"
     "  • 2025-01-08\n  • 意见\n  • 郑政〔2024〕20号\n郑州市人民政府 关于大力推进农村供水“四化”高质量发展的 实施意见\n"
     "郑政〔2024〕20号\n\n各开发区管委会,各区县(市)人民政府,市人民政府各部门,各有关单位:\n\n"
     "    为深入贯彻落实党的二十大精神,现提出如下实施意见。\n一、总体要求\n",
     "郑州市人民政府关于大力推进农村供水“四化”高质量发展的实施意见"),
    # http://zjlg.gov.cn/art/2021/4/8/art_1229506428_3875609.html
    ("• 索引号:\n  • 11330383MB1D78880M/2021-02417\n  • 组配分类:\n  • 政府工作报告\n  • 发布机构:\n"
     "  • 中共龙港市委市政府办公室\n  • 成文日期:\n  • 2021-04-08\n  • 公开方式:\n  • 主动公开\n\n"
     "2021年度政府工作报告\n\n一、2020年工作回顾\n", "2021年度政府工作报告"),
]


def test_a_bulleted_field_value_is_no_standalone_title():
    assert_reads(_BULLETED, "title")


# Family 2: a news item's lead quotes the document with a mirror's readings (振(zhen)興, 關(guan)于) under a headline
# that quotes it clean: the headline's form is the title (openings/DECISIONS.md, title: a headline that prints the
# title clean over a lead that prints it with readings).
_CLEAN_HEADLINE = [
    # http://yfwz.cn/xwzx/hg/202102/t20210223_6140926.html
    ("返回首頁\n\n中共中央辦公廳 國務院辦公廳印發《關于加快推進鄉村人才振興的意見》\n\n新華社\n\n"
     "  新華社(she)北京(jing)2月(yue)23日(ri)電 近日(ri),中共中央辦公廳(ting)、國務院辦公廳(ting)印發了"
     "《關于加快推進鄉村人才振(zhen)興的意見》,并發出通知(zhi),要(yao)求(qiu)各地區各部(bu)門結合實(shi)際認真貫徹落實(shi)。\n",
     "關于加快推進鄉村人才振興的意見"),
    # http://sl4u.cn/article/detail/2684;JSESSIONID=5be596c6-6213-49f0-805d-4c9d845c0a2d
    ("中宣部印發《關于促進全民閱讀工作的意見》深入推進全民閱讀\n\n作者: 新華發行集團 |發(fa)布時間:2020-10-22 11:08:36\n\n"
     "新(xin)華社(she)(she)北(bei)京10月22日電 近日,中央宣傳部印(yin)發《關(guan)于促進全(quan)民閱讀工作的(de)(de)意(yi)(yi)見》。"
     "意(yi)(yi)見指出,閱讀是獲取知識、增長智慧的(de)(de)重要(yao)方式。\n", "關于促進全民閱讀工作的意見"),
]


def test_a_clean_headline_gives_the_reported_title_without_readings():
    assert_reads(_CLEAN_HEADLINE, "title")


# Family 3: a region word read from a phrase that is no place's name.
def test_a_place_after_a_conjunction_is_no_deeper_place():
    # http://kancf.com/?html/510/88606.html (海东市与兰州市、临夏州共同推进…: the partner is a sibling, not inside)
    assert region_of("海东市与兰州市、临夏州共同推进兰西城市群建设2020年重点任务清单") == "海东市"


def test_a_province_s_full_name_stands_only_whole():
    # http://xxgk.zgq.gov.cn/fgwj/qtygwj/201212/t20121217_85144.htm (a verb before the province: no place 表彰江西省)
    assert region_of("表彰江西省第四届全民健身运动会(章贡分赛区)参赛工作先进单位的通报") is None
    # https://xdf500.com/pdetail/id=9403.html (the province's plan to become a designated area: not the area's)
    assert region_of("四川省创建国家全域旅游示范区实施方案") == "四川省"
    # the forms the rule keeps
    assert region_of("江苏省南通市海安县2020年工作要点") == "海安县"
    assert region_of("乌昌石国家自主创新示范区建设方案") == "乌昌石国家自主创新示范区"


def test_a_function_word_before_a_level_word_names_no_own_place():
    # http://nyncj.suzhou.gov.cn/nlj/zcfg/201709/f20f266ab0d34353acc6fc753321198f.shtml (…(苏政办发〔2016〕149号)以及市政府
    # 《…》: 以及 + 市政府 is no body 以及市)
    text = ("为加快培育农业发展新动能,推动我市现代农业建设迈上新台阶,根据《省政府办公厅关于加快推进“互联网+”现代农业发展的"
            "意见》(苏政办发〔2016〕149号)以及市政府《关于加快推进“互联网+”行动的实施意见》(苏府〔2016〕193号)要求,"
            "紧密结合我市现代农业发展实际,现就加快推进“互联网+”现代农业发展提出如下意见。")
    assert own_place([text]) != "以及市"
    # http://xxgk.zgq.gov.cn/fgwj/qtygwj/201212/t20121217_85144.htm (…同意,决定对区教育局…: no body 决定对区)
    assert own_place(["为表彰先进,进一步推动我区群众体育的蓬勃发展,经区政府研究同意,决定对区教育局等单位予以通报表彰。"]) is None
    # a place whose name holds a date's character keeps its own body (日照市人民政府)
    assert own_place(["日照市人民政府关于加快发展的意见", "为推动我市高质量发展,现提出如下意见。"]) == "日照市"


def test_a_reading_printed_twice_is_one_reading():
    from kechuang.extract.metadata.common import unread

    # http://sl4u.cn/article/detail/2684 (的(de)(de)意(yi)(yi)見): a mirror's reading doubled
    assert unread("關(guan)于促進全(quan)民閱讀工作的(de)(de)意(yi)(yi)見")[0] == "關于促進全民閱讀工作的意見"
    assert unread("第3(ii)項")[0] == "第3(ii)項"  # after a digit: no reading, doubled or not


# Family 4: the notice's sentence gives the plan a short name between its title and its verb (现将《X》(以下简称《预案》)
# 印发): the plan issued is X.
_SHORT_NAMED = [
    # http://www.szmaolu.com/zwgk/fggw/sfbwj/content/post_1441870.html (中山 2019: the page opens with the addressees)
    ("火炬開發區管委會,翠亨新區管委會,各鎮政府、區辦事處,市各有關單位:\n"
     "現將《中山市氣象災害應急預案》(以下簡稱《預案》)印發給你們,請根據《預案》切實加強氣象災害防御工作。\n"
     "中山市人民政府辦公室\n2019年10月8日\n", "中山市氣象災害應急預案"),
]


def test_a_short_name_between_the_title_and_its_verb_is_skipped():
    assert_reads(_SHORT_NAMED, "title")


# Family 5: a headline that drops the document's period over the title printed again, broken over lines, with it: the
# period is part of the title (openings/DECISIONS.md: a period is kept).
_PERIOD_BELOW = [
    # http://www.zycmw.com/sz/newshow.asp?classname=%D2%B5&id=223&mnid=5190
    ("网站首页 | 频道介绍 | 地方资讯\n 业  \n国务院关于上海市海洋功能区划的批复\n(2013/4/15) 点击:4486 关闭\n\n"
     "       摘要:到2020年,全市建设用围填海规模控制在\n       国务院关于上海市海洋功能区划\n      (2011—2020年)的批复\n"
     "       国函〔2012〕183号\n     上海市人民政府、海洋局:\n", "国务院关于上海市海洋功能区划(2011—2020年)的批复"),
    # https://dcement.com/Print.aspx?id=18293
    ("吉林市国民经济和社会发展第十一个五年规划纲要\n\n来源: 来源: 吉林省人民政府 发布时间:2007年11月08日\n"
     "吉林市国民经济和社会发展\n第十一个五年规划纲要(2006-2010)\n \n  2006年至2010年,是加快振兴吉林市老工业基地、"
     "全面建设小康社会的关键时期。\n", "吉林市国民经济和社会发展第十一个五年规划纲要(2006-2010)"),
]


def test_a_headline_without_its_period_gives_way_to_the_title_printed_with_it():
    assert_reads(_PERIOD_BELOW, "title")


# Family 6 (an existing family's separator): a document that is its own title, its 文号 before it on the line, a comma
# between (the 文号 cell before the title: OWN_TITLE's).
def test_a_doc_number_and_a_comma_before_an_own_title():
    # https://teniu.cc/ku/wk11/5b8b19b36de986370c934cce75587650.shtml
    text = ("第一篇:苏政办发〔2016〕85号江苏省政府办公厅关于全面治理拖欠农民工工资问题的实施意见\n"
            "苏政办发〔2016〕85号,江苏省政府办公厅关于全面治理拖欠农民工工资问题的实施意见\n"
            "各市、县(市、区)人民政府,省各委办厅局,省各直属单位:\n我省是农民工就业大省,依法保障农民工工资报酬权益,"
            "事关民生共享与社会和谐。\n一、总体要求\n")
    assert document_of(text)["title"] == "江苏省政府办公厅关于全面治理拖欠农民工工资问题的实施意见"


def test_the_doubled_reading_and_the_province_test_are_linear():
    from kechuang.extract.metadata.common import unread
    from tests.timing import assert_linear

    # a long line of readings, some doubled, some bare brackets after a reading: one pass over the text
    assert_linear(lambda text: unread(text), lambda n: "的(de)(de)意(yi)(zz)(x)見" * n, 64)
    # region_of's half grew the count of calls, not the text (review 19, F11): test_metadata_round46 times it on a
    # growing text
