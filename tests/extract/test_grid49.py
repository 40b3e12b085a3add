"""The grid reader (targets/grid.py): year grids no layout reader reads, inferred once from their cells.

Real tables of dev pages: the 内地西藏初中班 扩大招生计划表 of 国办发〔1996〕32号 (provinces as rows, a two-level header:
分年度招生任务 over 1996年 | 1997年 | 1998年; http://www.gov.cn/zhengce/content/2018-12/02/content_5345284.htm) and the
陕西 教育 十三五 goals table (a |-row: label with its unit, a base year, a year to come, a 属性 column;
https://jyt.shaanxi.gov.cn/gk/fdnr/ghxx/202502/t20250213_3436065.html), and goal tables one cell a line that the layout
readers read too (the grid reads them alike, standalone): 上海 2026 生态空间 十五五 (number, label, unit, 属性, base and
goal years: https://www.shanghai.gov.cn/zhengce/detail?businessId=bb4f4dcc-ff7b-44cf-a950-2cc6737b1e38&siteId=0039),
黄浦 2021 历史风貌 (a 类型 cell merged over rows:
https://www.shanghai.gov.cn/zhengce/detail?businessId=dbf2cdd5-821e-4231-a93e-b66be159a285&siteId=0071), 闵行 2026
公园城市 (属性 before 单位, a “十五五”目标 column:
https://www.shanghai.gov.cn/zhengce/detail?businessId=00c05010-cfb9-4c90-9491-08cbd345d8dc&siteId=0079), 重庆 2023
数字经济 (|-cells one a line, a 类别 merged over rows, a 来源 column: http://cbca.org.cn/zcfg/dfzc/2023-12-13/21119.html).
"""

from __future__ import annotations

from functools import partial

from kechuang.extract.lines import split_lines
from kechuang.extract.pipeline import extract_text
from kechuang.extract.targets.grid import grid_tables
from tests.timing import assert_under

_XZ_HEAD = "内地西藏初中班（校）扩大招生计划表\n单位：人\n省（市）\n1995年招生人数\n扩招\n分年度招生任务\n1996年\n1997年\n1998年\n"


def _read(text: str, plan_year: int | None) -> list[tuple[str, float, str | None, int | None]]:
    lines = split_lines(text)
    got, _used = grid_tables(lines, [""] * len(lines), plan_year, set())
    return [(t.indicator, t.value, t.unit, t.year) for t in got]


def test_two_level_header_places_as_rows():
    """Each year's cell under 分年度招生任务 is a target of its year, named by the row's place and the upper
    header; the caption's 单位：人 is the unit; 1995年招生人数 (before the plan's year) is history."""
    text = _XZ_HEAD + "江苏\n100\n100\n120\n140\n200\n"
    plan = extract_text(text, plan_year=1996)
    got = {(t.indicator, t.value, t.unit, t.year) for t in plan.targets}
    assert ("江苏分年度招生任务", 120, "人", 1996) in got
    assert ("江苏分年度招生任务", 140, "人", 1997) in got
    assert ("江苏分年度招生任务", 200, "人", 1998) in got
    assert not any(t.year == 1995 for t in plan.targets)


def test_total_row_and_several_rows():
    text = _XZ_HEAD + "总计\n1445\n555\n1600\n1800\n2000\n江苏\n100\n100\n120\n140\n200\n"
    got = _read(text, 1996)
    assert ("总计分年度招生任务", 2000, "人", 1998) in got
    assert ("江苏分年度招生任务", 120, "人", 1996) in got
    assert len(got) == 6


def test_pipe_row_base_year_and_attribute_column():
    """陕西 教育: 2015年 is the base (history), 2020年 the goal; 预期性 is a text column, no value."""
    text = "指 标 | 2015年 | 2020年 (行业测算数据) | 属性 |\n继续教育 从业人员继续教育(万人) | 1081.81 | 1267.20 | 预期性 |\n"
    assert _read(text, 2017) == [("继续教育 从业人员继续教育", 1267.2, "万人", 2020)]


