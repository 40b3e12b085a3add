"""Fix 66, row 3 of tests/fixtures/real/MISSES-fresh66.md: two quantities of one item printed back to back, a measure
before a measure (长江支流生态修复133.8公里512公顷: 彝良 十四五 林业和草原, dev, yn-yiliang-lc145#1, at
http://yiliangxian.isenlin.cn/coohome/coserver.aspx?uid=FF3108E2DDCB404D9A7E8DC024919072&sid=28324&clid=BF1D2779703E475A898FADC86C8DFB12&t=29
). paired.py read a count before a measure (提质改造农村公路5条37.7公里: 方正, dev; 新建嵌入式体育场地100片3.3万平方米:
西湖 2023, dev); the first measure is now a quantity of its own as well, not a part of the second one's name.
"""

from __future__ import annotations

from kechuang.extract import extract_text

from .timing import assert_linear


def _read(text: str, plan_year: int | None = None) -> set[tuple]:
    return {(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=plan_year).targets}


def test_a_measure_before_a_measure_is_read() -> None:
    # 彝良 (dev, yn-yiliang-lc145#1)
    read = _read("实施封山育林13万亩、草原生态修复和治理3万亩、长江支流生态修复133.8公里512公顷、云南彝良国家石漠化公园"
                 "建设1485公顷。", 2021)
    assert ("长江支流生态修复", 133.8, "公里") in read
    assert ("长江支流生态修复", 512, "公顷") in read


def test_a_count_before_a_measure_still_reads() -> None:
    # 方正 (dev): paired.py's own shape
    assert _read("提质改造农村公路5条37.7公里。", 2021) == {("提质改造农村公路", 5, "条"),
                                                     ("提质改造农村公路", 37.7, "公里")}


def test_a_size_criterion_stays_unread() -> None:
    # paired.py's negative: a measure followed by 以上的 is a size criterion of the thing counted
    assert not any(v == 1 and u == "万平方米" for _i, v, u in _read("新建1处1万平方米以上的社区公园。", 2021))


def test_paired_measures_are_linear() -> None:
    assert_linear(extract_text, lambda n: "长江支流生态修复133.8公里512公顷、" * n + "。")
