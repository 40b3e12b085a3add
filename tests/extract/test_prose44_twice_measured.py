"""prose44: one work measured in two units printed back to back, with nothing between the two values (a length and
an area, households and an area): each value is a target of the same work, the first one no longer lost to the
second one's noun (twice_measured.py). Counts of things followed by the size of each (2个500亿级产业集群,
1处1万平方米以上的社区公园, 230个50户以上木质房屋) and a value followed by a year stay as they were."""

from __future__ import annotations

from tests.extract.passages import quoted, target_rows

# 彝良 林草 “十四五” (http://yiliangxian.isenlin.cn/coohome/coserver.aspx?uid=FF3108E2DDCB404D9A7E8DC024919072&sid=28324
# &clid=BF1D2779703E475A898FADC86C8DFB12&t=29, dev, yn-yiliang-lc145): a length and an area of one restoration
YILIANG = "实施封山育林13万亩、更新造林5万亩、森林抚育15万亩、退化林修复20万亩、储备林建设5万亩、草原生态修复和治理3万亩、" \
          "长江支流生态修复133.8公里512公顷、云南彝良国家石漠化公园建设1485公顷、湿地公园建设2个1万亩。"
# 天津 2007 民心工程 (https://news.sohu.com/20070319/n248825195.shtml, dev, tj-tianjin-bmgc2007): households and an area
TIANJIN = "据了解,今年本市将计划实施老居住区2万户100万平方米供热补建,实施400万平方米的旧楼区整修;"


def test_the_sentences_are_verbatim():
    assert quoted("yn-yiliang-lc145", YILIANG)
    assert quoted("tj-tianjin-bmgc2007", TIANJIN)


def test_a_length_before_an_area_is_a_target_of_the_same_work():
    rows = {(r[0], r[2], r[3]) for r in target_rows("“十四五”时期,重点抓好以下项目建设。" + YILIANG, 2021)}
    assert ("长江支流生态修复", 133.8, "公里") in rows
    assert any(r[1:] == (512, "公顷") and r[0].startswith("长江支流生态修复") for r in rows)
    assert ("湿地公园建设", 2, "个") in rows  # a count before an area: read as before


def test_households_before_an_area_are_a_target_of_the_same_work():
    rows = {(r[0], r[2], r[3]) for r in target_rows(TIANJIN, 2007)}
    assert {r[1:] for r in rows if "供热补建" in r[0]} == {(2, "万户"), (100, "万平方米")}
    assert not any(r[0].startswith("100") for r in rows)  # the second value is no part of the first one's name
    assert ("旧楼区整修", 400, "万平方米") in rows


def test_a_count_before_the_size_of_each_thing_stays_one_target():
    # 甘肃 2023 乡村振兴 (http://finance.dejiangwang.com/finance/2023/0420/49292.html, dev): 500亿级 is a class
    rows = target_rows("到2025年,打造生猪、苹果2个500亿级产业集群。", 2023)
    assert not any(r[2] == 500 for r in rows)
    # 济南 历城 2022 实事 (http://www.jnhouse.com/housenews/detail.php?id=124347, dev): the size of each park
    rows = target_rows("2022年,建成1处1万平方米以上的社区公园。", 2022)
    assert (1, "万平方米") not in {(r[2], r[3]) for r in rows}
    # 黔东南 民生实事 (http://qdnwm.gov.cn/jujiaoqdn/4742.html, dev): villages of 50 households or more
    rows = target_rows("完成超3.5万户50户以上木质房屋连片村寨农户“电改”。", 2023)
    assert (50, "户") not in {(r[2], r[3]) for r in rows}


def test_a_value_before_a_year_is_not_a_second_measure():
    # 青龙 2026 政府工作报告 (https://www.chinaqinglong.gov.cn/single/31/77000.html, dev): a year follows
    rows = target_rows("到2026年,新能源并网规模达到125.8万千瓦。", 2026)
    assert [(r[2], r[3]) for r in rows] == [(125.8, "万千瓦")]
