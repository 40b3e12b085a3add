"""Round 49 (meta16): consultation pages and 解读 pages (docs/extraction.md, "Round 49, document"). A page for comments
that prints its draft takes the draft's title (tests/fixtures/real/openings/DECISIONS.md, "Round 49 gold questions"),
also on a mirror in traditional characters, with a joined draft mark and a glued attachment label; a 解读 headed after a
bar-separated column tag names no issuer of its own. Each case is a dev page's lines, its address given."""

from __future__ import annotations

from tests.extract.reading import assert_reads, document_of

# dev http://268862.cn/Index/show/catid/14/id/16559.html (石家莊 2023, a mirror of the city's 公告 for comments)
_SHIJIAZHUANG = (
    '關于《石家莊市數(shù)字經濟促進條例(草案征求意見稿)》公開征求意見的公告\n'
    '為了促進數(shù)字經濟發(fā)展,建設數(shù)字賦能、融合發(fā)展的數(shù)字強市,石家莊市發(fā)展和改革委員會牽頭起草了《石家莊市數(shù)字經濟促進條例(草案征求意見稿)》,現(xiàn)面向\n'
    '通訊地址:石家莊市長安區(qū)中山東路216號石家莊市發(fā)展和改革委員會\n'
    '郵 編:050011\n'
    '附件:《石家莊市數(shù)字經濟促進條例(草案征求意見稿)》\n'
    '石家莊市發(fā)展和改革委員會\n'
    '2023年6月21日\n'
    '附件石家莊市數(shù)字經濟促進條例(草案征求意見稿)\n'
    '第一章 總則\n'
    '第一條 為了促進數(shù)字經濟發(fā)展,建設數(shù)字賦能、融合發(fā)展的數(shù)字強市,根據(jù)有關法律、法規(guī),結合本市實際情況,制定本條例。\n')
# dev http://yishui.gov.cn/info/9168/352651.htm (沂水 2023, a 解读 of the county's breakdown of its work report)
_YISHUI = (
    '公务邮 无障碍浏览 长者模式 手机版 微信\n'
    '微博\n'
    '登录 | 注册\n'
    '您所在的位置: 首页 >> 政务公开 >> 政策解读 >> 文字解读 >> 正文\n'
    '\n'
    '文字解读┃关于对沂水县《<政府工作报告>重点工作分工方案》的解读\n'
    '\n'
    '索  引  号: yishuixfbgs/2023-0000196 主  题  词: 其他 公开方式: 主动公开\n'
    '文       号: 发布机构: 沂水县人民政府办公室 发布日期: 2023-03-06\n'
    '浏览次数: 有  效  性: 成文日期: 2023-03-06\n'
    ' 公开程序 \n'
    '\n'
    '沂水县人民政府办公室于2023年3月6日印发了《2023年县政府工作报告重点工作任务分解方案》(以下简称《方案》)的通知,为确保《政府工作报告》重点工作任务落到实处,现就《方案》主要内容解读如下:\n')
# dev http://minyi.zjzwfw.gov.cn/dczjnewls/dczj/idea/topic_7807.html (金华 2023): the draft under `附件1:` on its own line
_JINHUA = ("金华市农业农村局关于《金华市区乡村振兴支持政策三十条》 第二次公开征求意见的公告\n"
           "为加快实施乡村振兴战略,起草了《金华市区乡村振兴支持政策三十条(征求意见稿)》,现将征求意见稿(草案)全文公布。\n"
           "                          金华市农业农村局\n                                  2023年6月2日\n"
           "附件1:\n\n金华市区乡村振兴支持政策(三十条)\n\n(征求意见稿)\n\n为加快推动全市农业农村高质量发展。\n")


def test_a_consultation_page_that_prints_its_draft_takes_the_draft_s_title():
    assert_reads([(_SHIJIAZHUANG, "石家莊市數(shù)字經濟促進條例"), (_JINHUA, "金华市区乡村振兴支持政策(三十条)")], "title")


def test_the_draft_s_place_is_read_without_its_attachment_label():
    assert document_of(_SHIJIAZHUANG)["region"] == "石家莊市"


def test_the_notice_for_comments_still_signs_and_dates_the_page():
    doc = document_of(_SHIJIAZHUANG)
    assert (doc["issuer"], doc["date"]) == (["石家莊市發(fā)展和改革委員會"], "2023-06-21")