def test_all_history_gives_nothing():
    """The same grid read as of a later year: every column is history."""
    text = _XZ_HEAD + "江苏\n100\n100\n120\n140\n200\n"
    assert _read(text, 1999) == []
    assert _read("指 标 | 2015年 | 2016年完成 | 属性 |\n在校生(万人) | 340.19 | 387.07 | 预期性 |\n", 2017) == []


def test_ragged_row_is_not_aligned():
    """A row short of a cell ends the grid: no cell after it is read (it could not be aligned)."""
    text = _XZ_HEAD + "江苏\n100\n100\n120\n140\n200\n上海\n135\n175\n175\n浙江\n45\n45\n45\n90\n90\n"
    got = _read(text, 1996)
    assert {g[0] for g in got} == {"江苏分年度招生任务"}


def test_header_that_does_not_match_rows_is_left():
    """Leaf columns that do not match the rows' width (a header cell lost): nothing is read."""
    text = "单位：人\n省（市）\n扩招\n分年度招生任务\n1996年\n1997年\n1998年\n江苏\n100\n100\n120\n140\n200\n"
    assert _read(text, 1996) == []


def test_wide_and_long_grids_stay_linear():
    wide = "地区 | " + " | ".join(f"{2000 + k % 90}年" for k in range(1000)) + " |\n甲 | " + " | ".join(
        "1" for _ in range(1000)) + " |\n"
    long = "单位：人\n地区\n2025年\n2026年\n" + "".join(f"乡{k}\n{k + 1}\n{k + 2}\n" for k in range(10000))

    def read_both() -> list:
        assert _read(wide, 2020) == []  # 1,000 columns: no grid this reader infers
        return _read(long, 2025)
    got = assert_under(read_both, 5)
    assert len(got) == 2 * 500  # the rows read are capped
    lines = split_lines(long * 3)
    assert_under(partial(grid_tables, lines, [""] * len(lines), 2025, set()), 5)


def test_number_label_unit_attribute_and_years():
    """上海 2026 生态空间: 2025年基准 is history, 2030年目标 the goal; ＞10.5 is 10.5 以上."""
    text = ("专栏1  “十五五”生态空间建设和市容环境优化主要指标\n序号\n指标名称\n单位\n属性\n2025年基准\n2030年目标\n"
            "1\n人均公园绿地面积\n平方米\n约束性\n9.5\n＞10.5\n2\n公园数量\n座\n预期性\n1100\n1600\n")
    assert _read(text, 2026) == [("人均公园绿地面积", 10.5, "平方米", 2030), ("公园数量", 1600, "座", 2030)]


def test_category_merged_over_rows():
    """黄浦 2021: the 类型 cell stands in a group's first row only; a row without it is read without it."""
    text = ("序号\n类型\n指标名称\n指标单位\n2025年目标值\n属性\n1\n保护修缮\n居住类历史建筑全项目修缮建筑面积\n万平方米\n30\n"
            "约束性\n3\n红色文化\n红色文物保护建筑修缮改造\n处\n4\n预期性\n4\n“建筑可阅读”线下走读线路数\n条\n5\n预期性\n")
    # 1 then 3: a number skipped is a row lost, and the grid ends there
    assert _read(text, 2021) == [("居住类历史建筑全项目修缮建筑面积", 30, "万平方米", 2025)]
    text = text.replace("\n3\n红色", "\n2\n红色").replace("\n4\n“建筑", "\n3\n“建筑")
    assert _read(text, 2021) == [("居住类历史建筑全项目修缮建筑面积", 30, "万平方米", 2025),
                                 ("红色文物保护建筑修缮改造", 4, "处", 2025), ("“建筑可阅读”线下走读线路数", 5, "条", 2025)]


def test_period_column_and_attribute_before_unit():
    """闵行 2026: “十五五”目标 is the period's end, 2030; 属性 stands before 单位."""
    text = "序号\n指标名称\n属性\n单位\n“十五五”目标\n1\n人均公园绿地面积\n约束性\n平方米\n11.5\n2\n森林覆盖率\n约束性\n%\n≥20.1\n"
    assert _read(text, 2026) == [("人均公园绿地面积", 11.5, "平方米", 2030), ("森林覆盖率", 20.1, "%", 2030)]


