"""Reads of the supervision loop: each unit's and each task's light and progress, the league table, missing
reports. Lights are per unit: each assignment (unit × task) is judged on its own approved reports; the task
takes the worst light of the units that owe reports (lead and responsible) and a progress that weighs its lead
units and its responsible units half each (kechuang.monitoring.tasks).

Every function here runs a fixed number of queries whatever the number of tasks (a test counts them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from django.db.models import QuerySet
from django.utils import timezone

from kechuang.monitoring.tasks import (
    LIGHT_NAMES,
    Light,
    competition_ranks,
    first_due_after,
    last_due_period,
    period_due,
    period_label,
    task_light,
    task_percent,
    worst_light,
)
from kechuang.reports.supervision import DepartmentRow, Supervision, TaskRow, UnitRow
from kechuang.reports.xlsx import KIND_ZH
from kechuang.web.plans.models import Plan, Target, Task
from kechuang.web.supervision.models import ROLE_NAMES, Assignment, Completion, Extension, Report

LIGHT_ORDER = {"red": 0, "yellow": 1, "green": 2}
OWING = ("lead", "responsible")  # the roles that owe periodic reports
CLOSED = Light("green", "已办结(已销号)", 100)


@dataclass
class UnitState:
    """One assignment: a unit's own progress, light and latest report on one task."""

    department_id: int
    name: str
    role: str
    light: Light | None = None  # None: a cooperating unit that has not reported (it owes no reports)
    percent: int | None = None
    approved: int = 0
    pending: int = 0
    returns: int = 0
    latest_period: str = ""
    reporter: str = ""
    reported_at: datetime | None = None
    reviewer: str = ""
    reviewed_at: datetime | None = None
    acknowledged_at: datetime | None = None
    assigned_at: datetime | None = None
    missing: bool = False  # owes the last due period's report
    collective: bool = False  # a collective without members yet holds the task itself: no unit to rank

    @property
    def role_name(self) -> str:
        return ROLE_NAMES[self.role]

    @property
    def status(self) -> str:
        if self.light is CLOSED:
            return "已办结"
        if self.pending:
            return "待审核"
        if self.missing:
            return "未报送"
        if self.acknowledged_at is None and self.role in OWING and not self.approved:
            return "未签收"
        if self.approved:
            return f"已通过 {self.percent}%"
        return "尚无报告" if self.role in OWING else "配合"


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
    period: str = ""  # the last due period (empty before the first one is due)
    units: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # role → [(department id, name)]
    missing: list[tuple[int, str]] = field(default_factory=list)
    unit_states: list[UnitState] = field(default_factory=list)
    closed: bool = False
    completion_pending: bool = False
    extension_pending: bool = False

    def unit(self, department_id: int) -> UnitState | None:
        return next((u for u in self.unit_states if u.department_id == department_id), None)

    @property
    def responsible(self) -> list[UnitState]:
        return [u for u in self.unit_states if u.role == "responsible"]

    @property
    def responsible_lights(self) -> list[tuple[str, str, int]]:
        """(colour, name, count) of the responsible units' lights: the board's summary of many units."""
        counts = {c: 0 for c in LIGHT_ORDER}
        for u in self.responsible:
            counts[u.light.colour] += 1
        return [(c, LIGHT_NAMES[c], n) for c, n in counts.items() if n]


def plan_start(plan: Plan) -> date | None:
    """Where the straight line of expected progress starts: the plan's date, else its confirmation."""
    if plan.start_date:
        return plan.start_date
    return plan.confirmed_at.date() if plan.confirmed_at else None


def _person(first_name: str | None, username: str | None) -> str:
    return first_name or username or ""


