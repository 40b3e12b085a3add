"""Round-10 assignment rules: tables of tasks printed one cell a line whose header has no 序号, or splits its column
names over lines. Each rule from real pages of several documents (dev split of tests/fixtures/real/passages; the
addresses are in each .json and in SOURCES.md)."""

from __future__ import annotations

import pytest

from kechuang.extract.assignments import split_units
from tests.extract.passages import passage as _passage
from tests.extract.passages import rows as _rows


# A header of one cell a line without 序号 whose unit column answers for the row: 监考单位 (zxyzs.com, 旌阳区 2016
# 目标任务分解表: 项 目 / 分值 / 目标任务 / 监考单位) and 责任分工 (gaoqing.gov.cn, 木李镇 2024 重点任务进展: 目标任务 /
# 执行措施、实施步骤 / … / 责任分工 / 监督方式); the units' cell is a line of its own in each row.
@pytest.mark.parametrize("name, k, units", [
    ("sc-jingyang-mbrwfj2016", 4, ["区住建局"]),
    ("sc-jingyang-mbrwfj2016", 8, ["区科技局"]),
    ("sd-mulizhen-zfgzbgjz2024", 0, ["木李镇经济发展办公室"]),
])
def test_a_cell_table_without_a_number_column(name, k, units):
    assert _rows(_passage(name, k)) == [("responsible", u) for u in units]


# Names printed together in one cell with no separator (旌阳区 2016: 区发改局区统计局), each opening with the level of
# the first: several units (corpus README, fourth batch), as `县科技局 县财政局` printed with a space are two.
def test_units_printed_together_in_a_cell():
    assert _rows(_passage("sc-jingyang-mbrwfj2016", 0)) == [("responsible", "区发改局"), ("responsible", "区统计局")]
    assert [u for u, _, _ in split_units("区发改局区统计局", 0)] == ["区发改局", "区统计局"]
    assert [u for u, _, _ in split_units("县科技局县财政局县教育局", 0)] == ["县科技局", "县财政局", "县教育局"]
    for one in ("区发改局", "市区管理局", "县区域发展中心", "市委市政府督查室"):
        assert [u for u, _, _ in split_units(one, 0)] == [one]


# A header whose column names the page broke over lines (xiangshan.gov.cn, 泗洲头镇 2024: 责任 / 领导 / 责任 / 科室):
# 责任科室 is the responsible column (corpus README, fourth batch), the leader's column beside it names a person;
# the unit cell comes before the row's sentences, and a 领导小组 is a body.
@pytest.mark.parametrize("k, unit", [(0, "白仙山水库工程政策处理工作领导小组"), (1, "乡村振兴办")])
def test_a_header_broken_over_lines_and_a_unit_before_the_sentences(k, unit):
    assert _rows(_passage("zj-sizhoutou-zdgzjh2024", k)) == [("responsible", unit)]
