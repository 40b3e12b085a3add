"""targ48: a part of a count printed in its bracket with the number first, after 其中 or 包含 (targets/breakdown.py).

Two dev documents of two places print it; their gold counts the part as a target of its own:
  新增60家技術轉移服務機構(其中10家國家級)                     (gx-guangxi-kjfwy2015: 广西 2015 科技服务业)
  建設200個以上農業科技示范展示基地(包含100個以上糧食科技示范展示基地、11個區域示范展示基地)
                                                                 (sx-shanxi-njtgxm2023: 山西 2023 农技推广)
A class word alone (国家级) names a class of the count's own thing (国家级技术转移服务机构). A bracket with no such lead
word (滨海新区(2452家), 人才专项租赁住房(828套): a place's or a project's figure) and a bracket of another unit or
of funds stay unread."""

from __future__ import annotations

import json

from tests.extract.passages import PASSAGES
from tests.extract.passages import target_rows as _rows

FAMILY = [
    ("gx-guangxi-kjfwy2015", "新增60家技術轉移服務機構(其中10家國家級)", 2015, (10, "家"), "國家級技術轉移服務機構"),
    ("sx-shanxi-njtgxm2023", "建設200個以上農業科技示范展示基地(包含100個以上糧食科技示范展示基地、11個區域示范展示基地)",
     2023, (100, "個"), "糧食科技示范展示基地"),
]


def test_family_sentences_are_quoted_exactly():
    for name, text, *_ in FAMILY:
        page = json.loads((PASSAGES / f"{name}.json").read_text("utf-8"))
        assert any(text in p["text"] for p in page["passages"]), (name, text)


def test_a_part_with_its_number_first_is_a_target_of_its_own():
    for _name, text, plan_year, (value, unit), indicator in FAMILY:
        rows = _rows(text + "。", plan_year)
        parts = [r for r in rows if r[2] == value and r[3] == unit]
        assert [r[0] for r in parts] == [indicator], rows
        assert rows[0][2] in (60, 200), rows  # the count itself stays, first
    # each part of a list in the bracket, the one the count's reader had (with the bracket's end) now clean
    rows = _rows(FAMILY[1][1] + "。", 2023)
    assert [(r[0], r[2]) for r in rows] == [("農業科技示范展示基地", 200), ("糧食科技示范展示基地", 100),
                                           ("區域示范展示基地", 11)], rows


def test_brackets_that_give_no_part():
    # no lead word: a place's or a project's own figure, no part of the count before
    assert [r[2] for r in _rows("新增科技型中小企业3000家(2452家)。", 2023)] == [3000]
    # another unit than the count's, or money: no part
    assert [r[2] for r in _rows("新增高新技术企业60家(其中10项国家级)。", 2023)] == [60]
    assert [r[2] for r in _rows("安排资金500万元(其中100万元省级)。", 2023) if r[3] == "万元" and r[2] == 100] == []
    # parts that add up to more than the count are no parts of it
    assert [r[2] for r in _rows("新增60家技术转移服务机构(其中70家国家级)。", 2015)] == [60]