def task_states(tasks: QuerySet, today: date, until: datetime | None = None) -> list[TaskState]:
    """The state of every task of ``tasks`` (a queryset; plan is joined in); with ``until``, as the reports
    submitted by then make it (the cockpit's trend by month)."""
    task_list = list(tasks.select_related("plan").defer("plan__text", "plan__extracted", "unit_spans"))
    ids = tasks.values("id")
    assignments: dict[int, list[tuple]] = {}
    for a in (Assignment.objects.filter(task__in=ids).order_by("role", "department__name")
              .values_list("task_id", "role", "department_id", "department__name", "acknowledged_at",
                           "assigned_at", "department__is_collective")):
        assignments.setdefault(a[0], []).append(a[1:])
    reports: dict[int, list[tuple]] = {}
    submitted = Report.objects.filter(task__in=ids)
    for r in ((submitted.filter(submitted_at__lte=until) if until else submitted).order_by("submitted_at", "id")
              .values_list("task_id", "id", "department_id", "period", "status", "percent", "submitted_at",
                           "reviewed_at", "submitted_by__first_name", "submitted_by__username",
                           "reviewed_by__first_name", "reviewed_by__username")):
        reports.setdefault(r[0], []).append(r[1:])
    closed = set(Completion.objects.filter(task__in=ids, status=Completion.GRANTED).values_list("task_id", flat=True))
    asked = set(Completion.objects.filter(task__in=ids, status=Completion.PENDING).values_list("task_id", flat=True))
    delays = set(Extension.objects.filter(task__in=ids, status=Extension.PENDING).values_list("task_id", flat=True))
    states = [_state(task, reports.get(task.id, []), assignments.get(task.id, []), today, task.id in closed)
              for task in task_list]
    for s in states:
        s.completion_pending, s.extension_pending = s.task.id in asked, s.task.id in delays
    latest = [s.latest_id for s in states if s.latest_id]
    texts = dict(Report.objects.filter(id__in=latest).values_list("id", "text")) if latest else {}
    for state in states:
        state.latest_text = texts.get(state.latest_id, "")
    return states


def _unit(task: Task, unit: UnitState, reports: list[tuple], today: date, closed: bool) -> UnitState:
    for _, _, period, status, pct, submitted_at, reviewed_at, *people in reports:
        unit.reporter, unit.reported_at = _person(people[0], people[1]), submitted_at
        if status == Report.APPROVED:
            unit.percent, unit.latest_period, unit.approved, unit.returns = pct, period, unit.approved + 1, 0
            unit.reviewer, unit.reviewed_at = _person(people[2], people[3]), reviewed_at
        elif status == Report.RETURNED:
            unit.returns += 1
        else:
            unit.pending += 1
    if closed:
        unit.light = CLOSED
    elif unit.role in OWING or reports:
        unit.light = task_light(today, plan_start(task.plan), task.deadline, unit.percent, unit.returns)
    return unit


def _state(task: Task, reports: list[tuple], assignments: list[tuple], today: date, closed: bool) -> TaskState:
    units: dict[str, list[tuple[int, str]]] = {}
    unit_states = []
    for role, department_id, name, acknowledged_at, assigned_at, collective in assignments:
        units.setdefault(role, []).append((department_id, name))
        own = [r for r in reports if r[1] == department_id]
        unit = UnitState(department_id, name, role, acknowledged_at=acknowledged_at, assigned_at=assigned_at,
                         collective=collective)
        unit_states.append(_unit(task, unit, own, today, closed))
    owing = [u for u in unit_states if u.role in OWING]
    percent = 100 if closed else task_percent([u.percent for u in owing if u.role == "lead"],
                                              [u.percent for u in owing if u.role == "responsible"])
    light = CLOSED if closed else worst_light([u.light for u in owing]) or task_light(
        today, plan_start(task.plan), task.deadline, None)
    approved = [r for r in reports if r[3] == Report.APPROVED]
    state = TaskState(task, light, percent, approved[-1][2] if approved else "", "",
                      approved[-1][0] if approved else None, len(approved),
                      sum(u.pending for u in unit_states), sum(u.returns for u in unit_states), units=units,
                      unit_states=unit_states, closed=closed)
    plan = task.plan
    if plan.status == Plan.CONFIRMED and plan.confirmed_at and not closed:
        period = last_due_period(today, task.cycle, task.due_day)
        # Only periods due after the plan was confirmed are owed.
        if period_due(period, task.due_day) >= plan.confirmed_at.date():
            state.period = period
            reported = {r[1] for r in reports if r[2] == period and r[3] != Report.RETURNED}
            for u in owing:
                if u.department_id not in reported and u.percent != 100:
                    u.missing = True
                    state.missing.append((u.department_id, u.name))
    return state


