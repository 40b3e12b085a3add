"""Reading request parameters leniently where a bad value just means "not given" (filters, choices)."""

from __future__ import annotations

MAX_ID = 2**63 - 1  # the largest id a database column holds; a larger number is no id at all


def int_or_none(value) -> int | None:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if -MAX_ID <= number <= MAX_ID else None
