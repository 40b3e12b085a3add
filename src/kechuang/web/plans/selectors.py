"""Reads on plans: the review page's highlighted source, task rows, the diff of a revision."""

from __future__ import annotations

from kechuang.extract.diff import TaskChange, diff_tasks
from kechuang.extract.highlight import Segment, segments
from kechuang.web.plans.models import Plan, Task


def plan_for_user(user, pk: int, manage: bool = False, defer: tuple[str, ...] = ()) -> Plan:
    """The plan if ``user`` may see it (else Http404) and, with ``manage``, change it (else PermissionDenied).

    ``defer`` leaves big fields (``text``, ``extracted``) unread for pages that do not show them.
    """
    from django.core.exceptions import PermissionDenied
    from django.http import Http404
    from django.shortcuts import get_object_or_404

    from kechuang.web.accounts.permissions import can_manage_region, can_view_plan

    plan = get_object_or_404(Plan.objects.select_related("region").defer(*defer), pk=pk)
    if not can_view_plan(user, plan):
        raise Http404
    if manage and not can_manage_region(user, plan.region_id):
        raise PermissionDenied
    return plan


def task_for_user(user, pk: int) -> Task:
    """The task if ``user`` may see it (else Http404), with its plan, region and assignments loaded."""
    from django.http import Http404
    from django.shortcuts import get_object_or_404

    from kechuang.web.accounts.permissions import can_view_task

    task = get_object_or_404(Task.objects.select_related("plan", "plan__region").prefetch_related("assignments"),
                             pk=pk)
    if not can_view_task(user, task):
        raise Http404
    return task


def report_for_user(user, pk: int):
    """The progress report if ``user`` may see its task (else Http404)."""
    from django.http import Http404
    from django.shortcuts import get_object_or_404

    from kechuang.web.accounts.permissions import can_view_task
    from kechuang.web.supervision.models import Report

    report = get_object_or_404(Report.objects.select_related("task", "task__plan"), pk=pk)
    if not can_view_task(user, report.task):
        raise Http404
    return report


def plan_tasks(plan: Plan) -> list[Task]:
    return list(plan.tasks.prefetch_related("targets").all())


def review_segments(plan: Plan, tasks: list[Task]) -> list[Segment]:
    """The plan's text cut at every extracted heading, unit and target, each linked to its task."""
    spans: list[tuple[int, int, str, str]] = []
    for task in tasks:
        if task.start is not None and task.end is not None:
            spans.append((task.start, task.end, "heading", f"task-{task.id}"))
        spans += [(s, e, "unit", f"task-{task.id}") for s, e in task.unit_spans]
        spans += [(t.start, t.end, "target", f"task-{task.id}") for t in task.targets.all()
                  if t.start is not None and t.end is not None]
    return segments(plan.text, spans)


def task_rows(tasks: list[Task]) -> list[dict]:
    return [{"path": t.path, "title": t.title, "lead": t.lead_units, "responsible": t.responsible_units,
             "cooperating": t.cooperating_units,
             "targets": [f"{x.indicator}:{x.value}{x.unit}" for x in t.targets.all()]} for t in tasks]


def plan_revision_diff(revision: Plan) -> list[TaskChange]:
    """What the revised document changes against the plan it revises."""
    if revision.revises_id is None:
        return []
    return diff_tasks(task_rows(plan_tasks(revision.revises)), task_rows(plan_tasks(revision)))


