"""Round 47: ratios with no unit and lead-ins glued to an indicator (the measure of the round is in docs/extraction.md,
"Round 47, targets").

- A ratio to reach (…之比达到2.5:1, …收入比控制在1.8左右, …收入倍差缩小到1.9左右): a ``level`` with ``unit`` null after a
  name ending 之比/比/倍差/比值 and a verb of reaching or keeping (targets/ratios.py) — three dev documents, four targets,
  none read before. A share (占比, 比重, 比例) has its own unit and is left to the other readers; a ratio of two parts
  (三次产业比调整为11.8︰48) and a year (占比不低于2018年度水平) are none.
- A news lead glued to the indicator (宁夏近日提出到2022年实现奶牛规模化养殖…比重, 涼山州計劃種植馬鈴薯, 漳州市将新开工建设
  保障性住房): a subject of at most six characters, a time word, then 计划/将/提出 open no name (targets/common.py
  ``_LEAD_IN``) — some thirty dev documents print it; three right targets more (宁夏, 凉山 twice, 漳州), the others
  read the same targets with shorter names. A programme's name (重点研发计划项目, 倍增计划), 将军, and 年度计划投资 (a name)
  keep it.
"""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from tests.timing import assert_linear


def _read(text: str, plan_year: int | None) -> list[tuple]:
    return [(t.indicator, t.kind, t.value, t.unit, t.year, t.comparator)
            for t in extract_text(text, plan_year=plan_year).targets]


# 广汉 2024 农村一二三产业融合发展工作方案 (https://xtdsby.com/gk/xxgk/jbxxgk/zcwj/afbwj/1672359.htm), 白云区 2023 民生项目
# 任务单 (http://news.qx162.com/cs/guiyang/2023/0221/372956.shtml), 浙江省农业农村现代化“十四五”规划
# (https://peopleweekly.cn/html/2021/sannong_0825/86006.html) — dev (trec13 and earlier batches).
GUANGHAN = ("一、工作目标\n持续稳一产、强二产、活三产,到2025年,农产品产地初加工率提高到75%以上,规模以上农产品加工企业营业收入"
            "平均增速达到5%,农产品加工业总产值与农业总产值之比达到2.5:1。")
BAIYUN = ("实施促进居民增收三年行动,强化就业、创业、专业、企业“四业”联动,围绕提高工资性、经营性、转移性、财产性收入精准施策,"
          "确保全年城乡居民人均可支配收入比控制在1.8左右;建设2个养老服务站(中心)项目。")
ZHEJIANG = ("根据计划,到2025年底,浙江粮食播种面积和产量将分别稳定在1500万亩、120亿斤以上。届时,全省农村居民人均可支配收入将"
            "超过4.4万元,城乡居民收入倍差缩小到1.9左右,低收入农户人均可支配收入提高到2.3万元,与全省农民收入倍差缩小到"
            "1.9左右。")


@pytest.mark.parametrize(("text", "plan_year", "targets"), [
    (GUANGHAN, 2024, [("农产品加工业总产值与农业总产值之比", "level", 2.5, None, 2025, None)]),
    (BAIYUN, 2023, [("城乡居民人均可支配收入比", "level", 1.8, None, 2023, "左右")]),  # 全年: the plan's year
    (ZHEJIANG, 2021, [("城乡居民收入倍差", "level", 1.9, None, 2025, "左右"),
                      ("与全省农民收入倍差", "level", 1.9, None, 2025, "左右")]),
])
def test_a_ratio_to_reach_is_a_level_with_no_unit(text, plan_year, targets):
    got = [t for t in _read(text, plan_year) if t[3] is None]
    assert got == targets


def test_a_ratio_takes_the_year_of_a_one_year_list():
    # 白云区's list is a one-year plan (its title names 2023): the ratio takes that year as its other items do
    plan = extract_text(BAIYUN.replace("全年", ""), plan_year=2023, title="白云区2023年民生项目任务单")
    assert [(t.value, t.year) for t in plan.targets if t.unit is None] == [(1.8, 2023)]


