"""Reads of the evaluation app: the counties a run covers and their data as a core ``Panel``, the runs and results a
user may see (a county only its own, and the rankings an evaluator published), and the cockpit's forecast."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import numpy as np
from django.core.exceptions import PermissionDenied
from django.db.models import Max
from django.http import Http404
from django.urls import reverse

from kechuang.indicators.panel import Panel
from kechuang.web.accounts.models import Region, Role
from kechuang.web.accounts.permissions import (
    can_evaluate_region,
    can_use_outcomes,
    can_view_county_result,
    is_admin,
    region_id_of,
    region_lineage_ids,
    region_within,
    role_of,
)
from kechuang.web.evaluation.models import Result, Run
from kechuang.web.indicators.models import Observation
from kechuang.web.indicators.selectors import region_descendants


def is_county(region: Region) -> bool:
    """County level: by the region's level, or (level not set) by its GB/T 2260 code (xxxxNN, NN ≠ 00)."""
    if region.level:
        return region.level == "county"
    return len(region.code) == 6 and region.code.isdigit() and region.code[4:] != "00"


def evaluated_regions(scope: Region) -> list[Region]:
    """The counties below ``scope`` (the scope itself when it is a county)."""
    below = region_descendants(scope, include_self=True)
    return [r for r in below if is_county(r)]


@dataclass
class ScopeData:
    panel: Panel
    regions: dict[str, Region]  # code -> region
    provenance: dict = field(default_factory=dict)
    is_demo: bool = False


def scope_data(scope: Region, codes: list[str] | None = None) -> ScopeData:
    """The current observations of the scope's counties as a Panel (units are region codes, named), with where the
    values came from (counts by source, files) and whether any is synthetic (示例数据)."""
    regions = {r.code: r for r in evaluated_regions(scope)}
    qs = Observation.objects.filter(is_current=True, region__in=list(regions.values()))
    if codes is not None:
        qs = qs.filter(indicator__code__in=codes)
    rows = list(qs.values_list("region__code", "indicator__code", "period", "value", "source_kind", "source_file",
                               "is_demo"))
    periods = sorted({r[2] for r in rows})
    units = sorted({r[0] for r in rows})
    variables = sorted({r[1] for r in rows})
    values = np.full((len(periods), len(units), len(variables)), np.nan)
    present = np.zeros((len(periods), len(units)), dtype=bool)
    pi, ui, vi = ({k: i for i, k in enumerate(x)} for x in (periods, units, variables))
    for unit, code, period, value, *_ in rows:
        values[pi[period], ui[unit], vi[code]] = value
        present[pi[period], ui[unit]] = True
    panel = Panel(units, periods, variables, values, present, {u: regions[u].name for u in units},
                  source=f"{scope.name}指标数据")
    kinds = dict(Observation.SOURCES)
    provenance = {"values": len(rows), "regions": len(units),
                  "sources": {kinds.get(k, k): n for k, n in Counter(r[4] for r in rows).items()},
                  "files": sorted({r[5] for r in rows if r[5]})[:20],
                  "latest": str(qs.aggregate(m=Max("created_at"))["m"] or "")}
    return ScopeData(panel, regions, provenance, any(r[6] for r in rows))


def years_with_data(scope: Region) -> list[int]:
    regions = evaluated_regions(scope)
    return sorted(set(Observation.objects.filter(is_current=True, region__in=regions)
                      .values_list("period", flat=True).distinct()), reverse=True)


def years_most_counties_report(scope: Region) -> list[int]:
    """Years, latest first, in which at least half as many counties have data as in the best-covered year: a year
    with a single county's figures (a report or a registry count of this year) is not an evaluation year."""
    from django.db.models import Count

    rows = (Observation.objects.filter(is_current=True, region__in=evaluated_regions(scope))
            .values("period").annotate(n=Count("region", distinct=True)))
    counts = {r["period"]: r["n"] for r in rows}
    most = max(counts.values(), default=0)
    return sorted((y for y, n in counts.items() if 2 * n >= most), reverse=True)


