"""Round 42 (meta10): document metadata from the page's structure — its headline quoted whole in 《》 and its
metadata table's title cell — where nothing else titles the page. Each case is a dev page's lines (address given)."""

from __future__ import annotations

from kechuang.extract.lines import split_lines
from kechuang.extract.metadata.fields import ISSUER_FIELD, title_field
from kechuang.extract.metadata.headline import quoted_headline
from tests.extract.reading import document_of
from tests.timing import assert_linear

# Family 1: the page's headline is the document's title quoted whole, with at most a portal's decoration after it
# ((全文), 政策解读); nothing else on the page titles it (a reprint, an explanation page, a reply to a proposal).
_QUOTED = [
    # http://xjxczxw.com/article/1118.html
    ("《新疆维吾尔自治区乡村振兴战略规划(2018-2022年)》(全文)\n作者:本站编辑 来源:天山网 发布时间:2018-12-04\n前言\n"
     "实施乡村振兴战略,是以习近平同志为核心的党中央从党和国家事业全局出发作出的重大战略决策。\n",
     "新疆维吾尔自治区乡村振兴战略规划(2018-2022年)", "新疆维吾尔自治区"),
    # https://www.tjnk.gov.cn/NKQZF/ZWGK5712/zcjdx/bmjd/202012/t20201215_5023264.html
    ("今天是:2021年09月26日 星期日\n《南开区推进夜间经济发展工作方案》政策解读\n"
     "来源:天津市南开区人民政府 时间:2019-05-30 10:49:18\n\n"
     "  《方案》经区人民政府同意,于2019年1月17日正式印发实施。\n\n  一、背景情况\n",
     "南开区推进夜间经济发展工作方案", "南开区"),
    # http://nyj.shandong.gov.cn/art/2024/6/9/art_122995_35181.html?xxgkhide=1
    ("发布机构 山东省能源局 发文日期 2024-06-09\n文        号 公开方式 主动公开\n有效性:\n\n"
     "《关于支持临邑县发展氢能产业的建议》\n\n浏览次数:\n\n崔磊代表:\n\n"
     "您提出的《关于支持临邑县发展氢能产业的建议》收悉。我局结合职责分工,对您的建议进行了认真研究,现答复如下:\n",
     "关于支持临邑县发展氢能产业的建议", None),
]


def _assert_read(cases) -> None:
    """Each case (text, title, region) reads that title, and that region where one is given."""
    for text, title, region in cases:
        doc = document_of(text)
        assert doc["title"] == title, text[:40]
        if region:
            assert doc["region"] == region, text[:40]


def test_a_headline_quoted_whole_titles_the_page():
    _assert_read(_QUOTED)


def test_a_quoted_line_inside_the_text_or_a_sentence_is_no_headline():
    lines = split_lines("为深入推动高质量发展,制定本方案。\n《冰雪旅游发展行动计划(2021-2023年)》\n一、总体要求\n")
    assert quoted_headline(lines) is None  # under the text's first sentence: a title broken over lines, no headline
    lines = split_lines("根据《国务院关于印发打赢蓝天保卫战三年行动计划的通知》要求\n")
    assert quoted_headline(lines) is None
    lines = split_lines("《关于促进消费的意见》和《关于推动夜间经济发展的意见》\n")
    assert quoted_headline(lines) is None


def test_the_quoted_headline_is_linear():
    # the head's lines only, each line's text read once and matched only when it is headline-short: a page costs a
    # bounded time whatever its length (pages of long quoted lines, timed by the page)
    page = split_lines(("《" + "规" * 90 + "》(全文)\n") * 60 + "《" + "规" * 5000 + "》\n")
    assert_linear(lambda pages: [quoted_headline(p) for p in pages], lambda n: [page] * n, 16)


# Family 2: a metadata table prints its title label and the title in two cells of a row with other fields after
# them (名称: | … | 文号: | 无 |): the title cell is the title field.
_TABLE_ROWS = [
    # https://www.dongzhi.gov.cn/Jczwgk/opennessShow/1669331.html
    ("名称: | 东至县2024年度小型水库除险加固工程顺利通过完工验收 | 文号: | 无 |",
     "东至县2024年度小型水库除险加固工程顺利通过完工验收"),
    # the same row form on a dev page of 武昌 2023 (hb-wuchang-zrfj2023) and 江阴 2010 (js-jiangyin-gxqgm2010)
    ("名 称: | 区人民政府办公室关于印发《2023年省、市、区 〈政府工作报告〉确定的主要目标任务办理 责任分解方案》的通知"
     " | 发布机构: | 武昌区人民政府办公室 |",
     "区人民政府办公室关于印发《2023年省、市、区 〈政府工作报告〉确定的主要目标任务办理 责任分解方案》的通知"),
    ("标 题: | 省政府关于同意江苏省江阴经济开发区更名为江苏省江阴高新技术产业开发区的批复 | 主 题 词: | 开发区 创新 |",
     "省政府关于同意江苏省江阴经济开发区更名为江苏省江阴高新技术产业开发区的批复"),
]


