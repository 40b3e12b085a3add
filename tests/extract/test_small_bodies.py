"""Two small bodies glued in a table's cell of units (派出所工商质监所, 文化宣传股文化馆) are two units
(``kechuang.extract.small_bodies``, tails8 round). Each real sentence failed before the rule: the glued name was read
as one unit."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.extract.unit_lists import split_units
from tests.extract.timing import assert_linear


def _units(text: str) -> list[tuple[str, str]]:
    return [(a.role, a.unit) for a in extract_text(text).assignments]


# 登封 徐庄镇 2017 安全生产专项整治工作计划 (dev), https://public.dengfeng.gov.cn/D49Y/2044017.jhtml: a row between bars
def test_glued_small_bodies_in_a_bar_row():
    text = "一、专项整治安排表\n专项整治行业名称 | 时间安排 | 责任单位 |\n网吧、KTV | 8月份 | 文化站 派出所工商质监所 |\n"
    assert _units(text) == [("responsible", "文化站"), ("responsible", "派出所"), ("responsible", "工商质监所")]


# 略阳 文旅 目标任务 (dev), https://lueyang.qinfeng.gov.cn/info/1013/2824.htm: a table printed one cell a line
def test_glued_small_bodies_in_a_cell_a_line():
    text = ("序号\n指标\n工作任务\n完成时限\n责任领导\n责任股室\n(单位)\n备注\n2\n"
            "全年组织开展文化下乡等惠民演出不少于100场。\n文化宣传股文化馆\n")
    assert ("responsible", "文化宣传股") in _units(text) and ("responsible", "文化馆") in _units(text)
    assert ("responsible", "文化宣传股文化馆") not in _units(text)


@pytest.mark.parametrize(("cell", "units"), [
    pytest.param("派出所工商质监所", ["派出所", "工商质监所"], id="two-offices"),
    pytest.param("文化宣传股文化馆", ["文化宣传股", "文化馆"], id="section-and-hall"),
    # one body: a name with no small body's ending before its end, a body that belongs to the one before it, a body
    # too short to stand alone before the cut, a level's names (split by the level rule, as before)
    pytest.param("县人民政府办公室", ["县人民政府办公室"], id="office-of-a-government"),
    pytest.param("市研究所附属医院", ["市研究所附属医院"], id="attached-hospital"),
    pytest.param("镇财政所", ["镇财政所"], id="one-office"),
    pytest.param("所站管理中心", ["所站管理中心"], id="too-short-before-the-cut"),
    pytest.param("区发改局区统计局", ["区发改局", "区统计局"], id="level-rule-unchanged"),
])
def test_split_units_on_small_bodies(cell, units):
    assert [u for u, _, _ in split_units(cell, 0)] == units


def test_offsets_of_the_pieces():
    assert split_units("、派出所工商质监所", 10) == [("派出所", 11, 14), ("工商质监所", 14, 19)]


# 负责 in prose is no tail (spec: 由…负责 is prose): the rule changes nothing there
def test_responsible_in_prose_stays_no_tail():
    assert _units("一、加强科技创新\n1.实施科技型企业培育工程,由县科技局负责组织实施。\n") == []


def test_linear_on_a_long_list_of_glued_names():
    assert_linear(lambda s: split_units(s, 0), lambda n: "派出所工商所、" * n, n=200)
    assert_linear(lambda s: split_units(s, 0), lambda n: "派出所" * n, n=200)
