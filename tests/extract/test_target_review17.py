"""Review 17 of round 44 (the mode of a paragraph, targets/passage_mode.py; docs/extraction.md, "Review 17"): the
reviewer's minimal inputs (F1–F6), each of which lost its goals (or kept a report figure) on past1. A report span
never crosses a goals caption or heading in force, a ; item of a goals list, a numbered item or a heading inside the
line; 已有基础上, 以来的, 巩固…以来, 改变过去 are no report cues; 全年, 年内, 到年底, 二〇二四年 end a span as year leads
and 截至年底 is a deadline; a sentence of new work after the report's is no report; goal words are words."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.extract.targets.passage_mode import report_spans
from tests.timing import assert_linear


def _quotes(text, plan_year):
    return [t.quote for t in extract_text(text, plan_year=plan_year).targets]


# (finding, plan year, text, quotes that must stay targets)
GOALS = [
    # F1: a goals list's ; items after one 已 (the goals heading above, 主要目标: in the line)
    ("F1", 2024, "二、主要目标\n全区新建公园10个;已建成公园全部实现免费开放;改造提升绿道20公里。", ["10个", "20公里"]),
    ("F1", 2024, "2024年主要目标:城镇新增就业5万人;已建成区域实现5G全覆盖;新增充电桩2000个;新建学校10所。",
     ["5万人", "2000个", "10所"]),
    ("F1", 2025, "主要目标:到2025年,城镇新增就业5万人;已建成小区全部完成改造;新增充电桩2000个;新建学校10所。",
     ["5万人", "2000个", "10所"]),
    ("F1", None, "主要目标:到2025年,城镇新增就业5万人;已建成小区全部完成改造;新增充电桩2000个;新建学校10所。",
     ["5万人", "2000个", "10所"]),
    # F2: 已有基础上, 已…的 a few characters on, 巩固…以来, 以来的, 改变过去 / 扭转过去 state goals
    ("F2", 2024, "在已有基础上,新建学校10所,新增养老床位500张。", ["10所", "500张"]),
    ("F2", 2024, "对已建成投入使用的养老机构全部达到二星级以上标准,新建养老床位500张。", ["500张"]),
    ("F2", 2021, "巩固党的十八大以来脱贫攻坚成果,农村居民人均可支配收入达到3万元,新建学校10所。", ["3万元", "10所"]),
    ("F2", 2024, "保持“十三五”以来的良好势头,全市新建学校10所,新增养老床位500张。", ["10所", "500张"]),
    ("F2", None, "延续2020年以来的做法,全市新建学校10所,新增养老床位500张。", ["10所", "500张"]),
    ("F2", 2021, "彻底改变过去粗放发展方式,单位地区生产总值能耗下降13.5%。", ["13.5%"]),
    ("F2", 2021, "扭转过去重建设轻管理的局面,城市生活垃圾无害化处理率达到100%。", ["100%"]),
    # F3: a numbered item or 一是/二是 inside the line
    ("F3", 2021, "“十三五”以来,全市经济稳步增长。1.新建学校10所。2.新增养老床位500张。", ["10所", "500张"]),
    ("F3", 2024, "一是全市已建成学校20所;二是新建学校10所;三是新增养老床位500张。", ["10所", "500张"]),
    # F4: dates of the plan year other than 2024年 / 今年 are year leads; 截至年底 / 截至期末 are deadlines
    ("F4", 2024, "自2020年以来全市累计建成养老床位3000张。全年新建养老床位500张。", ["500张"]),
    ("F4", 2024, "自2020年以来全市累计建成养老床位3000张。本年度新建养老床位500张。", ["500张"]),
    ("F4", 2024, "自2020年以来全市累计建成养老床位3000张。二〇二四年新建养老床位500张。", ["500张"]),
    ("F4", 2024, "全市已建成学校20所。到年底,新建学校10所,新增养老床位500张。", ["10所", "500张"]),
    ("F4", 2024, "全市已建成学校20所。年内新建学校10所,新增养老床位500张。", ["10所", "500张"]),
    ("F4", 2024, "截至年底,全市完成老旧小区改造100个,新建充电桩500个。", ["100个", "500个"]),
    ("F4", 2021, "1.截至期末,全市建成充电桩5000个,新建学校10所。", ["5000个", "10所"]),
    # F5: new work after a report sentence; 展望 a year, “十四五”, as a lead
    ("F5", 2024, "截至2023年底,全市已建成5G基站1万个。全市新建5G基站3万个,新增充电桩2000个。", ["3万个", "2000个"]),
    ("F5", None, "“十三五”以来,全市森林覆盖率达到45%。展望2025年,全市森林覆盖率提高到50%。", ["50%"]),
    ("F5", None, "“十三五”以来,全市森林覆盖率达到45%。展望“十四五”,全市森林覆盖率提高到50%。", ["50%"]),
    ("F5", 2021, "“十三五”以来,全市森林覆盖率达到45%。“十四五”,全市森林覆盖率提高到50%。", ["50%"]),
]

# (finding, plan year, text, quotes of a report that must not be targets)
REPORTS = [
    # F6: 要 in 重要, 需 in 需求 are no goal words; a goal word after the figure does not save it
    ("F6", 2024, "全市已累计建成充电桩3000个,重要节点覆盖率达90%。", ["90%"]),
    ("F6", 2024, "全市已累计建成充电桩3000个,需求满足率达90%。", ["90%"]),
    ("F6", 2024, "全市已累计建成充电桩3000个,5G基站2000个,推动全市新能源汽车保有量达到5万辆。", ["2000个"]),
    # the round's own report shapes stay reports (ha-yanling-msss2025, with a goal word after the figures)
    ("F5", 2026, "目前,全县已建成151个社区日间照料中心。建成老年食堂12个、助餐点65个,完成874户特殊困难老年人家庭适老化"
     "改造,有效推动养老服务发展。", ["12个", "65个", "874户"]),
]


@pytest.mark.parametrize(("finding", "plan_year", "text", "present"), GOALS)
def test_goals_after_a_report_cue_are_kept(finding, plan_year, text, present):
    quotes = _quotes(text, plan_year)
    for value in present:
        assert any(value in q for q in quotes), (finding, value, quotes)


@pytest.mark.parametrize(("finding", "plan_year", "text", "absent"), REPORTS)
def test_report_figures_are_dropped(finding, plan_year, text, absent):
    quotes = _quotes(text, plan_year)
    for value in absent:
        assert not any(value in q for q in quotes), (finding, value, quotes)


def test_an_item_ends_a_span_in_a_goals_list_only():
    # hn-hunan-jxxq2021 (http://hunan.gov.cn/topic/dj2021/zdss/xsz/scjt/202109/t20210924_20644635.html): a report's ;
    # runs on; the same ; in a goals list (under its heading, or after 主要目标:) ends the span
    line = "开工率均达100%,居全省前三位;湘西州开工率为35.29%。"
    assert report_spans(line) == [(line.index("位;") + 1, len(line))]
    assert report_spans(line, goals=True) == [(line.index("位;") + 1, line.index(";"))]
    line = "主要目标:城镇新增就业5万人;已建成区域实现5G全覆盖;新增充电桩2000个。"
    assert report_spans(line) == [(line.index("已") + 1, line.index(";新增"))]


def test_the_spans_are_linear():
    assert_linear(report_spans, lambda n: "巩固已建成成果;1.新增3000个;" * n, 200)
    assert_linear(lambda t: report_spans(t, None, True), lambda n: "主要目标:已完成8000个;今年1-9月新建3000个," * n, 200)
