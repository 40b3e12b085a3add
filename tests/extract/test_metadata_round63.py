"""Round 63 (meta28, session 29): a meeting's news whose lead names the document the meeting passed.

Every sentence is copied from a real dev page (address in the comment above it).
"""

from __future__ import annotations

from pathlib import Path

from kechuang.extract import extract_text
from kechuang.extract.lines import split_lines

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "real" / "openings"

# https://m.teamipecs.com/www/Enicn/2024/article_0523/75982.html (财联社, 四川 低空经济 指导意见)
SICHUAN_HEADLINE = "四川省政府常务会议:审议通过《关于促进低空经济发展的指导意见》"
SICHUAN_LEAD = ("22日,四川省委副书记、省长黄强主持召开省政府第29次常务会议,研究部署低空经济发展等工作。会议审议通过《关于促进"
                "低空经济发展的指导意见》,强调要充分发挥四川省研发、制造、空域、应用场景等优势,抢抓窗口期,在新赛道上加力加速冲刺。")
SICHUAN_STAMP = "来源:财联社 作者:\n佚名\n2024-05-23 09:31:24"
# https://www.hnwomen.org.cn/2012/08/03/136510.html (湘潭县妇联 2012, 妇女儿童发展规划)
XIANGTAN = "会议讨论并原则通过了《湘潭县妇女儿童发展规划(2011—2015年)(送审稿)》。“两个规划”(送审稿)已于6月21日提交县政府常务会议讨论通过。"
# http://rddy.org.cn/show-7145.html (浙江 2021, 共同富裕示范区 决定): the vote's lead, then a later lead of another document
ZHEJIANG = ("7月30日,浙江省十三届人大常委会第三十次会议表决通过《关于促进和保障高质量发展建设共同富裕示范区的决定》(以下简称"
            "《决定》),自公布之日起施行。\n6月10日,《中共中央 国务院关于支持浙江高质量发展建设共同富裕示范区的意见》发布,浙江"
            "省委随即召开全会制定实施方案,于7月19日正式发布《浙江高质量发展建设共同富裕示范区实施方案(2021—2025年)》。")
# the title line of the dev opening ln-fushun-zhcs2018 (抚顺 2018, a plan printed under its own title)
FUSHUN = "抚顺市“智慧城市”建设三年行动计划(2018-2020年)"


def test_a_headline_naming_the_meeting_and_its_verb_after_a_colon():
    doc = extract_text("当前位置:首页 >文章发布 > 正文\n" + SICHUAN_HEADLINE + "\n" + SICHUAN_STAMP + "\n"
                       + SICHUAN_LEAD).document
    assert doc.title == "关于促进低空经济发展的指导意见"
    assert doc.region == "四川省"  # the meeting's body places the document
    assert doc.issuer == []  # a news item names no issuer of its own
    assert doc.date is None  # the stamp dates the news, not the document


def test_a_lead_whose_meeting_opens_the_sentence_after_the_time():
    doc = extract_text(SICHUAN_STAMP + "\n" + SICHUAN_LEAD).document
    assert doc.title == "关于促进低空经济发展的指导意见"


def test_a_standing_committee_passes_by_vote_and_its_lead_is_the_first():
    doc = extract_text(ZHEJIANG).document
    assert doc.title == "关于促进和保障高质量发展建设共同富裕示范区的决定"
    assert doc.region == "浙江省"  # the committee's province, as it prints it


def test_a_meeting_discusses_before_it_passes():
    from kechuang.extract.metadata.passed import passed_document  # new in this round: main's code fails here

    reported = passed_document(split_lines(XIANGTAN))
    assert reported is not None and not reported.issued
    assert reported.title == "湘潭县妇女儿童发展规划(2011—2015年)(送审稿)"
    assert reported.bodies == ["会议"]


def test_a_report_the_meeting_passed_named_by_a_later_sentence_is_no_lead():
    # 审议通过的《政府工作报告》: the document a work report's division is made from, not a news lead
    from kechuang.extract.metadata.passed import passed_document

    text = "为全面完成市十七届人大三次会议审议通过的《政府工作报告》确定的目标任务,现将重点工作任务分解如下。"
    assert passed_document(split_lines(text)) is None


def test_a_speech_that_mentions_a_document_reports_none():
    from kechuang.extract.metadata.passed import passed_document

    assert passed_document(split_lines("会议强调,常务会议审议通过《关于促进低空经济发展的指导意见》后要抓好落实。")) is None


