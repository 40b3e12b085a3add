"""Names of a body's sections and stations printed together in one cell (``extract/section_names.py``, read by
``extract/unit_lists.py``): the units2 round's rule, from two dev documents of tests/fixtures/real/passages, with the
tails8 round's tests of the same rule (once tests/extract/test_small_bodies.py) and review 9's near misses: names whose
inner 所/股/馆 is no body's ending (所在, 所属, 场所, 股份, 体育馆管理所), each of which the rule cut before."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.extract.section_names import split_sections
from kechuang.extract.unit_lists import split_units
from tests.extract.passages import passage as _passage
from tests.extract.passages import rows as _rows
from tests.timing import assert_linear


# 登封 2017 专项整治安排表 (https://public.dengfeng.gov.cn/D49Y/2044017.jhtml): the 责任单位 cell `文化站 派出所工商质监所`
# prints two stations with nothing between them (gold: 文化站, 派出所, 工商质监所; read before as 派出所工商质监所).
def test_two_stations_printed_together_are_two_units():
    assert _rows(_passage("ha-dengfeng-xzaqsc2017", 7)) == [
        ("responsible", "文化站"), ("responsible", "派出所"), ("responsible", "工商质监所")]


# 略阳 文旅 目标任务 (https://lueyang.qinfeng.gov.cn/info/1013/2824.htm): the 责任股室(单位) cell `文化宣传股文化馆` is the
# bureau's section and its hall (gold: 文化宣传股, 文化馆; read before as one).
def test_a_section_and_a_hall_printed_together_are_two_units():
    assert _rows(_passage("sn-lueyang-wlmbrw", 1)) == [("responsible", "文化宣传股"), ("responsible", "文化馆")]


# The near misses the rule must keep whole: 省金融控股公司 closing 浙江 2024's tail (https://bg3.co/a/zhe-jiang-sheng-sheng-
# chang-fu-sheng-chang-2024nian-qian-tou-zhong-dian-gong-zuo-gong-bu.html: 控股 is a holding), 各股室 in 略阳's cell
# `各股室、委属部门单位` (各股 is no name), a hall's branch and a centre named after a hall.
@pytest.mark.parametrize("name", ["省金融控股公司", "各股室", "派出所", "文化馆分馆", "科技馆管理中心", "县公安局派出所"])
def test_a_name_with_an_inner_section_word_stays_whole(name):
    assert [u for u, _, _ in split_units(name, 0)] == [name]


def test_the_last_unit_of_the_zhejiang_tail_stays_whole():
    assert ("responsible", "省金融控股公司") in _rows(_passage("zj-zhejiang-zfgzbgfj2024", 3))


def test_offsets_point_at_each_name():
    text = "文化站 派出所工商质监所"
    assert [(u, text[s:e]) for u, s, e in split_units(text, 0)] == [
        ("文化站", "文化站"), ("派出所", "派出所"), ("工商质监所", "工商质监所")]


@pytest.mark.parametrize(("cell", "units"), [
    pytest.param("派出所工商质监所", ["派出所", "工商质监所"], id="two-offices"),
    pytest.param("镇财政所", ["镇财政所"], id="one-office"),
    pytest.param("区发改局区统计局", ["区发改局", "区统计局"], id="level-rule-unchanged"),
])
def test_split_units_on_small_bodies(cell, units):
    assert [u for u, _, _ in split_units(cell, 0)] == units


def test_offsets_of_the_pieces_after_a_separator():
    assert split_units("、派出所工商质监所", 10) == [("派出所", 11, 14), ("工商质监所", 14, 19)]


# 负责 in prose is no tail (spec: 由…负责 is prose): the rule changes nothing there
def test_responsible_in_prose_stays_no_tail():
    assert extract_text("一、加强科技创新\n1.实施科技型企业培育工程,由县科技局负责组织实施。\n").assignments == []


# Review 9, finding 6: near misses that reach the rule (they end in 所/股/馆 and hold another inside) and were cut in
# words: 所 before 在/属/有 is no station (所在地, 所属, 所有), 场所 is a place, 股份 a share, a hall's 管理所 is the
# hall's own office, a body 附属/下属/直属 to the one before it belongs to it.
@pytest.mark.parametrize("name", [
    "县体育馆管理所", "项目所在地派出所", "县公共场所卫生监督所", "中国邮政储蓄银行股份有限公司城关营业所", "各乡镇所属派出所",
    # varied: the same words in other names
    "县图书馆管理所", "辖区所在地司法所", "县娱乐场所治安管理所", "县农村商业银行股份公司营业所", "全县所有派出所",
    "县住所登记服务所", "市研究所附属卫生所", "县文化馆下属文化站管理所",
])
def test_an_inner_word_that_ends_no_body_is_no_cut(name):
    assert [u for u, _, _ in split_units(name, 0)] == [name]


def test_the_reviewers_tail_keeps_each_name():
    text = ("某县2024年安全生产专项整治实施方案\n一、重点任务\n（一）加强辖区治安巡查。（责任单位：县体育馆管理所、"
            "项目所在地派出所、县公共场所卫生监督所、中国邮政储蓄银行股份有限公司城关营业所、各乡镇所属派出所）\n")
    assert [a.unit for a in extract_text(text).assignments] == [
        "县体育馆管理所", "项目所在地派出所", "县公共场所卫生监督所", "中国邮政储蓄银行股份有限公司城关营业所", "各乡镇所属派出所"]


def test_a_tail_of_the_same_shape_keeps_each_name():
    text = ("某县2024年文化市场整治方案\n一、重点任务\n（一）规范娱乐场所经营。（责任单位：县图书馆管理所、辖区所在地司法所、"
            "县娱乐场所治安管理所、县农村商业银行股份公司营业所、全县所有派出所）\n")
    assert [a.unit for a in extract_text(text).assignments] == [
        "县图书馆管理所", "辖区所在地司法所", "县娱乐场所治安管理所", "县农村商业银行股份公司营业所", "全县所有派出所"]


def test_glued_bodies_around_the_near_misses_are_still_cut():
    assert [u for u, _, _ in split_units("县文化馆图书馆", 0)] == ["县文化馆", "图书馆"]
    assert [u for u, _, _ in split_units("城关派出所工商所", 0)] == ["城关派出所", "工商所"]


def test_a_long_run_of_section_words_stays_linear():
    assert_linear(lambda text: split_units(text, 0), lambda n: "、".join(["派出所工商质监所"] * n) + "所" * n)


def test_linear_on_a_long_list_of_glued_names():
    assert_linear(lambda s: split_units(s, 0), lambda n: "派出所工商所、" * n, n=200)
    assert_linear(lambda s: split_units(s, 0), lambda n: "派出所" * n, n=200)


def test_a_run_longer_than_a_cell_of_names_is_left_whole():
    assert split_sections("派出所" * 10_000, 0) == [("派出所" * 10_000, 0, 30_000)]


# Review 10, finding 7: the share letters (份/东/权) end a cut only after 股 and the particle letters (在/属/有/辖) only
# after 所, so a station glued to a name opening with 东 or 权 is still two (司法所东城派出所, 财政所权益股), and a
# section glued to one opening with 属 or 辖 likewise (预算股属地管理所, 国库股辖区财政所).
@pytest.mark.parametrize(("cell", "units"), [
    ("司法所东城派出所", ["司法所", "东城派出所"]),
    ("财政所权益股", ["财政所", "权益股"]),
    # varied: the same letters after another station, and the particle letters after a section
    ("派出所东关司法所", ["派出所", "东关司法所"]),
    ("税务所份额管理股", ["税务所", "份额管理股"]),
    ("预算股属地管理所", ["预算股", "属地管理所"]),
    ("国库股辖区财政所", ["国库股", "辖区财政所"]),
])
def test_a_share_or_particle_letter_after_the_other_ending_is_still_a_cut(cell, units):
    assert [u for u, _, _ in split_sections(cell, 0)] == units


def test_the_share_and_particle_words_after_their_own_ending_stay_whole():
    for name in ("项目所在地派出所", "各乡镇所属派出所", "县农村商业银行股份公司营业所", "某投资股东服务所", "县产权股权登记所"):
        assert [u for u, _, _ in split_sections(name, 0)] == [name]
