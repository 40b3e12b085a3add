"""Counts the platform's registries feed to catalog indicators (certificates, 科小 evaluations, talents, carriers,
技术合同): one rule for all of them.

The platform holds only what passed through it, so a registry's count is a floor, not the region's figure. A feed
never puts a smaller count over one recorded from another source (an import, a hand entry, a report, the demo's
series) — neither over the year's own value nor, for a year with none yet, after a larger value of the latest
earlier year (a partial count would read as a collapse of the series). A larger count is recorded; the feed's own
value of a year it always updates, up or down, as the registry changes."""

from __future__ import annotations

from django.db import transaction

from kechuang.web.indicators.models import Indicator, Observation
from kechuang.web.indicators.services import observation_record


def recorded_larger(region, indicator: Indicator, year: int, value: float, note: str) -> bool:
    """A value recorded from elsewhere than the feed of ``note`` stands above ``value`` for ``year``."""
    rows = (Observation.objects.select_for_update()
            .filter(region=region, indicator=indicator, period__lte=year, is_current=True).order_by("-period"))
    for row in rows:
        if (row.source_kind, row.note) == ("api", note):
            if row.period == year:
                return False
            continue
        return row.value > value
    return False


def feed_record(region, indicator: Indicator, year: int, value: float, *, note: str, user=None) -> bool:
    """Record a registry's count for ``year`` unless a larger recorded value stands; True when it was recorded."""
    with transaction.atomic():
        if recorded_larger(region, indicator, year, value, note):
            return False
        observation_record(region, indicator, year, value, source_kind="api", user=user, note=note)
        return True
