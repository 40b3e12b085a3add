"""rev50, review of gate38 (targets/funds_sought.py): a verb of striving lets a subsidy-named fund through only when it
governs that fund — in the value's own clause (力争获批…竞争性奖补资金同比增长15%: 保康 2026 立项争资, dev), or in an
earlier clause of the sentence whose own object is a fund the plan seeks, the later clause naming a parallel fund with
no verb of its own (全年争取国家、省、市科技项目资金200万元以上;研发投入奖补资金200万元以上: 岳阳县 科技局, dev). A 力争
of another clause (力争新增规上工业企业20家) governs no fund a later clause pays out (发放…贴息资金500万元: the subsidy's
amount, rules/targets.yaml ``subsidy_words``), as it did not before gate38."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.extract.corpus import split_of

YUEYANG = "https://yyx.gov.cn/37584/38154/38157/38160/38177/38184/39976/content_1786601.html"  # 岳阳县 科技局 (dev)
YUEYANG_TEXT = "全年争取国家、省、市科技项目资金200万元以上;研发投入奖补资金200万元以上。"
BAOKANG = "https://bkrmw.net/bk/k/d/158800.html"  # 保康 2026 立项争资 (dev)
BAOKANG_TEXT = "力争获批超长期特别国债、中央和省预算内投资资金、其他领域竞争性奖补资金同比增长15%以上,以实打实的争资成效为全县发展注入资金动能。"


def _read(text, year):
    return [(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=year).targets]


def test_sources_are_dev():
    assert {split_of(s) for s in (YUEYANG, BAOKANG)} == {"dev"}


def test_a_fund_the_striving_verb_governs_stays_read():
    assert ("研发投入奖补资金", 200, "万元") in _read(YUEYANG_TEXT, None)
    assert any(v == 15 and u == "%" for _, v, u in _read(BAOKANG_TEXT, 2026))


@pytest.mark.parametrize("text, value", [
    ("力争新增规上工业企业20家;发放创业担保贷款贴息资金500万元。", 500),  # 力争 governs the firms, not the grant paid
    ("力争全年新增规上工业企业20家,兑现企业奖补资金3000万元。", 3000),
    ("确保开工项目30个,力争新增市场主体500户;拨付奖补资金800万元。", 800),
])
def test_a_striving_verb_of_another_clause_lets_no_grant_through(text, value):
    assert not any(v == value for _, v, _ in _read(text, 2024))
