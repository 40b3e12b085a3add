"""Invented 46: the figures inside a `按照…的标准/要求` clause are the standard or the requirement the plan follows, no
target of its own (the spec's policy parameters; tests/fixtures/real/README.md, third and fourth batches: standards
and rates are not targets).

Family (dev, none gold in any of them):

- 崇明 十四五 水务 (sh-chongming-sw145#9): `按照崇明三岛规划水闸43座（其中：崇明岛27座、长兴岛10座、横沙岛6座）的远景目标
  要求，“十四五”期间，…` — the long-range plan's count; the five-year targets follow in the items (8座, 26座…);
- 甘肃 2019 改厕 news (gs-gansu-gcmb2019#2): `对每户卫生厕所按照1500元的标准进行奖补`;
- 河北 2018 人居环境 news (he-hebei-rjhjzz2018#2): `按照每100户设置1名保洁员的标准,配备农村保洁员队伍`.

The figures after the clause keep their readings (`完成崇明岛8座水闸的续建`).
"""

from __future__ import annotations

from kechuang.extract import extract_text
from tests.extract.passages import target_value_set
from tests.timing import assert_linear_far


def test_a_long_range_requirement_is_none() -> None:
    # 崇明 (dev, sh-chongming-sw145#9), verbatim
    values = target_value_set("2.泵闸建设。按照崇明三岛规划水闸43座（其中：崇明岛27座、长兴岛10座、横沙岛6座）的远景目标要求，“十四五”"
                     "期间，提升三岛引清调优、防汛调度能力。\n（1）完成崇明岛8座水闸的续建，拆除重建团结沙水闸、北湖涵闸，实现26座水闸"
                     "（不含规划张涨港北闸）全部排除病险，达到规划规模。", 2021)
    assert not values & {43, 27, 10, 6}
    assert {8, 26} <= values


def test_a_standard_followed_is_none() -> None:
    # 甘肃 (dev, gs-gansu-gcmb2019#2) and 河北 (dev, he-hebei-rjhjzz2018#2), verbatim
    assert 1500 not in target_value_set("另据介绍,今年甘肃省将安排3亿元奖补资金,对每户卫生厕所按照1500元的标准进行奖补。", 2019)
    assert not target_value_set("并建立农村垃圾分类、收集和转运体系,按照每100户设置1名保洁员的标准,配备农村保洁员队伍。", 2018) & {100, 1}


def test_basis_clauses_are_linear() -> None:
    assert_linear_far(extract_text, lambda n: "按照规划水闸43座的远景目标要求,完成8座水闸的续建," * n + "。")
