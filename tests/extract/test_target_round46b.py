"""Round 46: task items with a verb and a number, and numbers with no verb (scripts/recall_families.py measures them;
the breakdown is in docs/extraction.md, "Round 46, targets").

- A task verb outside the count verbs before a count of things (更新1000部环保型公交车, 增设400部电梯, 整治疏浚190公里
  骨干河网, 新建续建3所幼儿园, 维修更换农村37处的机泵): the count verbs take the verbs of renewing, adding, continuing,
  dredging and replacing (rules/targets.yaml ``count_verbs``) — six dev documents. 帮助 stays a beneficiary verb
  (test_target_rev4_nested.py).
- A span of years to reach (平均受教育年限达到11年以上, 平均生存周期达到5年): a ``level`` in 年 after a name ending 年限 or
  周期 and a verb of reaching (targets/durations.py) — three dev documents; a term set (资助周期均为3年, 年限不超过15年)
  is none.
- A headline naming this year (西城老旧小区今年增600个停车位, 北京老旧小区改造今年计划开工300个, 今年我市年度旅游收入力争超
  670亿元) dates the page's undated targets in the plan's year, as a one-year title does (plan_year.document_year) —
  three dev documents, whose gold dates them so; 今年以来 opens a report and dates nothing.
"""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from tests.timing import assert_linear


def _targets(text: str, plan_year: int | None = None) -> list[tuple]:
    return [(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=plan_year).targets]


# Each a real dev sentence, its source in the comment; the count after the verb is read, its noun the indicator.
@pytest.mark.parametrize(("sentence", "target"), [
    # 天津 2007 便民工程 (https://news.sohu.com/20070319/n248825195.shtml)
    ("新建30座公交场站,更新1000部环保型公交车,新辟公交线路38条。", ("环保型公交车", 1000, "部")),
    # 上海 2023 为民办实事 (https://www.jiemian.com/article/8860721.html)
    ("新建20家示范性智慧菜场,更新投运500辆无障碍低地板新能源公交车,完成200座环卫公厕适老化适幼化改造。",
     ("无障碍低地板新能源公交车", 500, "辆")),
    # 遂宁 城市更新 (https://cd.jiwu.com/news/5710735.html)
    ("今年,遂宁市计划增设400部电梯,目前已开工308部。", ("电梯", 400, "部")),
    # 博兴 2015 民生实事 (https://sjb.qlwb.com.cn/qlwb/content/20150122/ArticelU02006FM.htm)
    ("其中包括麻大湖国家湿地公园改造、新建续建3所幼儿园,打造创新创业平台、建成510套公租房等。", ("幼儿园", 3, "所")),
    # 崇明 2021 水务“十四五”规划 (https://www.shanghai.gov.cn/zhengce/detail?businessId=5aaa505f-5b49-450e-a2f9-
    # 1fc66081a48e&siteId=0085)
    ("三网：整治疏浚190公里骨干河网。", ("骨干河网", 190, "公里")),
    # 涉县 2025 民生实事 (http://www.wrujm.cn/mobile/quote/1597.html)
    ("维修更换农村37处的机泵、阀门,有效改善9万人口的饮水安全问题,进一步提高供水保证率。", ("机泵、阀门", 37, "处")),
])
def test_a_task_verb_counts_the_noun_after_its_count(sentence, target):
    assert target in _targets(sentence, 2023)


@pytest.mark.parametrize(("sentence", "indicator"), [
    # 万源 2021 政府工作报告 (dev): 增加 is left out of the class, it opens 增加值
    ("一产业增加值总量冲刺63.3亿元", "一产业增加值总量冲刺"),
    # 上海 2023 为民办实事: 更换 after a beneficiary's count leaves the count to the beneficiary reading
    ("为50万户既有管道天然气居民用户更换燃具连接软管", "既有管道天然气居民用户更换燃具连接软管"),
])
def test_the_class_leaves_these_as_they_were(sentence, indicator):
    assert [t[0] for t in _targets(sentence, 2023)] == [indicator]


# 内蒙古 2021 “十四五”教育事业发展规划 (http://www.xiaoziling.net/zhzx/20211107/54161.html), 济宁 2021 “十四五”教育事业发展
# 规划 (http://m.ipma-canada.com/jiaoyu/20220704/46062.html, with phonetic readings), 重庆 2024 个体工商户实施方案
# (http://www.yon123.com/policy/detail?id=14957) — dev.
NEIMENGGU = ("內蒙古明確,到2025年,自治區學前三年毛入園率達到95%,九年義務教育鞏固率達到96%,職業院校“雙師型”教師占比達到50%,"
             "勞動年齡人口平均受教育年限達到11年以上。")
