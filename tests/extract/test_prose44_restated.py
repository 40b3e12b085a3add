"""prose44: a value followed, with no mark between, by a second statement of the same indicator (a level verb and a
number, or 或 and a change from a base year) closes its item: 突破1万亿元达到1.3万亿元, 达70%以上或比2020年提高5个百分点
(restated.py). Before, the text after the first value was taken for its noun and the value was dropped."""

from __future__ import annotations

from tests.extract.passages import quoted, target_rows

# the family, each sentence with its fixture: 江西 制造业高质量发展 “十四五” 规划 news
# (http://cxtongtai.cn/guonei/202109/659.html, dev: the page lost its commas) and 贵州 2023 新型城镇化实施方案
# (https://static.h2o-china.com/news/345016.html, dev)
FAMILY = {
    "jx-jiangxi-zzygh145": "十四五期间,全省制造业高质量发展要实现总规模新跨越,规模以上工业企业增加值年均增长7%左右,"
                           "工业企业增加值突破1万亿元达到1.3万亿元,争创1.5万亿元,",
    "gz-guizhou-xxczh2023": "城市生活污水集中收集率达70%以上或比2020年提高5个百分点以上,",
}
JIANGXI, GUIZHOU = FAMILY.values()


def test_the_family_is_quoted_verbatim():
    assert all(quoted(name, text) for name, text in FAMILY.items())


def test_a_floor_then_a_level_of_the_same_indicator_are_both_read():
    rows = {(r[0], r[2], r[3]) for r in target_rows(JIANGXI, 2021)}
    assert ("工业企业增加值", 1, "万亿元") in rows
    assert any(r[1:] == (1.3, "万亿元") for r in rows)


def test_a_level_or_a_rise_from_a_base_year_are_both_read():
    rows = {(r[0], r[2], r[3]) for r in target_rows("到2025年," + GUIZHOU, 2023)}
    assert ("城市生活污水集中收集率", 70, "%") in rows
    assert any(r[1:] == (5, "个百分点") for r in rows)


def test_a_class_of_size_before_a_count_stays_unread():
    # 四川 2010 产业园区 (http://cncmrn.com/channels/culture/20100729/257642.html, dev): 超过100亿元的 names the parks
    rows = target_rows("培育“1525工程”园区销售收入超过100亿元的达到20个。", 2010)
    assert not any(r[2] == 100 for r in rows)
    # 三门峡 2022 (https://www.ismx.cn/content-10-82041-1.html, dev): a baseline before 达到 is no target
    rows = target_rows("到2027年,全社会研发投入强度每年要提高0.16个百分点、从目前的2%以上达到2.8%以上。", 2022)
    assert not any(r[2] == 2 and r[3] == "%" for r in rows)
