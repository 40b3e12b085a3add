"""tense63 (session 36): a report word that only frames the time of a sentence (目前, 今年以来 opening it) and states
no figure before a clause carrying its own goal word (争取, 计划, 力争, 预期, 确保) leaves that clause's figures goals;
the sentence was read as a report as a whole (set_change.reports_change). Sentences from dev pages, addresses above
each test."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.set_change import reports_change


def _rows(text: str, plan_year: int | None):
    return [(t.indicator, t.kind, t.value, t.unit, t.year) for t in extract_text(text, plan_year=plan_year).targets]


# 辽宁 2020 数字辽宁规划 news (https://zkxblog.com/lab/read-4154853.html, dev): 目前 frames the plan's first steps,
# 争取2021年 opens the goal clause.
LIAONING = ("目前,按照部署,辽宁省近期将研究提出数字领域第一批重点项目清单,"
            "争取2021年新开工项目和储备项目的总投资额双双突破300亿元。")
# 新浦 背街小巷改造 news (http://www.dingqianjf.com/news/show/448/623660_0.html, dev): 今年以来 frames the works,
# 计划 opens the clause of the figures.
XINPU = ("今年以来,该区急群众所急,想群众所想,全面实施背街小巷改造工程,计划总投资2200万元,改造便民路116条,"
         "并全面实施道路、排水、绿化、路灯、立面、公厕“六位一体”改造,惠及群众3.8万人。")


def test_a_framing_report_word_before_a_goal_clause_reports_nothing():
    assert not reports_change(LIAONING)
    assert not reports_change(XINPU)


def test_the_goal_clause_after_the_frame_is_read():
    rows = _rows(LIAONING, 2020)
    assert [(v, u, y) for _, _, v, u, y in rows] == [(300, "亿元", 2021)]
    values = [v for _, _, v, _, _ in _rows(XINPU, None)]
    assert 116 in values and 3.8 in values


# A review that states its figures before the goal clause stays a report: the past values are never goals.
# 山东 2017 厕所改造 news (dev, sd-shandong-hwyth2017): 目前完成厕所改造1000多万户,占总户数67%,山东将在2018年实现…全覆盖;
# 相城 2023 民生实事 (dev, js-xiangcheng-msss2023): 1至7月,累计完成投资12.09亿元,年度计划完成率49.83%.
def test_a_review_with_its_figures_stays_a_report():
    assert reports_change("目前完成厕所改造1000多万户,占总户数67%,山东将在2018年实现农村家庭“无害化卫生厕所”全覆盖")
    assert reports_change("目前,全区共有医疗机构787间,计划新增医疗机构20间")
    assert reports_change("今年以来,全区已新增企业30家,力争全年新增企业50家,同比增长20%")  # a 同比 after it
    assert reports_change("目前,全区正在推进年度计划完成率考核")  # 计划 as a noun, no goal clause
