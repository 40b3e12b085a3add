"""Session 45, invented45: money named as 经费 right before its amount is a budget, read as funds named right before
their amount are (targets/funding.py ``_NAMED_FUNDS``, which already named 经费 but never saw a line holding 经费
without 资金: the line gate knew only 资金, 超过 and 最高).

Refused (dev, none gold; eight dev pages print `经费` right before an amount and the gold reads none of them): 海门
(js-haimen-dzyc: `…拨付了首期资助经费共计人民币464万元`), 虹口 2026 (sh-hongkou-ddcxf2026: `共需经费约400万元，由区级财政
承担`), beside 肥西 2019 `投入改厕经费1500万元`, 贵州 2022 `补助经费497万元`, 西藏 `院拨经费5100万元`, 云南 2017 `前期工作经费3亿元`.
A research spending named as 经费 stays a goal (`全社会研发经费投入年均增长10%`, 重庆 2022/2023, 江津 2023, 福建 2026,
dev gold; `研发经费投入达到…`: 投入 between them, and 研发 keeps a fund)."""

from __future__ import annotations

import pytest

from tests.extract.passages import quoted, target_rows

HAIMEN = ("近日,市人才办按规定向本年度海门市“东洲英才”引进计划评选产生的27个人才项目拨付了首期资助经费共计人民币464万元,"
          "切实落实了人才激励政策。")
HONGKOU = "经初步匡算，每个电动自行车集中充电（停放）场所建设费用以10万元计，共需经费约400万元，由区级财政承担。"


def _values(text: str, plan_year: int | None = None) -> list:
    return [r[2] for r in target_rows(text, plan_year)]


def test_the_sentences_are_verbatim():
    assert quoted("js-haimen-dzyc", HAIMEN)
    assert quoted("sh-hongkou-ddcxf2026", HONGKOU)


@pytest.mark.parametrize(("text", "plan_year", "amount"), [
    (HAIMEN, None, 464),
    (HONGKOU, 2026, 400),
    # varied
    ("区财政安排专项工作经费120万元,用于培训和宣传。", 2024, 120),
    ("项目所需经费约85万元由县级财政保障。", 2024, 85),
])
def test_money_named_as_expenses_is_no_target(text, plan_year, amount):
    assert amount not in _values(text, plan_year), (text, target_rows(text, plan_year))


@pytest.mark.parametrize(("text", "plan_year", "expected"), [
    ("到2025年,全社会研发经费投入年均增长10%。", 2022, [10]),
    ("全区企业研发经费投入增长10%以上。", 2025, [10]),
    ("力争全县研发经费投入达到5亿元,新增高新技术企业20家。", 2024, [5, 20]),
    ("全年培训农民2000人次,建成示范基地5个。", 2024, [2000, 5]),
    # a keeping word before 工程 keeps its fund: only a programme's 计划 (引进计划) names no money to win (review45)
    ("全年落实工程建设资金5000万元。", 2024, [5000]),
])
def test_research_spending_and_work_beside_it_stay(text, plan_year, expected):
    values = _values(text, plan_year)
    for value in expected:
        assert value in values, (text, target_rows(text, plan_year))
