"""Reads of the leader cockpit (领导驾驶舱): one region (and the regions below it) at a glance — task lights across
all plans and their trend by month, targets on and off track, the evaluation forecast, the departments holding
most red items, the 通报 — every figure with the link that drills down to it."""

from __future__ import annotations

import calendar
import hashlib
from datetime import date, datetime, time

from django.urls import reverse
from django.utils import timezone

from kechuang.web.accounts.models import Region
from kechuang.web.cockpit.models import MonthLights
from kechuang.web.cockpit.monitor import data_version, plan_monitoring, region_data, summary
from kechuang.web.indicators.selectors import region_descendants
from kechuang.web.pagecache import cached
from kechuang.web.plans.models import Plan, Task
from kechuang.web.supervision.selectors import task_states

MONTHS = 6
COLOURS = ("red", "yellow", "green")


def forecast_of(region: Region) -> dict | None:
    """The evaluation app's forecast for the region (None: no evaluation covers it)."""
    try:
        from kechuang.web.evaluation.selectors import county_forecast
    except ImportError:  # the evaluation app is merged from its own branch
        return None
    return county_forecast(region)


def cockpit_regions(region: Region) -> list[Region]:
    return region_descendants(region, include_self=True)


def cockpit_plans(regions: list[Region]) -> list[Plan]:
    return list(Plan.objects.filter(region__in=regions, status=Plan.CONFIRMED, archived_at=None)
                .select_related("region").defer("text", "extracted").order_by("region__code", "-confirmed_at"))


def cockpit_data(region: Region, today: date) -> dict:
    """The cockpit's figures, cached under the versions of every plan and of the region's data."""
    regions = cockpit_regions(region)
    plans = cockpit_plans(regions)
    versions = {r.pk: data_version(r) for r in {p.region for p in plans}}
    parts = "|".join([*(f"{p.pk}.{p.data_version}" for p in plans), *(f"{k}.{v}" for k, v in sorted(versions.items()))])
    key = ("cockpit", region.pk, today, hashlib.sha256(parts.encode()).hexdigest())
    return cached(key, lambda: _figures(region, plans, today, versions))


def _month_ends(today: date) -> list[date]:
    out, year, month = [], today.year, today.month
    for _ in range(MONTHS):
        out.append(min(today, date(year, month, calendar.monthrange(year, month)[1])))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out[::-1]


def _lights(states) -> dict[str, int]:
    return {c: sum(1 for s in states if s.light.colour == c) for c in COLOURS}


def _trend(region: Region, tasks, states, today: date) -> list[dict]:
    """Lights at each of the last months' ends: past months as recorded once (MonthLights, computed from the
    reports submitted by the month's end), the current month as it stands today."""
    from kechuang.web.cockpit.services import month_lights_record

    ends = _month_ends(today)
    months = [f"{d.year}-{d.month:02d}" for d in ends]
    kept = {m.month: m for m in MonthLights.objects.filter(region=region, month__in=months[:-1])}
    trend = []
    for day, month in zip(ends[:-1], months[:-1], strict=True):
        if month not in kept:
            until = timezone.make_aware(datetime.combine(day, time.max))
            kept[month] = month_lights_record(region, month, _lights(task_states(tasks, day, until)))
        trend.append({"month": month, **{c: getattr(kept[month], c) for c in COLOURS}})
    return [*trend, {"month": months[-1], **_lights(states)}]


def _figures(region: Region, plans: list[Plan], today: date, versions: dict[int, str]) -> dict:
    tasks = Task.objects.filter(plan__in=plans)
    states = task_states(tasks, today)
    trend = _trend(region, tasks, states, today)
    by_plan: dict[int, list] = {}
    for s in states:
        by_plan.setdefault(s.task.plan_id, []).append(s)
    data: dict[int, object] = {}  # each region's observations and catalog, read once for all its plans

    def region_of(plan):
        return lambda: data.setdefault(plan.region_id, region_data(plan.region))

    plan_rows, red_targets, target_rows = [], [], []
    for p in plans:
        rows = plan_monitoring(p, region_of(p), versions[p.region_id])
        target_rows += rows
        red_targets += [(p, r) for r in rows if r.status is not None and r.status.status == "red"]
        plan_rows.append({"id": p.pk, "title": p.title, "region": p.region.name, "is_demo": p.is_demo,
                          "tasks": len(by_plan.get(p.pk, [])), **_lights(by_plan.get(p.pk, [])),
                          "targets": summary(rows), "board": reverse("kc-board", args=[p.pk]),
                          "monitor": reverse("kc-plan-monitor", args=[p.pk]),
                          "bulletin_docx": reverse("kc-bulletin-docx", args=[p.pk]),
                          "bulletin_pdf": reverse("kc-bulletin-pdf", args=[p.pk])})
    targets = summary(target_rows)
    return {
        "region": {"id": region.pk, "code": region.code, "name": region.name, "level": region.level},
        "as_of": today.isoformat(), "plans": plan_rows, "lights": _lights(states), "tasks": len(states),
        "trend": trend, "targets": targets,
        "red_targets": [{"plan": p.title, "plan_id": p.pk, "task": r.task_path, "target": r.wording,
                         "latest": r.status.latest_value, "attainment": r.status.attainment,
                         "note": r.status.note, "is_demo": r.is_demo,
                         "url": reverse("kc-plan-monitor", args=[p.pk]) + f"#target-{r.target_id}"}
                        for p, r in red_targets[:20]],
        "departments": _red_departments(states, {p.pk: p for p in plans}),
        "forecast": forecast_of(region),
        "bulletin": plan_rows[0] if plan_rows else None,
        "is_demo": any(p.is_demo for p in plans) or targets["is_demo"],
    }


def _red_departments(states, plans: dict[int, Plan], limit: int = 10) -> list[dict]:
    """The units holding most red items (their own red light on a task they lead or are responsible for)."""
    rows: dict[int, dict] = {}
    for s in states:
        for u in s.unit_states:
            if u.light is None or u.light.colour != "red":
                continue
            row = rows.setdefault(u.department_id, {"id": u.department_id, "name": u.name, "red": 0, "plans": {}})
            row["red"] += 1
            row["plans"].setdefault(s.task.plan_id, 0)
            row["plans"][s.task.plan_id] += 1
    out = sorted(rows.values(), key=lambda r: (-r["red"], r["name"]))[:limit]
    for row in out:
        plan_id = max(row["plans"], key=row["plans"].get)
        row["url"] = reverse("kc-board", args=[plan_id]) + f"?department={row['id']}&light=red"
        row["plans"] = len(row["plans"])
    return out
