"""Round 46 (meta13): the issuer, date and number a page prints and the rules left unread. Each case is a dev page's
lines (address given); the families are counted in docs/extraction.md ("Round 46, issuer, date, number and basis")."""

from __future__ import annotations

import pytest

from kechuang.extract.lines import split_lines
from kechuang.extract.metadata.abbreviated import abbreviates
from kechuang.extract.metadata.headbody import headed_by
from kechuang.extract.metadata.signed_inline import inline_signers
from tests.extract.reading import assert_reads, document_of
from tests.timing import assert_linear

# Family 1: a signature run on inside a line (a page that lost its line breaks), after the notice's last sentence,
# a space or none after its full stop, the signer, a space, the date: the signer issues the document, as it does
# under the date read by ``dates.inline_signed``.
_RUN_ON_SIGNERS = [
    # http://www.weishan.gov.cn/art/2019/11/20/art_67593_2103.html
    ("(已废止)微政办字〔2019〕24号 关于印发微山县重污染天气应急预案的通知 |\n"
     "各乡、镇人民政府,各街道办事处,县政府各部门,各企业: 《微山县重污染天气应急预案》已经县政府同意,现印发给你们,"
     "请认真组织实施。 微山县人民政府办公室 2019年9月22日 (此件公开发布) 微山县重污染天气应急预案 为妥善应对重污染天气,"
     "进一步完善重污染天气应急工作机制,制定本预案。\n", ["微山县人民政府办公室"]),
    # https://www.chengbu.gov.cn/jc_cbx/220/246/content_8897.html
    ("城委乡振组发〔2021〕3号 关于印发《城步苗族自治县巩固提升就业帮扶车间等“七大专项行动”实施方案》的通知 "
     "各乡镇(场)、县直和省市驻城各单位: 《城步苗族自治县巩固提升就业帮扶车间等“七大专项行动”实施方案》已经县委实施乡村"
     "振兴战略领导小组审定通过。现印发给你们,请认真抓好贯彻落实。 中共城步苗族自治县委实施乡村振兴战略领导小组 2021年9月3日 "
     "城步苗族自治县巩固提升就业帮扶车间 专项行动实施方案 为全面落实省委省政府的部署安排,现结合工作实际,特制定本方案。\n",
     ["中共城步苗族自治县委实施乡村振兴战略领导小组"]),
    # https://www.dlpld.gov.cn/view-8c579342e1d54e7a8170d337db723dd2.jhtml
    ("各街道办事处、园区管委会,区政府各相关部门: 《大连市普兰店区银发产业发展规划》已经大连市普兰店区第三届人民政府第三十七次"
     "常务(扩大)会议审议通过,现印发给你们,请结合实际,认真贯彻执行。 大连市普兰店区人民政府办公室 2024年7月30日 (此件公开发布)\n"
     "大连市普兰店区银发产业发展规划 为实施积极应对人口老龄化国家战略,制定本规划。\n", ["大连市普兰店区人民政府办公室"]),
    # http://liehuw.com/liehuwang/vip_doc/12222846.html (the attachment's name run into the signer once normalised)
    ("信阳市人民政府 关于表彰2017年度安全生产优秀单位先进单位和先进工作者的决定 信政〔2018〕17号 各县、区人民政府: "
     "2017年,全市安全生产形势稳定。为促进全市安全生产形势持续稳定好转作出新的更大贡献。 "
     "附件:2017年度安全生产工作优秀单位先进单位和先进工作者名单 信阳市人民政府 2018年12月3日 责编:尹妮子 |\n",
     ["信阳市人民政府"]),
]


def test_a_signature_run_on_in_a_line_names_the_issuer():
    assert_reads(_RUN_ON_SIGNERS, "issuer")


# review 20, F3/F12: the deadline followed by 完成, the next row's number or a comma (the reviewer's probes)
@pytest.mark.parametrize("text", ["一、目标任务。 县科技局 2021年6月30日前完成。\n",
                                  "1.制定科技创新实施方案。 县科技局 2023年6月30日完成\n",
                                  "1 制定科技创新实施方案。 县科技局 2023年6月30日 2 建立科技型企业培育台账。 县发改局 2023年12月31日\n",
                                  "1.制定科技创新实施方案。 县科技局 2023年6月30日,2.建立科技型企业培育台账。\n"])
def test_a_deadline_in_a_flattened_table_signs_nothing(text):
    assert inline_signers(split_lines(text)) == []


