"""Head counts as the rules define them: who counts in a year, and the 全年月平均数 of a head count.

高企 (工作指引 国科发火〔2016〕195号): 科技人员 and part-time/temporary staff count when they worked ≥ 183 days in the
year; 科小 (国科发政〔2017〕115号 说明): part-time/temporary staff count after 6 months. Both count people as the
year's monthly average: 月平均数 = (月初数 + 月末数) / 2, 全年月平均数 = Σ 月平均数 / 12.
"""

from __future__ import annotations

from kechuang.errors import KechuangError

HITECH_MIN_DAYS = 183


def counts_for_hitech(days_worked: int) -> bool:
    """Whether a person with ``days_worked`` days in the year counts as 科技人员 (or part-time staff) for 高企."""
    return days_worked >= HITECH_MIN_DAYS


def counts_for_sme(months_worked: float, full_time: bool) -> bool:
    """Whether a person counts in 科小's 职工总数 / 科技人员: employees always, part-time and temporary staff
    after 6 months."""
    return full_time or months_worked >= 6


def annual_average(month_starts: list[float], month_ends: list[float]) -> float:
    """全年月平均数 from the twelve 月初数 and 月末数 (months before founding count as 0)."""
    if len(month_starts) != 12 or len(month_ends) != 12:
        raise KechuangError("KC-ENT-STAFF", "全年月平均数需要 12 个月的月初数和月末数", field="月初数/月末数")
    return sum((start + end) / 2 for start, end in zip(month_starts, month_ends, strict=True)) / 12