def test_a_title_cell_beside_other_fields_is_the_title_field():
    for row, title in _TABLE_ROWS:
        assert title_field(row) == title, row
    # a column's heading of a task table (专项整治行业名称 | 时间安排 | 责任单位 |) is no field
    assert title_field("专项整治行业名称 | 时间安排 | 责任单位 |") is None
    # an empty title cell gives nothing
    assert title_field("名称: | | 文号: | 无 |") is None


def test_the_table_title_titles_a_news_page():
    text = ("索引号: | 113418210032869800/202507-00044 | 组配分类: | 回应关切 |\n"
            "发布机构: | 县水利局 | 主题分类: | 综合政务 |\n"
            "名称: | 东至县2024年度小型水库除险加固工程顺利通过完工验收 | 文号: | 无 |\n"
            "成文日期: | 发布日期: | 2025-07-24 | |\n"
            "2025年7月23日,东至县2024年度23座小型水库除险加固工程顺利通过完工验收。\n")
    doc = document_of(text)
    assert doc["title"] == "东至县2024年度小型水库除险加固工程顺利通过完工验收"
    assert doc["region"] == "东至县"


# Family 3: the table's title printed again on a line of its own wins over a line the standalone reading takes from
# the page's menu or a gazette's table of contents (it was read only when nothing else titled the page).
_TABLE_AND_LINE = [
    # http://www.kmyl.gov.cn/c/2020-03-16/4107381.shtml
    ("宜良县人民政府 www.kmyl.gov.cn\n政府信息公开\n政府信息公开指南\n政府信息公开制度\n依申请公开\n"
     "索引号: 750659971-202003-248231 主题分类: 社会救助和社会福利\n"
     "发布机构:  宜良县人民政府 发布日期: 2020-03-16 16:35\n名 称: 科学布局巩固提升殡葬改革工作\n文号: 关键字:\n"
     "科学布局巩固提升殡葬改革工作\n发布时间:2020-03-16 16:35 浏览次数:432\n"
     "为进一步提升公墓的合理化、规范化,巩固殡葬改革工作,宜良县对农村公益性公墓进行科学布局。\n",
     "科学布局巩固提升殡葬改革工作", "宜良县"),
    # http://chuxiong.gov.cn/info/egovinfo/1001/xxgkxt_content/115323000151673132-/2021-1109001.htm
    ("首页\n\n您当前所在的位置: 首页 >> 公开信息内容\n\n"
     "索引号:115323000151673132-/2021-1109001 公开目录:历史公报 发布机构:楚雄州人民政府办公室\n"
     "主题词: 发布日期:2015-08-10 10:11:07 文  号:\n标 题:\n楚雄彝族自治州人民政府公报(2015年第4期)\n\n"
     "楚雄彝族自治州人民政府公报(2015年第4期)\n\n \n\n国务院令\n\n博物馆条例\n\n(第659号)(3)\n\n存款保险条例\n\n"
     "(第660号)(7)\n",
     "楚雄彝族自治州人民政府公报(2015年第4期)", "楚雄彝族自治州"),
]


def test_the_table_title_printed_on_its_line_wins_over_a_menu_line():
    _assert_read(_TABLE_AND_LINE)


# Family 4: a plan's title that opens with a portal's tag or its province's full name is whole on its line: the
# menu items, the search box and a law site's column name above it are the page's (the place-and-year opening of
# 思南 2014 and 邻水 2022 already kept its line whole).
_OPENS_WHOLE = [
    # https://ccpc360.com/zczx86666.html
    ("项目\n  • 项目\n  • 招标\n  • 重点项目\n  • 展会信息\n搜索\n【湖北】恩施州国民经济和社会发展第十三个五年规划\n"
     "发布时间 所属行业 项目性质 地区\n2021-01-27 其他 湖北\n第一章现实基础与趋势展望\n",
     "恩施州国民经济和社会发展第十三个五年规划", "恩施州"),
    # https://www.hljszw.org.cn/home/book/info/get_id/64047.html
    ("您的当前位置:\n省人大颁布的地方法规\n  黑龙江省预算管理条例\n"
     "    (1991年3月13日黑龙江省第七届人民代表大会第四次会议第三次大会通过)\n    第一章 总 则\n",
     "黑龙江省预算管理条例", "黑龙江省"),
]


def test_a_title_opening_with_its_tag_or_province_takes_nothing_above():
    _assert_read(_OPENS_WHOLE)


# Family 5: a signature date with what the page prints after it on its line: the public mark, a table's cell bar.
_SIGNED_WITH_TRAILER = [
    # http://kq.btrzfwpt.com/news/show-12766.html (an investment platform's reprint of 内蒙古 2015's 通报)
    ("内蒙古自治区人民政府办公厅关于首批自治区生态宜居县城示范旗县的通报 内政办字〔2015〕123号\n\n"
     "各盟行政公署、市人民政府,各旗县人民政府:\n推动全区生态宜居县城建设工作不断迈上新台阶。 \n\n"
     "2015年7月17日 (此件公开发布)\n\n关于我们联系我们免责声明隐私保护\n", "2015-07-17"),
    # https://xhume.cc/forum.php?goto=lastpost&mod=redirect&tid=91336
    ("县政办发〔2010〕219号\n户县人民政府办公室\n关于撤销余下镇新安社区的通知\n"
     "各乡镇人民政府,县人民政府各工作部门,各直属机构:\n"
     "县政府决定,撤销余下镇新安社区,将原新安社区管辖区划归余下镇中心社区统一管理。\n二○一○年十二月二日 |\n|\n",
     "2010-12-02"),
]