# Family 2: the issuer's letterhead over a notice's own title that names no place (GB/T 9704's 发文机关标志: the body
# alone on its line, a rule or the 文号 between): the body issues it, or names the title's placeless body in full.
_LETTERHEADS = [
    # http://www.fjsx.gov.cn/zwgk/ghjh/zxgh/201210/t20121011_459811.htm
    ("关于加快第三产业发展的实施意见(试行)\n\n日期:2012-10-11 16:17 来源:本网\n| | | |\n\n沙县人民政府\n\n"
     "关于加快第三产业发展的实施意见(试行)\n\n沙政〔2012478\n\n \n\n各乡(镇)人民政府、街道办事处,县政府各部门、各直属机构:\n\n"
     "为进一步提升我县第三产业的质量和水平,现就加快我县第三产业发展,提出如下实施意见:\n\n一、总体要求\n\n",
     ["沙县人民政府"]),
    # https://www.meizhou.gov.cn/zwgk/gsgg/content/post_2171356.html
    ("当前位置:首页 > 政务公开 > 通知公告\n中共梅州市委梅州市人民政府印发《梅州市实施乡村振兴战略规划(2018─2022年)》\n"
     "来源:本网  时间:2021-05-13 16:04:36  浏览:-\n字号:\n\n中共梅州市委  梅州市人民政府\n\n印发《梅州市实施乡村振兴战略规划\n\n"
     "(2018─2022年)》\n\n  市委和市政府印发《梅州市实施乡村振兴战略规划(2018─2022年)》,内容如下。\n\n"
     "梅州市实施乡村振兴战略规划\n\n(2018─2022年)\n\n目   录\n\n前 言\n\n第一章  总体要求\n",
     ["中共梅州市委", "梅州市人民政府"]),
    # http://www.guiyang.gov.cn/zwgk/zfxxgks/fdzdgknr/lzyj/gfxwj/szfgfxwj/qfbh/202010/t20201015_64095382.html
    ("文 号: 筑府办函〔2020〕78号 发布机构: 市政府办公厅\n成文时间: 2020-09-15 发布时间: 2020-09-15 14:50\n\n"
     "筑府办函〔2020〕78号市人民政府办公厅关于印发贵阳市气象灾害应急预案的通知\n\n贵阳市人民政府办公厅\n\n——————————\n\n"
     "筑府办函〔2020〕78号\n\n市人民政府办公厅关于印发\n\n贵阳市气象灾害应急预案的通知\n\n"
     "各区、市、县人民政府,市政府各工作部门:\n\n《贵阳市气象灾害应急预案》已经市人民政府同意,现印发给你们,请认真遵照执行。\n",
     ["贵阳市人民政府办公厅"]),
    # http://004km.cn/a9/201905142/1a7bb575cf5f4587.html (a mirror with readings)
    ("第一篇:省政府關(guān)于調(diào)整海安縣部分鎮(zhèn)行政區(qū)劃的批復(fù)\n江蘇省人民政府\n蘇政復(fù)〔2011〕53號\n"
     "省政府關(guān)于調(diào)整海安縣\n部分鎮(zhèn)行政區(qū)劃的批復(fù)\n南通市人民政府:\n"
     "你市《關(guān)于調(diào)整海安縣部分鄉(xiāng)鎮(zhèn)行政區(qū)劃的請示》悉。經(jīng)研究,批復(fù)如下:\n", ["江蘇省人民政府"]),
]


def test_the_letterhead_over_a_placeless_title_names_the_issuer():
    assert_reads(_LETTERHEADS, "issuer")


def test_a_portal_header_over_a_menu_names_no_issuer():
    lines = split_lines("某某县人民政府\n首页 > 政务公开\n关于印发某某方案的通知\n")
    assert headed_by(lines) == []
    lines = split_lines("某某县人民政府\n印发日期: 2020-01-01\n")  # a field's label, no title
    assert headed_by(lines) == []