def first_due(plan: Plan, states: list[TaskState]) -> date | None:
    """The first due day after confirmation, while no period has come due yet (None once one has)."""
    if not plan.confirmed_at or not states or any(s.period for s in states):
        return None
    confirmed = timezone.localdate(plan.confirmed_at)
    return min(first_due_after(confirmed, s.task.cycle, s.task.due_day) for s in states)


def states_filtered(states: list[TaskState], department: int | None = None, role: str | None = None,
                    light: str | None = None) -> list[TaskState]:
    """Tasks of a unit (in a role), by light: the unit's own light when a unit is chosen, else the task's."""
    out = []
    for s in states:
        if department or role:
            units = [u for u in s.unit_states if (not department or u.department_id == department)
                     and (not role or u.role == role)]
            if not units:
                continue
            if light and not any(u.light and u.light.colour == light for u in units):
                continue
        elif light and s.light.colour != light:
            continue
        out.append(s)
    return out


def league(states: list[TaskState]) -> list[DepartmentRow]:
    """Units ranked on their own lights (share of green, then fewer red, fewer missing); ties share a rank. A
    collective still without members (it holds its tasks itself) is not a unit: its members are ranked once set."""
    rows: dict[int, DepartmentRow] = {}
    for s in states:
        seen = set()  # a unit both lead and responsible on a task counts the task once (as the lead)
        for u in sorted(s.unit_states, key=lambda u: u.role != "lead"):
            if u.role not in OWING or u.department_id in seen or u.collective:
                continue
            seen.add(u.department_id)
            row = rows.setdefault(u.department_id, DepartmentRow(u.name, 0, 0, 0, 0, 0))
            row.tasks += 1
            setattr(row, u.light.colour, getattr(row, u.light.colour) + 1)
            row.missing += u.missing
    ordered = sorted(rows.values(), key=lambda r: (-r.score, r.red, r.missing, r.name))
    for row, rank in zip(ordered, competition_ranks([(r.score, r.red, r.missing) for r in ordered]), strict=True):
        row.rank = rank
    return ordered


def plan_states(plan: Plan, today: date) -> list[TaskState]:
    return task_states(Task.objects.filter(plan=plan), today)


def missing_reports(plan: Plan, today: date) -> list[tuple[Task, int, str]]:
    return [(s.task, d, s.period) for s in plan_states(plan, today) for d, _ in s.missing]


def reviewer_name(report: Report) -> str:
    """Who reviews the report, as the task page says it."""
    from kechuang.web.accounts.models import Department
    from kechuang.web.accounts.permissions import report_reviewer

    who, which = report_reviewer(report)
    if who == "lead":
        return "牵头单位"
    if who == "department":
        return Department.objects.filter(pk=which).values_list("name", flat=True).first() or "审核单位"
    return "科技局"


def reports_to_review(department_id: int) -> list[Report]:
    """Reports awaiting this unit's review: other units' reports on tasks it leads, and lead units' reports on
    tasks for which the bureau named it the reviewer."""
    from django.db.models import Exists, OuterRef, Q

    from kechuang.web.supervision.models import Reviewer

    lead_of_report = Assignment.objects.filter(task=OuterRef("task"), department=OuterRef("department"), role="lead")
    led_by_me = Assignment.objects.filter(task=OuterRef("task"), department_id=department_id, role="lead")
    reviewer = Reviewer.objects.filter(task=OuterRef("task"), department_id=department_id)
    return list(Report.objects.filter(status=Report.SUBMITTED, task__plan__status=Plan.CONFIRMED)
                .exclude(department_id=department_id)
                .filter(Q(Exists(led_by_me) & ~Exists(lead_of_report)) | Q(Exists(reviewer) & Exists(lead_of_report)))
                .select_related("task", "department"))


def _when(moment: datetime | None) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


def _unit_row(u: UnitState) -> UnitRow:
    return UnitRow(u.name, ROLE_NAMES[u.role][:2], u.light.name if u.light else "", u.light.reason if u.light else "",
                   u.percent, u.status, _when(u.acknowledged_at)[:10], u.latest_period, u.reporter,
                   _when(u.reported_at), u.reviewer, _when(u.reviewed_at))


