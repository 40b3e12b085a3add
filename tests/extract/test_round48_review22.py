"""Review 22 (docs/extraction.md, "Review 22") of round 48 and review 21's mends: each finding's repro, from the real
page each cites (dev openings, their addresses given); each test failed on main (455d9643) before its fix."""

from __future__ import annotations

import pytest

from tests.extract.reading import document_of

# F1: a notice or plan page that links its own 解读 (政策解读链接: / 相关解读 / 文字解读 over the link) prints the
# document itself; the link's line is no heading of a 解读 page, and the notice's signer and date stand.
# dev http://www.gsml.gov.cn/zfxxgk/zfwj_5942/zcls/agwzlfl/mzf/202012/t20201215_554653.html (民乐 2020): the page
# prints `政策解读链接:《民乐县突发公共事件总体应急预案》政策解读` over the notice; here the label stands on its own line,
# as the link column of 安溪 2021 prints its labels (相关解读 / 文字解读 / 图片解读, one a line).
_MINLE = ("当前位置: 首页>>政府信息公开>>政策>>政府文件>>按公文种类分类>>民政发\n\n"
          "民乐县人民政府关于印发民乐县突发公共事件总体应急预案的通知\n\n"
          "索引号 620722087/2020-00915 发文字号 民政发〔2020〕110号\n关键词 发布机构 民乐县政府办\n"
          "公开形式 主动公开 责任部门 政府办\n生成日期 2020-12-12 15:40:33 是否有效\n\n"
          "政策解读链接:{link}《民乐县突发公共事件总体应急预案》政策解读\n\n"
          "各镇人民政府,生态工业园区管委会,县政府各部门,县直及省市驻民各单位:\n\n"
          "《民乐县突发公共事件总体应急预案》已经县政府同意,现印发你们,请认真贯彻实施。民政发〔2012〕118号文件同时废止。\n\n"
          "                                                        民乐县人民政府\n\n"
          "                                                        2020年12月8日 \n\n"
          "民乐县突发公共事件总体应急预案\n\n1总则\n\n1.1编制目的\n")
# dev http://fjax.gov.cn/zwgk/zfxxgkzl/bmzfxxgk/jyj/zfxxgkml/202112/t20211212_2668566.htm (安溪 2021): the notice,
# signed, and under it the page's link column; the link a 文字解读 lists is given in the heading shapes round 48 reads.
_ANXI = ("    • 发布机构:安溪县教育局\n    • 公文生成日期:2021-11-22\n"
         "    安溪县教育局等七部门关于印发《安溪县实施“六大工程”全面加强儿童青少年近视综合防控工作实施方案》的通知\n"
         "    时间:2021-12-02 17:04\n\n    各乡镇人民政府、县直有关单位:\n\n"
         "    为贯彻落实习近平总书记关于我国学生近视问题重要指示精神,现将《安溪县实施“六大工程”全面加强儿童青少年近视综合防控"
         "工作实施方案》印发给你们,请认真贯彻执行。\n\n    安溪县教育局     安溪县卫生健康局\n\n    2021年11月22日\n\n"
         "    (此件公开发布)\n\n    相关解读\n    文字解读\n    {link}\n    图片解读\n")
_ANXI_PLAN = "安溪县实施“六大工程”全面加强儿童青少年近视综合防控工作实施方案"


@pytest.mark.parametrize("link", ["", "\n"])
def test_a_notice_linking_its_own_explanation_keeps_its_signer_and_date(link):
    doc = document_of(_MINLE.format(link=link))
    assert (doc["title"], doc["issuer"], doc["date"]) == ("民乐县突发公共事件总体应急预案", ["民乐县人民政府"], "2020-12-08")


@pytest.mark.parametrize("link", [f"关于《{_ANXI_PLAN}》的政策解读", f"《{_ANXI_PLAN}》解读", f"文字解读:{_ANXI_PLAN}"])
def test_a_link_to_the_explanation_under_the_notice_is_no_heading(link):
    doc = document_of(_ANXI.format(link=link))
    assert (doc["issuer"], doc["date"]) == (["安溪县教育局", "安溪县卫生健康局"], "2021-11-22")


# F3: a kind of town (特色小镇: round 47; 健康村镇, 新型城镇: round 48) is no place; 小城镇 is one too. The title is
# 浙委办发〔2016〕70号's plan, quoted by http://www.fccost.com/forum.php?mod=viewthread&page=1&tid=1931 (浙江's
# notice on its 小城镇 campaign, which names the plan in its notice's title too).
@pytest.mark.parametrize(("title", "region"), [
    ("浙江省小城镇环境综合整治行动实施方案", "浙江省"),
    ("中共浙江省委办公厅浙江省人民政府办公厅关于印发《浙江省小城镇环境综合整治行动实施方案》的通知", "浙江省"),
])
def test_small_towns_as_a_kind_are_no_place(title, region):
    assert document_of(title + "\n\n为全面推进小城镇环境综合整治,制定本方案。\n")["region"] == region
