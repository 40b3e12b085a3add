"""Round-49 assignment rules: a table's unit cell that prints its units' roles with verbs (verb_cells), a collective
whose 、 joins the levels of stationed units (unit_lists._STATIONED) and a broadcaster's ending; and the round trip of
real names over round 47's and round 49's lists (tests/fixtures/real/unit_names) in ten real shapes."""

from __future__ import annotations

from tests.extract.passages import rows as _rows
from tests.extract.unit_names import LISTS, LISTS49, SHAPES49, fractions, name_lists, trials
from tests.timing import assert_linear

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


# A broadcaster by its ending (张北广播电视台: 张北县's bodies, GitHub file, stored index id 27303011351; 縣廣電臺:
# 嘉善, http://m.bp4871g.cn/zhejiang/info/159672.html, round 47's unit_names) is a body, in a table's cells too; a 平台
# stays none.
def test_broadcaster_ending():
    text = "序号 | 工作任务 | 牵头单位 | 责任单位 |\n1 | 加强统筹协调。 | 张北广播电视台 | 县财政局、县教育局 |\n"
    assert _rows(text) == [("lead", "张北广播电视台"), ("responsible", "县财政局"), ("responsible", "县教育局")]
    assert _rows(f"{_LEAD}(責任單位:縣廣電臺、縣文化局)") == [("responsible", "縣廣電臺"), ("responsible", "縣文化局")]
    assert _rows(f"{_LEAD}(县融媒体中心牵头,县电视台、县科技局配合)") == [
        ("lead", "县融媒体中心"), ("cooperating", "县电视台"), ("cooperating", "县科技局")]
    assert _rows(f"{_LEAD}(建设政务服务平台)") == []


# The round trip of real names (tests/extract/unit_names.py) over both rounds' lists (lists.yaml, lists49.yaml) and
# the ten shapes (SHAPES49: round 47's seven, and three more real pages print). Gated at this round's floor; the
# figures before and after are in tests/fixtures/real/unit_names/README.md.
ROUND_TRIP_GATES49 = {"牵头单位:A;责任单位:B、C (full width)": 0.998, "(责任单位:A、B、C)": 0.998,
                      "(A牵头,B、C配合) (full width)": 0.988, "(A、B、C按职责分工负责)": 0.988, "。责任单位:A、B、C": 0.998,
                      "〔牵头单位:A;配合单位:B、C〕": 0.998, "table cells": 0.983,
                      "牵头单位:A / 责任单位:B、C (lines)": 0.998, "〔责任单位:A、B、C。…不再列出〕": 0.998,
                      "| A牵头,B、C配合 | (table cell)": 0.978, "all": 0.992}


def test_round_trip_of_real_names_round49():
    measured = fractions(list(trials((LISTS, LISTS49), SHAPES49)), SHAPES49)
    assert set(ROUND_TRIP_GATES49) == {*SHAPES49, "all"}
    low = {k: round(v, 4) for k, v in measured.items() if v < ROUND_TRIP_GATES49[k]}
    assert not low, low


# The new lists name six provinces that round 47's did not, at county and city levels, each list with its source.
def test_lists49_sources():
    old = {e["province"] for e in name_lists(LISTS)}
    new = name_lists(LISTS49)
    assert len(new) >= 10 and all(e["source"] and e["names"] for e in new)
    assert len({e["province"] for e in new} - old) >= 6


def test_round49_rules_stay_linear():
    from kechuang.extract import extract_text

    def cells(n: int) -> str:
        return "工作任务 | 具体要求 | 责任部门 |\n" + "".join(
            f"{k}.加强统筹协调。 | 办公室牵头,各科室配合 | |\n" for k in range(1, n + 1))

    assert_linear(lambda text: extract_text(text), cells, n=30)
    assert_linear(lambda text: extract_text(text),
                  lambda n: _LEAD + "(责任单位:" + "、".join(["中央、省、市驻县单位"] * n) + ")", n=60)
