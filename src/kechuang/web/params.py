"""Reading request parameters leniently where a bad value just means "not given" (filters, choices)."""

from __future__ import annotations


def int_or_none(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
