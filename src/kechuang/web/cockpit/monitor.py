"""Reads of target monitoring: every target of a plan against its region's indicator data, computed by the core's
``kechuang.monitoring.monitor_plan`` on the current observations, cached under the plan's and the data's
versions (an import, a manual entry or an approved report is seen by the next request)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import Count, Max

from kechuang.monitoring import TargetStatus, monitor_plan, required_path
from kechuang.web.cockpit.links import (
    METHOD_NAMES,
    catalog_for,
    indicators_for,
    stored_link,
    target_dict,
    unmonitorable_reason,
)
from kechuang.web.indicators.models import Indicator, Observation
from kechuang.web.indicators.selectors import current_observations
from kechuang.web.pagecache import cached
from kechuang.web.plans.models import Plan, Target

LIGHT_COLOURS = {"green": "green", "done": "green", "yellow": "yellow", "red": "red", "unknown": "grey"}
ON_TRACK = ("green", "done")


@dataclass
class TargetRow:
    """One target on the 目标监测 page: its status (None when not monitored, ``reason`` says why)."""

    target_id: int
    task_id: int
    task_path: str
    task_title: str
    wording: str  # 2025年 高新技术企业:30家
    method: str  # how it was linked, in Chinese
    link_score: float | None
    status: TargetStatus | None
    reason: str = ""
    provenance: str = ""
    is_demo: bool = False
    chart: dict = field(default_factory=dict)

    @property
    def colour(self) -> str:
        return LIGHT_COLOURS[self.status.status] if self.status else "grey"

    @property
    def on_track(self) -> bool | None:
        """True on green or attained, False on yellow or red, None without a light."""
        if self.status is None or self.status.status == "unknown":
            return None
        return self.status.status in ON_TRACK


def data_version(region) -> str:
    """A token that changes with every observation recorded in the region and every indicator change."""
    obs = Observation.objects.filter(region=region).aggregate(n=Count("id"), last=Max("id"))
    ind = Indicator.objects.aggregate(n=Count("id"), at=Max("updated_at"))
    return f"{obs['n']}.{obs['last']}.{ind['n']}.{ind['at'].timestamp() if ind['at'] else 0}"


def plan_monitoring(plan: Plan, version: str | None = None) -> list[TargetRow]:
    """Every target of the plan, monitored or listed with why not, cached under the plan's and the region's data
    versions (``version``: the region's, when the caller has read it)."""
    version = version or data_version(plan.region)

    def data() -> RegionData:  # shared by the region's plans: read once per data version
        return cached(("region-data", plan.region_id, version), lambda: region_data(plan.region))

    return cached(("monitor", plan.pk, plan.data_version, version), lambda: _rows(plan, data))


def _wording(t: Target) -> str:
    return f"{t.year}年 " * bool(t.year) + f"{t.indicator}:{t.value}{t.unit}"


def _extras(plan: Plan) -> dict[tuple, dict]:
    """recurring / base year / comparator of the extracted targets, by their span in the text."""
    extracted = Plan.objects.filter(pk=plan.pk).values_list("extracted", flat=True).first() or {}
    out = {}
    for t in extracted.get("targets") or []:
        keep = {k: t[k] for k in ("recurring", "base_year", "comparator") if t.get(k) is not None}
        out[(t.get("start"), t.get("end"))] = keep
    return out


def _plan_year(plan: Plan) -> int | None:
    extracted = Plan.objects.filter(pk=plan.pk).values_list("extracted__document__plan_year", flat=True).first()
    if isinstance(extracted, int):
        return extracted
    return plan.start_date.year if plan.start_date else None


@dataclass
class RegionData:
    """What monitoring reads of one region, read once for all its plans: current values in the core's shape, the
    observation id and demo flag of each (indicator, year), and the catalog the region may use."""

    core: list
    ids: dict[tuple[str, int], tuple[int, bool]]
    catalog: object


def region_data(region) -> RegionData:
    from kechuang.indicators.observations import Observation as CoreObservation

    rows = current_observations([region]).values_list("id", "indicator__code", "period", "value", "source_kind",
                                                      "note", "is_demo")
    core, ids = [], {}
    for pk, code, period, value, kind, note, demo in rows:
        core.append(CoreObservation(region.name, code, int(period), float(value), source=kind, note=note))
        ids[(code, int(period))] = (pk, demo)
    return RegionData(core, ids, catalog_for(indicators_for(region)))


def _rows(plan: Plan, data: Callable[[], RegionData] | None = None) -> list[TargetRow]:
    targets = list(Target.objects.filter(task__plan=plan).select_related("task", "catalog_indicator")
                   .order_by("task__position", "task_id", "id"))
    rows, monitored = [], []
    for t in targets:
        reason = unmonitorable_reason(t) or ("" if t.monitored else "经办人标记为不监测")
        row = TargetRow(t.pk, t.task_id, t.task.path, t.task.title, _wording(t),
                        METHOD_NAMES.get(t.link_method, t.link_method), t.link_score, None, reason)
        rows.append(row)
        if not reason:
            monitored.append((t, row))
    if not monitored:
        return rows
    data = data() if data else region_data(plan.region)
    extras = _extras(plan)
    doc = {"region": plan.region.name, "plan_year": _plan_year(plan)}
    targets_core = [target_dict(t, extras.get((t.start, t.end))) for t, _ in monitored]
    links = {i: link for i, (t, _) in enumerate(monitored, 1) if (link := stored_link(t)) is not None}
    statuses = monitor_plan({"document": doc, "targets": targets_core}, data.core, region=plan.region.name,
                            catalog=data.catalog, links=links)
    latest = {data.ids[k][0] for st in statuses if (k := (st.indicator_id, st.latest_year)) in data.ids}
    provenance = {o.pk: o.provenance() for o in Observation.objects.filter(pk__in=latest).select_related("entered_by")}
    for (t, row), st in zip(monitored, statuses, strict=True):
        row.status = st
        if st.indicator_id and not t.link_method:  # linked here, by the linker, not stored yet
            row.method, row.link_score = METHOD_NAMES.get(st.link, st.link), st.link_score
        pk, _ = data.ids.get((st.indicator_id, st.latest_year), (None, False))
        row.provenance = provenance.get(pk, "")
        row.is_demo = any(data.ids.get((st.indicator_id, y), (None, False))[1] for y, _ in st.history)
        row.chart = _chart(st) if st.history else {}  # no data: nothing to draw (the row says why)
    return rows


def _chart(st: TargetStatus) -> dict:
    """What the ECharts chart of one target draws: history, the required trajectory, the projection, the goal."""
    projection = []
    if st.projected is not None and st.latest_year is not None and st.target_year:
        projection = [[st.latest_year, st.latest_value], [st.target_year, st.projected]]
    return {"name": st.indicator_name or st.indicator, "unit": st.unit or "",
            "history": [[y, v] for y, v in st.history],
            "trajectory": [[y, round(v, 4)] for y, v in required_path(st)],
            "projection": projection, "method": st.projection_method,
            "goal": [st.target_year, st.target_value] if st.target_year and st.target_value is not None else None}


def task_monitoring(task) -> list[TargetRow]:
    return [r for r in plan_monitoring(task.plan) if r.task_id == task.pk]


def summary(rows: list[TargetRow]) -> dict:
    """Counts of the targets by light: on track (green, attained), yellow, red, no data, not monitored."""
    out = {"total": len(rows), "on_track": 0, "yellow": 0, "red": 0, "unknown": 0, "unmonitored": 0}
    for r in rows:
        if r.status is None:
            out["unmonitored"] += 1
        elif r.status.status in ON_TRACK:
            out["on_track"] += 1
        else:
            out[r.status.status] += 1
    out["is_demo"] = any(r.is_demo for r in rows)
    return out


def _number(value: float | None, unit: str | None = "") -> str:
    return "" if value is None else f"{value:,.2f}".rstrip("0").rstrip(".") + (unit or "")


def target_lines(plan: Plan, task_ids: set[int] | None = None) -> list:
    """The plan's targets as the 台账 and the 通报 show them (optionally only those of ``task_ids``)."""
    from kechuang.reports.supervision import TargetLine

    out = []
    for r in plan_monitoring(plan):
        if task_ids is not None and r.task_id not in task_ids:
            continue
        st = r.status
        if st is None:
            out.append(TargetLine(r.task_path, r.wording, "", "", "", "", "", "不监测", "", r.reason))
            continue
        feasible = {True: "可行", False: "难以实现", None: ""}[st.feasible]
        latest = f"{_number(st.latest_value, st.unit)}({st.latest_year}年)" if st.latest_value is not None else ""
        out.append(TargetLine(r.task_path, r.wording, st.indicator_name or "", latest,
                              f"{100 * st.attainment:.1f}%" if st.attainment is not None else "",
                              _number(st.required_now), _number(st.projected), st.light, feasible, st.note,
                              r.is_demo))
    return out
