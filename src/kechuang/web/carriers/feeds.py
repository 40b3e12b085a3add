"""Counts of carriers per level and kind as of a year's end (today for the current year), recorded as
observations of the catalog indicators of ``data/indicators.yaml`` (years that have begun only)."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

import yaml
from django.db.models import Count, Q

MAPPING = Path(__file__).parent / "data" / "indicators.yaml"
YEARS_BACK = 10


@cache
def mapping() -> dict[str, dict[str, list[str]]]:
    return yaml.safe_load(MAPPING.read_text("utf-8"))


def standing(region, on: date):
    """The region's carriers recognised by ``on`` and not revoked by then."""
    from kechuang.web.carriers.models import Carrier

    return (Carrier.objects.filter(region=region, recognised_on__lte=on)
            .filter(Q(revoked_on__isnull=True) | Q(revoked_on__gt=on)))


def level_kind_counts(region, on: date) -> dict[tuple[str, str], int]:
    rows = standing(region, on).values("level", "kind").annotate(n=Count("id"))
    return {(r["level"], r["kind"]): r["n"] for r in rows}


def indicator_counts(region, year: int, today: date) -> dict[str, int]:
    counts = level_kind_counts(region, min(date(year, 12, 31), today))
    return {code: sum(n for (level, kind), n in counts.items() if level in rule["levels"] and kind in rule["kinds"])
            for code, rule in mapping().items()}


def carrier_feed(actor, region, today: date) -> dict[int, dict[str, int]]:
    from kechuang.web.carriers.models import Carrier
    from kechuang.web.indicators.feeds import feed_record
    from kechuang.web.talents.feeds import catalog_indicator

    first = Carrier.objects.filter(region=region).order_by("recognised_on").values_list("recognised_on",
                                                                                         flat=True).first()
    if first is None:
        return {}
    indicators = {code: catalog_indicator(code) for code in mapping()}
    out = {}
    for year in range(max(first.year, today.year - YEARS_BACK + 1), today.year + 1):
        counts = indicator_counts(region, year, today)
        for code, value in counts.items():
            feed_record(region, indicators[code], year, value, user=actor,
                        note="载体/平台库:年末有效的" + indicators[code].name.removesuffix("数"))
        out[year] = counts
    return out
