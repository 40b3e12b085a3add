"""prose46: 和 (及, 与, 以及) between two counted items of one clause joins them as 、 does: the count before it closes
its item, and the name after it starts there, not back over the first count (count_shapes.py ``item_start``,
``ITEM_JOINED``). Before, 新增城镇就业4万人和政策性扶持创业5000人 read only the second count, named 城镇就业4万人和政策性扶持创业.
A joiner right before a number (…分别达到1.27万家和8.6万家) is two values of one 分别 (respective.py) and stays so; 涉及
and 及以上 join nothing. Verbatim dev sentences, each with its fixture and source."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.corpus import split_of

# sd-shibei-qbss2022#3 (青岛市北区 2022 区办实事; dev)
SHIBEI = "https://m.yybnet.net/qingdao/jiaozhou/202202/11766189.html"
SHIBEI_TEXT = "7.促进就业扶持创业,新增城镇就业4万人和政策性扶持创业5000人,打造区级公共就业和人才服务档案中心。"
# nm-helingeer-sgqfg2016#1 (和林县“十个全覆盖”今年惠及11万人, 2016; dev)
HELINGEER = "http://inews.nmgnews.com.cn/system/2016/04/12/011948011.shtml"
HELINGEER_TEXT = "今年“十个全覆盖”工程实施村279个,提档升级村35个和生态移民村212个,覆盖户数4.1万余户,人口11万余。"
# cq-chongqing-xdjh2023#3 (重庆 2023 科技创新中心建设行动 news; dev): the joiner before a number is 分别's
CHONGQING = "https://epaper.cqrb.cn/cqrb/2023-03/25/003/content_rb_314656.htm"
CHONGQING_TEXT = ("通过实施加快科技创新中心建设行动,到2027年,重庆建成区域协同创新体系,科技创新能级跃升,科技创新中心核心功能形成,"
                  "力争产生3项重大科学发现和技术成果,全社会研发经费投入年均增长10%以上、研发投入强度超过全国平均水平,高新技术企业"
                  "和科技型企业实现“双倍增”、总量分别达到1.27万家和8.6万家,高技术制造业增加值占规模以上工业增加值比重提高到22%,"
                  "科技进步贡献率达到65%。")


def test_sources_are_dev():
    for src in (SHIBEI, HELINGEER, CHONGQING):
        assert split_of(src) == "dev", src


def _targets(text, year):
    return [(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=year).targets]


def test_both_counts_joined_by_he_are_read():
    got = _targets(SHIBEI_TEXT, 2022)
    assert ("城镇就业", 4, "万人") in got and ("政策性扶持创业", 5000, "人") in got, got


def test_the_second_count_is_named_from_the_joiner():
    got = _targets(HELINGEER_TEXT, 2016)
    assert ("提档升级村", 35, "个") in got and ("生态移民村", 212, "个") in got, got


def test_a_joiner_before_a_number_keeps_respective_values():
    got = [(i, v) for i, v, u in _targets(CHONGQING_TEXT, 2023) if u == "万家"]
    assert [v for _, v in got] == [1.27, 8.6] and all(i for i, _ in got), got


def test_sheji_and_jiyishang_join_nothing():
    # sh-chongming-sw145#11 (崇明 水务“十四五”, dev): 25座水闸涉及14条骨干河道 is a standing scope, not two items
    text = "(目前崇明岛共25座水闸涉及14条骨干河道,已完成闸河配套2处,“十四五”计划完成闸河配套8处,闸河配套率40%)"
    assert not [t for t in _targets(text, 2021) if t[1] == 14], _targets(text, 2021)
