"""fix51 (review 36, item 5): a space before a comparison (比/较/同比/环比上年…) is no clause's edge. The comparison
continues the clause of the value before it, as dev pages print it with a comma: 全年技术合同成交额超800亿元,同比增长
约20% (https://www.xyshjj.cn/content/202502/10/c25737113.html), 实现技术合同交易额15.03亿元,同比增长3.3%
(http://kjj.qdn.gov.cn/gzdt_5825537/xjdt/202204/t20220424_73555573.html), 全市肉牛饲养量达到138.3万头,同比增长15.2%
(http://www.52shiyan.cn/tiyu/2023/79113.html) — all dev. Kept open, the space split 全社会研发投入达到8亿元 比上年增长15%
into a growth target of indicator 比上 (review 36); the normaliser closes it as before fix50, and a text passed as
normalised (``normalised=True``) is split alike (``paragraph._read_clauses``)."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.extract.targets.paragraph import _read_clauses
from kechuang.text.normalise import normalise

_LINES = ["全社会研发投入达到8亿元 比上年增长15%", "技术合同成交额超800亿元 同比增长20%",
          "肉牛饲养量达到138.3万头 较上年增长15.2%", "规上工业增加值达到50亿元 环比增长3%"]


@pytest.mark.parametrize("line", _LINES)
def test_the_normaliser_closes_the_space_before_a_comparison(line):
    assert normalise(line + "\n").strip() == line.replace(" ", "")


@pytest.mark.parametrize("line", _LINES)
def test_a_spaced_comparison_is_no_clause_of_its_own(line):
    assert len(_read_clauses(line)) == 1  # text passed as normalised keeps the space: one clause still


def test_the_growth_keeps_its_subject():
    for normalised in (False, True):
        text = "2023年工作要点\n全社会研发投入达到8亿元 比上年增长15%\n"
        plan = extract_text(text, normalised=normalised) if normalised else extract_text(normalise(text))
        indicators = [t.indicator for t in plan.targets]
        assert not any(i.startswith(("比", "较")) for i in indicators), indicators
        assert any(t.kind == "growth" and t.value == 15 for t in plan.targets)


def test_a_share_after_the_space_is_still_a_clause():
    # 比重 is a noun opening the next clause (研发投入强度…比重达到3%), not a comparison
    assert len(_read_clauses("研发投入达到8亿元 比重达到3%")) == 2
