"""Review 22 (docs/extraction.md, "Review 22") of round 48 and review 21's mends: each finding's repro, from the real
page each cites (dev openings, their addresses given); each test failed on main (455d9643) before its fix."""

from __future__ import annotations

import pytest

from kechuang.extract.lines import split_lines
from kechuang.extract.metadata.explaining import explaining_heading
from tests.extract.reading import document_of
from tests.timing import assert_linear

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


# F4: a kind of city (智慧城市, 海绵城市, 无废城市, 文明城市, 健康城市…: the designations of dev pages 抚顺 2018,
# 深圳 2018, 烟台 2021, 宿迁 2021, 拉萨 2024, 张家口 2022, 爱卫会 2016) after the city's name is no deeper place, as
# 健康村镇 is none (round 48). Real pages: https://zh.m.wikisource.org/zh-hant/成都市智慧城市建设行动方案（2020—2022）
# (成都 2020, a traditional print) and http://www.huzhou.gov.cn/art/2023/7/8/art_1229513756_3934312.html (湖州 2021).
_CHENGDU = ("成都市智慧城市建設行動方案(2020—2022)\n\n成都市人民政府關於印發成都市智慧城市建設行動方案(2020—2022)的通知\n"
            "成府發〔2020〕25號\n2020年10月13日\n發布機關:成都市人民政府\n成府發\n\n各區(市)縣政府(管委會),市政府有關部門:\n\n"
            "現將《成都市智慧城市建設行動方案(2020-2022)》印發你們,請結合實際認真貫徹執行。\n\n\n成都市人民政府\n\n"
            "2020年10月13日\n\n\n\n成都市智慧城市建設行動方案(2020—2022)\n")
_HUZHOU = ("索引号: | E95417299/2023-00309 | 成文日期: | 2023-07-08 |\n公开方式: | 主动公开 | 公开时限: | 长期公开 |\n"
           "文件编号: | 发布机构: | 湖州市大数据发展管理局 |\n市级有关部门,各区县发改局、大数据局:\n"
           "《湖州市智慧城市建设“十四五”规划》是列入市级“十四五”专项规划编制目录的重点专项规划。经市政府同意,现印发给你们,"
           "请结合实际,认真组织实施。\n湖州市发展和改革委员会 湖州市大数据发展管理局\n2021年10月8日\n湖州市智慧城市建设“十四五”规划\n"
           "“十四五”时期是推动数字化、智能化、智慧化发展的重要时期。\n")


@pytest.mark.parametrize(("text", "region"), [(_CHENGDU, "成都市"), (_HUZHOU, "湖州市")])
def test_a_kind_of_city_after_the_city_is_no_place(text, region):
    assert document_of(text)["region"] == region


def test_a_city_whose_name_ends_with_cheng_keeps_its_place():
    # 共青城市 (江西, a county-level city of 九江市): three characters before 市, none of them a designation
    assert document_of("九江市共青城市人民政府关于印发共青城市创建全国文明城市工作方案的通知\n")["region"] == "共青城市"


# F5: a run-on signature followed by a title opening with a figure and a letter (5G应用“扬帆”行动计划(2021-2023年),
# 工信部 2021, printed under its signers at
# https://big5.cctv.com/gate/big5/5gai.cctv.com/2021/11/17/ARTIZh048atCG9I1lSYf9bZv211117.shtml) signs, as a
# year-titled one does since review 21, F1 (信阳 2018's run-on notice is the shape); the next row's number of a flattened
# task table (`日 2 建立…`) still marks a deadline.
_RUN_ON = ("关于印发《5G应用“扬帆”行动计划(2021-2023年)》的通知 各省、自治区、直辖市工业和信息化主管部门:"
           "现将《5G应用“扬帆”行动计划(2021-2023年)》印发给你们,请结合实际认真贯彻落实。 工业和信息化部 2021年7月5日"
           " 5G应用“扬帆”行动计划(2021-2023年) 5G融合应用是促进经济社会数字化、网络化、智慧化转型的重要引擎。\n")


def test_a_signature_before_a_title_opening_with_5g_signs():
    doc = document_of(_RUN_ON)
    assert (doc["issuer"], doc["date"]) == (["工业和信息化部"], "2021-07-05")


def test_the_next_row_s_number_still_marks_a_deadline():
    doc = document_of("1 制定5G应用推进方案。 县工信局 2023年6月30日 2 建立5G应用场景清单。\n")
    assert doc["issuer"] == []


def test_the_link_guard_reads_in_linear_time():
    # long lines over a 解读 line: each 关于 opens a bounded title, the explained name is looked up once a line
    assert_linear(lambda lines: explaining_heading(lines),
                  lambda n: split_lines(("关于" + "甲" * 150 + "乙丙丁戊方案的") * 20 * n + "\n" * 3 + "《乙丙丁戊方案》政策解读\n"), n=4)
