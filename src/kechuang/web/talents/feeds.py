"""Counts of the 人才库 recorded as observations of the catalog indicators (years that have begun only):
``talent_database`` (人才库入库人数: in the library on 31 December, or today for the current year),
``high_level_talents`` (引进高层次人才数: 高层次人才 entered in the year) and ``tech_commissioners``
(科技特派员数: 特派员 with an assignment during the year)."""

from __future__ import annotations

from datetime import date

from django.db.models import Q

YEARS_BACK = 10  # the years recomputed after a change (older years are history)
NOTES = {"talent_database": "人才库:年末在库人数", "high_level_talents": "人才库:当年入库的高层次人才数",
         "tech_commissioners": "科技特派员:当年有选派任务的特派员人数"}


def _end(year: int, today: date) -> date:
    return min(date(year, 12, 31), today)


def talent_counts(region, year: int, today: date) -> dict[str, int]:
    from kechuang.web.talents.models import Assignment, Talent

    end = _end(year, today)
    talents = Talent.objects.filter(region=region)
    in_library = talents.filter(entered_on__lte=end).filter(Q(left_on__isnull=True) | Q(left_on__gt=end))
    high = talents.filter(categories__contains=",high_level,", entered_on__year=year, entered_on__lte=end)
    assigned = (Assignment.objects.filter(region=region, starts_on__lte=end)
                .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=date(year, 1, 1))))
    return {"talent_database": in_library.count(), "high_level_talents": high.count(),
            "tech_commissioners": assigned.values("specialist_id").distinct().count()}


def catalog_indicator(code: str):
    from kechuang.web.indicators.models import Indicator
    from kechuang.web.indicators.services import catalog_sync

    indicator = Indicator.objects.filter(code=code, region__isnull=True).first()
    if indicator is None:
        catalog_sync()
        indicator = Indicator.objects.get(code=code, region__isnull=True)
    return indicator


def talent_feed(actor, region, today: date) -> dict[int, dict[str, int]]:
    """Record the counts of the years from the first talent's (at most ten years back) to this year."""
    from kechuang.web.indicators.feeds import feed_record
    from kechuang.web.talents.models import Talent

    first = Talent.objects.filter(region=region).order_by("entered_on").values_list("entered_on", flat=True).first()
    if first is None:
        return {}
    indicators = {code: catalog_indicator(code) for code in NOTES}
    out = {}
    for year in range(max(first.year, today.year - YEARS_BACK + 1), today.year + 1):
        counts = talent_counts(region, year, today)
        for code, value in counts.items():
            feed_record(region, indicators[code], year, value, user=actor,
                        note=NOTES[code])
        out[year] = counts
    return out
