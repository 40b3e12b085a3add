"""asg66: a cell of a unit column (责任单位, 业主单位) that lists places or short names beside bodies (tails65's map,
row 1). A place that answers for a row is a unit (spec, collective units), and so is a body's short name after its
level (区水投, a district's water investment company): beside a body in such a cell, they are units, not text.

The family, in dev tables of two places:
- 长三角 2023 "一码通行" 工作任务分工表 (上海, dev, https://www.shanghai.gov.cn/zhengce/detail?businessId=
  1baa1fc056f14a48832cf5a27fa85e47&siteId=0010): 责任单位 cells `上海市交通委员会、苏州市、嘉兴市`,
  `上海市交通委员会、江苏省交通运输厅、苏州市、南通市、…、连云港市` (cities beside bodies);
- 新建 2024 民生实事 进度表 (江西, dev, http://www.pc28forum.com/xjqrmzf/msss/202412/80436a1e5df84a3ea912087b118f9118.shtml):
  业主单位 cell `区城管局 区水投` (a level's short name beside a body).
A cell that is plainly text stays unread: the task's description naming cities (`苏州、嘉兴城市公交…`), a progress
note (`已完工`), a date or a figure, and a list whose other names are neither places nor a level's short names.
"""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.text.normalise import normalise

_YMTX = "长三角交通领域“一码通行”工作任务分工表\n（2023-2025年）\n序号\n重点工作\n主要内容\n责任单位\n"


def _units(text: str) -> list[tuple[str, str]]:
    return [(a.role, a.unit) for a in extract_text(normalise(text)).assignments]


def test_cities_beside_a_body_in_a_responsible_cell():
    row = ("2\n长三角示范区所在城市部标码“一码通行”试点\n"
           "苏州、嘉兴城市公交符合交通运输部二维码的改造，三市市民持部标二维码可以乘坐区域内城市公交\n"
           "上海市交通委员会、苏州市、嘉兴市\n")
    assert _units(_YMTX + row) == [("responsible", "上海市交通委员会"), ("responsible", "苏州市"),
                                   ("responsible", "嘉兴市")]


def test_many_cities_beside_two_bodies():
    row = ("4\n部标码“一码通行”在江苏省苏州、南通、淮安、无锡、徐州、南京、连云港等试点工作\n"
           "三省一市试点城市市民持交通运输部标准二维码，可在江苏省试点城市除南通、无锡可乘城市公交、轨道交通外，"
           "其它5个城市仅乘坐城市公交，江苏省试点城市需要做系统配置升级。\n"
           "上海市交通委员会、江苏省交通运输厅、苏州市、南通市、淮安市、无锡市、徐州市、南京市、连云港市\n")
    assert [u for _, u in _units(_YMTX + row)] == [
        "上海市交通委员会", "江苏省交通运输厅", "苏州市", "南通市", "淮安市", "无锡市", "徐州市", "南京市", "连云港市"]


_XINJIAN = ("2024年度区政府民生实事人大票决项目进度表\n序号 |\n牵头单位 |\n区民生实事项目数量 |\n项目名称 |\n业主单位 |\n"
            "本月进展情况 |\n||\n前期手续 |\n在建形象进度 |\n||||||\n")


def test_a_levels_short_name_beside_a_body_in_an_owners_cell():
    rows = ("3.新坊路西接兴国路工程 |\n长堎街道 |\n已完工 |\n|||||\n"
            "(三)井盖整治项目 |\n区城管局 区水投 |\n已完工 |\n|||||\n")
    assert [u for _, u in _units(_XINJIAN + rows)] == ["长堎街道", "区城管局", "区水投"]


def test_the_tasks_text_naming_cities_stays_unread():
    # the task's cells of 一码通行 row 2, without the unit cell: no body, no unit
    row = ("2\n长三角示范区所在城市部标码“一码通行”试点\n"
           "苏州、嘉兴城市公交符合交通运输部二维码的改造，三市市民持部标二维码可以乘坐区域内城市公交\n")
    assert _units(_YMTX + row) == []


def test_places_alone_stay_unread():
    # a cell of bare cities with no body beside them (a list of the task's places, variant of row 4's title)
    row = "4\n部标码“一码通行”试点工作\n苏州市、南通市、淮安市\n"
    assert _units(_YMTX + row) == []


def test_a_progress_note_or_a_figure_beside_a_body_stays_unread():
    # variants of 新建's owner and progress cells: a note, a date and a figure are no names
    for cell in ("区城管局 已完工", "区城管局、2024年底前", "区城管局、120个", "区城管局、老旧小区"):
        rows = f"(三)井盖整治项目 |\n{cell} |\n"
        assert _units(_XINJIAN + "3.新坊路西接兴国路工程 |\n" + rows) == [], cell


def test_phrases_that_are_no_places_stay_unread():
    # a list whose other names end like places but name none (城市, 小区, 试点区域) or a level word (市级, 区内)
    for cell in ("上海市交通委员会、城市公交、轨道交通", "上海市交通委员会、老旧小区", "上海市交通委员会、市级财政",
                 "上海市交通委员会、市政道路", "上海市交通委员会、市区道路"):
        row = f"2\n长三角示范区所在城市部标码“一码通行”试点\n{cell}\n"
        assert _units(_YMTX + row) == [], cell


def test_a_header_without_its_number_column_reads_the_cell_alike():
    # the same row under a header printed one cell a line without 序号 (the cell-a-line reader, task_tables._cell_rows)
    text = ("重点工作\n主要内容\n责任单位\n长三角示范区所在城市部标码“一码通行”试点\n"
            "苏州、嘉兴城市公交符合交通运输部二维码的改造，三市市民持部标二维码可以乘坐区域内城市公交。\n"
            "上海市交通委员会、苏州市、嘉兴市\n")
    assert [u for _, u in _units(text)] == ["上海市交通委员会", "苏州市", "嘉兴市"]
