"""Review 36's findings on whole49's verb tails (``assignments._verb_pieces``, ``_parse_verbs``): a remark in a verb
tail is no unit, whether it closes the tail (长期坚持) or sits between two verbs (做好统筹协调), and a long 、-list no
verb cuts is read in linear time. The shapes are whole49's (上海 2023 燃气 实施方案 of the 安委会, dev:
``(市交通委牵头负责、各区政府组织落实)``) with a remark added as tails print them."""

from __future__ import annotations

import time

import pytest

from kechuang.extract import extract_text
from kechuang.extract.assignments import _verb_pieces
from kechuang.text.normalise import normalise
from tests.timing import assert_scaled


def _units(tail: str) -> list[tuple[str, str]]:
    text = "2023年工作要点\n一、加强科技创新平台建设。" + tail + "\n"
    return [(a.role, a.unit) for a in extract_text(normalise(text)).assignments]


@pytest.mark.parametrize("tail", [
    "（县科技局牵头负责、各乡镇组织落实、长期坚持）",
    "（县科技局牵头负责，各乡镇组织落实，长期坚持）",
])
def test_a_remark_closing_a_verb_tail_is_no_unit(tail):
    assert _units(tail) == [("lead", "县科技局"), ("responsible", "各乡镇")]


def test_a_remark_cut_from_a_verb_tails_list_makes_it_prose():
    # between two verbs, the remark is read with the names before the next verb: a group naming anything but
    # units is prose (round 40: 抓好落实、有关县区政府负责), not units with a remark among them
    assert _units("（县科技局牵头负责、做好统筹协调、各乡镇组织落实）") == []
    assert _units("（抓好落实、有关县区政府负责）") == []


def test_the_verb_tails_units_still_read():
    assert _units("（市交通委牵头负责、各区政府组织落实）") == [("lead", "市交通委"), ("responsible", "各区政府")]
    assert _units("（县科技局牵头，县财政局、县发改局配合）") == [
        ("lead", "县科技局"), ("cooperating", "县财政局"), ("cooperating", "县发改局")]


def test_a_long_list_no_verb_cuts_is_linear():
    def took(n: int) -> float:
        clause = "、".join(["县科技局"] * n) + "牵头"
        t0 = time.process_time()
        assert len(_verb_pieces(clause)) == 1
        return time.process_time() - t0
    assert_scaled(took, 8_000, 64_000, 8 * 3)  # 8× the list in well under 8²× the time


@pytest.mark.parametrize(("tail", "expected"), [
    ("（市科技局牵头、经开区、高新区配合）", [("lead", "市科技局"), ("cooperating", "经开区"), ("cooperating", "高新区")]),
    ("（市科技局牵头、高新区、经开区）", [("lead", "市科技局"), ("cooperating", "高新区"), ("cooperating", "经开区")]),
])
def test_zones_in_a_verb_tail_are_units_not_remarks(tail, expected):
    # review 37: the remark test above took a piece of zones (经开区, 高新区: no body's ending) for prose
    assert _units(tail) == expected