def evaluator_scope(user) -> Region:
    """The region whose counties the user evaluates (an administrator: ?region= or the first province)."""
    if role_of(user) == Role.EVALUATOR and region_id_of(user):
        return Region.objects.get(pk=region_id_of(user))
    if is_admin(user):
        region = Region.objects.filter(parent__isnull=True).order_by("code").first()
        if region is not None:
            return region
    raise PermissionDenied


def runs_for_user(user):
    qs = Run.objects.select_related("region", "created_by")
    if is_admin(user):
        return qs
    scope = evaluator_scope(user)
    return qs.filter(region__in=region_descendants(scope, include_self=True))


def run_for_user(user, pk: int) -> Run:
    """The run for its evaluator (scope) or an administrator; 403 for the users of a county it covers (they see
    their own result page and the published ranking), 404 for anyone else."""
    run = Run.objects.select_related("region").filter(pk=pk).first()
    if run is None:
        raise Http404
    if can_evaluate_region(user, run.region_id):
        return run
    if region_within(region_id_of(user), run.region_id) and role_of(user) != Role.EVALUATOR:
        raise PermissionDenied
    raise Http404


def results_of(run: Run):
    return run.results.select_related("region").order_by("rank", "region__code")


def result_for_user(user, pk: int) -> Result:
    """A county's result: its own users and the evaluator above; another county gets 404 (learns nothing)."""
    result = Result.objects.select_related("run", "region").filter(pk=pk, run__status=Run.DONE).first()
    if result is None or not can_view_county_result(user, result.region_id):
        raise Http404
    return result


def latest_result(region: Region) -> Result | None:
    """The county's result in the latest finished run (latest year, then latest run)."""
    return (Result.objects.select_related("run").filter(region=region, run__status=Run.DONE)
            .order_by("-run__year", "-run__finished_at", "-run_id").first())


def published_ranking_for_user(user, pk: int) -> Run:
    """A published ranking: anyone of a region the run covers, its evaluator; else 404."""
    run = Run.objects.select_related("region").filter(pk=pk, status=Run.DONE).first()
    if run is None:
        raise Http404
    if can_evaluate_region(user, run.region_id):
        return run
    if run.published_at is not None and can_use_outcomes(user) and region_within(region_id_of(user), run.region_id):
        return run
    raise Http404


def published_runs_for_region(region: Region) -> list[Run]:
    """Published runs whose scope holds the region (newest first), selected in the database."""
    above = region_lineage_ids(region.pk)  # a handful of ids: the region and those above it
    return list(Run.objects.filter(status=Run.DONE, published_at__isnull=False, region_id__in=above)
                .select_related("region").order_by("-year", "-published_at"))


def ranking_rows(run: Run) -> list[dict]:
    """The published table: rank, county, score, class — nothing else of any county."""
    return [{"rank": r.rank, "region": r.region.name, "code": r.region.code, "score": r.score, "class": r.klass}
            for r in results_of(run).filter(score__isnull=False)]


def result_view(result: Result) -> dict:
    """What the county page shows: node scores in tree order with depth, class probabilities best class first."""
    run = result.run
    nodes = [{**n, "score": (result.node_scores.get(n["code"]) or [None, None])[0],
              "rank": (result.node_scores.get(n["code"]) or [None, None])[1]} for n in run.nodes]
    p_class = [(c, result.p_class.get(c)) for c in run.classes if c in result.p_class]
    return {"result": result, "run": run, "nodes": nodes, "p_class": p_class, "p_class_chart": p_class}


def county_forecast(region: Region) -> dict | None:
    """The cockpit's summary of the county's latest evaluation, or None when no evaluation covers it."""
    result = latest_result(region)
    if result is None:
        return None
    run = result.run
    path = [{"indicator": s["indicator"], "name": s["name"], "from": s["from"], "to": s["to"], "unit": s["unit"]}
            for s in (result.path or {}).get("steps", [])]
    return {"run_id": run.pk, "framework": run.framework, "framework_title": run.framework_title or run.framework,
            "year": run.year, "score": result.score,
            "rank": result.rank, "of": run.units, "klass": result.klass, "p_class": dict(result.p_class),
            "change": result.score_change, "path": path, "is_demo": run.is_demo,
            "url": reverse("kc-evaluation-result", args=[result.pk])}