def test_an_explanation_headed_after_a_bar_names_no_issuer_and_the_date_it_states():
    doc = document_of(_YISHUI)
    assert (doc["issuer"], doc["date"]) == ([], "2023-03-06")
    assert doc["title"] == "2023年县政府工作报告重点工作任务分解方案"


# A national plan about a macro-region its title opens with, after a verb of support, is placed in that area
# (DECISIONS.md, openings3: `东北地区`): dev https://cai56.com/post/27385.html (国家发展改革委 2024),
# dev http://m.2214hangzhou.com/zy/finance/hg/cb/2016/1226/19/31812944.html (促进中部地区崛起“十三五”规划, 2016).
_DONGBEI = ("推动东北地区冰雪经济高质量发展助力全面振兴取得新突破实施方案为深入贯彻习近平总书记关于东北全面振兴和冰雪经济发展的"
            "重要指示精神,推动东北地区冰雪资源优势转化为发展成效,制定本实施方案,实施期至 2027 年。\n一、总体要求\n")
_ZHONGBU = ("发改委发布促进中部地区崛起“十三五”规划\n网易网站 | 2016-12-26 19:49\n\n  国家发展改革委关于印发促进\n\n"
            "  中部地区崛起“十三五”规划的通知\n\n  发改地区[2016]2664号\n\n"
            "  山西、安徽、江西、河南、湖北、湖南省人民政府,国务院各部委、各直属机构:\n\n"
            "  经国务院同意,现将《促进中部地区崛起“十三五”规划》(以下简称《规划》)印发你们,并就有关事项通知如下:\n")


def test_a_national_plan_about_a_macro_region_is_placed_in_it():
    assert_reads([(_DONGBEI, "东北地区"), (_ZHONGBU, "中部地区")], "region")



def test_a_province_that_carries_out_the_area_s_plan_keeps_the_province():
    # dev https://0798ci.com/policy/20846.html (山西 2017): the area stands inside the province's title, not at its head
    text = ("晋政办发〔2017〕55号 山西省人民政府办公厅关于印发山西省贯彻落实《促进中部地区崛起“十三五”规划》工作\n"
            "山西省人民政府办公厅关于印发山西省贯彻落实《促进中部地区崛起“十三五”规划》工作方案\n")
    assert document_of(text)["region"] == "山西省"



_ZUNYI = (
    '您当前所在的位置: 首页 > 政务公开 > 政府文件 > 遵府办函\n'
    '索引号 000014349/2022-1497743 主题分类   其他\n'
    '发布机构 发文日期  2022年05月10日\n'
    '文号 遵府办函〔2022〕56号 是否有效\n'
    '标题 市人民政府办公室关于印发《遵义都市圈发展规划》主要目标重点任务重大工程和重点项目责任分工方案的通知\n'
    '时间:2022-05-11 16:14\n'
    '字号: 分享:\n'
    '\n'
    '市人民政府办公室关于印发《遵义都市圈发展规划》主要目标重点任务重大工程和重点项目责任分工方案的通知\n'
    '\n'
    '各县、自治县、区(市)人民政府、新蒲新区管委会、市政府各部门、各直属机构:\n'
    '\n'
    '为认真履行地方政府及部门主体责任,更好争取上级支持,加快推进遵义都市圈建设,按照《省新型城镇化暨城乡融合发展工'
    '作领导小组办公室关于印发<遵义都市圈发展规划主要目标和重点任务分工方案>的通知》(黔城镇办通〔2022〕5号)'
    '有关要求,结合我市实际,经市政府同意,现将《<遵义都市圈发展规划>主要目标重点任务重大工程和重点项目责任分工方'
    '案》印发给你们,并提出下列工作要求,请结合实际认真抓好工作落实。\n')


def test_a_field_label_glued_before_a_body_names_no_place():
    # dev http://www.zunyi.gov.cn/zwgk/zfwj/zfbh/202205/t20220511_74033183.html (遵义 2022, its portal's table:
    # `标题 市人民政府办公室关于印发…`); the gold region is the area its plan names (遵义都市圈), which no rule reads
    # yet: the label must not become a place (标题市)
    assert "标题" not in (document_of(_ZUNYI)["region"] or "")
