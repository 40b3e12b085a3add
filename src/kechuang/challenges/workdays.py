"""公示 periods in working days: China's official calendar (chinese-calendar: holidays and 调休 workdays) for the
years it knows, Monday to Friday beyond them."""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar


def is_working_day(day: date) -> bool:
    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:  # a year the calendar has no data for yet
        return day.weekday() < 5


def add_working_days(start: date, days: int) -> date:
    """The last day of a period of ``days`` working days that begins on ``start`` (counted if a working day)."""
    if days <= 0:
        return start
    day, counted = start, 0
    while True:
        if is_working_day(day):
            counted += 1
            if counted == days:
                return day
        day += timedelta(days=1)
