"""Round 52 (targ52): the tense of a whole text — a report of work done, or a statement of what is to be done
(targets/report_tense.py; docs/extraction.md, section 4, "Round 52, texts that report work done"). A text whose report
cues (已, 累计, 同比, 截至, 以来, 获, 成功, …) number two or more and outweigh its goals' cues four to one gives no
targets, except one dated after the plan's year, one in a table row and one after a goal's cue in its sentence. The
passages are quoted from dev pages of the real corpus (tests/fixtures/real/passages; each one's split_of is dev); the
addresses are in the comments."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.extract.lines import split_lines
from kechuang.extract.model import Target
from kechuang.extract.rules import simplified_all
from kechuang.extract.targets.report_tense import reported_text, reports_throughout
from tests.timing import assert_linear

# (address, plan year, title, text, quotes that a report must not give as targets)
REPORTS = [
    # sc-sichuan-cyyq2010: 截止到目前…已经… then a year's figures with no cue of their own
    ("http://cncmrn.com/channels/culture/20100729/257642.html", None, "全省产业园区工作会议",
     "据介绍,截止到目前,全省纳入《中国开发区审核公告目录》的省级以上开发区48家,包括今年新审批的崇州经济开发区、"
     "绵竹经济开发区、什邡经济开发区、成都-阿坝工业园以及安县工业园等5家。产业园区已经成为“巩固回升、加快发展”"
     "重要助推器。2009年,全省产业园区完成基础设施投资621亿元,入园企业投资额达到2748亿元,全年新增入园10亿元以上"
     "重大产业化项目47个;完成工业增加值3120亿元。同时,培育“1525工程”园区销售收入超过100亿元的达到20个,"
     "成都高新区销售收入突破600亿元。",
     ["621亿元", "2748亿元", "3120亿元", "600亿元"]),
    # tj-tianjin-mxgc2024: a quarter's progress, 截至3月末…已建成…新增学位2880个 (round 44's review F6 left it)
    ("http://www.tjbh.com/c/2024-04-12/1312807.shtml", 2024, "2024年天津20项民心工程一季度进展顺利",
     "目前本市多数民心工程取得实质性进展。就业保障工程中,本市深入落实“稳就业32条”,积极开展就业专项服务,帮助"
     "农民工等重点群体就业,截至3月末,全市实现城镇新增就业9.53万人。育才护苗工程中,积极推进义务教育学位建设,已建成"
     "河西区大沽南路与曲江路交口东南侧地块义务教育学校和东丽区军粮城二期铁路南小学两个项目,新增学位2880个。",
     ["2880个"]),
    # hn-loudi-shisiwu2025: a review of the “十四五” years; 由2020年的…提高至2024年的… is a span gone by, no deadline
    ("https://hunan.voc.com.cn/mobile/news/202511/30834664.html", 2025, "",
     "华声在线11月5日讯(文/视频 全媒体记者 项炜 谢佳燊)11月5日,在长沙举行的湖南“十四五”答卷系列主题新闻发布会(娄底专场)"
     "上,娄底市委常委、常务副市长谢学龙详细介绍了娄底市“十四五”以来民生保障方面的重点工作及成效。\n谢学龙提到,娄底市全体"
     "居民人均可支配收入由2020年的2.2万元提高至2024年的2.8万元,就业形势稳定,教育更加公平,医疗水平稳步提升。\n“一老一小”"
     "方面,新改扩建中小学130所,增加公办义务教育学位24341个。打造“近悦远来”老年友好城市,建设社区养老服务机构和设施2246处,"
     "养老服务总床位达31988张,让更多的老年人能就近就便获得照顾。",
     ["130所", "24341个", "2246处", "31988张"]),
    # sn-longxian-shisiwu2025: honours won (获评 twice) and a state reached
    ("http://sxncb.joyhua.cn/sxncb/20250728/html/content_20250728007004.htm", 2025, "陇县“跑”出高质量发展“加速度”",
     "在乡村振兴方面,陇县创新推行“2531”动态监测帮扶机制,打造出“陇县五宝”(羊乳、核桃、苹果、香菇和蜂蜜)特色农产品品牌,"
     "获评国家乡村振兴示范县。城市建设日新月异,智慧停车系统全面覆盖,获评全省县城建设先进县。生态环境持续优化,空气优良天数"
     "较2020年增加23天,森林覆盖率达60%,千河水质稳定保持Ⅲ类标准。",
     ["60%"]),
]

# (address, plan year, title, text, quotes that must stay targets): plans that print completion words, or a report
# whose goals stand after their cues
PLANS = [
    # tj-jizhou-mxgc: a new round of 民心工程; 完成, 累计完成 state its works (gold targets)
    ("http://news.googvv.com/20191230/2630644.html", None, "天津市蓟州区出台新一轮20项民心工程",
     "在改善城乡居住条件方面,硬化、亮化美丽村庄80个,完成农村户厕改造2130座,推进清洁取暖“煤改电”工程,累计完成"
     "3万户;美化街景游园,修缮鼓楼广场公共配套设施,完成主干道路人行道改造3875米,平整公园场地、草木绿化7.57万平米;"
     "推进老旧小区水、电、暖、路综合提升改造,惠及5027户居民;建设“四好”农村公路,大修乡村公路85公里。",
     ["2130座", "3875米", "85公里"]),
    # hn-hunan-mssx2023 style goals in a report: 截至…已… and then 力争 (a goal's cue before the target in its
    # sentence); from sh-hongkou-gy155 (a 十五五 plan): 五年累计新增高能级企业总部70家 is a goal among goals' cues
    ("https://www.shanghai.gov.cn/zhengce/detail?businessId=2a1eeb0a-96d7-428d-b660-84588cd03cac&siteId=0076", 2026,
     "虹口区国民经济和社会发展第十五个五年规划纲要",
     "优化优质企业招引培育全链条，完善“招商—安商—稳商—育商”全流程服务，精准招引高能级主体，五年累计新增高能级企业"
     "总部70家，重点吸引跨国公司地区总部、功能性机构、隐形冠军企业落户，梯度培育本土创新型企业，支持瞪羚企业、"
     "独角兽企业发展，按照“储备一批、成熟一批、发展一批”的原则，配套差异化政策包。",
     ["70家"]),
    # hb-xianning-jybl2022: a reply that reports 2021 (成功培育…) and states the year's goal after 拟 (gold)
    ("http://kjj.xianning.gov.cn/xxgk/fdzdgknr/qtzdgknr/tayabjxx/2022jyta/202208/t20220801_2746488.shtml",
     2022, "对市六届人大一次会议第085号建议会办工作的意见",
     "1.加大农业科技示范基地培育和建设力度。2021年,共认定政府重点支持、代表区域农业特色、具有良好成长性市级农业科技示范基地"
     "40家;成功培育湖北省乡村振兴科技创新示范基地2家(湖北嘉鱼蔬菜种植乡村振兴科技创新示范基地、湖北通山枇杷种植乡村振兴科技"
     "创新示范基地)。2022年拟培育认定市级农业科技示范基地30家。",
     ["30家"]),
]


def _quotes(text: str, plan_year: int | None, title: str) -> list[str]:
    return [t.quote for t in extract_text(text, plan_year=plan_year, title=title or None).targets]


@pytest.mark.parametrize(("address", "plan_year", "title", "text", "absent"), REPORTS)
def test_a_text_that_reports_throughout_gives_no_targets(address, plan_year, title, text, absent):
    quotes = _quotes(text, plan_year, title)
    for value in absent:
        assert not any(value in q for q in quotes), (address, value, quotes)


@pytest.mark.parametrize(("address", "plan_year", "title", "text", "present"), PLANS)
def test_plans_keep_their_targets(address, plan_year, title, text, present):
    quotes = _quotes(text, plan_year, title)
    for value in present:
        assert any(value in q for q in quotes), (address, value, quotes)


def test_the_weighing():
    # two report cues and none of the goals: a report (ah-xuancheng-msgc2013 news: 以来…累计)
    assert reports_throughout("今年以来,全市累计投入资金3.2亿元。")
    # one cue is not enough; completion words weigh nothing (tj-jizhou-mxgc)
    assert not reports_throughout("完成农村户厕改造2130座,累计完成3万户。")
    # a goal's cue for fewer than four report cues: not a report (zj-fenghua-msssjz2025 progress: 截至…截至…已…计划)
    assert not reports_throughout("截至10月底,已完成…。截至目前,…。计划完成…")
    # four report cues outweigh one goal's cue
    assert reports_throughout("五年累计投入…,累计盘活…,获评…称号。五年来,…超额完成“十四五”目标。")
    # a span gone by (由2020年的…提高至2024年的…, in 2025) weighs as a report's cue, no goal's
    assert reports_throughout("“十四五”以来,收入由2020年的2.2万元提高至2024年的2.8万元。", 2025)
    assert not reports_throughout("“十四五”以来,收入由2020年的2.2万元提高至2026年的2.8万元。", 2025)
    # a clause that opens with a year gone by is a report's (xj-wulumuqi-nyxdh145: 2020年常住人口…, in 2023)
    wulumuqi = "下辖米东区、乌鲁木齐县,2020年常住人口405万人。\n2020年全市农林牧渔总产值42.18亿元。"
    assert reports_throughout(wulumuqi, 2023)
    assert not reports_throughout(wulumuqi, 2020)
    # 截至 a year not gone by is a deadline (截至2025年底 in 2025), a goal's cue
    assert not reports_throughout("截至2025年底,已建成…,累计…", 2025)
    assert reports_throughout("截至2024年底,已建成…,累计…", 2025)
    # a text that names the plan's year or a later one states what is to be done (round 19's lead-in: 开启2025年工作)
    assert not reports_throughout("会议强调,2024年有成就有亮点,均已成为过去式,以饱满热情开启2025年工作。", 2025)
    assert reports_throughout("会议强调,2024年有成就有亮点,均已成为过去式。", 2025)
    # 获悉 is a news frame, 已…的 an attribute, 以来的 a qualifier: no report cues
    assert not reports_throughout("记者获悉,对已建成的设施,党的十八大以来的成果")


def _target(text: str, quote: str, year: int | None = None) -> Target:
    start = text.index(quote)
    return Target("x", "level", int(quote[:-1]), quote[-1], year, False, quote, "", start, start + len(quote))


def test_kept_in_a_report():
    # in a reporting text: a figure dated after the plan's year, one after a goal's cue in its sentence, one in a
    # sentence or clause that opens with the plan's year, one of a numbered item, and a table row's cell stay
    text = ("截至目前,已建成12个,累计改造60个,去年获评示范县。今年再建5个,力争新增8个,累计改造6个。"
            "已完成9个,今年新建7个。1.新建4个。\n|已完成|3个|")
    lines = split_lines(text)
    assert reports_throughout(simplified_all(text), 2024)
    done, later, this, goal, also, before, clause, item, cell = (
        _target(text, q, y) for q, y in (("12个", None), ("60个", 2025), ("5个", None), ("8个", None), ("6个", None),
                                         ("9个", None), ("7个", None), ("4个", None), ("3个", None)))
    kept = reported_text(lines, [done, later, this, goal, also, before, clause, item, cell], 2024)
    assert kept == [later, this, goal, also, clause, item, cell]


def test_the_weighing_is_linear():
    assert_linear(reports_throughout, lambda n: "截至目前,已完成8000个,计划新建3000个," * n, 200)


def test_the_reading_is_linear():
    # one long line of a report with a target in every clause: the sentence ends are found once per line
    def make(n: int) -> tuple[list, list[Target]]:
        text = "截至目前,已建成12个,累计完成8000个," * n + "。"
        step = len("截至目前,已建成12个,累计完成8000个,")
        at = text.index("12个")
        return split_lines(text), [Target("x", "level", 12, "个", None, False, "12个", "", at + i * step,
                                          at + i * step + 3) for i in range(n)]
    assert_linear(lambda data: reported_text(data[0], data[1], 2024), make, 200)
