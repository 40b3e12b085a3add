"""Round 58 (targ58): a report's reach over the sentences after its cue (targets/report_reach.py; docs/extraction.md,
section 4, "Round 58, a report's reach"). A date gone by, 目前, 近年来, 1—5月份 make their own sentence history; the
sentences after it that print no cue of their own go on reporting, up to a goal's cue (将, 力争, 到2025年底) or a
heading, a cell, a table row. Cues that plans print in their goals (累计, 同比) open no reach. The passages are quoted
from dev pages of the real corpus (tests/fixtures/real/passages; each one's split_of is dev); addresses in comments."""

from __future__ import annotations

import pytest

from kechuang.extract.lines import split_lines
from kechuang.extract.model import Target
from kechuang.extract.targets.report_reach import reached
from tests.extract.test_target_round52 import _quotes  # the targets' quotes of a text, as round 52 reads them
from tests.timing import assert_linear

# (address, plan year, title, text, figures that a report must not give as targets)
REPORTS = [
    # xz-lasa-kjgzhg2018#3: a 2018 review, 目前,… then a sentence of figures with no cue
    ("http://shenyangwangzhanzhizuo.com/cn/news/zx/201901/t20190118_6483689.html", 2019,
     "創(chuàng)新驅(qū)動發(fā)展已成為西藏拉薩經(jīng)濟(jì)新常態(tài)",
     "目前,拉薩市高新技術(shù)企業(yè)達(dá)到29家,科研工作站達(dá)10家,孵化器和眾創(chuàng)空間達(dá)35家,全市專利授權(quán)量達(dá)到236件。"
     "全市科技進(jìn)步貢獻(xiàn)率達(dá)到49.7%,農(nóng)牧業(yè)科技貢獻(xiàn)率達(dá)到46.9%,科普率達(dá)到91%。",
     ["49.7%", "46.9%", "91%"]),
    # sd-zhangzhuang-jjyx#1: a town's report, 1—5月份,… then 完成新开工项目4个 (no plan year)
    ("https://zcw.gov.cn/index.php/cms/item-view-id-11653.shtml", None, "",
     "今年以来,在市委、市政府的坚强领导下,张庄镇坚持坚持稳中求进工作总基调,紧盯目标任务、关键环节,认真谋划、统筹推进,"
     "各项工作有序开展。1—5月份,累计完成税收1640万元,完成年度任务目的74.5%;规上工业总产值4.2亿元,同比增长23.8%;"
     "规上服务业完成1043万,同比增长29.6%;限额以上批零住餐完成33086万元,同比增长284.5%;固定资产投资完成2.4亿元,"
     "同比增长54.8%。完成新开工项目4个,纳统项目2个,可实现十强产业到位资金9900万元。",
     ["4个", "2个", "9900万元"]),
    # qh-qinghai-zfgzbg2026#2: a 政府工作报告's news, 2025年… in 2026, the next paragraph (prose) goes on reporting
    ("http://www.cisceindiaresults.com/cj/jjgc/2026-01-27/1847330.html", 2026, "政府工作報(bào)告",
     "中新網(wǎng)記者從報(bào)告中獲悉,2025年青海省地區(qū)生產(chǎn)總值增長4.1%,全體居民人均可支配收入增長5.1%,"
     "城鎮(zhèn)調(diào)查失業(yè)率5.4%,居民消費(fèi)價(jià)格漲幅基本持平。\n從三大產(chǎn)業(yè)看,農(nóng)牧業(yè)增加值增長5.5%,"
     "牛羊出欄分別增長5.2%、1.9%;糧食總產(chǎn)量119.3萬噸,政府儲(chǔ)備糧規(guī)模穩(wěn)定。",
     ["5.5%", "5.2%", "1.9%", "119.3"]),
    # ah-anhui-zjgz2020#1: a work meeting's news, 去年全省改造…;新增…,建成城市绿道800.2公里
    ("http://zjnhdd.cn/index.php/news/showNews/nid/2297.shtml", None, "",
     "記者日前從全省住房城鄉(xiāng)建設(shè)工作會議上獲悉,去年全省改造城市生活污水管網(wǎng)957.86公里,"
     "新增污水處理能力54萬立方米/日;新增城鎮(zhèn)園林綠地面積6797萬平方米,建成城市綠道800.2公里。",
     ["6797", "800.2"]),
]