def supervision_data(plan: Plan, today: date, states: list[TaskState] | None = None,
                     department: int | None = None, role: str | None = None, light: str | None = None) -> Supervision:
    """Everything the 台账 and the 通报 show, for the renderers in kechuang.reports (optionally filtered as the
    board is: the same unit, role and light)."""
    states = states if states is not None else plan_states(plan, today)
    targets: dict[int, list[str]] = {}
    for t in Target.objects.filter(task__plan=plan).order_by("id"):
        year = f"{t.year}年" if t.year else ""
        kind = KIND_ZH.get(t.kind, t.kind)
        targets.setdefault(t.task_id, []).append(f"{year}{t.indicator}:{t.value}{t.unit}({kind})")
    shown = states_filtered(states, department, role, light)
    rows = []
    for s in shown:
        names = {role: [n for _, n in s.units.get(role, [])] for role in ROLE_NAMES}
        rows.append(TaskRow(
            path=s.task.path, title=s.task.title, lead=names["lead"] or list(s.task.lead_units),
            responsible=names["responsible"] or list(s.task.responsible_units),
            cooperating=names["cooperating"] or list(s.task.cooperating_units), deadline=s.task.deadline,
            cycle=s.task.get_cycle_display(), targets=targets.get(s.task.id, []), percent=s.percent,
            latest_period=s.latest_period, latest_text=s.latest_text, light=s.light.name, reason=s.light.reason,
            approved_reports=s.approved, missing=[n for _, n in s.missing],
            units=[_unit_row(u) for u in s.unit_states], closed=s.closed))
    periods = [s.period for s in states if s.period]
    label = period_label(max(periods)) if periods else "本期"
    issuer = "、".join((plan.extracted.get("document") or {}).get("issuer") or [])
    from kechuang.web.cockpit.monitor import target_lines

    shown_ids = None if len(shown) == len(states) else {s.task.id for s in shown}
    return Supervision(plan.title, plan.region.name, today, label, rows, league(states), issuer=issuer,
                       doc_number=plan.doc_number, first_due=first_due(plan, states),
                       targets=target_lines(plan, shown_ids))


def department_tasks(department_id: int, today: date) -> dict[str, list[TaskState]]:
    """A department's tasks of confirmed plans in use (not archived), grouped by its role (牵头/责任/配合)."""
    tasks = Task.objects.filter(plan__status=Plan.CONFIRMED, plan__archived_at=None,
                                assignments__department_id=department_id).distinct()
    grouped: dict[str, list[TaskState]] = {role: [] for role in ROLE_NAMES}
    for s in task_states(tasks, today):
        for u in s.unit_states:
            if u.department_id == department_id:
                grouped[u.role].append(s)
    for states in grouped.values():
        states.sort(key=lambda s: (LIGHT_ORDER[_own_light(s, department_id).colour], s.task.plan_id,
                                   s.task.position))
    return grouped


def to_acknowledge(grouped: dict[str, list[TaskState]], department_id: int) -> list[tuple[TaskState, str]]:
    """The open tasks the department has still to 签收, once each with its roles (牵头单位、责任单位): a unit that
    leads a task and is also a member of a collective responsible for it holds two assignments of one task."""
    rows: dict[int, tuple[TaskState, str]] = {}
    for s in (s for states in grouped.values() for s in states):
        if s.closed or s.task.pk in rows:
            continue
        owing = [u for u in s.unit_states if u.department_id == department_id and u.role != "cooperating"]
        if any(u.acknowledged_at is None for u in owing):
            rows[s.task.pk] = (s, "、".join(dict.fromkeys(ROLE_NAMES[u.role] for u in owing)))
    return list(rows.values())


def _own_light(state: TaskState, department_id: int) -> Light:
    unit = state.unit(department_id)
    return unit.light if unit and unit.light else state.light


__all__ = ["LIGHT_NAMES", "TaskState", "UnitState", "league", "plan_states", "supervision_data", "task_states",
           "to_acknowledge"]
