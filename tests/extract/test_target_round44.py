"""Round-44 (past1): the mode of a paragraph — a report of what was done, or goals (targets/passage_mode.py;
docs/extraction.md, section 4, "Round 44, reports of work done"). A cue of a report (截至, 以来, 五年来, 过去, 回顾,
已…, a rank reached) reads the paragraph as a report from there on, across its sentences, until a cue of the goals or
a sentence that opens with a year; a table row is read neither way, and the mode ends with its line. The passages are
quoted from dev pages of the real corpus (tests/fixtures/real/passages; each one's split_of is dev); the addresses are
in the comments."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.extract.model import Target
from kechuang.extract.targets.passage_mode import kept, report_spans
from tests.timing import assert_linear

# (address, plan year, title, text, quotes that a report's passage must not give as targets)
REPORTS = [
    # hl-heilongjiang-ljxq2024: 已累计…, its parts in the same sentence
    ("https://jzgcfwpt.cn/zqzb/8761690.html", None, "",
     "据统计,已累计开工改造城镇老旧小区213.8万户,其中,已完成改造外墙保温4300余万平方米、供热管线4400余公里、"
     "供排水管线1万余公里、燃气管线3200余公里、小区道路6700余公里,新增设小区内停车泊位3万余个。",
     ["4400余公里", "3200余公里", "3万余个"]),
    # ha-yanling-msss2025: 目前…已建成…。 then the next sentence with no cue of its own
    ("http://www.yanling.gov.cn/zwdt/002001/20260121/9b5096a3-62e0-446d-8e45-79c24949c200.html", 2026, "",
     "2026年1月21日,鄢陵县召开2025年度重点民生实事项目完成情况新闻发布会,向社会集中通报年度重点民生实事项目进展成效。"
     "县交通运输局、县民政局、县住建局等主要负责人出席并发布相关情况。\n县民政局重点介绍了农村普惠养老服务能力提升情况。"
     "目前,全县已建成151个社区日间照料中心和农村幸福院,实现村级养老服务设施全覆盖。建成老年食堂12个、助餐点65个,"
     "完成874户特殊困难老年人家庭适老化改造,养老服务能力持续增强。",
     ["老年食堂12个", "助餐点65个", "874户"]),
    # hn-hunan-kjtpy2019: …以来,累计… then 仅2018年,…
    ("https://gov.rednet.cn/content/2019/10/23/6147760.html", None, "",
     "湖南省自2005年开始选派科技特派员以来,累计选派2.5万名科技特派员到农村基层一线开展科技创新创业服务。仅2018年,"
     "建立科技服务基地723个,服务企业1150家、专业合作社2388家,开展技术培训5746次,推广新技术1161项,带动了17万农户增收。",
     ["723个", "1150家", "5746次", "1161项"]),
    # xj-yutian-ncgljs2018: 截至目前,…均已完工。 then the next project's figures
    ("https://xjyt.gov.cn/zfgk/zwwgk/2021-06-12/1485.html", 2018, "新疆今年已完成农村公路建设里程逾12462公里",
     "2018年,新疆深度贫困地区重点完成剩余4个乡通硬化路项目,建设总里程184.9公里,总投资3.3亿元。截至目前,4个乡通硬化路"
     "项目均已完工。重点完成28个村通硬化路工程,建设里程408公里,总投资3.78亿元。截至目前,28个村通硬化路建设项目均已完工。",
     ["28个村", "408公里"]),
    # hn-hunan-jxxq2021: 截至8月底,已… and a rank reached (居全省前三位)
    ("http://hunan.gov.cn/topic/dj2021/zdss/xsz/scjt/202109/t20210924_20644635.html", 2021, "",
     "截至8月底,已开工小区1110个,开工率74.0%,完成投资28.17亿元,投资完成率37.44%。张家界市、怀化市、郴州市开工率均达100%,"
     "居全省前三位;湘西州、衡阳市、邵阳市开工率分别为35.29%、39.73%、43.17%,全省排名靠后。",
     ["100%", "35.29%", "43.17%"]),
]

# (address, plan year, title, text, quotes that must stay targets): goals after a report's cue, in the same passage
GOALS = [
    # ah-feixi-gc2019: 截至2018年底,…共改厕14542座。…今年,该县计划改厕12000个 (计划 turns the mode back)
    ("https://m.yybnet.net/hefei/feixi/201904/9001077.html", 2019, "今年肥西计划改厕12000个",
     "晨报讯 近年来,农村厕所革命被列入全面建设生态美丽肥西的重要工作。截至2018年底,全县共改厕14542座。4月23日,"
     "记者从肥西县了解到,今年,该县计划改厕12000个。",
     ["12000个"]),
    # hb-zhushan-zfgzbg2024: 2023年,…先后获评…称号。2024年,该县将… 力争实现…增长10%以上, and the rest of the list
    ("https://news.hubeidaily.net/mobile/c_2107990.html", 2024, "竹山县2024年经济社会发展主要预期目标和重点工作",
     "2023年,竹山县先后获评全国“两山”实践创新基地、中国天然氧吧、全国重点产茶县域、湖北省全域旅游示范区、湖北省全域公交县等"
     "称号。2024年,该县将完整、准确、全面贯彻新发展理念,主动服务和融入新发展格局,深入实施强县工程。力争实现地区生产总值增长"
     "10%以上,地方公共财政预算收入增长15%以上,规模以上工业增加值增长15%以上,固定资产投资增长13%以上,社会消费品零售总额增长"
     "11%以上,城乡居民人均可支配收入分别增长8%、9%以上,主要约束性指标控制在省市规定范围以内。",
     ["10%", "13%", "11%", "9%"]),
    # sd-boxing-msss2015: the year's projects 已经确定 (decided: a plan) — 确定 turns the mode back
    ("https://sjb.qlwb.com.cn/qlwb/content/20150122/ArticelU02006FM.htm", 2015, "十件民生实事看得见摸得着",
     "1月21日,博兴县第十七届人民代表大会第五次会议召开,2015年博兴县要办的10件民生实事也已经确定,都是博兴县目前最紧迫、"
     "最现实、看得见、摸得着的十个惠民事项。其中包括麻大湖国家湿地公园改造、新建续建3所幼儿园,打造创新创业平台、"
     "建成510套公租房等。",
     ["510套"]),
    # jx-jiangxi-cxsf2022: a goal's rank with no number (位居全国中上水平) is no report
    ("https://z.askci.com/news/20220307/0919197555.shtml", None, "江西省全面推进创新型省份建设行动方案",
     "(二)工作目标。\n到2023年,迈入创新型省份行列并向更高水平迈进。\n自主创新能力大幅提升。综合科技创新水平指数位居全国"
     "中上水平;全社会研究与开发(R&D)经费支出年均增长14%以上;基础研究经费占R&D经费比重提高至4.68%;每万人有效发明专利"
     "拥有量达到7.4件,每万人口高价值发明专利拥有量持续提升。",
     ["14%", "4.68%", "7.4件"]),
]


def _quotes(text, plan_year, title):
    return [t.quote for t in extract_text(text, plan_year=plan_year, title=title or None).targets]


@pytest.mark.parametrize(("address", "plan_year", "title", "text", "absent"), REPORTS)
def test_a_report_passage_gives_no_targets_after_its_cue(address, plan_year, title, text, absent):
    assert address.startswith("http")
    quotes = _quotes(text, plan_year, title)
    for value in absent:
        assert not any(value in q for q in quotes), (value, quotes)


@pytest.mark.parametrize(("address", "plan_year", "title", "text", "present"), GOALS)
def test_goals_after_a_report_cue_are_kept(address, plan_year, title, text, present):
    assert address.startswith("http")
    quotes = _quotes(text, plan_year, title)
    for value in present:
        assert any(value in q for q in quotes), (value, quotes)


def test_the_mode_runs_across_sentences_and_is_turned_back():
    # ah-feixi-gc2019 (https://m.yybnet.net/hefei/feixi/201904/9001077.html): from 截至2018 (a year gone by in 2019) to
    # the clause that opens with 今年
    line = "截至2018年底,全县共改厕14542座。4月23日,记者从肥西县了解到,今年,该县计划改厕12000个。"
    assert report_spans(line, 2019) == [(line.index("2018") + 4, line.index("今年"))]  # to a clause opening with 今年
    assert report_spans(line, None) == []  # as of a year that may be a deadline (截至2025年底,…)
    # xj-yutian-ncgljs2018 (https://xjyt.gov.cn/zfgk/zwwgk/2021-06-12/1485.html): the span runs on across sentences
    line = "截至目前,4个乡通硬化路项目均已完工。重点完成28个村通硬化路工程,建设里程408公里,总投资3.78亿元。"
    assert report_spans(line) == [(2, len(line))]
    # a table row is read neither way (its columns say which cells report: reported.py); zj-fenghua-msssjz2025
    # (http://www.fh.gov.cn/art/2025/8/7/art_1229626487_59169133.html)
    assert report_spans("4 | 2025 | 实施20所公办中小学清凉工程(一期) | 当年完成 | 已完成施工招标,做好开工准备 | 开工建设 |") == []


def test_the_mode_ends_with_its_paragraph():
    # zj-dongtou-kjcx2023 (http://www.dongtou.gov.cn/art/2023/9/27/art_1229691270_2027406.html): a goals paragraph that
    # ends on a rank reached (跃居全省前40位) leaves the next paragraph's goals as they are
    first = "实现区域科技创新指数达到160以上,科技进步综合评价位次实现“进等升位”,跃居全省前40位。"
    assert report_spans(first) == [(len(first) - 1, len(first))]
    assert report_spans("——高能级平台体系加快完善。不断加快技术创新体系建设,争取建成省级重点企业研究院1家,市级重点实验室1家") == []


def test_cues_that_are_no_report():
    # 已…的: an attribute (对已建成的…); a rank with no number (jx-jiangxi-cxsf2022, above); a sum (共计: a held-out
    # plan's goals sum too)
    assert report_spans("对已建成的老旧小区实施改造200个") == []
    assert report_spans("综合科技创新水平指数位居全国中上水平;经费支出年均增长14%以上") == []
    assert report_spans("公园建设项目共计9个;公园改造提升项目6个") == []
    # sn-xian-dxagmjj2017 (http://xxbcmw.com/news/jingji/2018/03283614.html), a plan's goals: a tier (第一方阵) is no
    # place reached; js-taizhou-gxcz2021 (http://gjzx.jschina.com.cn/20215/202109/t20210906_7221780.shtml): 居全省第二位 is
    assert report_spans("地区生产总值达到1万亿元以上,增速位居副省级城市第一方阵,人均生产总值达到10.3万元左右。") == []
    line = "今年上半年,泰州高新技术产业产值达1578.60亿元,同比增长42.37%,增幅居全省第二位。高新技术产业产值占规模工业总产值比重达47.05%。"
    assert report_spans(line) == [(line.index("第二位") + 3, len(line))]


def test_a_later_year_and_a_goal_before_the_target_are_kept():
    # tj-tianjin-mxgc2024 (http://www.tjbh.com/c/2024-04-12/1312807.shtml): in report mode after 截至; dated after
    # the plan's year, a target is a deadline, kept
    text = "截至3月末,全市实现城镇新增就业9.53万人。"
    spans = report_spans(text)
    start = text.index("城镇新增就业")

    def target(year):
        return Target("城镇新增就业", "level", 9.53, "万人", year, False, "城镇新增就业9.53万人", "", start, len(text) - 1)
    assert kept(text, spans, [target(None)], 0, 2024) == []
    assert kept(text, spans, [target(2025)], 0, 2024) == [target(2025)]
    # cn-jiefangjunbao-hwssw2020 (http://appapi.81.cn/v5/public/jfjbshare/?itemid=284_328187&type=3): a cue of the goals
    # keeps what follows it in the sentence (预计到年底…84.5%); the figure reached before it (今年1-9月…87.2%: 今年 with
    # its months opens a report, no year lead) is history (review 17, F6: the contract keeps no figure already reached)
    text = ("截至2019年底,“十三五”规划纲要确定的地表水质量达到或好于III类水体比例、劣Ⅴ类水体比例、单位GDP二氧化碳排放降低比例等"
            "8项约束性指标已提前完成。今年1-9月,全国地级及以上城市空气质量优良天数比例为87.2%,预计到年底能够完成84.5%的约束性目标。")
    spans = report_spans(text)
    start = text.index("87.2%")
    share = Target("空气质量优良天数比例", "level", 87.2, "%", None, False, "87.2%", "", start, start + 5)
    assert kept(text, spans, [share], 0, 2020) == []
    start = text.index("84.5%")
    goal = Target("约束性目标", "level", 84.5, "%", None, False, "84.5%", "", start, start + 5)
    assert kept(text, spans, [goal], 0, 2020) == [goal]


def test_the_mode_is_linear():
    assert_linear(report_spans, lambda n: "已完成8000个,计划新建3000个," * n, 200)

    def run(text):
        spans = report_spans(text)
        targets = [Target("x", "level", 0, "个", None, False, "8000个", "", i, i + 5)
                   for i in range(0, len(text), 20)]
        kept(text, spans, targets, 0, None)
    assert_linear(run, lambda n: "已完成8000个,新增3000个,新建2000个。" * n, 200)