# (address, plan year, title, text, figures that must stay targets)
PLANS = [
    # yn-yunnan-glaf2024#1: 近年来 and 2023年 report, 今年,…将新改建… states the year's goals
    ("https://zixun.kunming.cn/c/8925707.shtml", None, "守护群众出行安全!我省持续实施公路安防工程",
     "近年来,云南省交通运输厅把公路安防工程作为民生工程加快补齐短板,保障人民群众安全出行。2023年,全省新改建农村公路"
     "14759公里,建成村道安全生命防护工程7008公里,改造农村公路危桥338座。今年,围绕“3815”战略发展目标和壮大“三大经济”"
     "的要求,全省将新改建农村公路1万公里以上,完成农村公路安全“消危”工程7000公里以上,改造农村公路危桥150座,"
     "让人民群众安全出行、放心出行、美好出行。",
     ["1万公里", "7000公里", "150座"]),
    # ln-liaoning-szlngh2020#3: 截至12月13日,… then 到2025年底,力争建设开通5G基站14万个
    ("https://zkxblog.com/lab/read-4154853.html", 2020, "数字辽宁发展规划(1.0版)",
     "在5G基站建设方面,省通信管理局相关负责人表示,截至12月13日,全省新建5G基站22632个,基本实现14个市和沈抚改革示范区"
     "主城区5G信号连续覆盖;全省现有5G签约用户830万户,年内已完成5G投资95亿元。到2025年底,力争建设开通5G基站14万个。",
     ["14万个"]),
    # sn-xian-kjgzyd2023#1: a 工作要点's goals; 累计培育… is a goal, and opens no reach over the next sentence
    ("http://xakj.xa.gov.cn/zwgk/ghjh/ndjh/643377c1f8fd1c163f7461be.html", 2023, "西安市科学技术局2023年度工作要点",
     "总体奋斗目标:国家高新技术企业总数达到11000家,科技型中小企业评价入库超过13000家,全市技术合同成交额保持在2500亿元"
     "以上,全社会研发投入强度保持在5%以上。推进科技成果就地转化项目600项,累计培育技术转移人才2500名以上。市、区县两级"
     "特派员达到550名,实现全市涉农行政村特派员服务全覆盖。",
     ["2500名", "550名"]),
    # ah-xuanzhou-kjjd#2: a progress table printed a cell a line; 二季度完成情况 is a cell, the task cell keeps its goals
    ("https://www.xuanzhou.gov.cn/OpennessContent/show/3411311.html", None, "宣州区科技局重点工作任务二季度完成情况",
     "序号\n|\n工作任务\n|\n二季度完成情况\n|\n2\n|\n围绕创新载体建设,促进科技成果转化。企业技术合同交易额40亿元;"
     "实施产学研合作项目50个。\n|\n指导乐方食品、美乐柯制冷承担省重点研发项目验收准备工作完成;开展企业技术合同登记工作,"
     "技术合同金额11.06亿元,其中长三角技术合同1010万元。实施产学研合作项目56项。\n|",
     ["40亿元", "50个"]),
]


@pytest.mark.parametrize(("address", "plan_year", "title", "text", "absent"), REPORTS)
def test_a_reports_next_sentences_give_no_targets(address, plan_year, title, text, absent):
    quotes = _quotes(text, plan_year, title)
    for value in absent:
        assert not any(value in q for q in quotes), (address, value, quotes)


@pytest.mark.parametrize(("address", "plan_year", "title", "text", "present"), PLANS)
def test_goals_after_a_report_keep_their_targets(address, plan_year, title, text, present):
    quotes = _quotes(text, plan_year, title)
    for value in present:
        assert any(value in q for q in quotes), (address, value, quotes)


def _target(text: str, quote: str, year: int | None = None) -> Target:
    at = text.index(quote)
    return Target("x", "level", 1, "个", year, False, quote, "", at, at + len(quote))


def test_the_reach_and_its_ends():
    report = "目前,全市已建成基站29个,比上年多3个。全市基站30个,覆盖率达到95%。"
    lines = split_lines(report)
    assert reached(lines, [_target(report, "基站30个")], 2019) == []
    # a goal's cue in the sentence, or a date after the plan's year, keeps it
    goal = report.replace("全市基站30个", "力争全市基站30个")
    assert len(reached(split_lines(goal), [_target(goal, "基站30个")], 2019)) == 1
    assert len(reached(lines, [_target(report, "基站30个", 2020)], 2019)) == 1
    # a sentence of new work with no report word stays (review 17's F5), unless a ; joins it to the report's sentence
    new = "目前,全市已建成基站29个。全市新建基站30个,改造机房12个。"
    assert len(reached(split_lines(new), [_target(new, "基站30个")], 2019)) == 1
    joined = "去年全市改造机房957个;新建基站30个,改造机房12个。"
    assert reached(split_lines(joined), [_target(joined, "基站30个")], 2019) == []
    # 截至 a deadline opens no reach (截至年底, 截至2025年底 in 2025)
    due = "截至2025年底,全市基站超过29个。全市基站30个,覆盖率达到95%。"
    assert len(reached(split_lines(due), [_target(due, "基站30个")], 2025)) == 1
    assert reached(split_lines(due), [_target(due, "基站30个")], 2026) == []
    # a heading (a short line) ends the reach; a prose line after a blank one goes on with it
    headed = "目前,全市已建成基站29个,比上年多3个。\n二、主要目标\n全市基站30个,覆盖率达到95%,建成数据中心2个。"
    assert len(reached(split_lines(headed), [_target(headed, "基站30个")], 2019)) == 1
    prose = headed.replace("二、主要目标\n", "\n")
    assert reached(split_lines(prose), [_target(prose, "基站30个")], 2019) == []
    # 累计 and 同比 open no reach: a plan prints them in its goals
    plan = "累计培育技术转移人才2500名以上,同比增长8%。全市基站30个,覆盖率达到95%。"
    assert len(reached(split_lines(plan), [_target(plan, "基站30个")], 2023)) == 1


def test_the_reach_is_linear():
    unit = "目前,全市已建成基站29个。全市基站30个,覆盖率达到95%。2018年,全市新建基站8个。\n"

    def make(n: int):
        text, at = unit * n, unit.index("基站30个")
        targets = [Target("x", "level", 1, "个", None, False, "基站30个", "", at + k * len(unit), at + k * len(unit) + 5)
                   for k in range(n)]
        return split_lines(text), targets

    assert_linear(lambda data: reached(data[0], data[1], 2019), make, 200)