def test_piped_cells_one_a_line_with_a_source_column():
    """重庆 2023: a 类别 cell merged over rows, a placeholder base, a 来源 column of words after the values."""
    text = ("表1 重庆市数字经济创新发展主要指标\n类别 |\n主要指标 |\n单位 |\n2022年 |\n2027年 |\n来源 |\n总体 |\n"
            "数字经济增加值占GDP的比重 |\n% |\n45.4 |\n50 |\n市统计局 |\n数字经济重点企业 |\n家 |\n/ |\n500 |\n"
            "市经济信息委 |\n|\n")
    assert _read(text, 2023) == [("数字经济增加值占GDP的比重", 50, "%", 2027), ("数字经济重点企业", 500, "家", 2027)]


def test_a_caption_dated_in_brackets_is_no_year_column():
    """A form's caption and its (2022年度) are no header (岳阳县 2022 绩效目标申报表, read by the form readers)."""
    text = "绩效目标申报表(基础设施建设类)\n\n(2022年度)\n\n产出指标\n\n数量指标\n\n脱贫村村内道路硬化里程\n\n≥100公里\n"
    assert _read(text, 2022) == []


def test_a_grid_that_aligns_more_cells_replaces_the_layout_reading():
    """上海 2021 公园城市 指标体系 (dev,
    https://www.shanghai.gov.cn/zhengce/detail?businessId=b86192fa-e2b2-41d0-9c69-1bcab540488c&siteId=0039):
    the goal-table reader stops before 力争2000座; the grid aligns every cell of the rows."""
    text = ("附表1\n公园城市指标体系指引表\n编号\n关键指标\n2025年指标\n2035年指标\n指标说明与指引\n3\n人均公园绿地面积\n9.5平方米\n"
            "13平方米\n参照上海2035总体规划中人均公园绿地面积的指标要求。\n4\n公园数量\n1000座\n力争2000座\n"
            "以建设公园的数量，突出公园建设的水平。\n")
    got = {(t.indicator, t.value, t.unit, t.year) for t in extract_text(text, plan_year=2021).targets}
    assert {("人均公园绿地面积", 9.5, "平方米", 2025), ("人均公园绿地面积", 13, "平方米", 2035),
            ("公园数量", 1000, "座", 2025), ("公园数量", 2000, "座", 2035)} <= got


def test_a_unit_is_never_a_rows_name():
    """重庆 2023, more rows: read one cell off, 数字经济重点企业 would be a category and 家 the name; a unit never
    names a row, so each row is read whole, with or without its merged category cell."""
    text = ("类别 |\n主要指标 |\n单位 |\n2022年 |\n2027年 |\n来源 |\n总体 |\n数字经济增加值占GDP的比重 |\n% |\n45.4 |\n50 |\n"
            "市统计局 |\n数字经济重点企业 |\n家 |\n/ |\n500 |\n市经济信息委 |\n|\n数字经济示范项目 |\n个 |\n/ |\n150 |\n"
            "市经济信息委 |\n|\n数字产业化 |\n数字经济核心产业增加值 |\n亿元 |\n2240 |\n4000 |\n市统计局 |\n")
    assert _read(text, 2023) == [("数字经济增加值占GDP的比重", 50, "%", 2027), ("数字经济重点企业", 500, "家", 2027),
                                 ("数字经济示范项目", 150, "个", 2027), ("数字经济核心产业增加值", 4000, "亿元", 2027)]


def test_a_review_table_of_estimates_gives_nothing():
    """A 完成情况 table (越城 2022 年鉴's “十三五”规划主要指标完成情况: 2020年目标值 | 2020年预计值 | 完成情况, dev,
    https://dfz.zj.gov.cn/zlyz/ossfs/h5/NJ-K-330602-2022-001-0101/files/basic-html/page30.html) read one cell a line:
    the estimates are history, and with the plan's year the past year's goals are history too."""
    text = ("序号\n指标名称\n2020年目标值\n2020年预计值\n完成情况\n1\n全区生产总值(亿元)\n1000\n1008.5\n完成\n"
            "2\n人均生产总值(元)\n130000\n130913\n完成\n")
    assert _read(text, 2022) == []
    assert all(g[1] in (1000, 130000) for g in _read(text, None))  # no plan year: never an estimate
