"""Round-21 assignments (tails3): the seventeenth corpus batch, two dev pages on hosts the corpus did not hold, annotated
before the extractor ran on them (out of sample: assignments 1.000 on 20 units). No rule was written this round: the
shapes the round was to read (`(负责单位:…)`, `(由X牵头,Y配合)`, `(责任主体:…)`, a verb clause and a keyword field mixed in
one tail) are printed by no dev text, old or new (README, seventeenth batch). These tests keep what the extractor already
reads on the new pages; figures in docs/extraction.md ("Round 21 assignments")."""

from __future__ import annotations

from tests.extract.passages import passage as _passage
from tests.extract.passages import rows as _rows

JINGTAI = "gs-jingtai-jswmtjn"  # 景泰 精神文明建设推进年, a template site's traditional-character copy (mingyanjiaju.org)
LINTOU = "ah-lintou-wmbss2021"  # 林头镇 2021 我为群众办实事, a mirror with phonetic readings (stmt-intl.com)


# A 責任單位 field read in traditional characters: a bracketed second name stays with its unit (縣商務(經濟)局, the
# fourth batch's rule), every name of a plain list answers for the item, the town among the bureaus.
def test_a_traditional_field_with_a_bracketed_second_name():
    assert _rows(_passage(JINGTAI, 1)) == [
        ("responsible", "縣商務(經濟)局"), ("responsible", "縣工商局"), ("responsible", "縣城市管理行政執法局"),
        ("responsible", "縣市場服務中心"), ("responsible", "縣食品藥品監督管理局"), ("responsible", "縣衛生監督所")]
    assert _rows(_passage(JINGTAI, 0)) == [
        ("responsible", "縣城市管理行政執法局"), ("responsible", "縣工商局"), ("responsible", "一條山鎮")]


# A name that ends like no body (一條山鎮 is a town, 縣衛生監督所 an institute) still splits from the list as printed.
def test_every_item_of_the_page_reads_its_tail():
    assert [len(_rows(_passage(JINGTAI, k))) for k in range(5)] == [3, 6, 1, 5, 5]


# The spec's prose case: `由X負責的Y項目` opening an item's own sentence names the unit that runs a project, no
# annotation — the page's readings (鎮(zhèn)) in the name change nothing.
def test_a_unit_named_in_the_items_own_sentence_is_no_assignment():
    for k in range(3):
        assert _rows(_passage(LINTOU, k)) == []
