"""Review 3 (fixa): the targets round 31 (tspan) misread on ordinary plans — a per-place phrase cut out of names it
is no part of (finding 3), status statements read as counts a place is to have (finding 8), and second values named
after a 其中 sub-item (finding 9). Each test quotes the reviewer's input and a varied one of the same shape; each
fails on main at 9f85411d."""

from __future__ import annotations

import pytest

from tests.extract.passages import target_rows as _rows
from tests.timing import assert_linear


# Finding 3: 有 inside a word (有效, 有机, 有序) ends no per-place phrase, and a per-head density (每万人口拥有) is the
# name itself: the name keeps its place words, as it did before round 31.
@pytest.mark.parametrize(("text", "name"), [
    ("到2025年，各县区有效发明专利100件以上。", "各县区有效发明专利"),
    ("到2025年，各乡镇有效发明专利100件。", "各乡镇有效发明专利"),
    ("到2025年，各乡镇有机农产品认证10个。", "各乡镇有机农产品认证"),
    ("到2025年，各县区有序推进老旧小区改造200个。", "各县区有序推进老旧小区改造"),
    ("到2025年，各县区每万人口拥有发明专利10件。", "各县区每万人口拥有发明专利"),
    ("到2026年，各街道有线电视用户5000户。", "各街道有线电视用户"),  # varied: 有线
    ("到2025年，各乡镇每千人口拥有执业医师3人。", "各乡镇每千人口拥有执业医师"),  # varied: a per-1,000 density
])
def test_a_word_of_the_name_is_no_per_place_phrase(text, name):
    names = [r[0] for r in _rows(text, 2021)]
    assert names == [name], names


def test_a_per_head_density_after_have_keeps_its_density():
    names = [r[0] for r in _rows("到2025年，各县区每万人口拥有10件发明专利。", 2021)]
    assert not names or all("每万人口" in n for n in names), names  # never the bare 发明专利


# Finding 8: 有 after a place reads a count to come only in a goal context; a status statement (现有, 截至) is none.
@pytest.mark.parametrize(("text", "plan_year"), [
    ("全县现有各类学校120所，每个乡镇均有1所中心小学。", 2021),
    ("截至2020年底，全县各乡镇均有1所中心卫生院。", None),
    ("全市每个社区均有1个综合服务站。", 2021),  # varied: no goal before it
    ("全区现有养老机构30家，每个街道都有1家日间照料中心。", None),  # varied: 现有, 都有
])
def test_a_status_of_what_each_place_has_is_no_target(text, plan_year):
    rows = _rows(text, plan_year)
    assert not [r for r in rows if r[2] == 1], rows


@pytest.mark.parametrize(("text", "expected"), [
    ("到2025年，每个县区有3个以上省级农业产业化龙头企业。", ("省级农业产业化龙头企业", 3, "个")),
    ("到2025年，每个村有1名大学生村官。", ("大学生村官", 1, "名")),
    ("力争每个乡镇建有1个农产品冷链物流中心。", ("农产品冷链物流中心", 1, "个")),
])
def test_a_count_each_place_is_to_have_is_still_read(text, expected):
    rows = {(r[0], r[2], r[3]) for r in _rows(text, 2021)}
    assert expected in rows, rows


def test_a_line_of_per_place_counts_is_read_in_linear_time():
    clause = "到2025年每个街道至少有1所公办幼儿园,各县区有效发明专利100件,"
    assert_linear(lambda text: _rows(text, 2021), lambda n: clause * n, 250)


# Finding 9: a value whose clause names nothing, after a 其中 sub-item, is one more value of the whole named before the
# part (not 新认定高新技术企业, not 稻谷); a value after a change against a five-year period names no period.
@pytest.mark.parametrize(("text", "whole", "value"), [
    ("到2025年，高新技术企业达到100家，其中新认定30家，总数达到100家。", "高新技术企业", 100),
    ("全县粮食总产量稳定在20万吨以上，其中稻谷15万吨，到2025年达到22万吨。", "全县粮食总产量", 22),
    ("到2025年，规上工业企业达到200家，其中新培育50家，总数达到200家。", "规上工业企业", 200),  # varied
    ("全市蔬菜播种面积稳定在30万亩，其中设施蔬菜8万亩，到2025年达到35万亩。", "全市蔬菜播种面积", 35),  # varied
])
def test_a_value_after_a_part_names_the_whole(text, whole, value):
    rows = _rows(text, 2021)
    last = rows[-1]
    assert (last[0], last[2]) == (whole, value), rows


@pytest.mark.parametrize(("text", "name"), [
    ("全县固定资产投资总额较“十三五”时期增长50%，达到500亿元。", "全县固定资产投资总额"),
    ("全区社会消费品零售总额较“十三五”期末增长40%，达到300亿元。", "全区社会消费品零售总额"),  # varied
])
def test_a_change_against_a_period_keeps_the_period_out_of_the_names(text, name):
    rows = _rows(text, None)
    assert len(rows) == 2 and all(r[0] == name for r in rows), rows


@pytest.mark.parametrize("clause", [
    "高新技术企业达到100家，其中新认定30家，总数达到100家；",
    "全县固定资产投资总额较“十三五”时期增长50%，达到500亿元；",
])
def test_a_line_of_second_values_is_read_in_linear_time(clause):
    assert_linear(lambda text: _rows(text, None), lambda n: clause * n, 250)


def test_a_deadline_far_before_in_the_sentence_still_looks_ahead():
    text = ("到2025年，全县学前教育普及普惠水平显著提高，公办幼儿园在园幼儿占比达到55%以上，普惠性幼儿园覆盖率达到90%以上，"
            "每个乡镇至少有1所公办中心幼儿园。")
    rows = {(r[0], r[2], r[3]) for r in _rows(text, 2021)}
    assert ("公办中心幼儿园", 1, "所") in rows, rows
