"""Ids and years typed in forms or queries are read only from ASCII digits: ``str.isdigit`` is also true of ``²`` and
``١٢``, and ``int("²")`` raises — a forged members list gave a 500 (review of 2026-12-02); the same test guarded
every form and filter that reads a number this way."""

from __future__ import annotations

import pytest

from kechuang.errors import KechuangError
from kechuang.web.params import digits
from kechuang.web.plans.targets import TargetInput


@pytest.mark.parametrize("text, expected", [("2025", True), ("0", True), ("", False), ("²", False), ("١٢", False),
                                            ("２０２５", False), ("20²5", False), ("-1", False), ("1.5", False)])
def test_only_ascii_digits_are_digits(text, expected):
    assert digits(text) is expected


@pytest.mark.parametrize("year", ["²", "20²5", "١٢"])
def test_a_target_year_of_other_digits_is_refused_by_name(year):
    with pytest.raises(KechuangError) as caught:
        TargetInput(indicator="高新技术企业数量", value="50", unit="家", year=year).cleaned()
    assert caught.value.context["field"] == "year" and "目标年份" in str(caught.value)