JINING = ("《規(guī)劃》中明確了“十四五”教育事業(yè)發(fā)展目標(biāo),到2025年,濟(jì)寧市學(xué)前教育毛入學(xué)率將達(dá)到99%以上,"
          "九年義務(wù)教育鞏固率達(dá)到99.9%,勞動(dòng)年齡人口平均受教育年限達(dá)到10.9年。")
CHONGQING = ("到2029年,全市個體工商戶發展質量明顯提升,活躍度達到70%,平均生存周期達到5年,“四新”經濟個體工商戶占比達到40%。")


@pytest.mark.parametrize(("text", "plan_year", "target"), [
    (NEIMENGGU, 2021, ("勞動年齡人口平均受教育年限", "level", 11, "年", 2025, "以上")),
    (JINING, 2021, ("勞動(dòng)年齡人口平均受教育年限", "level", 10.9, "年", 2025, None)),  # readings as printed
    (CHONGQING, 2024, ("平均生存周期", "level", 5, "年", 2029, None)),
])
def test_a_span_of_years_to_reach_is_a_level(text, plan_year, target):
    got = [(t.indicator, t.kind, t.value, t.unit, t.year, t.comparator)
           for t in extract_text(text, plan_year=plan_year).targets]
    assert target in got
    assert len([t for t in got if t[3] == "年"]) == 1


@pytest.mark.parametrize("text", [
    "资助周期均为3年。",  # 中国科协 青年人才托举工程 (https://shifair.com/informationDetails/316754.html, dev): a term
    "每批培养周期3年。",  # 福建 2017 青年人才托举工程 (dev): no verb of reaching
    # 上海 2025 商务楼宇更新 (https://ghzyj.sh.gov.cn/zcwj/cxgh/20250804/90c43ba26e7f48d3b359851b1dbee491.html, dev)
    "具体兼容业态和年限经更新主体评估并经区政府决策认定后实施，年限不超过15年；建立全周期合同。",
    "到2025年,建设周期达到2025年底。",  # a year, not a span
    # review 20, F5/F12: a condition with a verb of reaching, a fact of one project (the reviewer's probes)
    "贷款年限达到5年以上的给予贴息。",
    "设备使用年限达到10年以上的予以更新。",
    "该项目建设周期达到3年。",
])
def test_a_term_is_no_span_to_reach(text):
    assert not [t for t in extract_text(text, plan_year=2024).targets if t.unit == "年"]


def test_spans_of_years_stay_linear():
    assert_linear(lambda text: extract_text(text, plan_year=2021),
                  lambda n: "到2025年," + "劳动年龄人口平均受教育年限达到11年," * n + "。", 50)


# 西城 2015 (http://epaper.bjnews.com.cn/html/2015-03/18/content_566920.htm?div=-1), 北京 2024 (https://app.bjtitle.com/
# 8816/newshow.php?mood=wx&newsid=6472898&typeid=68), 吉林市 2016 (http://jlsmejl.com/read.php?brow=401&lmid=9&lm=信息服务)
# — dev news prints of this year's plans.
@pytest.mark.parametrize(("title", "plan_year", "text", "target"), [
    ("西城老旧小区今年增600个停车位", 2015,
     "此次西城区在实事中提出,实施生活性服务业三年行动计划,推进百姓生活服务中心建设,新建和改造10家便民蔬菜零售网点,"
     "新增早餐规范店10家。", ("早餐规范店", 10, "家", 2015)),
    ("两会聚焦 | 北京老旧小区改造今年计划开工300个", 2024, "将新建养老家庭照护床位2000张",
     ("养老家庭照护床位", 2000, "张", 2024)),
    ("今年我市年度旅游收入力争超670亿元", 2016,
     "要以创建“国家全域旅游示范区”为统领,科学整合旅游资源,加快推进10项 重点旅游项目建设,提升旅游服务水平,"
     "年度旅游收入力争突破670亿元。", ("年度旅游收入", 670, "亿元", 2016)),
])
def test_a_headline_of_this_year_dates_its_targets(title, plan_year, text, target):
    got = [(t.indicator, t.value, t.unit, t.year) for t in extract_text(text, plan_year=plan_year, title=title).targets]
    assert any(g[0].endswith(target[0]) and g[1:] == target[1:] for g in got)  # (将新建… keeps its 将, as on main)


def test_since_this_year_dates_nothing():
    text = "新增早餐规范店10家。"
    got = extract_text(text, plan_year=2015, title="今年以来西城老旧小区增600个停车位").targets
    assert [t.year for t in got] == [None]
