"""Reads of the supervision loop: each task's light and progress, the league table, missing reports.

Every function here runs a fixed number of queries whatever the number of tasks (a test counts them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db.models import QuerySet

from kechuang.monitoring.tasks import Light, last_due_period, period_due, period_label, task_light
from kechuang.reports.supervision import DepartmentRow, Supervision, TaskRow
from kechuang.reports.xlsx import KIND_ZH
from kechuang.web.plans.models import Plan, Target, Task
from kechuang.web.supervision.models import ROLE_NAMES, Assignment, Report

LIGHT_ORDER = {"red": 0, "yellow": 1, "green": 2}


@dataclass
class TaskState:
    task: Task
    light: Light
    percent: int | None = None
    latest_period: str = ""
    latest_text: str = ""
    latest_id: int | None = None
    approved: int = 0
    pending: int = 0
    returns: int = 0
    period: str = ""  # the last due period
    units: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # role → [(department id, name)]
    missing: list[tuple[int, str]] = field(default_factory=list)


def plan_start(plan: Plan) -> date | None:
    """Where the straight line of expected progress starts: the plan's date, else its confirmation."""
    if plan.start_date:
        return plan.start_date
    return plan.confirmed_at.date() if plan.confirmed_at else None


def task_states(tasks: QuerySet, today: date) -> list[TaskState]:
    """The state of every task of ``tasks`` (a queryset; plan is joined in)."""
    task_list = list(tasks.select_related("plan").defer("plan__text", "plan__extracted", "unit_spans"))
    units: dict[int, dict[str, list[tuple[int, str]]]] = {}
    for a in (Assignment.objects.filter(task__in=tasks.values("id")).order_by("role", "department__name")
              .values_list("task_id", "role", "department_id", "department__name")):
        units.setdefault(a[0], {}).setdefault(a[1], []).append((a[2], a[3]))
    reports: dict[int, list[tuple]] = {}
    for r in (Report.objects.filter(task__in=tasks.values("id")).order_by("submitted_at", "id")
              .values_list("task_id", "id", "department_id", "period", "status", "percent")):
        reports.setdefault(r[0], []).append(r)
    states = [_state(task, reports.get(task.id, []), units.get(task.id, {}), today) for task in task_list]
    latest = [s.latest_id for s in states if s.latest_id]
    texts = dict(Report.objects.filter(id__in=latest).values_list("id", "text")) if latest else {}
    for state in states:
        state.latest_text = texts.get(state.latest_id, "")
    return states


def _state(task: Task, reports: list[tuple], units: dict, today: date) -> TaskState:
    percent, latest_period, latest_id, approved, pending, returns = None, "", None, 0, 0, 0
    for _, rid, _, period, status, pct in reports:
        if status == Report.APPROVED:
            percent, latest_period, latest_id, approved, returns = pct, period, rid, approved + 1, 0
        elif status == Report.RETURNED:
            returns += 1
        else:
            pending += 1
    plan = task.plan
    light = task_light(today, plan_start(plan), task.deadline, percent, returns)
    state = TaskState(task, light, percent, latest_period, "", latest_id, approved, pending, returns, units=units)
    if plan.status == Plan.CONFIRMED and plan.confirmed_at and percent != 100:
        state.period = last_due_period(today, task.cycle, task.due_day)
        # Only periods due after the plan was confirmed are owed.
        if period_due(state.period, task.due_day) >= plan.confirmed_at.date():
            reported = {r[2] for r in reports if r[3] == state.period and r[4] != Report.RETURNED}
            owing = units.get("lead", []) + units.get("responsible", [])
            state.missing = [u for u in dict.fromkeys(owing) if u[0] not in reported]
    return state


def states_filtered(states: list[TaskState], department: int | None = None, role: str | None = None,
                    light: str | None = None) -> list[TaskState]:
    out = []
    for s in states:
        if light and s.light.colour != light:
            continue
        if department or role:
            roles = [r for r, members in s.units.items() if not department or any(d == department for d, _ in members)]
            if not roles or (role and role not in roles):
                continue
        out.append(s)
    return out


def league(states: list[TaskState]) -> list[DepartmentRow]:
    """Departments ranked by their share of green tasks (then fewer red, fewer missing reports)."""
    rows: dict[int, DepartmentRow] = {}
    for s in states:
        seen = set()
        for members in s.units.values():
            for d, name in members:
                if d in seen:
                    continue
                seen.add(d)
                row = rows.setdefault(d, DepartmentRow(name, 0, 0, 0, 0, 0))
                row.tasks += 1
                setattr(row, s.light.colour, getattr(row, s.light.colour) + 1)
        for d, _ in s.missing:
            rows[d].missing += 1
    return sorted(rows.values(), key=lambda r: (-r.score, r.red, r.missing, r.name))


def plan_states(plan: Plan, today: date) -> list[TaskState]:
    return task_states(Task.objects.filter(plan=plan), today)


def missing_reports(plan: Plan, today: date) -> list[tuple[Task, int, str]]:
    return [(s.task, d, s.period) for s in plan_states(plan, today) for d, _ in s.missing]


def supervision_data(plan: Plan, today: date, states: list[TaskState] | None = None) -> Supervision:
    """Everything the 台账 and the 通报 show, for the renderers in kechuang.reports."""
    states = states if states is not None else plan_states(plan, today)
    targets: dict[int, list[str]] = {}
    for t in Target.objects.filter(task__plan=plan).order_by("id"):
        year = f"{t.year}年" if t.year else ""
        kind = KIND_ZH.get(t.kind, t.kind)
        targets.setdefault(t.task_id, []).append(f"{year}{t.indicator}:{t.value}{t.unit}({kind})")
    rows = []
    for s in states:
        names = {role: [n for _, n in s.units.get(role, [])] for role in ROLE_NAMES}
        rows.append(TaskRow(
            path=s.task.path, title=s.task.title, lead=names["lead"] or list(s.task.lead_units),
            responsible=names["responsible"] or list(s.task.responsible_units),
            cooperating=names["cooperating"] or list(s.task.cooperating_units), deadline=s.task.deadline,
            cycle=s.task.get_cycle_display(), targets=targets.get(s.task.id, []), percent=s.percent,
            latest_period=s.latest_period, latest_text=s.latest_text, light=s.light.name, reason=s.light.reason,
            approved_reports=s.approved, missing=[n for _, n in s.missing]))
    periods = [s.period for s in states if s.period]
    label = period_label(max(periods)) if periods else "本期"
    issuer = "、".join((plan.extracted.get("document") or {}).get("issuer") or [])
    return Supervision(plan.title, plan.region.name, today, label, rows, league(states), issuer=issuer,
                       doc_number=plan.doc_number)


def department_tasks(department_id: int, today: date) -> dict[str, list[TaskState]]:
    """A department's tasks of confirmed plans in use (not archived), grouped by its role (牵头/责任/配合)."""
    tasks = Task.objects.filter(plan__status=Plan.CONFIRMED, plan__archived_at=None,
                                assignments__department_id=department_id).distinct()
    grouped: dict[str, list[TaskState]] = {role: [] for role in ROLE_NAMES}
    for s in task_states(tasks, today):
        for role, members in s.units.items():
            if any(d == department_id for d, _ in members):
                grouped[role].append(s)
    for states in grouped.values():
        states.sort(key=lambda s: (LIGHT_ORDER[s.light.colour], s.task.plan_id, s.task.position))
    return grouped
