"""fix51 (review 36, item 7): a title's bracketed period needs no closing 年 (…三年行动计划(2023—2025)); outside
brackets the 年 is still required, so a range in prose or a number range gives no period. The titles are of the shape
of the dev titles ``tests/extract/test_fix50_title_period.py`` cites (山西省推进数字经济全面发展实施方案(2026—2028年),
http://www.sxpaec.cn/shizhengyaowen/2008719665955987458.html, dev)."""

from __future__ import annotations

import pytest

from kechuang.extract.targets.plan_year import title_period


@pytest.mark.parametrize(("title", "period"), [
    ("山西省推进数字经济全面发展实施方案(2026—2028)", (2026, 2028)),
    ("安徽省科技创新三年行动计划（2023-2025）", (2023, 2025)),
    ("山西省推进数字经济全面发展实施方案(2026—2028年)", (2026, 2028)),  # as before
    ("安徽省科技创新三年行动计划2023-2025", None),  # no brackets, no 年: a number range, no period
    ("编号2023-2025号文件", None),
    ("(2016—2020)回顾与(2021—2025)规划", None),  # two periods
])
def test_a_bracketed_range_without_its_closing_year_word(title, period):
    assert title_period(title) == period
