"""Round 44 (meta11): the document's date where the page prints it in a shape the rules did not read, or prints only a
news item's stamp. Each case is a dev page's lines (address given); the families are counted in docs/extraction.md
("Round 44, the document's date")."""

from __future__ import annotations

from kechuang.extract.lines import split_lines
from kechuang.extract.metadata.dates import adopted_date, inline_signed
from kechuang.extract.metadata.news import wire_lead
from tests.extract.reading import assert_reads, document_of
from tests.timing import assert_linear

# Family 1: a signature date that lost some of its characters under its signer: 年月 gone, 日 kept; 日 gone; 月 and 日 run
# together with 日 gone. It wins over the page's 成文日期 / 发文日期 field, as any signature date does (DECISIONS.md: 梁山).
_CUT_SIGNATURES = [
    # http://m.utopia-bar.com/jiamengdongtai/jybdbbmgyyfzhfketqsn_1_1.html (教育部等八部门, 2018)
    ("教育部等八部门关于印发《综合防控儿童青少年近视实施方案》的通知\n\n各省、自治区、直辖市人民政府:\n\n"
     "现将《综合防控儿童青少年近视实施方案》印发给你们,请结合实际认真贯彻落实。\n\n教育部 国家卫生健康委员会\n\n"
     "国家体育总局 财政部\n\n2018830日    \n\n综合防控儿童青少年近视实施方案\n\n一、总体要求\n", "2018-08-30"),
    # http://222.218.130.60:8080/govinfo/documentAction.do?method=toDocView&docId=b1b59359-1793-474c-9ab8-a755707f7d8d&moduleId=1ad4e4e4-ecf6-40c2-a31d-9184d4b8d5ec&orgId=461
    ("发布机构: 都安县环境保护局 成文日期: 2014-05-16\n"
     "都安瑶族自治县人民政府办公室关于印发都安瑶族自治县集中式饮用水水源地突发环境事件应急预案的通知\n"
     "各有关乡镇人民政府,县直各有关单位:\n    经自治县人民政府同意,现将《都安瑶族自治县集中式饮用水水源地突发环境事件"
     "应急预案》印发给你们,请遵照执行。\n\n                         都安瑶族自治县人民政府办公室\n\n     2014年5月14\n\n"
     "都安瑶族自治县集中式饮用水水源地突发环境事件应急预案\n一、总则\n", "2014-05-14"),
    # http://www.gfx.gov.cn/public/481/2621371.html
    ("组配分类: 应急预案 发文日期: 2019-12-02\n区政府办公室关于印发《上饶市广丰区森林火灾应急预案》的通知\n"
     "各乡镇(街道)人民政府(办事处),区直有关单位:\n    经区政府同意,现将修订后的《上饶市广丰区森林火灾应急预案》"
     "印发给你们,请认真实施。\n\n                    上饶市广丰区人民政府办公室\n\n                        2019年1123\n\n"
     "上饶市广丰区森林火灾应急预案\n1 总则\n", "2019-11-23"),
]


def test_a_signature_date_that_lost_characters_is_read_under_its_signer():
    assert_reads(_CUT_SIGNATURES, "date")


def test_a_cut_date_with_no_signer_over_it_dates_nothing():
    # a year and a run of digits alone under a title is no signature (a table's year, a page's counter)
    text = "关于印发某某实施方案的通知\n\n2019年1123\n\n某某实施方案\n一、总体要求\n"
    assert document_of(text)["date"] is None


# Family 2: the date after a dash under the title, a congress's line: its adoption (a 纲要, the line broken before its
# verb) or its delivery (a report, the congress named by its level alone). It dates the document over the page's stamp
# and its 成文日期 field, as a bracketed adoption line does (DECISIONS.md: 克州 2021, 日喀则 2021).
_DASHED = [
    # http://www.rikaze.gov.cn/wap/m-news-detail.thtml?cid=214901
    ("日喀则市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n\n来源:市发改委\n浏览人数:0\n"
     "日期:2021-12-30 16:26\n\n日喀则市国民经济和社会发展第十四个五年规划和二〇三五年远景\n\n目标纲要\n\n"
     "——2021年12月11日日喀则市第二届人民代表大会\n\n第二次会议通过\n\n\n"
     "日喀则市第二届人民代表大会第二次会议审查了市人民政府提出的《日喀则市国民经济和社会发展第十四个五年规划和二〇三五年"
     "远景目标纲要(草案)》,决定批准这个规划纲要。\n", "2021-12-11"),
    # http://www.xilinhaote.gov.cn/xilinhaote/zwgk/zfxxgkzl/fdzdgknr/ghjh/gmjjhshfzgh/2023112319262123236/index.html
    ("发文机构:锡林浩特市发展和改革委员会 信息分类:国民经济和社会发展规划\n"
     "成文日期:2022-01-12 00:00:00 公开日期:2022-01-12 18:30:12 废止日期:——— 有 效 性:有效\n\n"
     "关于2021年国民经济和社会发展计划执行情况及2022年国民经济和社会发展计划草案的报告\n\n"
     "来源: 锡林浩特市发展和改革委员会 发布日期: 2022-01-12 18:30 浏览次数:\n\n"
     "  ——2022年1月7日在市第十六届人民代表大会第一次会议上\n\n锡林浩特市发展和改革委员会\n\n各位代表:\n", "2022-01-07"),
]


def test_a_dash_led_congress_line_dates_the_document():
    assert_reads(_DASHED, "date")


def test_a_dash_led_line_needs_its_verb_or_its_meeting():
    lines = split_lines("某某规划纲要\n——2021年12月11日\n第二部分 发展基础\n")
    assert adopted_date(lines) is None  # a date after a dash that nothing adopts or delivers


