"""去年 names the year before the plan's own: a past year, which governs no target (spec: "Past years never govern
(they are baselines)"), so a number after it in its paragraph is history, as after a stated past year (2023年,…).
`去年,百万吨乙烯等一批石化新材料项目密集投产,新增产值260亿元。…新增科技型中小企业594家` (海南 2024 政府工作报告, a news
print of the report's review) and `…负责,去年国内生产总值增长6.7%` (国务院 2017 on the 2016 report's figures), both dev
(round 34, tprec4). A comparison with last year is a base, not a date: `比去年增长`, `较去年同期提高4.8个百分点`,
`与去年相比`, `在去年基础上`, `高于去年水平` mark nothing; the relative years the rules already read (今年, 本年度,
全年, 当年) are this year's."""

from __future__ import annotations

import re

# 去年 not after a word of comparison (比/较/与/同/于/超/是/为/在) nor before a base (同期, 基础, 水平)
_LAST_YEAR = re.compile(r"(?<![比较較与與同于於超是为為在])去年(?!同期|的?基础|的?基礎|的?水平|同比)")


def last_year_marks(text: str, plan_year: int | None) -> list[tuple[int, int]]:
    """(position, year) of each 去年 of ``text`` that dates what follows: the year before ``plan_year``."""
    if not plan_year or "去年" not in text:
        return []
    return [(m.start(), plan_year - 1) for m in _LAST_YEAR.finditer(text)]
