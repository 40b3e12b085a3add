"""gate38 (common.counts_items): a listing noun (实事, 大事, 目标任务) in a value's name refuses a count of the items
listed (10件实事, 50项民生实事) or their share done (完成目标任务的94.29%), not a measure of things in another unit —
a length, a number of people — that a 民生实事 heading or lead-in runs into. Real dev text, each with its address."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.corpus import split_of

YANGZHONG = ("https://reportify.cn/tags/concept?page=2&tagValue="
             "%E6%B0%91%E7%94%9F%E5%AE%9E%E4%BA%8B%E9%A1%B9%E7%9B%AE")  # 扬中 2026 民生实事 (dev)
YANGZHONG_TEXT = ("2026年扬中市民生实事项目概览 - 扬中市第十八届人民代表大会第五次会议于2026年1月16日票决确定了10项年度市政府"
                  "民生实事项目 [1] 基础设施与防洪工程 - 实施长江堤防应急治理工程扬中境内二期工程 包括挡墙13.46千米 道路8.72千米 "
                  "护砌2.75千米 [1][2]")
XIANGSHAN = "https://www.xiangshan.gov.cn/art/2025/3/19/art_1229679987_59187648.html"  # 象山 2025 民生实事 (dev)
XIANGSHAN_TEXT = ("序号 | 项目名称 |\n2 | 扶弱助残项目:为全县1.7万余名80周岁以下持证残疾人免费购买意外伤害保险;"
                  "为600名残疾人开展辅助器具适配服务;实事孤独症儿童康复救助50名 |")
# the counts of the items listed stay unread
LANZHOU = "2019年,市委、市政府为民兴办10件实事:"  # 兰州 2019 十件实事 (dev, gs-lanzhou-sjss2019)
SHUCHENG = "经县政府同意,2024年我县实施50项民生实事,具体安排如下:"  # 舒城 2024 民生实事 (dev, ah-shucheng-msss2024)


def _read(text, year):
    return [(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=year).targets]


def test_sources_are_dev():
    assert split_of(YANGZHONG) == split_of(XIANGSHAN) == "dev"


def test_a_measure_under_a_listing_noun_is_read():
    assert any(v == 13.46 and u == "千米" and ind.endswith("挡墙") for ind, v, u in _read(YANGZHONG_TEXT, 2026))
    assert any(v == 50 and u == "名" and ind.endswith("孤独症儿童康复救助") for ind, v, u in _read(XIANGSHAN_TEXT, 2025))


def test_counts_of_the_items_listed_stay_unread():
    assert not any(v == 10 for _, v, _ in _read(LANZHOU, 2019))
    assert not any(v == 50 for _, v, _ in _read(SHUCHENG, 2024))
    # a share of the tasks done is a completion rate, not a goal (ha-zhengzhou-xxjs2015, dev)
    assert not any(v == 94.29 for _, v, _ in _read("完成年初35所目标任务的94.29%。", 2015))
