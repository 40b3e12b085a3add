"""Pages of the supervision loop: board, task page with reports and review, my tasks, 台账 and 通报."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET, require_POST

from kechuang.errors import KechuangError
from kechuang.monitoring.tasks import period_of
from kechuang.web.accounts.models import Department
from kechuang.web.accounts.permissions import (
    can_manage_region,
    can_report,
    can_review,
    can_view_task,
    department_id_of,
    task_roles,
)
from kechuang.web.clock import today
from kechuang.web.errors import error_page, http_status
from kechuang.web.history.models import Change
from kechuang.web.history.services import KIND_NAMES
from kechuang.web.jobs.views import export_or_job
from kechuang.web.pagecache import cached
from kechuang.web.params import int_or_none
from kechuang.web.plans.models import Plan, Task
from kechuang.web.plans.selectors import report_for_user, task_for_user
from kechuang.web.supervision import services
from kechuang.web.supervision.exports import confirmed_plan_for
from kechuang.web.supervision.models import ROLE_NAMES, Attachment, Reminder, Report
from kechuang.web.supervision.selectors import (
    department_tasks,
    league,
    plan_states,
    states_filtered,
    task_states,
)

LIGHTS = [("red", "红"), ("yellow", "黄"), ("green", "绿")]


def _confirmed_plan(request, pk: int) -> Plan:
    return confirmed_plan_for(request.user, pk)


@login_required
@require_GET
def board(request, pk: int):
    plan = _confirmed_plan(request, pk)  # its data_version is read before the data the board shows
    department = int_or_none(request.GET.get("department"))
    role, light = request.GET.get("role"), request.GET.get("light")
    role = role if role in ROLE_NAMES else None
    light = light if light in dict(LIGHTS) else None
    summary = cached(("board", plan.pk, plan.data_version, today(), department, role, light),
                     lambda: _board_summary(plan, department, role, light))
    return render(request, "kechuang/board.html", {
        **summary, "body": mark_safe(summary["body"]), "plan": plan, "today": today(),
        "can_manage": can_manage_region(request.user, plan.region_id)})


def _board_summary(plan: Plan, department: int | None, role: str | None, light: str | None) -> dict:
    """Counts and the rendered board body (tables, filters, chart data): no user-specific content."""
    states = plan_states(plan, today())
    shown = states_filtered(states, department, role, light)
    counts = {c: sum(1 for s in states if s.light.colour == c) for c, _ in LIGHTS}
    missing = [(s, name) for s in states for _, name in s.missing]
    departments = sorted({(d, n) for s in states for members in s.units.values() for d, n in members},
                         key=lambda x: x[1])
    body = render_to_string("kechuang/board_body.html", {
        "states": shown, "league": league(states), "missing": missing, "departments": departments,
        "roles": ROLE_NAMES.items(), "lights": LIGHTS,
        "selected": {"department": department, "role": role, "light": light},
        "chart": [{"name": n, "value": counts[c], "colour": c} for c, n in LIGHTS]})
    return {"all": len(states), "counts": counts, "body": body}


@login_required
@require_GET
def export(request, pk: int, kind: str):
    """台账 (xlsx) and 通报 (docx, pdf): the file when it is cached under the plan's data version and the day,
    else a background job (one per key) and a page that waits for it (202; JSON for API clients)."""
    return export_or_job(request, _confirmed_plan(request, pk), kind)


@login_required
@require_POST
def reminders(request, pk: int):
    plan = _confirmed_plan(request, pk)
    if not can_manage_region(request.user, plan.region_id):
        raise PermissionDenied
    created = services.reminders_create(plan, today())
    messages.success(request, f"已生成 {created} 条催办事项")
    return redirect("kc-board", pk=plan.pk)


def _task(request, pk: int) -> Task:
    return task_for_user(request.user, pk)


def _history(task: Task) -> list[dict]:
    rows = []
    for c in Change.objects.filter(task_id=task.id).select_related("user")[:100]:
        rows.append({"change": c, "kind": KIND_NAMES.get(c.kind, c.kind),
                     "fields": sorted(set(c.before or {}) | set(c.after or {}))})
    return rows


@login_required
@require_GET
def task_detail(request, pk: int):
    return _task_page(request, _task(request, pk))


def _task_page(request, task: Task, error: KechuangError | None = None, form=None, status: int = 200):
    state = task_states(Task.objects.filter(pk=task.pk), today())[0]
    reports = (Report.objects.filter(task=task).select_related("department", "submitted_by", "reviewed_by")
               .prefetch_related("attachments", "values__target"))
    return render(request, "kechuang/task.html", {
        "task": task, "plan": task.plan, "state": state, "reports": reports, "history": _history(task),
        "targets": task.targets.all(), "assignments": task.assignments.select_related("department"),
        "can_report": can_report(request.user, task), "my_roles": task_roles(request.user, task),
        "is_lead": "lead" in task_roles(request.user, task), "role_names": ROLE_NAMES,
        "can_manage": can_manage_region(request.user, task.plan.region_id),
        "default_period": period_of(today(), task.cycle), "error": error, "form": form,
    }, status=status)


@login_required
@require_POST
def report_new(request, pk: int):
    task = _task(request, pk)
    if not can_report(request.user, task):
        raise PermissionDenied
    values = {}
    for key, value in request.POST.items():
        if key.startswith("value_") and key[6:].isdigit():
            values[int(key[6:])] = value
    files = [services.Evidence(f.name, f.read()) for f in request.FILES.getlist("files")]
    data = services.ReportInput(period=request.POST.get("period", ""), text=request.POST.get("text", ""),
                                percent=request.POST.get("percent"), values=values, files=files)
    try:
        services.report_submit(request.user, task, data)
    except KechuangError as exc:
        return _task_page(request, task, error=exc, form=request.POST, status=http_status(exc))
    return redirect("kc-task", pk=task.pk)


def _review(request, pk: int, approve: bool):
    report = report_for_user(request.user, pk)
    if not can_review(request.user, report):
        raise PermissionDenied
    try:
        if approve:
            services.report_approve(request.user, report, request.POST.get("comment", ""))
        else:
            services.report_return(request.user, report, request.POST.get("comment", ""))
    except KechuangError as exc:
        return _task_page(request, _task(request, report.task_id), error=exc, status=http_status(exc))
    return redirect("kc-task", pk=report.task_id)


@login_required
@require_POST
def report_approve_view(request, pk: int):
    return _review(request, pk, approve=True)


@login_required
@require_POST
def report_return_view(request, pk: int):
    return _review(request, pk, approve=False)


@login_required
@require_GET
def attachment_download(request, pk: int):
    attachment = get_object_or_404(Attachment.objects.select_related("report__task__plan"), pk=pk)
    if not can_view_task(request.user, attachment.report.task):
        raise Http404
    try:
        handle = attachment.file.open("rb")
    except OSError:
        return error_page(request, KechuangError("KC-WEB-NOTFOUND", f"证明材料“{attachment.name}”的文件已丢失"),
                          status=404)
    return FileResponse(handle, as_attachment=True, filename=attachment.name)


@login_required
@require_GET
def my_tasks(request):
    department_id = department_id_of(request.user)
    if department_id is None:
        raise PermissionDenied
    department = Department.objects.get(pk=department_id)  # its data_version is read before its tasks
    body = cached(("my-tasks", department_id, department.data_version, today()), lambda: _my_tasks_body(department))
    return render(request, "kechuang/my_tasks.html", {"department": department, "body": mark_safe(body)})


def _my_tasks_body(department: Department) -> str:
    grouped = department_tasks(department.id, today())
    open_reminders = (Reminder.objects.filter(department_id=department.id, resolved_at=None)
                      .select_related("task", "task__plan"))
    pending = (Report.objects.filter(status=Report.SUBMITTED, task__assignments__department_id=department.id,
                                     task__assignments__role="lead").select_related("task", "department").distinct())
    return render_to_string("kechuang/my_tasks_body.html", {
        "department": department, "groups": [(ROLE_NAMES[r], states) for r, states in grouped.items()],
        "reminders": open_reminders, "pending": pending, "today": today()})