# Family 3: a signature run on inside one long line (pages that lost their line breaks): after the notice's last sentence
# or its attachment line, the signer, a space, the date.
_INLINE = [
    # http://www.weishan.gov.cn/art/2019/11/20/art_67593_2103.html
    ("(已废止)微政办字〔2019〕24号 关于印发微山县重污染天气应急预案的通知 |\n"
     "各乡、镇人民政府,各街道办事处,县政府各部门,各企业: 《微山县重污染天气应急预案》已经县政府同意,现印发给你们,"
     "请认真组织实施。 微山县人民政府办公室 2019年9月22日 (此件公开发布) 微山县重污染天气应急预案 为妥善应对重污染天气,"
     "进一步完善重污染天气应急工作机制,制定本预案。\n", "2019-09-22"),
    # https://www.chengbu.gov.cn/jc_cbx/220/246/content_8897.html
    ("城委乡振组发〔2021〕3号 关于印发《城步苗族自治县巩固提升就业帮扶车间等“七大专项行动”实施方案》的通知 "
     "各乡镇(场)、县直和省市驻城各单位: 《城步苗族自治县巩固提升就业帮扶车间等“七大专项行动”实施方案》已经县委实施乡村"
     "振兴战略领导小组审定通过。现印发给你们,请认真抓好贯彻落实。 中共城步苗族自治县委实施乡村振兴战略领导小组 2021年9月3日 "
     "城步苗族自治县巩固提升就业帮扶车间 专项行动实施方案 为全面落实省委省政府关于巩固脱贫攻坚成果的部署,制定本方案。\n",
     "2021-09-03"),
    # http://liehuw.com/liehuwang/vip_doc/12222846.html (a reprint: its stamp 时间:2019-01-23 gives way)
    ("信阳市人民政府关于表彰2017年度安全生产优秀单位先进单位和先进工作者的决定时间:2019-01-23 信阳市人民政府 关于表彰"
     "2017年度安全生产优秀单位先进单位和先进工作者的决定 信政〔2018〕17号 各县、区人民政府: 希望受到表彰的单位和个人珍惜荣誉,"
     "为全市安全生产形势持续稳定好转作出新的更大贡献。 附件:2017年度安全生产工作优秀单位先进单位和先进工作者名单 信阳市人民政府 "
     "2018年12月3日 责编:尹妮子 |\n", "2018-12-03"),
    # http://www1.58188.com/news/2012/4-9/4477.html (its year's 〇 lost: 二一二年 reads 2012 only)
    ("关于印发东湖国家自主创新示范区 发展规划纲要(2011-2020年)的通知 东湖新技术产业开发区建设国家自主创新示范区部际协调小组"
     "成员单位: 现将《东湖国家自主创新示范区发展规划纲要(2011-2020年)》印送你们,请认真组织落实。 专此通知。 "
     "附件:东湖国家自主创新示范区发展规划纲要(2011-2020年) 科学技术部 二一二年四月一日来源科技部网站)\n", "2012-04-01"),
]


def test_a_signature_run_on_inside_a_line_dates_the_document():
    assert_reads(_INLINE, "date")


def test_a_date_in_running_text_is_no_inline_signature():
    lines = split_lines("2018年1月12日区政府办公室印发的《预案》同时废止。市政府2019年3月5日召开会议。\n")
    assert inline_signed(lines) is None  # no space between a body and its date: a sentence, not a signature
    lines = split_lines("请认真组织实施。 会议纪要 2019年9月22日 (此件公开发布)\n")
    assert inline_signed(lines) is None  # what stands before the date names no body
    lines = split_lines("完成平台建设任务。 县科技局 2021年6月30日前 完成人才引进任务。 县人社局 2021年12月31日之前\n")
    assert inline_signed(lines) is None  # a task table's unit and deadline, flattened into the line


def test_the_inline_signature_is_linear():
    page = split_lines(("请认真组织实施。 某某 " * 2000) + "\n" + ("附件:" + "名" * 79 + " ") * 2000 + "\n")
    assert_linear(lambda pages: [inline_signed(p) for p in pages], lambda n: [page] * n, 4)


# Family 4: a news item's wire mark opening its lead (…网讯, …日报讯, 本报讯): the page's stamp dates the report, not the
# document, whatever verb the lead uses (DECISIONS.md, openings6: a news site's header is a stamp).
_WIRED = [
    # http://blculx.net/news/zszc/20221011/1546541993164.shtml
    ("福建省“十四五”推进农业农村现代化实施方案\n发布时间:2022-10-11 15:46\n分享到:\n\n"
     "中商情报网讯:为贯彻落实国务院印发的《“十四五”推进农业农村现代化规划》,走具有福建特色的乡村振兴之路,现制定以下方案。\n",
     None),
]


def test_a_news_wire_lead_keeps_the_stamp_from_standing_in():
    assert_reads(_WIRED, "date")
    # the shape on other dev pages: https://yxiu.cn/finance/jujiao/508338.html, https://news.solarbe.com/201512/08/179192.html
    assert wire_lead(split_lines("广州日报讯 (全媒体记者杨朝露)昨日,广东省公布《…》\n"))
    assert wire_lead(split_lines("索比光伏网讯:阜政发〔2015〕…\n"))
    assert not wire_lead(split_lines("为加快推进通讯网络建设,制定本方案。\n"))  # 讯 inside a word, not a wire mark


def test_the_wire_lead_is_linear():
    page = split_lines(("讯" * 500 + "\n") * 50 + "本报" * 3000 + "\n")
    assert_linear(lambda pages: [wire_lead(p) for p in pages], lambda n: [page] * n, 4)
