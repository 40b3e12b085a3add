"""Assignment rules of the tails7 round, from the dev split of tests/fixtures/real/passages (addresses in each .json):
相关部门 and 涉项部门 as labels of the units that answer for a task (``extract/tail_words.py``), and the one-cell-a-line
tables whose time cell stands right before a lone unit or whose unit column is named 主要部门 (``extract/table_cells.py``,
read by ``extract/task_tables.py``)."""

from __future__ import annotations

import pytest

from kechuang.extract.lines import split_lines
from kechuang.extract.task_tables import extract_task_tables
from tests.extract.passages import passage as _passage
from tests.extract.passages import rows as _rows
from tests.timing import assert_linear


# 杨浦 2025 内部道路精细化整治推进实施方案 (https://www.shanghai.gov.cn/zhengce/detail?businessId=0077680&siteId=0077)
# closes each task with a line `相关部门：…等。`; read as nothing before (gold: the units, responsible).
def test_a_xiangguan_bumen_line_names_the_responsible_units():
    assert _rows(_passage("sh-yangpu-nbdl2025", 1)) == [
        ("responsible", u) for u in ("属地街道", "区建设管理委", "区绿容局", "区规划资源局", "区公安分局")]
    assert _rows("（三）加强管理。落实长效管理。\n相关部门：区建设管理委、区规划资源局等。") == [
        ("responsible", "区建设管理委"), ("responsible", "区规划资源局")]


# A county transport bureau's 整改 measures (https://98523.com/fanwen/gongwenchuli/hdfa/201112/160171_2.html, the
# tails7 batch): `涉项部门:…` under `责任领导:*` names the bureau's sections; the leader's field names a person.
def test_a_shexiang_bumen_line_names_the_responsible_sections():
    assert _rows(_passage("ha-huixian-jtzg2010", 0)) == [
        ("responsible", u) for u in ("财务科", "公路科", "农管所", "运管所", "海事处")]


# The words stay labels: in prose (由区建设管理委组织相关部门共同确认, the 杨浦 passage's own sentence; 由县科技局负责组织实施)
# they name no unit.
@pytest.mark.parametrize("text", [
    "（一）全面排查。由区建设管理委组织相关部门共同确认，报分管区领导决策。",
    "（一）加强科技创新。由县科技局负责组织实施。",
    "（一）加强科技创新。各相关部门要加强协同配合，形成工作合力。",
    "各区人民政府，市政府相关部门：\n现将《某市科技创新行动方案》印发给你们，请认真贯彻落实。",
])
def test_the_label_words_in_prose_are_no_tail(text):
    assert _rows(text) == []


# 静安 2025 碳达峰碳中和及节能减排重点工作分工 (https://www.shanghai.gov.cn/zhengce/detail?businessId=e828931b-d940-42c0-
# b12f-7bab7de256fe&siteId=0072, one cell a line): the 时间进度 cell (全年推进) right before a lone unit (统计局) was read as
# the head of a name the page broke (`全年推进\n统计局`); 静安 2026's table (businessId=4acafeac-0a6e-46de-841b-4ffb6f6682a7)
# prints 持续推进 / 投资办 alike. (The documents are the shplans batch's; these rows are quoted as printed.)
_JINGAN_HEADER = "附表\n静安区2025年碳达峰碳中和及节能减排重点工作分工\n序号\n重点任务\n具体工作\n时间进度\n责任部门\n"


def test_a_time_cell_is_no_head_of_the_unit_after_it():
    rows = ("三\n持续推动节能降碳增效\n13\n配合市级部门开展2024年重点用能单位能源利用状况报告核查\n年内完成\n"
            "发展改革委、商务委、科技经济委、建设管理委、文化旅游局、绿化市容局、房管局、投资办、卫生健康委等\n14\n"
            "加强能源统计监测和分析预警工作。按季度提供全区能耗指标完成情况和能源消耗情况简析，重点用能单位、重点楼宇能耗指标完成情况等\n"
            "全年推进\n统计局")
    got = _rows(_JINGAN_HEADER + rows)
    assert ("responsible", "统计局") in got and not any("推进" in unit for _, unit in got)
    rows = ("十三\n完善市场机制和政策支持\n64\n引导区内金融机构发展绿色信贷、绿色债券等金融产品和服务，为绿色低碳项目提供更多长期"
            "低成本的资金支持\n持续推进\n投资办\n65\n落实节能减排降碳税收优惠政策\n持续推进\n税务局")
    assert _rows(_JINGAN_HEADER + rows) == [("responsible", "投资办"), ("responsible", "税务局")]
    # a name the page did break stays whole (申通地铁 / 集团, the rule this guards)
    header = "附表2\n序号\n任务\n责任单位\n"
    assert ("responsible", "申通地铁\n集团") in _rows(header + "1\n推进轨道交通站点光伏建设。\n申通地铁\n集团")


# 上海 2021 公园城市 指导意见 (https://www.shanghai.gov.cn/zhengce/detail?businessId=b86192fa-e2b2-41d0-9c69-
# 1bcab540488c&siteId=0039): its `“十四五”重点安排表` names the unit column 主要部门, one cell a line, a cell wrapped after
# its 、; read as nothing before.
def test_a_zhuyao_bumen_column_names_the_responsible_units():
    table = ("附表2\n“十四五”重点安排表\n任务编号\n分项任务\n工作任务\n主要部门\n7\n重要提升举措\n彰显江南园林特色风貌\n"
             "市绿化市容局、市规划资源局、市文化旅游局\n8\n推动绿化“四化”建设提升\n市绿化市容局\n9\n引导单位绿化开放共享\n"
             "市经济信息化委、市科委、市教委、\n市文化旅游局、市体育局、市商务委、\n市规划资源局、市绿化市容局\n10\n"
             "有序开展公园城市相关创建工作\n各区政府、各市级管委会、市经济信息化委、市科委、市教委、市农业农村委、\n"
             "市规划资源局、市绿化市容局")
    got = _rows(table)
    assert got[:3] == [("responsible", "市绿化市容局"), ("responsible", "市规划资源局"), ("responsible", "市文化旅游局")]
    assert ("responsible", "市商务委") in got and ("responsible", "各市级管委会") in got
    assert len(got) == 20


# One pass over a table's cells: many rows of a time cell and a lone unit stay linear.
def test_time_cells_stay_linear():
    head = "序号\n重点任务\n具体工作\n时间进度\n责任部门\n"
    assert_linear(lambda lines: extract_task_tables(lines, [""] * len(lines)),
                  lambda n: split_lines(head + "".join(f"{k % 90 + 1}\n推进工作\n全年推进\n统计局\n" for k in range(n))),
                  256)
