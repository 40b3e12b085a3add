"""Round 31 (tspan): targets read with the wrong indicator where a change names its baseline, a second value or a
period, or where a place each is to have a count (``targets/baselines.py``). Each family from real sentences of dev pages of the corpus (their addresses below);
the figures are in docs/extraction.md, section 4."""

from __future__ import annotations

import time

import pytest

from tests.extract.passages import target_rows as _rows
from tests.timing import assert_scaled

# A value after a comma whose clause names nothing is one more value of the indicator named before: the name
# without the first quantity, the baseline or the change. 崇明区水务“十四五”规划 (www.shanghai.gov.cn/zhengce/detail?
# businessId=5aaa505f-5b49-450e-a2f9-1fc66081a48e&siteId=0085); 上海市花白玉兰推广应用三年行动计划 (www.shanghai.gov.cn/
# zhengce/detail?businessId=23cc5d7a-cd50-4024-ad3d-8d0f72a09b63&siteId=0039); 河北 2020 蓝天白云 (tech.jiangsulong.com/
# a/2020/0415/0415450TR020_2.html, the tspan batch) — all dev.
CHONGMING = ("“7厂9站”格局，城镇污水处理能力由12万吨/天，提高至24万吨/天，基本满足社会经济发展的需要，为最终实现2035年"
             "规划目标“6片9厂”治污格局夯实基础。")
MAGNOLIA = ("2.2025年7月至2025年12月，实施本市新建改建绿地、绿道、口袋公园、道路及社会绿地白玉兰应用，新增白玉兰栽植及观赏"
            "点位30个，总计达60个；特色道路10条，总计达20条；特色园5座，总计达10座。")
HEBEI = ("高建民表示 , 下一步河北省将坚持精准治污、科学治污、依法治污 , 协同防治PM2.5和臭氧污染 , 实施秋冬季和春夏季联合"
         "共治 , 确保到2020年底 , 全省PM2.5平均浓度较2019年下降3%左右 , 达到48.7微克每立方米 。(完)")


def test_a_baseline_after_from_is_no_target_and_stays_out_of_the_name():
    rows = _rows(CHONGMING, 2021)
    assert [(r[0], r[2], r[3]) for r in rows] == [("城镇污水处理能力", 24, "万吨/天")], rows


def test_a_total_after_a_count_names_the_thing_counted():
    rows = _rows(MAGNOLIA, 2024)
    named = {(r[0], r[2]) for r in rows}
    assert {("白玉兰栽植及观赏点位", 60), ("特色道路", 20), ("特色园", 10)} <= named, rows
    assert not any(r[0][-1:] in "个条座" for r in rows), rows  # no name that keeps the first count (…点位30个)


def test_a_level_after_a_change_names_what_changed():
    rows = _rows(HEBEI, 2020)
    assert ("全省PM2.5平均浓度", "level", 48.7, "微克每立方米", 2020) in rows, rows
    assert ("全省PM2.5平均浓度", "growth", -3, "%", 2020) in rows, rows


# A multiple against a named five-year period: the period is no part of the name, and a clause that names nothing
# doubles the sentence's target before it. 黄浦区历史风貌保护“十四五”规划 (www.shanghai.gov.cn/zhengce/detail?businessId=
# dbf2cdd5-821e-4231-a93e-b66be159a285&siteId=0071); 山西 农业“十二五” (f.china.com.cn/2013-11/12/content_30570517.htm)
# — both dev.
@pytest.mark.parametrize(("text", "plan_year", "name"), [
    ("“十四五”期间，计划启动30万平方米居住类历史建筑修缮，较“十三五”翻一番。", 2021, "居住类历史建筑修缮"),
    ("具体目标:\n农民收入快速增长。到2015年,全省农民人均纯收入达到9000元,年均增长13%以上,比“十一五”期末翻一番。", 2011,
     "农民人均纯收入"),
])
def test_a_multiple_against_a_five_year_period_names_its_subject(text, plan_year, name):
    multiples = [r for r in _rows(text, plan_year) if r[1] == "multiple"]
    assert len(multiples) == 1 and name in multiples[0][0] and "五" not in multiples[0][0], multiples


# A count a place each is to have (the spec's per-unit targets: the thing counted is the indicator, not the 每个 phrase).
# 福州 关于进一步加快学前教育发展的若干意见 2011 (www.hxt111.com/wap/2011-07/08/content_5118343.htm); 浙江 造月工程 2022
# (www.muzhuzai.net/qznews/jujiao/2022/0315/637814.html) — both dev.
@pytest.mark.parametrize(("text", "plan_year", "expected"), [
    ("到2015年,全市每個街道至少有1所縣(市)區屬公辦幼兒園,每個鄉鎮至少有1所公辦鄉鎮中心幼兒園,公辦幼兒園可提供的幼兒學位數"
     "占在園幼兒總數的60%以上。", 2011, [("縣(市)區屬公辦幼兒園", 1, "所"), ("公辦鄉鎮中心幼兒園", 1, "所")]),
    ("2011年秋季全面完成新建、擴建、改建公辦幼兒園36所,實現每個街道、鄉鎮至少有一所公辦幼兒園。", 2011,
     [("公辦幼兒園", 1, "所")]),
    ("我省今年將實施山區(qū)26縣“造月工程”,圍繞“爭取每個縣擁有或納入培育5A級旅游景區(qū)或國家級旅游度假區(qū)1家”目標,打造山區(qū)"
     "26縣旅游核心吸引物。", 2022, [("5A級旅游景區(qū)或國家級旅游度假區(qū)", 1, "家")]),
])
def test_a_count_a_place_each_is_to_have_names_the_thing(text, plan_year, expected):
    rows = {(r[0], r[2], r[3]) for r in _rows(text, plan_year)}
    assert set(expected) <= rows, rows


def test_have_counts_only_after_a_place_each():
    assert not _rows("全县有3家企业获评省级专精特新企业。", 2024)  # a report of what there is, no target


def _cpu(text: str) -> float:
    start = time.process_time()
    _rows(text, 2024)
    return time.process_time() - start


@pytest.mark.parametrize("clause", [
    "城镇污水处理能力由12万吨/天，提高至24万吨/天，",  # a baseline and its change, on one line
    "特色道路10条，总计达20条；",  # a second value after a comma
    "计划启动30万平方米历史建筑修缮，较“十三五”翻一番，",  # a multiple against a period
    "每個街道至少有1所公辦幼兒園,",  # a count a place each is to have
])
def test_a_line_of_repeats_is_read_in_linear_time(clause):
    small_text, large_text = clause * 1250, clause * 10000
    _cpu(clause)  # warm the patterns first
    assert_scaled(_cpu, small_text, large_text, 16, clause)  # 8 × the line: a quadratic would take 64 ×
