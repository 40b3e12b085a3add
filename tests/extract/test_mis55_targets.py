"""mis55 (session 33): the misses of the fresh 2025–2026 pages (MISSES-fresh54.md) whose shape dev documents of other
places show too; sentences from dev pages, addresses above each test, expected values read by hand."""

from __future__ import annotations

from kechuang.extract import extract_text


def _rows(text: str, plan_year: int | None):
    return [(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=plan_year).targets]


# Row 7: a bound before a count of things leaves the words before it to the verb and its scope; the noun after the
# count names the thing. 扬中 2026 民生实事
# (https://reportify.cn/tags/concept?page=2&tagValue=%E6%B0%91%E7%94%9F%E5%AE%9E%E4%BA%8B%E9%A1%B9%E7%9B%AE:
# 走访慰问全市不低于120名困境儿童); 鹿邑 2024 十件
# 实事 (http://vocabexpress.net/szb/pc/col/202403/01/content_228274.html: 全年排查不少于179个存在安全隐患的路口); 顺德 2024
# 民生实事 (http://m.cucmc.com/wljy/3403.html: 新、改建不少于200个街心公园) — all dev.
def test_a_bound_before_a_count_names_the_thing_after_it():
    assert _rows("走访慰问全市不低于120名困境儿童。", 2026) == [("困境儿童", 120, "名")]
    rows = _rows("全年排查不少于179个存在安全隐患的路口,新建减速带、爆闪灯等交通安全设施;排查不少于12个发生过伤亡"
                 "交通事故的重点隐患路口,加装道路安全预警系统。", 2024)
    assert [(r[1], r[2]) for r in rows] == [(179, "个"), (12, "个")]
    assert rows[0][0].endswith("路口") and rows[1][0].endswith("重点隐患路口")
    assert _rows("新、改建不少于200个街心公园,让市民推门入绿,开窗见景。", 2024) == [("街心公园", 200, "个")]


# …but a bound closing its indicator keeps the words before it (群众满意度不低于95%: 奉贤 2021, dev), and a size bound
# before 的 names no count (不低于30天的托养照护: 扬中 2026,
# the page above, dev).
def test_a_bound_closing_its_indicator_keeps_the_name_before():
    assert _rows("群众满意度不低于95%。", 2021) == [("群众满意度", 95, "%")]
    assert not [r for r in _rows("为困境孤独症等儿童提供不低于30天的托养照护。", 2026) if r[2] != "天" and r[1] == 30]


# Row 3: a count before the things a work is done to, the work closing the name, with no count verb right before the
# count. 建湖 2026 民生实事 (http://www.jianhu.gov.cn/art/2026/1/19/art_17335_4396733.html: 农村公路90座三类桥梁加固维修); 秦安 2015 民生实事
# (http://yhg994208.cn/news/qa/201502112048124472.html: 完成秦南路南小河桥至花船子3.4公里道路拓宽改造工程); 黑龙江 2009
# 水利 (http://ask.fsou.com/html/text/lar/170828/17082848.html: 127座病险水库除险加固工程全部开工建设) — all dev.
def test_a_count_before_the_things_and_their_work_is_a_goal():
    assert ("三类桥梁加固维修", 90, "座") in _rows("3. 农村公路90座三类桥梁加固维修(其中:县道17座、乡村道72座)。", 2026)
    assert _rows("这十件民生实事分别是:完成秦南路南小河桥至花船子3.4公里道路拓宽改造工程;完成城南片区棚户区改造500套。",
                 2015) == [("道路拓宽改造工程", 3.4, "公里"), ("城南片区棚户区改造", 500, "套")]
    assert _rows("确保国家专项规划内的127座病险水库除险加固工程全部开工建设。", 2009) == [("病险水库除险加固工程", 127, "座")]


# …but money for the work (三原 2005, http://szb.sxworker.com/m/content/2005-08/31/234425.html: 150万元危房改造专款)
# and a headline whose noun holds its own verb (江苏 2022 老旧小区 news,
# http://guwao.cn/xwzx/PoliticsNews/202211/t20221123_12489887.htm: 56.2万户江苏提前超额完成老旧小区改造年度任务) — both
# dev — are no count of things.
def test_money_or_a_headline_before_a_work_is_no_count_of_things():
    assert not _rows("56.2万户江苏提前超额完成老旧小区改造年度任务", 2022)
    assert not [r for r in _rows("县财政每年安排150万元危房改造专款。", 2005) if r[0].startswith("危房改造")]


# Row 5: the size of one facility before 的 is a specification of the work, no goal. 交城 2021
# (https://www.sxllnews.cn/xyllrb/pc/con/202104/23/c85787.html: 打造500万吨的新型肥料产业园); 扬中 2026 (the page above:
# 以及40个停车位的环卫车辆停车场和303平方米的综合楼) — both dev. An amount of work before 的 stays (天津 2007,
# https://news.sohu.com/20070319/n248825195.shtml: 实施400万平方米的旧楼区整修), and so does a count of facilities with a
# size (历城 2022, http://www.jnhouse.com/housenews/detail.php?id=124347) — both dev.
def test_the_size_of_one_facility_is_no_goal():
    assert not _rows("肥料行业,打造500万吨的新型肥料产业园。", 2021)
    assert not _rows("配套建设40个停车位的环卫车辆停车场和303平方米的综合楼。", 2026)
    assert ("旧楼区整修", 400, "万平方米") in _rows("实施400万平方米的旧楼区整修。", 2007)
    assert [(r[1], r[2]) for r in _rows("建成1处1万平方米以上的社区公园、3处500平方米以上的口袋公园。", 2022)] \
        == [(1, "处"), (3, "处")]


# Row 6: the attendance of a congress is a count of the meeting, no goal. 四川 2026 政府工作报告 news
# (https://us.usy7.cc/usyVvBfQOsH/NvXc0xT_4587.doc: 大会应到代表877名,出席839名); 景东 2023 人大
# (http://www.jingdong.gov.cn/info/1164/65932.htm: 本次会议应出席代表213名,实际出席代表196名) — both dev.
def test_the_attendance_of_a_meeting_is_no_goal():
    assert not _rows("大会应到代表877名,出席839名,符合法定人数。", 2026)
    assert not _rows("本次会议应出席代表213名,实际出席代表196名,符合法定人数。", 2023)
    assert ("干部", 100, "名") in _rows("任务指标分解落实到7个乡镇和100名干部。", 2014)
