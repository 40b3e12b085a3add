"""Round tables2: cells of an indicator table printed one cell a line that the page wrapped over two lines — a unit cell
broken inside its word (万平 / 方米) and a value whose unit went to the line below (128.92 / 平方公里). Both real tables
are dev by their official address; the expected values are read from the tables by hand, per spec/plan-format.md and
tests/fixtures/real/README.md (each test failed before the rule: the row and every row after it were lost)."""

from __future__ import annotations

import time

import pytest

from kechuang.extract import extract_text
from tests.timing import assert_scaled


def _rows(text: str, plan_year: int | None = 2026):
    return [(t.indicator, t.value, t.unit, t.year) for t in extract_text(text, plan_year=plan_year).targets]


# 普陀 2026 十五五 纲要, 表1 (https://www.shanghai.gov.cn/zhengce/detail?businessId=0075202385&siteId=0075): the unit
# 万平方米 printed over two lines; the rows after it (平方米, ＞75) were lost with it.
PUTUO = ("表1  普陀区“十五五”经济社会发展主要指标\n类别\n序号\n指标名称\n单位\n属性\n“十五五”目标\n2030年\n年均【累计】\n"
         "13\n累计新增公共文化和旅游设施面积\n万平\n方米\n预期性\n—\n【累计16】\n14\n期末人均体育场地面积\n平方米\n预期性\n"
         "1.52\n—\n15\n养老机构护理型床位占比\n%\n预期性\n＞75\n—")


def test_a_unit_cell_wrapped_inside_its_word():
    assert _rows(PUTUO) == [("公共文化和旅游设施面积", 16, "万平方米", 2030), ("期末人均体育场地面积", 1.52, "平方米", 2030),
                            ("养老机构护理型床位占比", 75, "%", 2030)]


# 崇明 2021 水务“十四五”规划, 2.主要指标
# (https://www.shanghai.gov.cn/zhengce/detail?businessId=5aaa505f-5b49-450e-a2f9-1fc66081a48e&siteId=0085): each value of
# the 河湖水面积 row with its unit on the next line; the 基准值 (2020年) column is history.
CHONGMING = ("2.主要指标\n序号\n指标名称\n指标\n属性\n基准值\n（2020年）\n目标值\n（2025年）\n目标值\n（2035年）\n"
             "2\n滩涂规范使用率\n预期性\n/\n100％\n100％\n3\n河湖水面积\n约束性\n120.14\n平方公里\n128.92\n平方公里\n148.37\n"
             "平方公里")


def test_a_value_whose_unit_stands_on_the_line_below():
    assert _rows(CHONGMING, 2021) == [("滩涂规范使用率", 100, "%", 2025), ("滩涂规范使用率", 100, "%", 2035),
                                      ("河湖水面积", 128.92, "平方公里", 2025), ("河湖水面积", 148.37, "平方公里", 2035)]


def test_cells_on_one_line_are_no_wrapped_cell():
    # a row between bars keeps its cells: a unit cell after a value on the same line is not the value's unit
    text = "指标 | 单位 | 2025年\n河湖水面积 | 平方公里 | 128.92\n"
    assert _rows(text, 2021) == [("河湖水面积", 128.92, "平方公里", 2025)]


def test_wrapped_cells_stay_linear():
    # 10,000 rows whose unit and value are wrapped: ten times the rows must cost about ten times the time
    head = "主要指标\n序号\n指标名称\n单位\n属性\n2030年\n"
    row = "新建绿地面积\n万平\n方米\n预期性\n30\n平方米\n"
    def cpu(text: str) -> float:
        started = time.process_time()
        extract_text(text, plan_year=2026)
        return time.process_time() - started
    assert_scaled(cpu, head + row * 1_000, head + row * 10_000, 20)


# Review 10 (finding 3): a word under a value is no unit of it when the row prints its own unit (a unit cell, (%) in
# the indicator) or a name follows it — it heads the next row's wrapped indicator (万元 / GDP能耗降低).
@pytest.mark.parametrize(("text", "rows"), [
    ("表1 主要指标\n指标名称\n单位\n2025年\n常住人口城镇化率\n%\n65\n万元\nGDP能耗降低\n%\n13\n森林覆盖率\n%\n45",
     [("常住人口城镇化率", 65, "%", 2025), ("GDP能耗降低", 13, "%", 2025), ("森林覆盖率", 45, "%", 2025)]),
    ("表1 主要指标\n指标名称\n2025年\n常住人口城镇化率(%)\n65\n万元\nGDP能耗降低(%)\n13",
     [("常住人口城镇化率", 65, "%", 2025), ("GDP能耗降低", 13, "%", 2025)]),
    ("主要指标\n指标名称\n单位\n2025年\n研发经费投入强度\n%\n2.5\n万人\n发明专利拥有量\n件\n12",  # varied
     [("研发经费投入强度", 2.5, "%", 2025), ("发明专利拥有量", 12, "件", 2025)]),
    ("主要指标\n指标名称\n2025年\n城镇调查失业率\n5.5\n万元\n地区生产总值能耗降低\n15",  # no unit anywhere
     [("城镇调查失业率", 5.5, None, 2025), ("地区生产总值能耗降低", 15, None, 2025)]),
], ids=["unit-cell", "unit-in-name", "unit-cell-varied", "name-after"])
def test_the_head_of_the_next_rows_wrapped_indicator_is_no_unit_below(text, rows):
    assert _rows(text, 2021) == rows