def test_a_signature_date_keeps_its_line_trailer_out():
    for text, date in _SIGNED_WITH_TRAILER:
        assert document_of(text)["date"] == date, text[:30]


# Family 6: a table printed one cell a line, a date's label alone over its value (公布日期 / 2014.01.02, 日期 /
# 2025-12-16), as its other labels are (发布机构 / 县农业农村局).
_LABEL_OVER_DATE = [
    # https://5er.cn/read/571252.html
    ("河南省教育厅关于对接河南省实现县域义务教育发展基本均衡推进计划的通知\n制定机关\n公布日期\n2014.01.02\n施行日期\n"
     "2014.01.02\n文号\n教基一[2014]2号\n正文:\n", "2014-01-02"),
    # https://ynzk.gov.cn/zfxxgk_zkx_nyncj/artview/333/339948.html
    ("政府信息公开\n(县农业农村局)\n索引号\nzkx_nyncj/2025-00019\n发布机构\n县农业农村局\n文  号\n日期\n2025-12-16\n"
     "镇康县农业农村局关于对镇康县第十八届 人民代表大会第四次会议代表第0038号 建议的答复函\n浏览:301次 字体:【\n",
     "2025-12-16"),
]


def test_a_date_label_alone_over_its_value_dates_the_page():
    for text, date in _LABEL_OVER_DATE:
        assert document_of(text)["date"] == date, text[:30]


# Family 7: a title cut by the line's end leaves a title mark open (印发《梅州市…规划 over (2018─2022年)》; 《关于落实…
# / 国家体育总局<冰雪旅游发展行动计划): a part of a headline, no plan's title; the plan's own title below it takes
# its period printed after a blank line.
# https://www.meizhou.gov.cn/zwgk/gsgg/content/post_2171356.html
_MEIZHOU = ("当前位置:首页 > 政务公开 > 通知公告\n"
            "中共梅州市委梅州市人民政府印发《梅州市实施乡村振兴战略规划(2018─2022年)》\n"
            "来源:本网  时间:2021-05-13 16:04:36  浏览:-\n字号:\n中共梅州市委  梅州市人民政府\n"
            "印发《梅州市实施乡村振兴战略规划\n(2018─2022年)》\n   \n"
            "  市委和市政府印发《梅州市实施乡村振兴战略规划(2018─2022年)》,内容如下。\n   \n"
            "梅州市实施乡村振兴战略规划\n\n(2018─2022年)\n   \n目   录\n前 言\n第一章  总体要求\n")


def test_a_title_left_open_is_no_title():
    assert document_of(_MEIZHOU)["title"] == "梅州市实施乡村振兴战略规划(2018─2022年)"
    # http://xxgk.jl.gov.cn/zcbm/fgw_98067/xxgkmlqy/202104/t20210430_8052814.html
    text = ("《关于落实文化和旅游部 国家发展改革委\n国家体育总局<冰雪旅游发展行动计划\n(2021-2023年)>的实施方案》的通知\n"
            "吉旅发组办字〔2021〕5号\n")
    assert not (document_of(text)["title"] or "").endswith("<冰雪旅游发展行动计划")


# Family 8: the page's spaces between Chinese words are gone once it is normalised, so the issuer field's value runs
# into the next field's label (发布机构 固原市政府办 文 号 → 发布机构固原市政府办文号): the label ends the value.
_GLUED_LABEL = [
    # http://www.nxgy.gov.cn/zwgk/zfxxgkml/yjgl/201708/t20170808_388009.html
    ("索 引 号 640400001/2016-14852 发文时间 2016-07-04\n发布机构 固原市政府办 文 号\n公开方式 主动公开 有效性 有效\n"
     "标 题: 固原市草原火灾应急预案\n固原市草原火灾应急预案\n  1 总则\n", ["固原市政府办"]),
    # http://nyj.shandong.gov.cn/art/2024/6/9/art_122995_35181.html?xxgkhide=1
    (_QUOTED[2][0], ["山东省能源局"]),
]


def test_the_next_label_ends_the_issuer_field():
    for text, issuer in _GLUED_LABEL:
        assert document_of(text)["issuer"] == issuer, text[:30]


def test_the_title_cell_and_the_issuer_field_are_linear():
    # a row of many long cells: at most twelve cells are read, each matched within bounds
    row = "名称: | " + " | ".join(["东至县" * 200] * 20) + " |"
    assert_linear(lambda rows: [title_field(r) for r in rows], lambda n: [row] * n, 16)
    # the issuer field's value is bounded (60 characters), the next label looked for after it only
    assert_linear(lambda rows: [ISSUER_FIELD.search(r) for r in rows],
                  lambda n: ["发布机构" + "固原市政府办" * 12 + "文号"] * n, 256)
