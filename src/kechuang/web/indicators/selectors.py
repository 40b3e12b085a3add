"""Reads of the indicators app: regions below a region, current series, and the core's shapes (observations
for monitoring, a panel for evaluation)."""

from __future__ import annotations

from collections.abc import Iterable

from kechuang.indicators.observations import Observation as CoreObservation
from kechuang.indicators.panel import Panel, panel_from_observations
from kechuang.web.accounts.models import Region
from kechuang.web.indicators.models import Observation


def region_descendants(region: Region, level: str | None = None, include_self: bool = False) -> list[Region]:
    """Every region below ``region`` (breadth first, by the parent links), optionally of one level only."""
    out: list[Region] = [region] if include_self else []
    frontier = [region.pk]
    while frontier:
        children = list(Region.objects.filter(parent_id__in=frontier))
        out += children
        frontier = [c.pk for c in children]
    return [r for r in out if level is None or r.level == level]


def current_observations(regions: Iterable[Region] | None = None, codes: Iterable[str] | None = None,
                         periods: Iterable[int] | None = None):
    qs = Observation.objects.filter(is_current=True).select_related("region", "indicator")
    if regions is not None:
        qs = qs.filter(region__in=list(regions))
    if codes is not None:
        qs = qs.filter(indicator__code__in=list(codes))
    if periods is not None:
        qs = qs.filter(period__in=list(periods))
    return qs


def series(region: Region, code: str) -> list[tuple[int, float]]:
    """(year, value) of one region and indicator, current versions, by year."""
    rows = (Observation.objects.filter(region=region, indicator__code=code, is_current=True)
            .order_by("period").values_list("period", "value"))
    return [(int(p), float(v)) for p, v in rows]


def core_observations(regions: Iterable[Region], codes: Iterable[str] | None = None) -> list[CoreObservation]:
    """The current observations in the core's shape (region name, indicator code): what ``monitor_plan`` reads."""
    rows = current_observations(regions, codes).values_list("region__name", "indicator__code", "period", "value",
                                                             "source_kind", "note")
    return [CoreObservation(r, i, int(p), float(v), source=s, note=n) for r, i, p, v, s, n in rows]


def panel(regions: Iterable[Region], codes: Iterable[str] | None = None, source: str = "") -> Panel:
    """A core ``Panel`` (years × regions × indicators) of current values: what the evaluation engine reads."""
    return panel_from_observations(core_observations(regions, codes), source=source)
