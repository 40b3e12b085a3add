"""Indicator tables printed one cell a line whose value cells the goal-table reader passed over (tab62, session 36).

Real tables (dev): 松江区综合交通发展“十五五”规划 (www.shanghai.gov.cn/zhengce/detail?businessId=601cb072-5b55-4e1e-
9a62-20174cdce0ed&siteId=0082: 现状值 | “十五五”规划目标 with cells in units the vocabulary does not know, 42万乘次,
10分钟以内, 4.8km/km2); 上海 2021 公园城市指标体系指引表 (www.shanghai.gov.cn/zhengce/detail?businessId=b86192fa-e2b2-
41d0-9c69-1bcab540488c&siteId=0039: 2025年指标 | 2035年指标, 40万平方米/年, and 显著提升 | 90% with the first year's cell
in words). Expected values are read by hand from the rows.
"""

from __future__ import annotations

from kechuang.extract import extract_text
from tests.extract.passages import passage
from tests.timing import assert_under

SONGJIANG = """表1综合交通“十五五”规划主要指标表
序号
类别
指标项
现状值
“十五五”规划目标
类型
1
设施类
建成区轨道（含局域线）600米面积覆盖率
18.17%
20%
预期性
3
新城全路网密度
4.65km/km²
4.8km/km2
预期性
6
区域公共交通日客运量
38万乘次
42万乘次
预期性
7
效率类
新城任意一点进入高快速路
15分钟
10分钟以内
预期性
8
新城乘坐公交到达轨道交通或中运量线路站点
20分钟
15分钟
预期性
10
农村公路提档升级总里程
/
不低于100公里
约束性"""

PARK = """附表1
公园城市指标体系指引表
编号
关键指标
2025年指标
2035年指标
指标说明与指引
7
立体绿化建设量
40万平方米/年
40万平方米/年
以立体绿化建设为手段，综合提升城市的绿化感知度。"""

PARK_WORDS = """附表1
公园城市指标体系指引表
编号
关键指标
2025年指标
2035年指标
指标说明与指引
11
可实施高架立体绿化和沿口花卉布置实施率
显著提升
90%
13
可实施社会地面停车场
林荫化的实施率
显著提升
90%"""


def _rows(text, plan_year):
    plan = extract_text(text, plan_year=plan_year)
    assert all(t.quote in plan.text for t in plan.targets)
    return [(t.indicator, t.value, t.unit, t.year, t.recurring) for t in plan.targets]


def test_value_cells_in_units_the_vocabulary_does_not_know():
    got = _rows(SONGJIANG, 2026)
    for row in [("新城全路网密度", 4.8, "km/km2", 2030, False),
                ("区域公共交通日客运量", 42, "万乘次", 2030, False),
                ("新城任意一点进入高快速路", 10, "分钟", 2030, False),
                ("新城乘坐公交到达轨道交通或中运量线路站点", 15, "分钟", 2030, False)]:
        assert row in got
    assert not any(v in (4.65, 38) or (v, u) == (20, "分钟") for _, v, u, *_ in got)  # 现状值 is history


def test_a_yearly_value_cell_in_each_year_column():
    assert _rows(PARK, 2021) == [("立体绿化建设量", 40, "万平方米", 2025, True),
                                  ("立体绿化建设量", 40, "万平方米", 2035, True)]


def test_the_first_year_in_words_and_the_last_a_number():
    got = _rows(PARK_WORDS, 2021)
    assert ("可实施高架立体绿化和沿口花卉布置实施率", 90, "%", 2035, False) in got
    assert [(v, y) for _, v, _, y, _ in got] == [(90, 2035), (90, 2035)]  # 显著提升 is no indicator, no 2025 target


def test_a_date_or_a_name_in_a_value_cell_stays_no_value():
    # the 松江 layout with a deadline and a technology's name where a value stands: neither is a target
    for cell in ("2025年底前", "6月底", "5G", "第3位"):
        text = SONGJIANG.replace("42万乘次", cell)
        assert all(t.indicator != "区域公共交通日客运量" for t in extract_text(text, plan_year=2026).targets), cell


def test_a_long_table_of_one_character_cells_stays_linear():
    text = "序号\n指标\n现状值\n2030年目标\n属性\n" + "甲\n" * 20_000
    assert_under(lambda: extract_text(text, plan_year=2026), 10)
    rows = "序号\n指标\n现状值\n2030年目标\n属性\n" + "".join(f"{k}\n指标{k % 7}项\n显著提升\n{k}分钟\n" for k in range(1, 5000))
    assert_under(lambda: extract_text(rows, plan_year=2026), 20)


# 崇明 2021 水务“十四五”规划 (www.shanghai.gov.cn/zhengce/detail?businessId=5aaa505f-5b49-450e-a2f9-1fc66081a48e&siteId=
# 0085): a name's note in brackets on a line of its own, between the name and the 属性 cell
CHONGMING = passage("sh-chongming-sw145", 5)  # tests/fixtures/real/passages/sh-chongming-sw145.json, the table


def test_a_note_in_brackets_under_the_name_is_not_the_indicator():
    got = [(i, v, y) for i, v, _, y, _ in _rows(CHONGMING, 2021)]
    assert [row for row in got if row[0].startswith("供水水质")] == [("供水水质综合合格率", 99, 2025),
                                                                 ("供水水质综合合格率", 100, 2035)]
    assert ("供水管网漏损率", 6, 2035) in got
