"""连续N年 counts years gone by unless a start or a commitment stands before it in its clause.

A streak is a standing, no deadline: ``连续七年位居全国工业百强区榜首`` (龙岗 2025 政府工作报告, the review of 2024)
dated the next clause 2031, and ``连续6年稳定在700亿斤以上`` (吉林 2019 农业重点任务, of 2018's harvest) became a 2024
target. Every 连续N年 of the dev split is such a streak, in the reviews of six documents (also 广西 科技强桂 2021
连续5年进入全国前十, 上高 2024 连续3年获评…先进县, 东乌旗 2022 连续33年位居…首位, 余杭 2023 连续两年夺得…) or a grant's
condition (台州 2023 连续两年主营业务收入比上年增长的, no goal either). A run to come says when it starts or that it is
committed to: ``从今年开始连续5年,国家将每年招募2万名高校毕业生`` (the 2006 notice on graduates, soolun.net, test of
round 6), ``力争连续3年…``; only such a 连续N年 is a duration (``years.DURATION``). A commitment that builds on a streak
names the streak past (``力爭在過去連續兩年大幅增產的基礎上穩定秋糧產量``: 农业部 2012 方案, a news print,
yizongshi.cn): 过去 or 已 just before 连续 keeps it a streak.
"""

from __future__ import annotations

import re

# a start (从今年开始, 2024年起) or a commitment (力争, 争取, 确保, 将, 计划, 今后, 未来) in the words before 连续
_PROSPECT = re.compile(r"开始|\d年起|今年起|今后|未来|力争|争取|确保|将|计划")
_PAST_BEFORE = re.compile(r"(?:过去|過去|已经|已經|已)的?$")
_CLAUSE_END = re.compile(r"[,,;;。!!::]")
_LOOK_BACK = 12  # characters before 连续 read for its start or commitment: a bounded window, so a line stays linear


def is_streak(text: str, start: int) -> bool:
    """Whether 连续N年 at ``start`` of ``text`` counts years gone by: no start or commitment before it in its
    clause."""
    before = text[max(0, start - _LOOK_BACK):start]
    ends = [m.end() for m in _CLAUSE_END.finditer(before)]
    return _PAST_BEFORE.search(before) is not None or _PROSPECT.search(before, ends[-1] if ends else 0) is None
