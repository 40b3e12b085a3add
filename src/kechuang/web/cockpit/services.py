"""Writes of the cockpit: a past month's task lights, recorded once (the trend reads them back)."""

from __future__ import annotations

from kechuang.web.cockpit.models import MonthLights


def month_lights_record(region, month: str, counts: dict[str, int]) -> MonthLights:
    """Keep the lights of a finished month for the region (the first record stays: a month is recorded once)."""
    row, _ = MonthLights.objects.get_or_create(region=region, month=month, defaults=counts)
    return row
