"""Target rules of round 27 (trec3): targets the extractor missed in the twenty-ninth batch (tests/fixtures/real/README.md)
and the dev split, each family from two dev documents or more (or one real dev sentence for a vocabulary the spec and the
rules already use); the sentences are quoted from the pages named, the expected values read by hand per
spec/plan-format.md and the corpus README."""

from __future__ import annotations

import time

import pytest

from kechuang.extract import extract_text
from tests.extract.passages import target_rows as _rows
from tests.timing import assert_scaled

# 1. A rate per 100,000 (孕产妇死亡率 …/10万) is a value with the unit /10万, not a share 12/10 read as 120 %.
# tyjgjz.com/cn/Instant/expo/202306/t20230602_7426582.html (卫健委 2023, a 中新网 print; dev)
WEIJIAN_2023 = ("力爭到2030年我國孕產婦死亡率下降到12/10萬以下,5歲以下兒童死亡率下降到6‰以下,使婦幼健康事業進一步得到高質量發展。")
# xgmlfb.com/post/13/101858 (国家卫健委 2018 统计公报's news, quoting the 十三五 plan's 2020 goals; dev)
GONGBAO_2018 = ("《“十三五”衛(wèi)生與健康規(guī)劃》提出,到2020年我國人均預(yù)期壽命應(yīng)大于77.3歲,孕產(chǎn)婦死亡率應(yīng)小于18/10萬,"
                "嬰兒死亡率應(yīng)小于7.5‰。")


def test_a_rate_per_100000_keeps_its_unit():
    assert [r[2:] for r in _rows(WEIJIAN_2023, 2023)] == [(12, "/10萬", 2030), (6, "‰", 2030)]
    assert (18, "/10萬", 2020) in [r[2:] for r in _rows(GONGBAO_2018, 2019)]
    # a share written with digits is still a share
    assert [r[2:4] for r in _rows("到2025年,示范村占全市1/8以上。", 2021)] == [(12.5, "%")]


# 2. Measure words the spec's list of units did not have (a vocabulary widening, one real dev sentence each):
# lcx.gov.cn/zfxxgk/fdzdgknr/ghjh/1566257387017453570.html (洛川 “十四五” 纲要, 第九章)
LUOCHUAN = ("到2025年,全县生猪饲养量稳定在100万头,羊子饲养量达到20万只,发展养牛5万头,饲养禽类50万羽,中蜂3万箱,"
            "有机肥产能达到50万吨,畜牧业产值达到100亿元。")
# sxncb.joyhua.cn/sxncb/20250728/html/content_20250728007004.htm (陇县 2025, a 宝鸡 press conference in the 陕西农村报)
LONGXIAN = "工业转型升级步伐加快,县工业园区成功晋升省级经开区,新能源产业装机容量将达1.6吉瓦,位居全市前列。"


def test_birds_hives_and_gigawatts_are_units():
    rows = [r[2:4] for r in _rows(LUOCHUAN, 2021)]
    assert (50, "万羽") in rows and (3, "万箱") in rows and len(rows) == 7
    assert [r[2:4] for r in _rows(LONGXIAN, 2025)] == [(1.6, "吉瓦")]
    assert [r[2:4] for r in _rows("港口集装箱吞吐量达到100万标箱。", 2025)] == [(100, "万标箱")]  # 标箱 stays one unit


# 3. A place between 对/为 and the count of what is worked on, as between a count verb and its count (count_places):
# a vocabulary widening on one real dev sentence — 金凤 2025 民生“十心”实事 (nx-jinfeng-msss2025, dev gold)
JINFENG = "▶对辖区80条背街小巷破损路面、井盖、道牙、树框进行维修更换。\n▶新增公共停车位800个。"
# he-shexian-msss2025 (涉县 2025 十件民生实事, dev gold): 全县 was read before
SHEXIAN = "六、中小学幼儿园扩优提质工程\n对全县17所乡(镇)中心幼儿园全面提档升级,主要包括优化提升室内外活动场地。"


def test_a_place_between_dui_and_the_count():
    assert [r[2:4] for r in _rows(JINFENG, 2025)] == [(80, "条"), (800, "个")]
    assert [r[2:4] for r in _rows(SHEXIAN, 2025)] == [(17, "所")]



# 4. Two quantities of one item printed back to back (targets/paired.py): the count before the measure is a target of its
# own, of the same thing (README: two quantities of one item are two targets).
# shuibiao.com.cn/news/show.php?itemid=41233 (方正 民生实事, the twenty-ninth batch)
FANGZHENG = "农村公路提质改造。提质改造农村公路5条37.7公里,计划4月开工建设,11月完工。"
# zj-xihu-msss2023 (西湖 2023 十大民生实事, a news print; dev gold)
XIHU = "喜迎亚运也是今年的重中之重,西湖区计划新建嵌入式体育场地100片3.3万平方米,组织开展全民健身赛事活动100场。"


def test_a_count_printed_before_its_measure_is_a_target_of_its_own():
    assert [r[2:4] for r in _rows(FANGZHENG)] == [(5, "条"), (37.7, "公里")]
    rows = _rows(XIHU, 2023)
    assert [r[2:4] for r in rows] == [(100, "片"), (3.3, "万平方米"), (100, "场")]
    assert rows[0][0] == rows[1][0] and "100片" not in rows[1][0]  # one thing, its count no part of the measure's name
    # a size criterion of the thing counted stays no value (贵州 黔东南 and 历城 实事, dev gold)
    assert [r[2:4] for r in _rows("完成超230个50户以上木质房屋连片村寨常高压给水管网建设。")] == [(230, "个")]
    assert [r[2:4] for r in _rows("建成1处1万平方米以上的社区公园。")] == [(1, "处")]


def _cpu(text: str) -> float:
    started = time.process_time()
    extract_text(text, plan_year=2025)
    return time.process_time() - started


@pytest.mark.parametrize(("unit", "repeats"), [
    ("对辖区", 40_000),  # one count after a long run of places: fast, so more repeats for a small run of ~0.05 s
    ("死亡率下降到12/10万、", 2_000), ("饲养禽类50万羽,", 2_000), ("农村公路5条37.7公里", 1_000),
    ("农村公路5条37.7公里,", 1_000),
])
def test_the_new_shapes_stay_linear_on_a_line_of_many_repeats(unit, repeats):
    # ten times the repeats must cost about ten times the time, not a hundred (no additive slack: the small run
    # takes ~0.05 s or more)
    tail = "80条背街小巷进行维修。" if unit == "对辖区" else ""
    _cpu(unit + tail)  # the vocabularies load outside the measure
    assert_scaled(_cpu, unit * repeats + tail, unit * repeats * 10 + tail, 20, unit)
