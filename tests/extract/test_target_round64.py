"""Round-64 target rules (targ64): the families the fresh batches trec21 and trec22 missed, where dev holds them on
several pages. Every sentence is real text of a dev page, its address cited; the expected targets are read by hand per
spec/plan-format.md (targets: the base period is ``base_year``, never the goal's year; a growth rate is ``growth``)."""

from __future__ import annotations

from tests.extract.passages import target_rows as _rows


# A year-end estimate dated by its year, at the head of a clause (targets/vocab.py ``reported``): the year's outcome
# as the report expects it, history like a sentence opening with 预计. 河北 2025 政府工作报告 news
# (http://ss111ss.com/article/detail/1491887.html, dev); 陕西 2019 农村公路 news
# (http://gysyyqh.cn/index/shows?catid=52&id=48954, dev).
def test_a_dated_estimate_of_the_year_is_history():
    assert _rows("王正譜在回顧河北省2024年工作時表示,2024年預計全省生產總值增長5.2%,規上工業增加值增長7%,"
                 "固定資產投資增長6.5%,社會消費品零售總額增長5.5%,進出口總值增長6%,居民人均可支配收入增長5.5%,"
                 "主要經濟指標增速高于全國平均水平,較好完成全年經濟社會發展目標任務。") == []
    assert _rows("2019年,陜西扎實推進交通脫貧攻堅兜底任務,全年預計新改造農村公路1.2萬公里,實施深度貧困村集中居住30戶以上"
                 "自然村“通組路”1258公里,整治通村公路“油返砂”路段6405公里。", 2019) == []


# ...while a year's goal with no estimate word keeps its reading: 歙县 2023 科技工作计划 (https://jrjer.com/28393.html, dev).
def test_a_years_goal_with_no_estimate_is_kept():
    rows = _rows("全年力争培育高新技术企业5家以上,新通过认定国家高新技术企业1家。")
    assert [(r[0], r[2], r[3]) for r in rows] == [("高新技术企业", 5, "家"), ("新通过认定国家高新技术企业", 1, "家")]


# A five-year period's end as the base of a change (在“十三五”末的基础上翻一番, 较“十三五”末增长…: years.PERIOD_BASE) is
# the base, no year of the goal: the deadline before it (到2024年底) dates the goal and the list the sentence leads
# (即:…). 陕西 科技型企业创新发展倍增计划 news (http://chq.bjdshi.cn/milite/707106.html, dev); the same base words print
# on 河南 2026 (较“十三五”末增长41.5%) and 辽宁 2022 (比十二五末增加21.2%), both dev reviews.
def test_a_period_end_base_is_no_goal_year():
    text = ("主要目标是:到2024年底,实现科技型中小企业、高新技术企业及其中的规模以上企业、专精特新“小巨人”企业数量在“十三五”末"
            "的基础上翻一番。即:科技型中小企业达到20000家,高新技术企业突破12000家,其中规模以上企业不少于2000家;"
            "专精特新“小巨人”企业达到150家,制造业单项冠军企业超过30家;力争新增30家以上科技型企业上市。")
    rows = _rows(text)
    assert rows[0] == ("科技型中小企业、高新技术企业及其中的规模以上企业、专精特新“小巨人”企业数量", "multiple", 2, "倍", 2024)
    assert {r[4] for r in rows} == {2024} and len(rows) == 7


# ...while a period's end as a deadline keeps dating its goal: a 甘肃 city's 上规升级 实施方案 news
# (http://www.twtpybx.cn/system/2021/08/20/030362055.shtml, dev).
def test_a_period_end_deadline_still_dates_the_goal():
    assert _rows("到“十四五”末,全市規上工業企業達到3000家。", 2021) == [("全市規上工業企業", "level", 3000, "家", 2025)]


# A growth rate held (增速保持N%) is a growth, as 增速保持在N% was read already: the hold verb is no part of the name
# (change_names.py). 宁夏 2020 制造业高质量发展 实施方案 news (http://8mav1163.com/2020-03/04/content_75773287.html, dev);
# the same held rate with 在 on 万源 2021 政府工作报告 (一产业年均增速保持在2.6%以上, dev). A level held (合格率保持在94.8%)
# stays a level.
def test_a_growth_rate_held_is_a_growth():
    rows = _rows("制造業產品質量合格率保持在94.8%以上,并逐年提升。制造業投資年均增速保持10%以上,其中技術改造投資年均增速"
                 "保持在15%以上,占工業投資比重達到65%以上。", 2020)
    assert [r[1:3] for r in rows] == [("level", 94.8), ("growth", 10), ("growth", 15), ("level", 65)]
    assert rows[1][0] == "制造業投資"
    assert _rows("規模以上工業戰略性新興產業增加值增速保持20%以上。", 2020) == [
        ("規模以上工業戰略性新興產業增加值", "growth", 20, "%", None)]


# 比 inside 占比 is no comparison: a share dated by its deadline (占比2019年底達到30%) takes that year, not the next one
# the sentence states (years.BASE). 盐田 学前教育 news (gd-yantian-xwxz, dev; a narrowing of the base rule seen on one
# page, two shares).
def test_a_share_dated_by_its_deadline_is_no_base():
    rows = _rows("以及公辦幼兒園在園兒童占比2019年底達到30%、2020年底達到50%,普惠性幼兒園在園兒童占比2020年底達到80%的任務")
    assert [(r[2], r[4]) for r in rows] == [(30, 2019), (50, 2020), (80, 2020)]
