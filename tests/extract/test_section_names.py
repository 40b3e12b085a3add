"""Names of a body's sections and stations printed together in one cell (``extract/section_names.py``, read by
``extract/unit_lists.py``): the units2 round's rule, from two dev documents of tests/fixtures/real/passages."""

from __future__ import annotations

import pytest

from kechuang.extract.section_names import split_sections
from kechuang.extract.unit_lists import split_units
from tests.extract.passages import passage as _passage
from tests.extract.passages import rows as _rows
from tests.extract.timing import assert_linear


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


def test_a_long_run_of_section_words_stays_linear():
    assert_linear(lambda text: split_units(text, 0), lambda n: "、".join(["派出所工商质监所"] * n) + "所" * n)


def test_a_run_longer_than_a_cell_of_names_is_left_whole():
    assert split_sections("派出所" * 10_000, 0) == [("派出所" * 10_000, 0, 30_000)]
