"""rev50, review of year38 (targets/year_parts.py): a quarter word that names no quarter of the plan's year dates
nothing. year38 reads 一季度/第四季度 with no year before it as the plan's year; two shapes hold the word and are no
quarter: a frequency (一月一调度、一季度一通报: once a quarter, a working rule's rhythm) and the quarter before another
(较上一季度, 每一季度: a base or every quarter). Read as the plan's year, a frequency overrode a goal year the sentence
states (到2025年,实行一季度一考核,高新技术企业达到50家 was dated by a 2024 plan's year). Written sentences of the shape
plan texts use; no dev page holds either shape (a grep of dev passages, openings and plans found none), so the guard
gains and loses nothing on dev. The year38 family (太仓 2024, 延吉 2025, 华容 2017) stays read
(test_year38_quarters)."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.extract.targets.year_parts import year_part_positions


def _years(text: str, plan_year: int | None) -> list[tuple[float, int | None]]:
    return [(t.value, t.year) for t in extract_text(text, plan_year=plan_year).targets]


@pytest.mark.parametrize("text", [
    "实行一月一调度、一季度一通报",
    "建立一季度一考核机制",
    "较上一季度增加5家",
    "每一季度开展一次督查",
])
def test_a_frequency_or_a_base_quarter_is_no_part_of_the_year(text):
    assert year_part_positions(text) == []


@pytest.mark.parametrize("text", [
    "力争一季度蔬菜播种48635亩次",  # 太仓 2024 (dev, test_year38_quarters)
    "一季度一产增加值增长3%",  # 一产: the primary industry, no frequency
    "一、二、三、四季度,占比分别达18%、19%、20%、21%",  # 华容 2017 (dev)
])
def test_a_quarter_of_the_year_stays_read(text):
    assert year_part_positions(text)


def test_a_frequency_leaves_the_goal_year_stated():
    assert (50, 2025) in _years("到2025年,实行一季度一考核,高新技术企业达到50家。", 2024)
