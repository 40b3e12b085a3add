"""Supervision of tasks (督查督办) as plain functions: reporting periods, deadlines and status lights."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

CYCLES = ("monthly", "quarterly", "half", "yearly")
LIGHT_NAMES = {"green": "绿", "yellow": "黄", "red": "红"}
_PERIOD = re.compile(r"(\d{4})(?:-(\d{2})|Q([1-4])|H([12]))?")
_RANGE = re.compile(r"(20\d{2})\s*[-—–~至到]\s*(20\d{2})")


def _check_cycle(cycle: str) -> None:
    if cycle not in CYCLES:
        raise ValueError(f"unknown reporting cycle {cycle!r}")


def period_of(day: date, cycle: str) -> str:
    """The reporting period containing ``day``: 2026-11, 2026Q4, 2026H2 or 2026."""
    _check_cycle(cycle)
    if cycle == "monthly":
        return f"{day.year}-{day.month:02d}"
    if cycle == "quarterly":
        return f"{day.year}Q{(day.month - 1) // 3 + 1}"
    if cycle == "half":
        return f"{day.year}H{1 if day.month <= 6 else 2}"
    return str(day.year)


def _parse(period: str) -> tuple[int, int, int]:
    """(year, first month, last month) of a period string."""
    m = _PERIOD.fullmatch(period)
    if not m:
        raise ValueError(f"bad period {period!r}")
    year = int(m.group(1))
    if m.group(2):
        month = int(m.group(2))
        if not 1 <= month <= 12:
            raise ValueError(f"bad period {period!r}")
        return year, month, month
    if m.group(3):
        q = int(m.group(3))
        return year, 3 * q - 2, 3 * q
    if m.group(4):
        h = int(m.group(4))
        return year, 6 * h - 5, 6 * h
    return year, 1, 12


def is_period(period: str, cycle: str) -> bool:
    try:
        year, first, _last = _parse(period)
    except ValueError:
        return False
    return period_of(date(year, first, 1), cycle) == period


def period_due(period: str, due_day: int) -> date:
    """The day a period's report is due: ``due_day`` of its last month (or that month's last day)."""
    year, _, last = _parse(period)
    return date(year, last, min(due_day, calendar.monthrange(year, last)[1]))


def previous_period(period: str, cycle: str) -> str:
    year, first, _ = _parse(period)
    month = first - 1 or 12
    return period_of(date(year - (first == 1), month, 1), cycle)


def next_period(period: str, cycle: str) -> str:
    year, _, last = _parse(period)
    return period_of(date(year + (last == 12), last % 12 + 1, 1), cycle)


def first_due_after(day: date, cycle: str, due_day: int) -> date:
    """The first due day on or after ``day``."""
    period = period_of(day, cycle)
    while period_due(period, due_day) < day:
        period = next_period(period, cycle)
    return period_due(period, due_day)


def last_due_period(today: date, cycle: str, due_day: int) -> str:
    """The latest period whose due day has passed (reports missing for it become 催办 items)."""
    period = period_of(today, cycle)
    while period_due(period, due_day) >= today:
        period = previous_period(period, cycle)
    return period


def period_label(period: str) -> str:
    year, first, last = _parse(period)
    if first == last:
        return f"{year}年{first}月"
    if last - first == 2:
        return f"{year}年第{last // 3}季度"
    if last - first == 5:
        return f"{year}年{'上' if first == 1 else '下'}半年"
    return f"{year}年度"


#: Why a task's deadline is what it is when the document states none (shown on the review page).
DEADLINE_BASES = {"task_target": "按本任务目标年份", "plan_target": "按方案目标年份", "title": "按方案期限",
                  "plan_year": "按方案年份"}
_UNTIL = re.compile(r"(?:到|至)\s*(20\d{2})\s*年")
_YEARS_ACTION = re.compile(  # not the last digit of a year (2024年攻坚行动)
    r"(?<![\d一二三四五六七八九十〇零])(\d{1,2}|[一二三四五六七八九十两])\s*年\s*(?:行动|计划|规划|攻坚|工程)")
_ANNUAL = re.compile(r"(?<!\d)(20\d{2})\s*年")  # 2023年科技工作要点: a plan of one year
_FIVE_YEAR = {"十三五": 2020, "十四五": 2025, "十五五": 2030, "十六五": 2035}
_NUMERALS = "一二三四五六七八九十"


def title_horizon(title: str, plan_year: int | None = None) -> int | None:
    """The last year of the period a plan's title names: (2021-2025年), 到2025年, “十四五”, 三年行动 (from its year)."""
    m = _RANGE.search(title or "")
    if m and int(m.group(2)) >= int(m.group(1)):
        return int(m.group(2))
    for name, year in _FIVE_YEAR.items():  # “十四五”规划和2035年远景目标: the plan's own period first
        if name in (title or ""):
            return year
    m = _UNTIL.search(title or "")
    if m:
        return int(m.group(1))
    m = _YEARS_ACTION.search(title or "")
    if m and plan_year:
        n = m.group(1)
        years = 2 if n == "两" else int(n) if n.isdigit() else _NUMERALS.index(n) + 1  # 十: 10
        if years > 1:
            return plan_year + years - 1
    return None


