"""Review 23: the faults found in rounds 51–52, meta18, fix 23 and assign51 (docs/extraction.md, "Review 23").

Each test was run on main (e7f1775e) first and failed there; the sentences are real or built of the real shapes
named in the comments.
"""

from __future__ import annotations

from kechuang.extract import extract_text


def _years(text: str, title: str, plan_year: int | None = None) -> set[int | None]:
    return {t.year for t in extract_text(text, plan_year=plan_year, title=title).targets}


def _read(text: str, plan_year: int | None = None) -> set[tuple]:
    return {(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=plan_year).targets}


# --- F1: an amount or a count in a title is no year ------------------------------------------------------------

def test_an_amount_in_a_title_is_no_year() -> None:
    # targ51's bare title year (2020河北空氣質量改善目標出爐, 2025沧州市政府工作报告) also took the 2050 of 2050万元 and
    # the 1950 of 1950户 (headlines of the shape 县财政投入…万元支持…, 全县…户脱贫户实现增收) as the plan's year
    body = "今年,全县计划新增规上工业企业10家,研发投入增长15%。"
    assert _years(body, "县财政投入2050万元支持科技创新") == {None}
    assert _years(body, "全县1950户脱贫户实现增收") == {None}


def test_a_bare_title_year_still_dates() -> None:
    # the shapes targ51 was written from stay: 2025沧州市政府工作报告 (dev); 2021万源… (a bare 万, no unit)
    body = "全县计划新增规上工业企业10家,研发投入增长15%。"
    assert _years(body, "2025沧州市政府工作报告") == {2025}
    assert _years(body, "2021万源市政府工作报告") == {2021}
