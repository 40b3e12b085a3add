"""Counts of the registry fed to catalog indicators as observations — only of years that have begun (by
``kechuang.web.clock``); a daily job records a year's counts when it begins:

- ``hitech_enterprises`` 高新技术企业数: enterprises holding a valid certificate on 31 December (the reserve's
  认定 steps; a certificate covers its year and the two after it);
- ``tech_smes`` 科技型中小企业数: enterprises whose latest 科小 self-evaluation of the year is eligible (入库). An
  evaluation held in year E reads the figures of E − 1 (``SmeEvaluation.year``), so it counts for E.

A count is recorded as every registry's is (``kechuang.web.indicators.feeds``): a floor that never lowers a
larger count recorded from another source."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from django.db import transaction

HITECH, SME = "hitech_enterprises", "tech_smes"
CERTIFICATE_YEARS = 3
NOTES = {HITECH: "高新技术企业后备培育库:当年末有效证书企业数", SME: "科技型中小企业自评:当年评价符合条件的企业数"}


def indicator_of(code: str):
    from kechuang.web.indicators.models import Indicator
    from kechuang.web.indicators.services import catalog_sync

    indicator = Indicator.objects.filter(code=code, region__isnull=True).first()
    if indicator is None:
        catalog_sync()
        indicator = Indicator.objects.get(code=code, region__isnull=True)
    return indicator


def count_feed(actor, region, code: str, years: Iterable[int], count: Callable, today: date) -> list[tuple[int, int]]:
    """Record ``count(region, year)`` for each year that has begun on ``today``; returns [(year, count)]."""
    from kechuang.web.indicators.feeds import feed_record

    begun = sorted({year for year in years if year <= today.year})
    if not begun:
        return []
    indicator, fed = indicator_of(code), []
    with transaction.atomic():
        for year in begun:
            value = count(region, year)
            feed_record(region, indicator, year, value, user=actor, note=NOTES[code])
            fed.append((year, value))
    return fed


def certified_count(region, year: int) -> int:
    """Enterprises of the region holding a valid certificate on 31 December of ``year``."""
    from kechuang.web.enterprises.models import ReserveStep

    steps = ReserveStep.objects.filter(entry__enterprise__region=region, stage="certified", on__lte=date(year, 12, 31),
                                       on__gt=date(year - CERTIFICATE_YEARS, 12, 31))
    return steps.values("entry_id").distinct().count()


def certified_feed(actor, region, years: Iterable[int], today: date) -> list[tuple[int, int]]:
    """The certified count of each year a certificate of ``years`` covers (its year and the two after it), for the
    years that have begun."""
    covered = {year + k for year in years for k in range(CERTIFICATE_YEARS)}
    return count_feed(actor, region, HITECH, covered, certified_count, today)


def sme_count(region, year: int) -> int:
    """Enterprises of the region whose latest self-evaluation read in ``year`` (figures of ``year - 1``) is eligible."""
    from kechuang.web.enterprises.models import SmeEvaluation

    rows = (SmeEvaluation.objects.filter(enterprise__region=region, year=year - 1)
            .order_by("enterprise_id", "-submitted_at", "-id").values_list("enterprise_id", "result"))
    latest: dict[int, dict] = {}
    for enterprise_id, result in rows:
        latest.setdefault(enterprise_id, result)
    return sum(1 for result in latest.values() if (result or {}).get("eligible") is True)


def sme_feed(actor, region, figure_years: Iterable[int], today: date) -> list[tuple[int, int]]:
    """The 科小 count of the evaluation years of ``figure_years`` (each + 1) that have begun."""
    return count_feed(actor, region, SME, {year + 1 for year in figure_years}, sme_count, today)


def counts_refresh(today: date) -> int:
    """Daily: this year's counts for the regions where they may have changed since last year (certificates of the
    last three years, evaluations of last year's figures); returns how many observations changed."""
    from kechuang.web.accounts.models import Region
    from kechuang.web.enterprises.models import ReserveStep, SmeEvaluation
    from kechuang.web.indicators.models import Observation

    year = today.year
    certified = ReserveStep.objects.filter(stage="certified", on__year__gte=year - CERTIFICATE_YEARS)
    evaluated = SmeEvaluation.objects.filter(year=year - 1)
    jobs = [(HITECH, certified_count, certified.values_list("entry__enterprise__region_id", flat=True)),
            (SME, sme_count, evaluated.values_list("enterprise__region_id", flat=True))]
    changed = 0
    for code, count, region_ids in jobs:
        for region in Region.objects.filter(pk__in=set(region_ids)):
            before = Observation.objects.filter(region=region, indicator__code=code, indicator__region__isnull=True,
                                                period=year, is_current=True)
            old = before.values_list("value", flat=True).first()
            count_feed(None, region, code, [year], count, today)
            changed += old != before.values_list("value", flat=True).first()
    return changed
