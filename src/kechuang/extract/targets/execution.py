"""A report on the execution of a year's plan (…2023年国民经济和社会发展计划执行情况与2024年…计划草案的报告,
…2025年1—6月…计划执行情况的报告) opens with what that year achieved: its numbers are history (固定资产投资增长2.5%,
落实京冀企业167个, 选派3500余名党员干部) until a line opens the plan to come — a later year
(二、2024年国民经济和社会发展计划(草案)), the draft, the coming goals or half-year (主要预期目标, 下半年, 下一步) —
after which targets are read as usual. The reading is the document's, from its title: a passage of such a report
that holds no such line is its review part. Dev pages of the family: 福建 2023 计划执行情况及2024年计划草案, 东丽
2023 执行情况与2024年计划草案, 黄陂 2022 执行情况与2023年计划草案 (their passages, all from the review part, hold no
gold target; round 37, tests/fixtures/real/README.md batch tprec5)."""

from __future__ import annotations

import re

from kechuang.extract.rules import simplified_all

# the year whose plan the title reports on: …2023年国民经济和社会发展计划执行情况, 2025年1—6月…计划执行情况
_EXECUTED = re.compile(r"((?:19|20)\d\d)\s*年[^年]{0,40}?计划执行情况")
# words of a line that opens the plan to come; a line that reports on the plan (…主要目标完成情况) opens nothing
_PLAN_WORDS = ("草案", "预期目标", "主要目标", "下半年", "下一步", "工作安排")
_REPORT_WORDS = ("完成情况", "执行情况")
_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")


def executed_year(title: str | None) -> int | None:
    """The year a plan-execution report's title reports on, or None for any other title."""
    if not title or "执行情况" not in (text := simplified_all(title)):
        return None
    m = _EXECUTED.search(text)
    return int(m.group(1)) if m else None


def opens_plan(text: str, executed: int) -> bool:
    """Whether a line of such a report opens the plan to come (a later year, the draft, the coming goals)."""
    text = simplified_all(text)
    if any(w in text for w in _REPORT_WORDS):
        return False
    return any(w in text for w in _PLAN_WORDS) or any(int(y) > executed for y in _YEAR.findall(text))
