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
from kechuang.extract.targets.report_tense import reported_text, reports_throughout
from tests.extract.timing import assert_linear

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
    # xj-yutian-ncgljs2018: a year's works, each 截至目前…已完工
    ("https://xjyt.gov.cn/zfgk/zwwgk/2021-06-12/1485.html", 2018, "新疆今年已完成农村公路建设里程逾12462公里",
     "2018年,新疆深度贫困地区重点完成剩余4个乡通硬化路项目,建设总里程184.9公里,总投资3.3亿元。截至目前,4个乡通"
     "硬化路项目均已完工。重点完成28个村通硬化路工程,建设里程408公里,总投资3.78亿元。截至目前,28个村通硬化路"
     "建设项目均已完工。",
     ["184.9公里"]),
    # tj-tianjin-mxgc2024: a quarter's progress, 截至3月末…已建成…新增学位2880个 (round 44's review F6 left it)
    ("http://www.tjbh.com/c/2024-04-12/1312807.shtml", 2024, "2024年天津20项民心工程一季度进展顺利",
     "目前本市多数民心工程取得实质性进展。就业保障工程中,本市深入落实“稳就业32条”,积极开展就业专项服务,帮助"
     "农民工等重点群体就业,截至3月末,全市实现城镇新增就业9.53万人。育才护苗工程中,积极推进义务教育学位建设,已建成"
     "河西区大沽南路与曲江路交口东南侧地块义务教育学校和东丽区军粮城二期铁路南小学两个项目,新增学位2880个。",
     ["2880个"]),
    # gd-jiangmen-zdxm: a statistics office's report of 1-10月 (traditional print with readings)
    ("https://456150.com.cn/bmpd/jmsfzhggj/zwgk/tjfx/zdxmxxtj/content/post_1584634.html", None, "",
     "今年安排全市重點(diǎn)建設(shè)項(xiàng)目444項(xiàng)(打包項(xiàng)目拆分後共569項(xiàng)),項(xiàng)目總投資5141億元,"
     "年度投資計(jì)劃647.4億元。1-10月項(xiàng)目累計(jì)完成投資629.0億元,占年度投資計(jì)劃的97.2%,超過時(shí)間"
     "進(jìn)度13.8個(gè)百分點(diǎn)。本年度計(jì)劃開工項(xiàng)目255項(xiàng)(其中1-10月份計(jì)劃新開工223項(xiàng)),目前實(shí)際"
     "已開工206項(xiàng),完成年度計(jì)劃開工的80.8%。",
     ["444項", "647.4億元"]),
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
    # 获悉 is a news frame, 已…的 an attribute, 以来的 a qualifier: no report cues
    assert not reports_throughout("记者获悉,对已建成的设施,党的十八大以来的成果")


def _target(text: str, quote: str, year: int | None = None) -> Target:
    start = text.index(quote)
    return Target("x", "level", int(quote[:-1]), quote[-1], year, False, quote, "", start, start + len(quote))


def test_kept_in_a_report():
    # a figure dated after the plan's year, a figure after a goal's cue in its sentence and a table row's cell stay
    text = "截至目前,已建成12个。2025年再建5个,2024年力争新增8个,累计改造6个。\n|已完成|3个|"
    lines = split_lines(text)
    done, later, goal, also = (_target(text, q, y) for q, y in (("12个", None), ("5个", 2025), ("8个", 2024),
                                                                 ("6个", 2024)))
    cell = _target(text, "3个")
    assert reported_text(lines, [done, later, goal, also, cell], 2024) == [later, goal, also, cell]


def test_the_weighing_is_linear():
    assert_linear(reports_throughout, lambda n: "截至目前,已完成8000个,计划新建3000个," * n, 200)
