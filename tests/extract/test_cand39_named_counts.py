"""cand39: a count verb, then the name of what the count belongs to (a road, a park, a project), then the count: the
verb still counts the thing after the number when the sentence commits (an order opening the item, a deadline, a cue).
Real dev sentences, each with its source address (named_counts.py)."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.extract.corpus import split_of

# 成都市2021年民生实事工作目标 (dev): the verb opens the item, a road's name between it and the count
CHENGDU = "http://wwwfh2222.com/news/b/2021-02-10/detail-ikftssap5062135-p3.shtml"
CHENGDU_TEXT = ("成都市2021年民生實事工作目標\n\n  二、市容環境\n\n  12。完成二環路4個立交橋區示范公園及東西城市軸線、南北城市"
                "軸線重要節點景觀示范場景建設。(牽頭單位:市公園城市局)")
# 师宗 2022 批而未供和闲置土地处置 (dev): a deadline (9月底前), a park's or a project's name before an area
SHIZONG = "https://ynsz.gov.cn/article/description/11622.html"
SHIZONG_TEXT = ("为顺利完成市委、市政府下达的批而未供和闲置土地处置目标任务,曲道凯要求,由县发展和改革局牵头,县委党校、"
                "县政务服务管理局、县自然资源局配合,在9月底前完成荣海新区政务服务中心、县委党校项目60.58亩供地工作;"
                "由县工业园区管委会牵头,县自然资源局、漾月街道配合,在12月底前完成工业园区74.0亩批而未供土地处置任务;"
                "由丹凤街道牵头,县自然资源局配合,在12月底前完成荣海新区50.06亩批而未供土地处置任务;由县工业园区管委会"
                "牵头,县自然资源局、县政务服务管理局配合,在12月底前完成工业园区冷轧标准化厂房项目196.94亩闲置土地处置"
                "工作。其他涉及部门要积极配合,统筹推进师宗县2022年批而未供和闲置土地处置工作,保证完成市委、市政府下达的"
                "处置任务。")

# What stays unread (all dev):
# names listed before the count: the count counts them (仓山 2022 为民办实事; 兰州 2019 为民兴办10件实事)
CANGSHAN = "http://www.hxnews.com/news/fj/fz/202112/22/2040314.shtml"
CANGSHAN_TEXT = "加快教育项目建设,建成金闽小学、永南中学2所新校,完成城门中学改扩建(一期)、螺洲中学教学楼2个改扩建项"
LANZHOU = "http://gansu.gscn.com.cn/system/2019/02/23/012118909.shtml"
LANZHOU_TEXT = "八是实施市区高速路口收费站合并整治工程,拆除北龙口、天水路等5个现有收费站,新建兰州东、兰州北2个收费站。"
# the size of a project named (崇明区水务“十四五”规划)
CHONGMING = ("https://www.shanghai.gov.cn/zhengce/detail?businessId=5aaa505f-5b49-450e-a2f9-1fc66081a48e"
             "&siteId=0085")
CHONGMING_TEXT = "1.管网安全保障工程。实施崇明岛57公里原水管线复线项目，建设20公里北部供水管网联通工程"
# a place and the count of the places in it the work reaches (2024年青海省政府工作报告)
QINGHAI = "https://www.0797cx.cn/page37?article_id=112804&pagenum=10"
QINGHAI_TEXT = ("深入实施农牧区电网巩固提升工程,年内实现天峻县苏里乡电网延伸覆盖,加快推进玉树州9个大电网未覆盖乡的电网延伸"
                "和微电网供电工程。")
# a thing named like a place before a count of its parts (review 6's synthetic cases: test_target_rev6.py)
PARTS_TEXT = "建设园区3个标准化厂房。"
# a report of the work done (已): 嘉定 2026 违法用地整治
JIADING = "https://www.shanghai.gov.cn/zhengce/detail?businessId=5_196146&siteId=0080"
JIADING_TEXT = ("根据嘉定区违法用地综合整治三年行动工作方案（2024－2026），我区三年应累计完成5800亩存量违法用地整治。"
                "2024年及2025年我区已累计完成约4180亩整治任务量，2026年应完成剩余1620亩整治任务量（各街镇（管委会）"
                "任务详见附件）。")


def test_sources_are_dev():
    for source in (CHENGDU, SHIZONG, CANGSHAN, LANZHOU, CHONGMING, QINGHAI, JIADING):
        assert split_of(source) == "dev", source


def _values(text, year):
    return {(t.value, t.unit) for t in extract_text(text, plan_year=year).targets}


@pytest.mark.parametrize(("text", "year", "value", "unit"), [
    (CHENGDU_TEXT, 2021, 4, "個"),
    (SHIZONG_TEXT, 2022, 60.58, "亩"),
    (SHIZONG_TEXT, 2022, 196.94, "亩"),
])
def test_a_name_between_verb_and_count(text, year, value, unit):
    assert (value, unit) in _values(text, year)


def test_the_things_counted_are_named():
    got = {t.value: t.indicator for t in extract_text(SHIZONG_TEXT, plan_year=2022).targets}
    assert "县委党校项目供地" in got[60.58] and "闲置土地处置" in got[196.94]
    # (完成工业园区74.0亩…: a name that ends like a place, 园区, is left to review 6's reading, which counts none)


@pytest.mark.parametrize(("text", "year", "value", "unit"), [
    (CANGSHAN_TEXT, 2022, 2, "所"),
    (LANZHOU_TEXT, 2019, 2, "个"),
    (CHONGMING_TEXT, 2021, 57, "公里"),
    (QINGHAI_TEXT, 2024, 9, "个"),
    (JIADING_TEXT, 2026, 4180, "亩"),
    (PARTS_TEXT, 2023, 3, "个"),
])
def test_listed_sized_scoped_or_reported_stay_unread(text, year, value, unit):
    assert (value, unit) not in _values(text, year)
