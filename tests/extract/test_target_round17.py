"""Round 17 (ext-targets17): causes of the eleventh batch's dev misses — a news lead paragraph that deploys one year's
work (部署了科工局2018年工作) makes the page a one-year plan, whose undated items take that year. Sentences cite their
real sources."""

from __future__ import annotations

from tests.extract.passages import target_rows as _rows


# 汉寿 2018 科工局 news (dev): 会上…部署了科工局2018年工作。 then 工业工作,…规模工业增加值增长10%;…工业税收2.2亿元。
# Found by search (corpus `pages`), outside the corpus: a district government meeting of 2018 (…全面总结2017年政府工作,
# 安排部署2018年政府工作。 http://www.riril.cn/i60051.htm) and 吴堡 2017 (…并详细安排部署了2017年度重点工作任务。
# http://wubu.gov.cn/xwbd/xwtt/34719.htm): the same lead, 年度 and 重点 between the year and its 工作.
# A lead paragraph that deploys the work of one year dates the undated targets after it with that year; without it
# (a page of several years) they stay undated.
def test_a_lead_that_deploys_one_years_work_dates_the_targets_after_it():
    lead = "会上全文学习全县经济工作报告,部署了科工局2018年工作。\n"
    body = "工业工作,规模工业增加值增长10%;工业税收2.2亿元。"
    assert [r[4] for r in _rows(lead + body, 2018)] == [2018, 2018]
    assert [r[4] for r in _rows(body, 2018)] == [None, None]
    plain = "会上全文学习全县经济工作报告。\n"  # a lead that deploys no year's work dates nothing
    assert [r[4] for r in _rows(plain + body, 2018)] == [None, None]
    meeting = "会议全面总结2017年政府工作,安排部署2018年政府工作。\n工业工作,规模工业增加值增长10%。"
    assert [r[4] for r in _rows(meeting, 2018)] == [2018]
    county = "会议总结分析了我县当前经济运行情况,并详细安排部署了2017年度重点工作任务。\n工业工作,规模工业增加值增长10%。"
    assert [r[4] for r in _rows(county, 2017)] == [2017]



# A growth held as the goal (…增长4%的目标) at the end of its sentence: 云南 2017 稳增长意见 (确保实现财政收入增长4%的目标。),
# 万盛 2010 (完成全年地区生产总值增长13%的目标, dev); held out: a 2009 news item (中央确定2009年GDP增长8%的目标。
# http://www.zhongtushe.com/html/zhongtuxiaoxi/2009/0519/146531.html). The sentence's full stop no longer hides the
# goal word, and a count of the plan's own goals (努力实现六个目标。) stays none.
def test_a_growth_held_as_the_goal_at_a_sentences_end_is_a_target():
    assert _rows("确保实现财政收入增长4%的目标。加快资金拨付进度。", 2017) == [("财政收入", "growth", 4, "%", None)]
    assert _rows("完成全年地区生产总值增长13%的目标任务。", 2010) == [("地区生产总值", "growth", 13, "%", 2010)]
    held = _rows("中央确定2009年GDP增长8%的目标。", 2009)
    assert [r[1:] for r in held] == [("growth", 8, "%", 2009)] and "GDP" in held[0][0]
    assert _rows("努力实现六个目标。", 2009) == []


# An item number glued to the year that opens the item (1. 2019年… beside 2.2019年省级技术创新中心数量不低于4家 and
# 3.2019年省级特色产业基地达到1家以上: 成安 2019 创新型县 targets, dev; seen by a tester on text built from corpus passages)
# is no part of the name: 2.2019 is no decimal when 年 follows. A decimal value stays a value (0.4千伏).
def test_an_item_number_glued_to_a_year_is_no_part_of_the_name():
    rows = _rows("(三)创新条件方面\n1. 2019年研发机构数量达到9家以上;2.2019年省级技术创新中心数量不低于4家;"
                 "3.2019年省级特色产业基地达到1家以上。", 2019)
    assert [r[0] for r in rows] == ["研发机构数量", "省级技术创新中心数量", "省级特色产业基地"]
    assert [r[2:] for r in rows] == [(9, "家", 2019), (4, "家", 2019), (1, "家", 2019)]


# An adverb before 实现 (尽快实现, 基本实现) is no part of the name, as 实现 alone is not: 蕲春 2021 政府工作报告 news
# (盡快實現公辦幼兒園占比50%以上, traditional), 遂宁 2019 工程建设项目审批改革 (基本实现…全流程审批时间压缩至90个工作日), dev.
# 基本 alone stays: 基本农田 is a name.
def test_an_adverb_before_shixian_is_no_part_of_the_name():
    assert _rows("2022年,盡快實現公辦幼兒園占比50%以上。", 2022)[0][0] == "公辦幼兒園占比"
    assert _rows("2022年,尽快实现公办幼儿园占比50%以上。", 2022)[0][0] == "公办幼儿园占比"
    assert _rows("2019年,基本实现工程建设项目全流程审批时间压缩至90个工作日。", 2019)[0][0].startswith("工程建设项目")
    assert _rows("2022年,基本农田保护面积100万亩。", 2022)[0][0] == "基本农田保护面积"


# A clause of a stretch word and a value alone after a comma (区级一般公共预算收入增长2%,力争3%: 静安 2025 重点工作; 高新技术企业
# 突破124家,力争达到130家: 福州高新区, dev) is the same indicator's stretch goal, of the same kind, as after 、 (round 5):
# the name is not the clause before, value and all; a decline's stretch is a decline.
def test_a_stretch_after_a_comma_keeps_the_indicator_and_kind():
    assert _rows("2025年,区级一般公共预算收入增长2%,力争3%。", 2025) == [
        ("区级一般公共预算收入", "growth", 2, "%", 2025), ("区级一般公共预算收入", "growth", 3, "%", 2025)]
    assert [r[1:3] for r in _rows("2025年,单位GDP能耗下降3%,力争4%。", 2025)] == [("growth", -3), ("growth", -4)]
    assert [r[0] for r in _rows("2025年,地区生产总值增长7%以上,力争达到8%。", 2025)] == ["地区生产总值"] * 2