@pytest.mark.parametrize("text", [
    # 上杭 政府工作报告 (https://laobiganzi.top/133153.html, dev): a structure of parts reported, no ratio to 1
    "三次产业比调整为11.8︰48.5︰39.7。",
    # 福州 2019 工业企业高质量增长 若干措施 (http://izzymizzy.com/news/fj/fz/201903/25/1727692.shtml, dev): a year
    "工业要素指标占比不低于2018年度水平。",
    "到2025年,研发经费投入占比达到3%。",  # a share: its own unit, read by the other readers
    "到2025年,三次产业结构比调整为8:40:52。",  # parts, not a ratio to 1
])
def test_these_are_no_unitless_ratio(text):
    # (a base, 由2.5:1缩小到2.2:1, reads only its goal: tests/extract/test_round47_review21.py, review 21 F7)
    assert [t for t in _read(text, 2024) if t[3] is None] == []


def test_ratios_stay_linear():
    assert_linear(lambda text: extract_text(text, plan_year=2021),
                  lambda n: "到2025年," + "城乡居民收入倍差缩小到1.9左右," * n + "。", 50)


# 宁夏 2019 奶业高质量发展 实施意见 (https://www.imsilkroad.com/news/p/382367.html), 凉山 马铃薯 (http://m.lsy99.cn/zx/show-711.html),
# 漳州 2014 政府工作报告 (http://zzpd.fjsen.com/2014-01/06/content_13282990.htm), 朝阳 2023 民生实事
# (http://zgcounty.com/news/24588.html), 广东 2024 就业 (https://www.guandian.cn/m/show/379430) — dev.
@pytest.mark.parametrize(("text", "plan_year", "target"), [
    ("为推进奶业高质量发展,宁夏近日提出到2022年实现奶牛规模化养殖(100头以上)比重超过99%的发展目标。", 2019,
     ("奶牛规模化养殖(100头以上)比重", 99)),
    ("今年,涼山州計劃種植馬鈴薯238萬畝,力爭達到240萬畝。", None, ("種植馬鈴薯", 240)),
    ("今年,漳州市将新开工建设保障性住房8311套,力争建成10500套。", 2014, ("保障性住房", 8311)),
    ("我区将建设筹集各类政策性住房5000套(间),竣工8000套(间)以上。", 2023, ("筹集各类政策性住房", 5000)),
    ("广东省计划城镇新增就业人数达到110万人以上,并将城镇调查失业率维持在5.5%左右的预期目标。", 2024,
     ("城镇新增就业人数", 110)),
])
def test_a_news_lead_is_no_part_of_the_name(text, plan_year, target):
    assert target in [(t.indicator, t.value) for t in extract_text(text, plan_year=plan_year).targets]


@pytest.mark.parametrize(("text", "indicator"), [
    # 河北 2019 创新型企业 (http://house.hebei.com.cn/system/2019/04/01/019552238_01.shtml, dev): a programme's name
    ("每年谋划实施50项重点基础研究和应用基础研究项目、50项重点研发计划项目。", "重点研发计划项目"),
    # 浙江 2024 省长副省长牵头重点工作 (https://bg3.co/a/zhe-jiang-sheng-sheng-chang-fu-sheng-chang-2024nian-qian-tou-
    # zhong-dian-gong-zuo-gong-bu.html, dev): 年度计划投资 is the name
    ("年度計劃投資200億元,撬動社會資本1000億元。", "年度計劃投資"),
])
def test_a_name_holding_the_lead_word_keeps_it(text, indicator):
    assert indicator in [t.indicator for t in extract_text(text, plan_year=2024).targets]


def test_names_with_a_lead_stay_linear():
    assert_linear(lambda text: extract_text(text, plan_year=2023),
                  lambda n: "今年," + "全省计划新建高标准农田200万亩," * n + "。", 50)
