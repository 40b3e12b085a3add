"""Reads of the leader cockpit (领导驾驶舱): one region (and the regions below it) at a glance — task lights across
all plans and their trend by month, targets on and off track, the evaluation forecast, the departments holding
most red items, the 通报 — every figure with the link that drills down to it."""

from __future__ import annotations

import calendar
from datetime import date, datetime, time

from django.urls import reverse
from django.utils import timezone

from kechuang.web.accounts.models import Region
from kechuang.web.cockpit.monitor import data_version, plan_monitoring, summary
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
    key = ("cockpit", region.pk, today, *(f"{p.pk}.{p.data_version}" for p in plans),
           *(data_version(r) for r in {p.region for p in plans}))
    return cached(key, lambda: _figures(region, plans, today))


def _month_ends(today: date) -> list[date]:
    out, year, month = [], today.year, today.month
    for _ in range(MONTHS):
        out.append(min(today, date(year, month, calendar.monthrange(year, month)[1])))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out[::-1]


def _lights(states) -> dict[str, int]:
    return {c: sum(1 for s in states if s.light.colour == c) for c in COLOURS}


def _figures(region: Region, plans: list[Plan], today: date) -> dict:
    tasks = Task.objects.filter(plan__in=plans)
    states = task_states(tasks, today)
    trend = []
    for day in _month_ends(today):
        until = timezone.make_aware(datetime.combine(day, time.max))
        trend.append({"month": f"{day.year}-{day.month:02d}", **_lights(task_states(tasks, day, until))})
    by_plan: dict[int, list] = {}
    for s in states:
        by_plan.setdefault(s.task.plan_id, []).append(s)
    plan_rows, red_targets, target_rows = [], [], []
    for p in plans:
        rows = plan_monitoring(p)
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
