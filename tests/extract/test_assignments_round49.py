"""Round-49 assignment rules: a table's unit cell that prints its units' roles with verbs (verb_cells), and a
collective whose 、 joins the levels of stationed units (unit_lists._STATIONED)."""

from __future__ import annotations

from tests.extract.passages import rows as _rows

_LEAD = "(一)加强统筹协调。建立工作台账,定期调度推进。"


# A lead cell printed with its verb (如东 2020 城市安全发展 任务分工清单, dev,
# http://www.rudong.gov.cn/ajj/jhzj/content/9cba4022-2b38-4cb0-9bcc-a25e2697d9b4.html): 县自然资源局牵头 under 牵头单位,
# the next cell under 配合单位. The lead cell was rejected as no list of names and the 配合 units came back as leads.
def test_lead_cell_with_its_verb_keeps_the_next_cell_cooperating():
    text = ("2020年—2022年如东县关于推进城市安全发展的任务分工清单表\n主要任务\n任务清单\n牵头单位\n配合单位\n"
            "2.将安全发展要求落实到国土空间规划中。加强建设项目实施前的评估论证。\n县自然资源局牵头\n"
            "县发改委、住建局、交通运输局等部门\n")
    assert sorted(_rows(text)) == sorted([("lead", "县自然资源局"), ("cooperating", "县发改委"),
                                          ("cooperating", "住建局"), ("cooperating", "交通运输局")])


# A cell between bars that prints both roles with verbs (江门 2021 土地储备中心 政务公开 工作任务, dev,
# http://sd-xs.com/bmpd/jmstdcbzx/zwdt/tzgg/content/post_2452685.html): 办公室牵头,各科室配合 was lost whole.
def test_bar_cell_with_verbs():
    text = "工作任务 | 具体要求 | 责任部门 |\n4.及时更新微信公众号信息。 | 办公室牵头,各科室配合 | |\n"
    assert _rows(text) == [("lead", "办公室"), ("cooperating", "各科室")]
    # the same shape in a 序号 table with the verb cell in the lead column and a plain responsible cell after it
    text = "序号 | 工作任务 | 牵头单位 | 责任单位 |\n1 | 加强统筹协调。 | 县科技局牵头 | 县财政局、县教育局 |\n"
    assert _rows(text) == [("lead", "县科技局"), ("responsible", "县财政局"), ("responsible", "县教育局")]


# A cell of plain names or of a sentence is read as before: no verb closes its clauses.
def test_cells_without_verbs_unchanged():
    text = "工作任务 | 具体要求 | 责任部门 |\n3.及时反馈网民对调查征集信息的意见。 | 各科室 | |\n"
    assert _rows(text) == [("responsible", "各科室")]
    text = "序号 | 工作任务 | 牵头单位 | 责任单位 |\n1 | 加强统筹协调。 | 县科技局 | 县财政局、县教育局 |\n"
    assert _rows(text) == [("lead", "县科技局"), ("responsible", "县财政局"), ("responsible", "县教育局")]


# The units the levels above station in a place, joined by 、 (中央、省驻岳单位: 岳阳 2017,
# https://pingjiang.gov.cn/35048/40718/40820/40821/content_1202379.html; 中央、省驻信单位: 信阳 2023, a 党建 bulletin,
# GitHub file, stored index id 13626781487; 县府直属和省、市驻埔各单位: 大埔 2012, http://www.dabu.gov.cn, round 47's
# unit_names), are one collective, in both scripts and with three levels.
def test_collective_of_stationed_units():
    assert _rows(f"{_LEAD}(责任单位:市直各单位,中央、省驻岳单位)") == [
        ("responsible", "市直各单位"), ("responsible", "中央、省驻岳单位")]
    assert _rows(f"{_LEAD}(市委宣传部牵头,中央、省驻信单位配合)") == [
        ("lead", "市委宣传部"), ("cooperating", "中央、省驻信单位")]
    assert _rows(f"{_LEAD}(責任單位:縣府直屬和省、市駐埔各單位、各鎮人民政府)") == [
        ("responsible", "縣府直屬和省、市駐埔各單位"), ("responsible", "各鎮人民政府")]
    assert _rows(f"{_LEAD}(责任单位:各乡镇,中央、省、市驻县单位)") == [
        ("responsible", "各乡镇"), ("responsible", "中央、省、市驻县单位")]


# A body of one level beside a stationed collective stays its own unit: only bare levels join it.
def test_bodies_beside_stationed_units_stay_apart():
    assert _rows(f"{_LEAD}(责任单位:市财政局、省驻县单位)") == [
        ("responsible", "市财政局"), ("responsible", "省驻县单位")]
