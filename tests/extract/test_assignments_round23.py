"""Round-23 assignment rules, from the dev split of tests/fixtures/real/passages (addresses in each .json; the
twenty-third batch, whole Shanghai plans): a bracket holding the several names of a merged office, and a unit's
name broken onto the next line inside a table printed one cell a line."""

from __future__ import annotations

from tests.extract.passages import passage as _passage
from tests.extract.passages import rows as _rows

_TABLE = "附件1\n工作任务清单\n序号\n任务名称\n任务内容\n牵头部门\n配合部门\n时间节点\n"


# A body printed with its other names in brackets stays one unit (区商务局(区药发中心), 谯城 2023; 市建设局(市规划局),
# 台州 2018). 宝山 2019 (生活垃圾 实施方案, 附件1) prints an office that holds three names: the bracket lists them with
# 、 and is longer than one name, and the cell beside it is still read.
def test_a_bracket_of_several_names_stays_with_its_unit():
    assert _rows(_passage("sh-baoshan-ljfl2019", 4)) == [
        ("lead", "区绿化市容局"), ("cooperating", "区委宣传部(区文明办、区政府新闻办、区委网信办)"), ("cooperating", "区民政局")]
    assert _rows(_TABLE + "33\n参与全市《条例》宣传“五个一”工程。\n区科委、区委宣传部（区文明办、区政府新闻办）\n"
                 "各街镇（园区）\n2019年") == [
        ("lead", "区科委"), ("lead", "区委宣传部(区文明办、区政府新闻办)"), ("cooperating", "各街镇(园区)")]
    # a single alias keeps its reading; a bracket that is a sentence is no alias
    assert _rows("(一)加强统筹。(责任单位:市建设局(市规划局))") == [("responsible", "市建设局(市规划局)")]
    assert _rows("(一)加强统筹。(责任单位:市建设局)(按职责分工负责、定期报送进展情况、接受督查)")[0] == \
        ("responsible", "市建设局")


# A name broken by the page onto the next line is printed with the break (省民\n政厅, 安徽 2024, corpus README fifth
# batch). In a table printed one cell a line (上海 交通光伏 2023 附表2: …轨道沿线 / 35-36 / 申通地铁 / 集团) the two lines
# are one cell; a unit cell that is whole, or a task, is not joined to the next line.
def test_a_unit_broken_onto_the_next_line_of_its_cell():
    assert _rows(_passage("sh-shanghai-jtgf2023", 13)) == [("responsible", "申通地铁\n集团")]
    assert _rows(_passage("sh-shanghai-jtgf2023", 9)) == [("responsible", "上港集团")]
    assert _rows(_passage("sh-shanghai-jtgf2023", 14)) == [("responsible", "久事集团"), ("responsible", "市道路运输局")]