# Family 3: a notice's title names its issuer in a short form that its signature prints in full: the one body, once.
_SHORT_FORMS = [
    # http://www.ceccweb.org.cn/listshow.php?cid=69&id=3442
    ("2025-10-13 16:36:33来源:常州市发展和改革委员会点击:681 次\n常州市发展改革委关于印发2025年常州市近零碳试点园区名单的通知\n"
     "常发改〔2025〕230号\n各辖市、区发改(经发)委(局),常州经开区经发局:\n"
     "根据工作要求,经园区申报、专家评审,确定试点园区名单。现将名单印发给你们。\n"
     "一、各辖市区发改部门要高度重视、周密部署。\n常州市发展和改革委员会\n2025年10月10日\n(此件公开发布)\n"
     "2025年常州市近零碳试点园区名单\n", ["常州市发展和改革委员会"]),
    # https://www.cj.gov.cn/p1/zfbwj/20180907/191776.html?source=zzb
    ("昌吉州人民政府办公室 关于印发《自治州全面落实湖长制 实施方案》的通知\n"
     "发布时间:2018.09.07 来源:昌吉州人民政府网 浏览次数:\n\n各县市人民政府,自治州有关部门:\n\n"
     "《自治州全面落实湖长制实施方案》已经州人民政府研究同意,现印发给你们,请结合实际认真贯彻落实。\n\n"
     "昌吉回族自治州人民政府办公室\n\n2018年9月4日        \n\n自治州全面落实湖长制实施方案\n\n"
     "为全面加强湖泊管理保护,制定本方案。\n", ["昌吉回族自治州人民政府办公室"]),
]


def test_a_short_form_of_the_signer_is_the_same_body():
    assert_reads(_SHORT_FORMS, "issuer")


def test_short_forms_keep_first_and_last_characters():
    assert abbreviates("常州市发展改革委", "常州市发展和改革委员会")
    assert not abbreviates("市人民政府", "市人民政府办公室")  # another body: its last character differs
    assert not abbreviates("市政府", "市人民政府")  # too short to tell by its characters
    assert not abbreviates("县财政局", "县林业局")


# Family 4: a mirror prints a signature block's indent as ?, before the date too (a date whose 年月日 it lost).
_LOST_INDENT = [
    # http://bxcdw.com/jd/zxjsx/zwgk_34997/fdzdgknr_35002/lzyj_35003/zcwj_35004/202209/t20220913_11105048.html
    ("忠县金声乡人民政府中国足彩在线:印发《金声乡2022年农作物秸秆综合利用实施方案》的通知\n\n字号:\n分享:\n\n"
     "村(居)民委员会、在乡有关单位\n\n为全面做好秸秆综合利用工作,根据市相关要求,结合实际情况制定了《金声乡2022年农作物"
     "秸秆综合利用实施方案》,现印发给你们,请各村居认真抓好落实\n\n"
     "??????????????????????????????????????忠县金声乡人民政府\n\n"
     "?????????????????????????????????????????????202269\n\n金声乡2022年农作物秸秆综合利用实施方案\n\n"
     "为进一步加强农村生态文明建设,制定本方案。\n", "2022-06-09"),
]


def test_a_bare_date_after_a_lost_indent_signs():
    assert_reads(_LOST_INDENT, "date")
    assert document_of(_LOST_INDENT[0][0])["issuer"] == ["忠县金声乡人民政府"]


def test_the_readers_stay_linear():
    line = "请认真贯彻执行。 某某县人民政府办公室 2024年7月30日前 " * 3 + "附件:某某名单 " * 3
    assert_linear(inline_signers, lambda n: split_lines((line + "\n") * 40 * n))
    # (``headed_by`` reads the page's first 80 lines only: its cost does not grow with the page)


# Family 5: a mark at the line's head before the 文号 that heads the notice's title (a compilation's 第一篇:, a portal's
# (已废止)): the number is read as when the line opens with it.
_MARKED_NUMBERS = [
    # http://www.weishan.gov.cn/art/2019/11/20/art_67593_2103.html
    ("当前位置:首页 |\n|\n(已废止)微政办字〔2019〕24号 关于印发微山县重污染天气应急预案的通知 |\n||||||\n"
     "各乡、镇人民政府,各街道办事处: 《微山县重污染天气应急预案》已经县政府同意,现印发给你们,请认真组织实施。\n",
     "微政办字〔2019〕24号"),
    # https://teniu.cc/ku/wk11/5b8b19b36de986370c934cce75587650.shtml
    ("第一篇:苏政办发〔2016〕85号江苏省政府办公厅关于全面治理拖欠农民工工资问题的实施意见\n"
     "苏政办发〔2016〕85号,江苏省政府办公厅关于全面治理拖欠农民工工资问题的实施意见\n"
     "各市、县(市、区)人民政府,省各委办厅局,省各直属单位:\n", "苏政办发〔2016〕85号"),
]


def test_a_number_after_a_mark_at_the_line_head_is_read():
    assert_reads(_MARKED_NUMBERS, "doc_number")
    # a sentence that cites a number after such a mark heads no title
    assert document_of("(已废止)据微政办字〔2019〕24号文件精神,现通知如下。\n")["doc_number"] is None
