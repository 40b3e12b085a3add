"""Tables of goals (主要指标表: 指标 | 单位 | 2020年 | 2025年 | 属性), in the three printings pages give them.

Real tables: www.yjq.gov.cn/openness/public/6605891/36971391.html (弋江区“十四五”规划纲要, 安徽: 表1 printed one cell
a line, each closed by ``|``, the 2015年/2020年 完成 columns and a “十三五”年均增长 column); tjj.gz.gov.cn/datav/admin/
home/www_nj/2022/directory/17/html/17-01.htm (广州统计年鉴 17-1, 广东: 项目 … 2020 2021, units in parentheses after the
name, ``每万人口专利授权量 (件/万人) 160.75 189.83``); the dev corpus' sh-shanghai-jhbg2026 (指标名称 | 属性 | 全年目标 |
全年完成, one cell a line). Expected values are read by hand from the rows.
"""

from __future__ import annotations

from functools import partial

from kechuang.extract import extract_text
from tests.timing import assert_under

# 弋江区 表1 as printed (an excerpt of its rows): every column is a finished period's, so nothing is a target.
YIJIANG_1315 = """表1:“十三五”期间经济社会发展的主要目标
指 标 |
2015年 完成 |
2020年 完成 |
“十三五”年均增长(%) |
指标属性 |
|
一、经济发展 |
|||||
地区生产总值(亿元) |
300.41 |
469.5 |
9.3 |
预期性 |
|
二、结构效益 |
|||||
服务业增加值占地区生产总值比重(%) |
30.2 |
43.6 |
提高13.4个百分点 |
预期性 |
|
四、绿色发展 |
|||||
空气质量优良天数占比(%) |
77.9 |
完成市政府下达目标 |
/ |
约束性 |
|
森林蓄积量(万立方米) |
/ |
7.44 |
/ |
|
经济总量跃上新台阶。地区生产总值从2015年末的300.41亿元跃升至2020年的469.5亿元,年均增长9.3%。"""

# The same printing for the plan's own period (the layout of 表1 with its columns moved on five years).
YIJIANG_1420 = (YIJIANG_1315.replace("2015年 完成", "2020年 完成").replace("2020年 完成 |\n“", "2025年 |\n“")
                .replace("“十三五”年", "“十四五”年").replace("“十三五”期间", "“十四五”时期"))


def _rows(text, plan_year):
    return [(t.indicator, t.kind, t.value, t.unit, t.year, t.recurring)
            for t in extract_text(text, plan_year=plan_year).targets]


def test_a_table_of_finished_periods_gives_no_target():
    assert _rows(YIJIANG_1315, 2021) == []


def test_the_columns_of_years_to_come_give_targets_one_a_cell_a_line():
    assert _rows(YIJIANG_1420, 2021) == [
        ("地区生产总值", "level", 469.5, "亿元", 2025, False),
        ("地区生产总值", "growth", 9.3, "%", 2025, True),
        ("服务业增加值占地区生产总值比重", "level", 43.6, "%", 2025, False),
        ("服务业增加值占地区生产总值比重", "increase", 13.4, "个百分点", 2025, False),
        ("森林蓄积量", "level", 7.44, "万立方米", 2025, False),
    ]  # 完成市政府下达目标 and / are no values; the 2020 column is the base


# An HTML table read as text keeps one space between cells, but none between two CJK cells (单位 glued to the name):
# the 广州 yearbook's shape with a plan's columns.
SPACED = """专栏1 “十四五”科技创新主要指标
序号 指标 单位 2020年 2025年 属性
1 研究与试验发展经费投入强度 % 2.1 2.5 预期性
2 每万人口专利授权量 (件/万人) 160.75 189.83 预期性
3 高新技术企业数 家 820 1500 预期性"""


def test_cells_between_spaces_and_a_unit_glued_to_the_name():
    assert _rows(SPACED, 2021) == [
        ("研究与试验发展经费投入强度", "level", 2.5, "%", 2025, False),
        ("每万人口专利授权量", "level", 189.83, "件/万人", 2025, False),
        ("高新技术企业数", "level", 1500, "家", 2025, False),
    ]


BARS = """| 指标名称 | 单位 | 2020年基数 | 2025年目标 | 属性 |
| 技术合同成交额(亿元) | | 35 | 80 | 预期性 |
| 高新技术企业数 | 家 | 820 | 1500以上 | 预期性 |
| 规上工业企业研发机构覆盖率 | % | 30 | ≥50 | 预期性 |"""


def test_cells_between_bars_with_the_unit_in_the_name_and_comparators():
    plan = extract_text(BARS, plan_year=2021)
    assert [(t.indicator, t.value, t.unit, t.year, t.comparator) for t in plan.targets] == [
        ("技术合同成交额", 80, "亿元", 2025, None),
        ("高新技术企业数", 1500, "家", 2025, "以上"),
        ("规上工业企业研发机构覆盖率", 50, "%", 2025, "以上"),
    ]
    assert all(t.quote in plan.text for t in plan.targets)


def test_the_columns_of_a_report_on_a_past_year_give_no_target():
    # sh-shanghai-jhbg2026 (dev): 2025's 全年目标 and 全年完成, reported in 2026, name no year column: not a goal table
    text = "表一 2025年上海市国民经济和社会发展主要目标完成情况\n指标名称\n属性\n全年目标\n全年完成\n全市生产总值\n预期性\n增长5%左右\n增长5.4%"
    assert _rows(text, 2026) == []


def test_a_huge_table_stays_linear():
    text = "指标 2020年 2025年\n" + "研发投入 1 2\n" * 50_000
    plan = assert_under(lambda: extract_text(text, plan_year=2021), 10)
    assert plan.targets and all(t.value == 2 for t in plan.targets)


def test_pages_of_header_lines_stay_linear():
    # a header is looked for on every line: 30,000 header-like lines, in both printings, must not make it quadratic
    for text in ("指标 2020年 2025年\n" * 30_000, "指标 |\n2020年 |\n2025年 |\n" * 10_000):
        assert assert_under(partial(extract_text, text, plan_year=2021), 20).targets == []
