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
from kechuang.web.cockpit.monitor import data_version, plan_monitoring, summary
from kechuang.web.evaluation.selectors import county_forecast
from kechuang.web.indicators.selectors import region_descendants
from kechuang.web.pagecache import cached
from kechuang.web.plans.models import Plan, Task
from kechuang.web.supervision.selectors import plan_states, task_states

MONTHS = 6
COLOURS = ("red", "yellow", "green")


def forecast_of(region: Region) -> dict | None:
    """The evaluation app's forecast for the region (None: no evaluation covers it)."""
    return county_forecast(region)


def cockpit_regions(region: Region) -> list[Region]:
    return region_descendants(region, include_self=True)


def cockpit_plans(regions: list[Region]) -> list[Plan]:
    return list(Plan.objects.filter(region__in=regions, status=Plan.CONFIRMED, archived_at=None)
                .select_related("region").defer("text", "extracted").order_by("region__code", "-confirmed_at"))


def cockpit_key(region: Region, today: date) -> tuple[tuple, list[Region], dict[int, str]]:
    """The cache key of the region's cockpit (the versions of every plan and of the regions' data, the day), the
    regions it covers and the data version of each region with plans."""
    regions = cockpit_regions(region)
    rows = list(Plan.objects.filter(region__in=regions, status=Plan.CONFIRMED, archived_at=None)
                .order_by("pk").values_list("pk", "data_version", "region_id"))
    with_plans = {r for _, _, r in rows}
    versions = {r.pk: data_version(r) for r in regions if r.pk in with_plans}
    parts = "|".join([*(f"{pk}.{v}" for pk, v, _ in rows), *(f"{k}.{v}" for k, v in sorted(versions.items()))])
    return ("cockpit", region.pk, today, hashlib.sha256(parts.encode()).hexdigest()), regions, versions


def cockpit_data(region: Region, today: date, known: tuple | None = None) -> dict:
    """The cockpit's figures, cached under ``cockpit_key`` (``known``: its answer, read already)."""
    key, regions, versions = known or cockpit_key(region, today)
    return cached(key, lambda: _figures(region, cockpit_plans(regions), today, versions))


def _month_ends(today: date) -> list[date]:
    out, year, month = [], today.year, today.month
    for _ in range(MONTHS):
        out.append(min(today, date(year, month, calendar.monthrange(year, month)[1])))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out[::-1]


def _lights(states) -> dict[str, int]:
    return {c: sum(1 for s in states if s.light.colour == c) for c in COLOURS}


def _trend(region: Region, tasks, lights: dict[str, int], today: date) -> list[dict]:
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
    return [*trend, {"month": months[-1], **lights}]


def _plan_piece(plan: Plan, today: date, version: str) -> dict:
    """One plan's part of the cockpit, cached under the plan's and its region's data versions and the day: a
    report on one plan recomputes that plan only."""
    def build() -> dict:
        states = plan_states(plan, today)
        rows = plan_monitoring(plan, version=version)  # the region's data are read once for all its plans
        red_units: dict[int, list] = {}
        for s in states:
            for u in s.unit_states:
                if u.light is not None and u.light.colour == "red":
                    red_units.setdefault(u.department_id, [u.name, 0])[1] += 1
        red = [{"plan": plan.title, "plan_id": plan.pk, "task": r.task_path, "target": r.wording,
                "latest": r.status.latest_value, "attainment": r.status.attainment, "note": r.status.note,
                "is_demo": r.is_demo, "url": reverse("kc-plan-monitor", args=[plan.pk]) + f"#target-{r.target_id}"}
               for r in rows if r.status is not None and r.status.status == "red"]
        row = {"id": plan.pk, "title": plan.title, "region": plan.region.name, "is_demo": plan.is_demo,
               "tasks": len(states), **_lights(states), "targets": summary(rows),
               "board": reverse("kc-board", args=[plan.pk]), "monitor": reverse("kc-plan-monitor", args=[plan.pk]),
               "bulletin_docx": reverse("kc-bulletin-docx", args=[plan.pk]),
               "bulletin_pdf": reverse("kc-bulletin-pdf", args=[plan.pk])}
        return {"row": row, "red_units": red_units, "red_targets": red}

    return cached(("cockpit-plan", plan.pk, plan.data_version, version, today), build)


def _figures(region: Region, plans: list[Plan], today: date, versions: dict[int, str]) -> dict:
    pieces = [_plan_piece(p, today, versions[p.region_id]) for p in plans]
    rows = [piece["row"] for piece in pieces]
    lights = {c: sum(r[c] for r in rows) for c in COLOURS}
    targets = {k: sum(r["targets"][k] for r in rows) for k in ("total", "on_track", "yellow", "red", "unknown",
                                                                 "unmonitored")}
    targets["is_demo"] = any(r["targets"]["is_demo"] for r in rows)
    return {
        "region": {"id": region.pk, "code": region.code, "name": region.name, "level": region.level},
        "as_of": today.isoformat(), "plans": rows, "lights": lights, "tasks": sum(r["tasks"] for r in rows),
        "trend": _trend(region, Task.objects.filter(plan__in=plans), lights, today), "targets": targets,
        "red_targets": [t for piece in pieces for t in piece["red_targets"]][:20],
        "departments": _red_departments(pieces),
        "forecast": forecast_of(region),
        "bulletin": rows[0] if rows else None,
        "is_demo": any(p.is_demo for p in plans) or targets["is_demo"],
    }


def _red_departments(pieces: list[dict], limit: int = 10) -> list[dict]:
    """The units holding most red items (their own red light on a task they lead or are responsible for), each
    linked to the board of the plan where it holds most, filtered to its red tasks."""
    rows: dict[int, dict] = {}
    for piece in pieces:
        for department_id, (name, n) in piece["red_units"].items():
            row = rows.setdefault(department_id, {"id": department_id, "name": name, "red": 0, "plans": {}})
            row["red"] += n
            row["plans"][piece["row"]["id"]] = n
    out = sorted(rows.values(), key=lambda r: (-r["red"], r["name"]))[:limit]
    for row in out:
        plan_id = max(row["plans"], key=row["plans"].get)
        row["url"] = reverse("kc-board", args=[plan_id]) + f"?department={row['id']}&light=red"
        row["plans"] = len(row["plans"])
    return out
