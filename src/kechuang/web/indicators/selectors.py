"""Reads of the indicators app: regions below a region, current series, and the core's shapes (observations
for monitoring, a panel for evaluation)."""

from __future__ import annotations

from collections.abc import Iterable

from kechuang.indicators.observations import Observation as CoreObservation
from kechuang.indicators.panel import Panel, panel_from_observations
from kechuang.web.accounts import regions
from kechuang.web.accounts.models import Region
from kechuang.web.indicators.models import Observation


def region_descendants(region: Region, level: str | None = None, include_self: bool = False) -> list[Region]:
    """Every region below ``region`` (generation by generation, each by code), optionally of one level only: the
    cached region tree and one query for the rows."""
    generations = regions.generations_below(region.pk)
    rows = Region.objects.in_bulk([rid for generation in generations for rid in generation])
    out: list[Region] = [region] if include_self else []
    for generation in generations:
        out += sorted((rows[rid] for rid in generation if rid in rows), key=lambda r: r.code)
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
    regions = list(regions)
    names = unit_names(regions)
    rows = current_observations(regions, codes).values_list("region_id", "indicator__code", "period", "value",
                                                             "source_kind", "note")
    return [CoreObservation(names[r], i, int(p), float(v), source=s, note=n) for r, i, p, v, s, n in rows]


def unit_names(regions: Iterable[Region]) -> dict[int, str]:
    """Region id → the name the core sees: the region's name, prefixed by its parent's where two regions of the
    set share a name (石家庄市桥西区 and 邢台市桥西区), so that their data never merges."""
    regions = list(regions)
    counts: dict[str, int] = {}
    for r in regions:
        counts[r.name] = counts.get(r.name, 0) + 1
    parents = dict(Region.objects.filter(pk__in={r.parent_id for r in regions if counts[r.name] > 1})
                   .values_list("id", "name"))
    return {r.pk: (parents.get(r.parent_id, "") + r.name if counts[r.name] > 1 else r.name) for r in regions}


def panel(regions: Iterable[Region], codes: Iterable[str] | None = None, source: str = "") -> Panel:
    """A core ``Panel`` (years × regions × indicators) of current values: what the evaluation engine reads."""
    return panel_from_observations(core_observations(regions, codes), source=source)


def indicators_visible(user):
    """The catalog and the local indicators of the user's region, the regions above it and (for a province or
    a city) the regions below it."""
    from django.db.models import Q

    from kechuang.web.accounts.permissions import can_use_outcomes, is_admin, region_id_of, region_lineage_ids
    from kechuang.web.indicators.models import Indicator

    rows = Indicator.objects.filter(is_active=True)
    if is_admin(user):
        return rows
    if not can_use_outcomes(user):
        return rows.none()
    region_id = region_id_of(user)
    if region_id is None:
        return rows.filter(region__isnull=True)
    below = [r.pk for r in region_descendants(Region.objects.get(pk=region_id))]
    return rows.filter(Q(region__isnull=True) | Q(region_id__in=region_lineage_ids(region_id) + below))


def indicator_visible(user, indicator) -> bool:
    return indicators_visible(user).filter(pk=indicator.pk).exists()


def indicators_search(user, q: str = "", group: str = "") -> list:
    """Indicators whose code, name, alias or definition contains ``q`` (case-insensitive), of one group."""
    rows = indicators_visible(user)
    if group:
        rows = rows.filter(group=group)
    rows = list(rows)
    if q:
        key = q.lower()
        rows = [i for i in rows if key in i.code.lower() or key in i.name.lower() or key in i.group
                or any(key in a.lower() for a in i.aliases) or key in i.definition]
    return rows


def indicator_groups() -> list[str]:
    from kechuang.web.indicators.models import Indicator

    return sorted(set(Indicator.objects.filter(is_active=True).values_list("group", flat=True)) - {""})


def readable_regions(user) -> list[Region]:
    """The regions whose observations the user reads (its own and below; a department: its own)."""
    from kechuang.web.accounts.permissions import can_use_outcomes, is_admin, region_id_of, role_of

    if is_admin(user):
        return list(Region.objects.all())
    if not can_use_outcomes(user):
        return []
    region = Region.objects.filter(pk=region_id_of(user)).first()
    if region is None:
        return []
    if role_of(user) == "department":
        return [region]
    return region_descendants(region, include_self=True)


def indicator_coverage(user, indicator) -> dict:
    """How much data the user can see for the indicator: regions and years with current values, by year."""
    from django.db.models import Count

    regions = readable_regions(user)
    rows = (Observation.objects.filter(indicator=indicator, is_current=True, region__in=regions)
            .values("period").annotate(n=Count("id")).order_by("period"))
    by_year = [(r["period"], r["n"]) for r in rows]
    demo = Observation.objects.filter(indicator=indicator, is_current=True, region__in=regions, is_demo=True).exists()
    return {"by_year": by_year, "regions": len(regions), "is_demo": demo,
            "total": sum(n for _, n in by_year)}


def has_demo(region, below: bool = False) -> bool:
    """Whether the region's current values (with ``below``: or those of the regions below it) hold 示例数据."""
    regions = region_descendants(region, include_self=True) if below else [region]
    return Observation.objects.filter(region__in=regions, is_current=True, is_demo=True).exists()


def region_data(region: Region, group: str = "") -> dict:
    """A region's data page: current values by indicator × year, the children, and the roll-up with its method."""
    from kechuang.web.indicators.rollup import rollup

    values: dict[int, dict[int, float]] = {}
    for ind_id, period, value in (Observation.objects.filter(region=region, is_current=True)
                                  .values_list("indicator_id", "period", "value")):
        values.setdefault(ind_id, {})[period] = value
    from kechuang.web.indicators.services import region_indicators

    indicators = list(region_indicators(region).filter(**({"group": group} if group else {})))
    children = list(Region.objects.filter(parent=region))
    rolled = {r.indicator.pk: r for r in rollup(region, indicators)} if children else {}
    years = sorted({y for v in values.values() for y in v} | {y for r in rolled.values() for y in r.values})
    rows = []
    for ind in indicators:
        own, up = values.get(ind.pk, {}), rolled.get(ind.pk)
        if not own and not (up and up.values):
            continue
        rows.append({"indicator": ind, "own": [own.get(y) for y in years],
                     "rolled": [up.values.get(y) for y in years] if up and up.values else None,
                     "method": up.method_zh if up else ""})
    return {"region": region, "years": years, "rows": rows, "children": children, "group": group,
            "is_demo": has_demo(region, below=bool(children)), "parent": region.parent}


HISTORY_ROWS = 500


def observation_versions(region: Region, indicator=None) -> list[Observation]:
    """Every version of every year (current and replaced), newest first, with who and where from; without an
    indicator, the region's latest ``HISTORY_ROWS`` versions of all indicators."""
    rows = Observation.objects.filter(region=region).select_related("entered_by", "batch", "report", "indicator")
    if indicator is not None:
        return list(rows.filter(indicator=indicator).order_by("-period", "-version"))
    return list(rows.order_by("-created_at", "-id")[:HISTORY_ROWS])
