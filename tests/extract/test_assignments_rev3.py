"""Review 3 (fixa), finding 4: in a table printed one cell a line, a time cell is no head of the unit after it only when
it is a schedule phrase whole (全年推进, 持续推进, 年内完成); a unit whose first line ends in 推进 or 前 is the head of a
name the page broke over two lines (``extract/table_cells.SCHEDULE_CELL``). Each test fails on main at 9f85411d."""

from __future__ import annotations

import pytest

from tests.extract.passages import rows as _rows

_HEADER = "序号\n工作任务\n责任单位\n"


@pytest.mark.parametrize(("first", "unit"), [
    ("推进重大项目建设\n县重大项目推进\n中心", "县重大项目推进\n中心"),  # the reviewer's input
    ("推进重大项目建设\n县项目建设推进\n办公室", "县项目建设推进\n办公室"),
    ("推进征地拆迁工作\n县征地拆迁推进\n中心", "县征地拆迁推进\n中心"),  # varied: another 推进 body
    ("推进城区改造\n县城区改造推进\n指挥部", "县城区改造推进\n指挥部"),  # varied: a 指挥部
])
def test_a_unit_whose_first_line_ends_in_tuijin_keeps_its_head(first, unit):
    got = _rows(f"{_HEADER}1\n{first}\n2\n实施人才引进计划\n县人社局")
    assert got == [("responsible", unit), ("responsible", "县人社局")], got


@pytest.mark.parametrize("schedule", ["全年推进", "持续推进", "年内完成", "年底前完成", "常态化推进", "三季度完成"])
def test_a_whole_schedule_phrase_is_still_no_head(schedule):
    header = "序号\n重点任务\n具体工作\n时间进度\n责任部门\n"
    got = _rows(f"{header}1\n推进工作\n开展能源统计监测\n{schedule}\n统计局")
    assert got == [("responsible", "统计局")], got
