"""tab54 (review 37's design debt): the two table readers take a row's number, a blank cell and an attribute cell from
one vocabulary (targets/cells.py), their one difference each named there. Cells as printed in the dev tables of
tests/extract/test_grid49.py and tests/extract/test_goal_tables.py (``预期性``, ``约束性``, ``/``, ``—``, ``1``, ``12.``)."""

from __future__ import annotations

from importlib import import_module

import pytest

from kechuang.extract.targets import cells, grid

goal_tables = import_module("kechuang.extract.targets.goal_tables")  # the package's name is its reader function


def test_both_readers_use_the_shared_patterns():
    assert grid._SEQ is cells.SEQ and goal_tables._SEQ is cells.SEQ
    assert grid._PLACEHOLDER is cells.BLANK and goal_tables._PLACEHOLDER is cells.BLANK_OR_ONE
    assert grid._ATTR is cells.ATTR_OR_BLANK and goal_tables._ATTR is cells.ATTR


@pytest.mark.parametrize("text", ["/", "—", "——", "-", "–", "无", "待定"])
def test_a_blank_is_a_blank_to_both(text):
    assert cells.BLANK.fullmatch(text) and cells.BLANK_OR_ONE.fullmatch(text)


def test_the_named_differences():
    assert cells.BLANK_OR_ONE.fullmatch("一") and not cells.BLANK.fullmatch("一")
    assert cells.ATTR_OR_BLANK.fullmatch("/") and not cells.ATTR.fullmatch("/")
    for text in ("预期性", "约束性", "预期性[1]"):
        assert cells.ATTR.fullmatch(text) and cells.ATTR_OR_BLANK.fullmatch(text)
    assert cells.SEQ.fullmatch("12.") and cells.SEQ.fullmatch("3、") and not cells.SEQ.fullmatch("2025")
