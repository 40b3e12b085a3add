"""Task tables' goal cells (targets/goal_cells.py): a table whose header names a 目标 column (目标任务, 目标) and
whose rows print the task's name with its unit in brackets (``城镇新增就业(人)``), the goal right after it as a bare
number (``26000``).

The family, two dev pages of two places (their rows verbatim):
- 眉山 2017 十大民生工程项目实施进度表, one cell a line (https://www.ms.gov.cn/info/5565/1006442.htm);
- 广元 昭化区 2017 民生工程目标任务分解表, cells between ``|``
  (https://cnzh.gov.cn/News/Detail/3287958481734118aa8ceb10be45886b.html).
"""

from __future__ import annotations

from functools import partial

from kechuang.extract.pipeline import extract_text
from tests.timing import assert_under

_MEISHAN_HEAD = ("2017年1—7月十大民生工程项目实施进度表\n工程\n名称\n序号\n项 目 内 容\n目标任务\n市级牵头\n责任单位\n进度\n"
                 "完成目标\n(%)\n备注\n")
_ZHAOHUA = ("广元市昭化区2017年度民生工程目标任务分解表(一)\n项 目 | 目标 | 分 解 情 况 | 责任领导 | 责任单位 | 责任人 |\n"
            "就 业 促 进 工 程 | 促进城乡劳动者就业创业 | 城镇新增就业人数(人) | 1300 | 元坝镇280 白果乡15 柏林沟镇40 "
            "朝阳乡20 陈江乡15 大朝乡20 丁家乡15 红岩镇25 虎跳镇120 黄龙乡15 晋贤乡15 柳桥乡50 梅树乡15 明觉镇40 磨滩镇30 "
            "青牛乡10 清水乡40 沙坝乡15 射箭乡15 石井铺镇30 太公镇60 王家镇60 卫子镇40 文村乡15 香溪乡10 张家乡40 昭化镇180 "
            "紫云乡30 拣银岩街道办40 | 刘 强 | 区人社局 | 陈 宗 |")


def _got(text: str, plan_year: int | None = 2017) -> set[tuple[str, float, str | None, int | None]]:
    plan = extract_text(text, plan_year=plan_year)
    return {(t.indicator, t.value, t.unit, t.year) for t in plan.targets}


def test_one_cell_a_line_row_reads_the_goal_not_the_progress():
    """眉山: the number after the bracketed name is the 目标任务 cell; 19456 (进度) and 74.8 (完成目标 %) are the
    progress columns after the responsible unit, history."""
    text = _MEISHAN_HEAD + ("就业促进工程\n就业促进工程\n1\n促进城乡劳动者就业创业\n城镇新增就业(人)\n26000\n市人力资源\n社会保障局\n"
                            "19456\n74.8\n达到时间进度")
    got = _got(text)
    assert ("城镇新增就业", 26000, "人", 2017) in got
    assert not any(v in (19456, 74.8) for _i, v, _u, _y in got)


def test_one_cell_a_line_units_person_times_and_percent():
    text = _MEISHAN_HEAD + "12*\n开展现代畜牧业科技培训(人次)\n30000\n市畜牧局\n24589\n91.9\n达到时间进度"
    assert ("开展现代畜牧业科技培训", 30000, "人次", 2017) in _got(text)
    text = _MEISHAN_HEAD + "15\n促进高校毕业生就业(%)\n78\n市教体局\n96.8\n124.1\n超额完成"
    got = _got(text)
    assert ("促进高校毕业生就业", 78, "%", 2017) in got
    assert not any(v in (96.8, 124.1) for _i, v, _u, _y in got)


def test_pipe_row_reads_the_goal_cell():
    assert ("城镇新增就业人数", 1300, "人", 2017) in _got(_ZHAOHUA)


def test_no_goal_column_no_reading():
    """Without a 目标 column in the header the bracketed name's number may be anything (a base, a progress)."""
    text = ("2017年1—7月十大民生工程项目实施进度表\n序号\n项 目 内 容\n进度\n备注\n"
            "1\n城镇新增就业(人)\n19456\n达到时间进度")
    assert not any(v == 19456 for _i, v, _u, _y in _got(text))


def test_history_and_year_columns_stay_unread():
    """A goal table whose columns name years is goal_tables' (a 2020年 value is history); a bracket that is no
    unit (a note) gives nothing; a 目标 column whose cell is a year is no count."""
    text = "主要指标\n指标\n2020年\n2025年目标\n地区生产总值(亿元)\n300.41\n450\n"
    assert not any(v == 300.41 for _i, v, _u, _y in _got(text, 2021))
    text = "项目 | 目标 | 责任单位 |\n城镇新增就业(市级) | 2017 | 市人社局 |"
    assert not any(v == 2017 for _i, v, _u, _y in _got(text))


def test_bounded_on_long_tables():
    """The reader is linear: a header every few lines and long runs of cells read in bounded time."""
    from kechuang.extract.lines import split_lines
    from kechuang.extract.targets.goal_cells import goal_cells

    text = ("目标任务\n" + "城镇新增就业(人)\n26000\n" * 3000 + "目标\n" * 3000
            + "项 目 | 目标 | " + "名称名称(((人)) | 1 | " * 2000 + "\n")
    lines = split_lines(text)
    got, _used = assert_under(partial(goal_cells, lines, [""] * len(lines), 2017, set()), 2.0)
    assert len(got) >= 150  # the first window of the first header


def test_a_header_cell_with_its_unit_is_no_name():
    """A header printed one cell a line may end with a column that carries its unit (资金(万元), 完成(人)); the row's
    number below it is no goal. Column words (目标, 进度, 完成, 资金, 投资…) mark such a cell."""
    text = "项目实施表\n序号\n项目内容\n目标任务\n责任单位\n完成(人)\n1\n城镇新增就业(人)\n26000\n市人社局\n19456"
    got = _got(text)
    assert ("城镇新增就业", 26000, "人", 2017) in got
    assert not any(v == 1 for _i, v, _u, _y in got)
    text = "项目实施表\n序号\n项目内容\n目标任务\n责任单位\n资金(万元)\n2\n城镇新增就业(人)\n26000\n市人社局\n500"
    got = _got(text)
    assert not any(v == 2 for _i, v, _u, _y in got)
