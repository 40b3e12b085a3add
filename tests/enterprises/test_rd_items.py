"""研发费用 from its items (工作指引 195号): 委托外部 at 80 %, 其他费用 capped at 20 % of the total."""

from __future__ import annotations

import pytest

from kechuang.enterprises.rd_items import rd_total_from_items
from kechuang.errors import KechuangError
from tests.enterprises.helpers import AS_OF


def test_outsourced_counts_at_80_percent():
    result = rd_total_from_items({"人员人工费用": 100, "直接投入": 50, "委托外部研究开发费用": 50}, AS_OF)
    assert result.total == pytest.approx(190)
    assert result.counted["outsourced"] == pytest.approx(40)


def test_other_costs_are_capped_at_20_percent_of_the_total():
    at_cap = rd_total_from_items({"personnel": 80, "other": 20}, AS_OF)
    assert at_cap.total == pytest.approx(100) and not at_cap.notes
    over = rd_total_from_items({"personnel": 80, "other": 30}, AS_OF)
    assert over.total == pytest.approx(100)  # 20 is 20 % of 100
    assert over.notes == ["其他费用超过研发费用总额的 20%,按 20 万元计入"]


def test_unknown_items_and_negative_amounts_are_refused():
    with pytest.raises(KechuangError, match="未知的项目「广告费」"):
        rd_total_from_items({"广告费": 1}, AS_OF)
    with pytest.raises(KechuangError, match="设计费用"):
        rd_total_from_items({"设计费用": -1}, AS_OF)


def test_the_domestic_part_is_the_total_less_research_paid_abroad():
    result = rd_total_from_items({"人员人工": 100, "委托外部研究开发费用": 50, "委托境外研究开发费用": 25}, AS_OF)
    assert result.total == pytest.approx(100 + 40 + 20)
    assert result.domestic == pytest.approx(140)  # 委托境外 at 80 % is not spent in China
    assert rd_total_from_items({"personnel": 10}, AS_OF).domestic == pytest.approx(10)
