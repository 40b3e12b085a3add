"""Review 37's findings on tail50's rules: named funds that are a year's goal keep their target (``funding.py``
``_KEPT_FUNDS``), and a multiple whose clause names nothing gives no target when nothing before it in the sentence
names it, nor a second one when that is itself a multiple (``clause_shapes.py``). Phrasings of 政府工作报告 goals."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.text.normalise import normalise


def _targets(line: str) -> list[tuple[str, str, float, str]]:
    plan = extract_text(normalise("2023年工作要点\n" + line + "\n"))
    return [(t.indicator, t.kind, t.value, t.unit) for t in plan.targets]


@pytest.mark.parametrize(("line", "value"), [
    ("到2025年，全年招商引资到位资金100亿元。", 100),
    ("引导社会资本投入资金50亿元。", 50),
    ("落实产业扶持资金2亿元。", 2),
    ("实现金融机构新增贷款资金100亿元。", 100),
])
def test_named_funds_a_goal_verb_leads_keep_their_target(line, value):
    assert [v for _, _, v, _ in _targets(line)] == [value]


@pytest.mark.parametrize("line", ["共匹配资金6019.7万元。", "发放稳岗返还资金1389亿元。"])
def test_named_funds_of_a_report_stay_funding(line):
    assert _targets(line) == []  # tail50's family (滨海 2017, 人社部 十四五, dev)


@pytest.mark.parametrize("line", ["力争实现翻一番，力争实现翻一番。", "到2025年，力争实现翻一番，确保在2020年基础上翻一番。"])
def test_a_nameless_multiple_with_nothing_before_it_is_no_target(line):
    assert _targets(line) == []


def test_a_nameless_multiple_after_a_multiple_is_not_read_twice():
    assert _targets("全市研发投入翻一番，力争实现翻一番。") == [("全市研发投入", "multiple", 2, "倍")]


def test_a_nameless_multiple_still_takes_the_target_before_it():
    assert _targets("每万人发明专利拥有量达到2件，力争实现翻一番。") == [
        ("每万人发明专利拥有量", "level", 2, "件"), ("每万人发明专利拥有量", "multiple", 2, "倍")]
