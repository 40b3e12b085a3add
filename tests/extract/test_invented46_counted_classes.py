"""Invented 46: a money amount right after a count of things names their class (the count before the class), no
target of its own.

The corpus reads a threshold inside the thing counted as part of its name, the count being the target (tests/fixtures/
real/README.md, thirty-first batch; size_class.names_a_class reads the count after the thing). Family (dev):

- 湖北 2022 制造业 (hb-hubei-zzgyjj2022#2): `推动51个预增产值过10亿元、643个预增产值1亿元以上工业增长点发力` — gold
  51 个 and 643 个, no 10 亿元;
- 吉安 2024 (jx-jian-sdgjz2024#1): `形成“1个3000亿元、3个1000亿元”产业雁阵` — gold none of these (the 3000 亿元 goal is
  the 电子信息产业营收 before it).

An amount with no count right before it (`电子信息产业营收突破3000亿元`, `引进1个总投资10亿元项目`: no bound after a
measure) keeps its reading.
"""

from __future__ import annotations

from kechuang.extract import extract_text
from tests.timing import assert_linear_far


def _read(text: str, plan_year: int | None = None) -> set[tuple]:
    return {(t.value, t.unit) for t in extract_text(text, plan_year=plan_year).targets}


def test_an_amount_after_a_count_names_a_class() -> None:
    # 湖北 (dev, hb-hubei-zzgyjj2022#2), verbatim
    assert (10, "亿元") not in _read(
        "实施华星光电t5等482个亿元以上新兴产业重点项目,推动51个预增产值过10亿元、643个预增产值1亿元以上工业增长点发力。",
        2022)
    # 吉安 (dev, jx-jian-sdgjz2024#1), verbatim: the goal before the slogan stays
    values = _read("江西吉安市力争到2026年,全市电子信息产业营收突破3000亿元,新材料、先进装备制造、生物医药全产业链营收突破千亿,"
                   "形成“1个3000亿元、3个1000亿元”产业雁阵。", 2024)
    assert (3000, "亿元") in values
    assert sum(1 for v, u in values if v == 3000) == 1


def test_an_amount_with_no_count_before_stays() -> None:
    assert (50, "亿元") in _read("到2025年,全市规上工业营收突破50亿元。", 2021)


def test_counted_classes_are_linear() -> None:
    assert_linear_far(extract_text, lambda n: "推动51个预增产值过10亿元工业增长点发力," * n + "。")