def deadline_basis(target_years: list[int], title: str = "", plan_year: int | None = None,
                   plan_target_years: list[int] | tuple[int, ...] = ()) -> tuple[date | None, str]:
    """A task's default deadline and its basis (a key of ``DEADLINE_BASES``, "" when there is none): the end of its
    targets' latest year, else the plan's horizon (the later of its latest target year and the period its title names),
    else its year. A plan of several years (规划, 三年行动, 到2025年) thus defaults to its horizon, not its first
    year."""
    if target_years:
        return date(max(target_years), 12, 31), "task_target"
    title_year = title_horizon(title, plan_year)
    annual = _ANNUAL.search(title or "") if title_year is None else None
    cap = int(annual.group(1)) if annual else None  # a 2023 work plan's 到2035年 vision is not its tasks' horizon
    horizons = [(y, "plan_target") for y in plan_target_years
                if (not plan_year or y >= plan_year) and (cap is None or y <= cap)]
    if title_year and (not plan_year or title_year >= plan_year):
        horizons.append((title_year, "title"))
    if horizons:
        year, basis = max(horizons, key=lambda h: (h[0], h[1] == "title"))
        return date(year, 12, 31), basis
    if plan_year:
        return date(plan_year, 12, 31), "plan_year"
    return None, ""


@dataclass(frozen=True)
class Light:
    colour: str  # green / yellow / red
    reason: str
    expected: int | None = None  # percent expected by today on a straight line from start to deadline

    @property
    def name(self) -> str:
        return LIGHT_NAMES[self.colour]


def task_light(today: date, start: date | None, deadline: date | None, percent: int | None, returns: int = 0,
               near_days: int = 30, tolerance: int = 10) -> Light:
    """The 督办 light of a task from its latest approved progress.

    Red: overdue and unfinished, or returned twice since its last approval. Yellow: the deadline is
    within ``near_days``, or progress is more than ``tolerance`` points behind the straight line from
    ``start`` to ``deadline``. Green otherwise (and whenever it is finished).
    """
    done = percent or 0
    if done >= 100:
        return Light("green", "已完成", 100)
    if returns >= 2:
        return Light("red", f"已被退回{returns}次")
    if deadline is None:
        return Light("green", "正常推进(无完成时限)")
    if today > deadline:
        return Light("red", f"已逾期{(today - deadline).days}天", 100)
    expected = None
    if start is not None and start < deadline:
        elapsed = max(0, (today - start).days) / (deadline - start).days
        expected = min(100, round(100 * elapsed))
    if (deadline - today).days <= near_days:
        return Light("yellow", f"距完成时限仅{(deadline - today).days}天", expected)
    if expected is not None and done < expected - tolerance:
        return Light("yellow", f"进度落后(应达约{expected}%,实际{done}%)", expected)
    return Light("green", "正常推进", expected)


LIGHT_RANK = {"red": 0, "yellow": 1, "green": 2}
#: The task's progress weighs its lead units half and its responsible units half (the lead alone when there are
#: no responsible units); its light is the worst light of the units that owe reports (docs/web.md).
LEAD_WEIGHT = 0.5


def worst_light(lights: list[Light]) -> Light | None:
    """The light of a task from its units' lights: the worst one (red before yellow before green)."""
    return min(lights, key=lambda light: LIGHT_RANK[light.colour], default=None)


def task_percent(lead: list[int | None], responsible: list[int | None]) -> int | None:
    """A task's progress from its units' latest approved progress (a unit that has none counts 0)."""
    if all(p is None for p in lead + responsible):
        return None
    if lead and responsible:
        return round(LEAD_WEIGHT * _mean(lead) + (1 - LEAD_WEIGHT) * _mean(responsible))
    return round(_mean(lead or responsible))


def _mean(percents: list[int | None]) -> float:
    return sum(p or 0 for p in percents) / len(percents)


def add_working_days(day: date, days: int) -> date:
    """The day ``days`` working days (Monday to Friday) after ``day``; public holidays are not known here."""
    while days > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def competition_ranks(keys: list) -> list[int]:
    """Ranks of already sorted ``keys`` where equal keys share a rank (1, 2, 2, 4)."""
    ranks: list[int] = []
    for i, key in enumerate(keys):
        ranks.append(ranks[-1] if i and key == keys[i - 1] else i + 1)
    return ranks