def test_the_page_s_own_title_stays():
    # a plan's own title line over a meeting's lead: the lead's document stands for no title
    assert extract_text(FUSHUN + "\n" + SICHUAN_LEAD).document.title == FUSHUN
    assert extract_text(FUSHUN + "\n" + ZHEJIANG).document.title == FUSHUN
    # the dev opening ln-fushun-zhcs2018 (its source address in its .json): its plan, under its notice, quotes the
    # 纲要 a meeting passed (市政府第69次常务会议通过了《…纲要(2017-2020年)》): the plan stays the title
    text = (FIXTURES / "ln-fushun-zhcs2018.txt").read_text("utf-8")
    assert extract_text(text).document.title == FUSHUN


# http://wap.reportway.org/chanyeyaowen/30805.html (界首 2023, 食用菌 规划 评审会)
JIESHOU = ("12月9日,《界首市食用菌产业发展规划(2023—2027年)》评审会在合肥召开。经过三个多小时的质询、讨论,《规划》通过了由"
           "安农大、安大和阜阳市、界首市农业专家组成的专家组评审。")
# http://www.51760.cn/NewsInfo.aspx?Id=31438&type=5 (安徽旅游政务网 2013, 宣城): the consultation meeting's sentence
XUANCHENG = "为提高规划编制的科学性,11月16日,《宣城市美好乡村休闲养生旅游概念规划》公开征求意见座谈会在旌德县召开。"


def test_a_meeting_held_on_a_named_document_names_the_page_s():
    doc = extract_text(JIESHOU).document
    assert doc.title == "界首市食用菌产业发展规划(2023—2027年)"
    assert doc.region == "界首市"  # from the title
    assert doc.issuer == []
    from kechuang.extract.metadata.held_on import held_on_document

    reported = held_on_document(split_lines(XUANCHENG))
    assert reported is not None and reported.title == "宣城市美好乡村休闲养生旅游概念规划" and not reported.issued


def test_a_press_conference_s_speaker_presents_the_document():
    # the dev opening sd-dezhou-yhxfhj2023 (http://m.floorcoveringcontractor.com/kuaibao/p/1622884.html), a mirror's
    # traditional characters with their readings: 新聞發(fā)布會(huì)—市商務(wù)局專場。…介紹《德州市優(yōu)化消費(fèi)…》
    doc = extract_text((FIXTURES / "sd-dezhou-yhxfhj2023.txt").read_text("utf-8")).document
    assert doc.title == "德州市優(yōu)化消費(fèi)環(huán)境若干措施"
    assert doc.region == "德州市"
    # the dev opening nm-neimenggu-wzahjss (http://m.ytjhdl.cn/xy/nmg/1361601.html): 召开新闻发布会,深入解读《…》, read
    # before this round and read the same
    doc = extract_text((FIXTURES / "nm-neimenggu-wzahjss.txt").read_text("utf-8")).document
    assert doc.title.startswith("內(nèi)蒙古自治區(qū)“十四五”無(wú)障礙環(huán)境建設(shè)實")


def test_a_meeting_named_after_a_document_without_being_held_is_no_lead():
    from kechuang.extract.metadata.held_on import held_on_document

    # the 界首 page's second sentence: the 规划 passed the review, no meeting held on it in the sentence
    assert held_on_document(split_lines(JIESHOU.split("。", 1)[1])) is None


def test_a_plan_s_own_title_line_over_a_meeting_s_lead_stays():
    assert extract_text(FUSHUN + "\n" + JIESHOU).document.title == FUSHUN


# http://www.qingxin.gov.cn/bmxz/xz/stz7/gzwj/zcwj/content/post_690001.html (清新区 石潭镇 2017, a 起草说明 with no title
# line): the text says the plan was drafted
SHITAN = ("二、制定依据\n清新消安委已颁布《清远市清新区2017年夏季消防检查工作方案》(清新消安委〔2017〕5号)。结合我镇实际,起草了"
          "《2017年石潭镇夏季消防检查工作方案》。\n三、基本框架和主要内容")


def test_a_page_with_no_title_line_names_the_plan_it_drafted():
    doc = extract_text(SHITAN).document
    assert doc.title == "2017年石潭镇夏季消防检查工作方案"
    assert doc.basis == ["清远市清新区2017年夏季消防检查工作方案"]  # the page's own plan is no basis


def test_a_draft_still_to_be_written_names_no_title():
    # the dev opening nx-ningxia-sdbhxf2017's instruction (按照…的批示“同意拟办。抓紧起草《工作方案》”要求) and a plan
    # to be drafted: neither was made
    from kechuang.extract.metadata.made import made_title

    assert made_title(split_lines("按照顺清副主席的批示“同意拟办。抓紧起草《工作方案》”要求,由我厅牵头。")) is None
    assert made_title(split_lines("我局将起草《石潭镇夏季消防检查工作方案》。")) is None
