"""Pages of the supervision loop: board, task page with reports and review, my tasks, 台账 and 通报."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kechuang.errors import KechuangError
from kechuang.monitoring.tasks import period_label, period_of
from kechuang.reports.notice_sheet import notice_sheet_docx
from kechuang.web import kept
from kechuang.web.accounts.models import Department
from kechuang.web.accounts.permissions import (
    can_act_as_lead,
    can_manage_region,
    can_report,
    can_review,
    can_view_region,
    can_view_task,
    department_id_of,
    task_roles,
)
from kechuang.web.clock import today
from kechuang.web.errors import error_page, http_status
from kechuang.web.history.models import Change
from kechuang.web.history.selectors import history_rows
from kechuang.web.jobs.views import export_or_job
from kechuang.web.pagecache import cached
from kechuang.web.params import digits, int_or_none
from kechuang.web.plans.models import Plan, Task
from kechuang.web.plans.selectors import report_for_user, task_for_user
from kechuang.web.supervision import services
from kechuang.web.supervision.exports import EXPORTS, confirmed_plan_for, file_response
from kechuang.web.supervision.models import (
    ROLE_NAMES,
    Attachment,
    Completion,
    Extension,
    Reminder,
    Report,
    Reviewer,
)
from kechuang.web.supervision.reminders import notice_sheet, reminder_text, reminders_issue
from kechuang.web.supervision.rows import task_rows
from kechuang.web.supervision.selectors import (
    department_tasks,
    first_due,
    league,
    plan_states,
    reports_to_review,
    reviewer_name,
    states_filtered,
    task_states,
    to_acknowledge,
)

LIGHTS = [("red", "红"), ("yellow", "黄"), ("green", "绿")]


def _confirmed_plan(request, pk: int) -> Plan:
    return confirmed_plan_for(request.user, pk)


@login_required
@require_GET
def board(request, pk: int):
    plan = _confirmed_plan(request, pk)  # its data_version is read before the data the board shows
    department, role, light = _filters(request)
    summary = cached(("board", plan.pk, plan.data_version, today(), department, role, light),
                     lambda: _board_summary(plan, department, role, light))
    return render(request, "kechuang/board.html", {
        **summary, "body": mark_safe(summary["body"]), "plan": plan, "today": today(),
        "filters": _filter_query(department, role, light),
        "can_manage": can_manage_region(request.user, plan.region_id) and plan.archived_at is None})


def _filters(request) -> tuple[int | None, str | None, str | None]:
    """The board's filters as given in the query string (unknown values ignored)."""
    department = int_or_none(request.GET.get("department"))
    role, light = request.GET.get("role"), request.GET.get("light")
    return department, role if role in ROLE_NAMES else None, light if light in dict(LIGHTS) else None


def _filter_query(department: int | None, role: str | None, light: str | None) -> str:
    from urllib.parse import urlencode

    query = urlencode({k: v for k, v in (("department", department), ("role", role), ("light", light)) if v})
    return f"?{query}" if query else ""


def _board_summary(plan: Plan, department: int | None, role: str | None, light: str | None) -> dict:
    """Counts and the rendered board body (tables, filters, chart data): no user-specific content."""
    states = plan_states(plan, today())
    shown = states_filtered(states, department, role, light)
    counts = {c: sum(1 for s in states if s.light.colour == c) for c, _ in LIGHTS}
    missing = [(s, name) for s in states for _, name in s.missing]
    departments = sorted({(d, n) for s in states for members in s.units.values() for d, n in members},
                         key=lambda x: x[1])
    periods = [s.period for s in states if s.period]
    body = render_to_string("kechuang/board_body.html", {
        "states": shown, "league": league(states), "missing": missing, "departments": departments,
        "roles": ROLE_NAMES.items(), "lights": LIGHTS, "department": department,
        "period": period_label(max(periods)) if periods else "", "first_due": first_due(plan, states),
        "selected": {"department": department, "role": role, "light": light},
        "chart": [{"name": n, "value": counts[c], "colour": c} for c, n in LIGHTS]})
    return {"all": len(states), "counts": counts, "body": body}


@login_required
@require_GET
def export(request, pk: int, kind: str):
    """台账 (xlsx) and 通报 (docx, pdf) of the tasks the board shows (the same filters): the file when it is cached
    under the plan's data version and the day, else a background job (one per key) and a page that waits for it
    (202; JSON for API clients)."""
    department, role, light = _filters(request)
    filters = {k: v for k, v in (("department", department), ("role", role), ("light", light)) if v}
    return export_or_job(request, _confirmed_plan(request, pk), kind, filters=filters)


@login_required
@require_http_methods(["GET", "POST"])
def reminders(request, pk: int):
    """The 催办 items of a plan (what was issued, to whom, when, at which level, answered or not); POST issues."""
    plan = _confirmed_plan(request, pk)
    can_manage = can_manage_region(request.user, plan.region_id)
    if request.method == "POST":
        if not can_manage:
            raise PermissionDenied
        try:
            issued = reminders_issue(request.user, plan, today())
        except KechuangError as exc:
            return error_page(request, exc)
        if issued.total:
            messages.success(request, f"已发出催办 {issued.total} 条:新催办 {issued.new} 条,升级 {issued.escalated} 条"
                             + (f";{issued.answered} 条已办复" if issued.answered else ""))
        else:
            messages.info(request, "当前没有需要催办的事项(各单位均已签收、按期报送,且没有逾期任务)"
                          + (f";{issued.answered} 条已办复" if issued.answered else ""))
        return redirect("kc-reminders", pk=plan.pk)
    items = (Reminder.objects.filter(task__plan=plan).select_related("task", "department", "issued_by")
             .order_by("resolved_at", "-level", "-issued_at"))
    units = sorted({(r.department_id, r.department.name) for r in items}, key=lambda x: x[1])
    department, level = int_or_none(request.GET.get("department")), int_or_none(request.GET.get("level"))
    unanswered = request.GET.get("open") == "1"
    shown = [r for r in items if (not department or r.department_id == department)
             and (not level or r.level == level) and (not unanswered or r.resolved_at is None)]
    return render(request, "kechuang/reminders.html", {
        "plan": plan, "items": [(r, reminder_text(r)) for r in shown], "total": len(items), "units": units,
        "levels": Reminder.LEVELS, "selected": {"department": department, "level": level, "open": unanswered},
        "can_manage": can_manage and plan.archived_at is None})


@login_required
@require_GET
def reminder_sheet(request, pk: int):
    """The printable 督办单 (docx) of a 催办 item: for the region's bureau and leaders and the unit it is sent to."""
    reminder = get_object_or_404(Reminder.objects.select_related("task__plan__region", "department"), pk=pk)
    addressed = department_id_of(request.user) == reminder.department_id
    if not (addressed or can_view_region(request.user, reminder.task.plan.region_id)):
        raise Http404
    filename = f"{reminder.colour}色督办单-{reminder.department.name}-{reminder.pk}.docx"
    return file_response(notice_sheet_docx(notice_sheet(reminder)), filename, EXPORTS["bulletin-docx"][3])


def _task(request, pk: int) -> Task:
    return task_for_user(request.user, pk)


def _history(task: Task) -> list:
    return history_rows(Change.objects.filter(task_id=task.id)[:100])


@login_required
@require_GET
def task_detail(request, pk: int):
    return _task_page(request, _task(request, pk))


def task_target_rows(user, task: Task) -> list:
    """The task's targets on 目标监测, for whoever may see the region's monitoring."""
    from kechuang.web.accounts.permissions import can_view_monitoring
    from kechuang.web.cockpit.monitor import task_monitoring

    return task_monitoring(task) if task.targets.exists() and can_view_monitoring(user, task.plan.region) else []


def _task_page(request, task: Task, error: KechuangError | None = None, form=None, status: int = 200,
               kept_files: list[tuple[str, str]] = ()):
    state = task_states(Task.objects.filter(pk=task.pk), today())[0]
    reports = list(Report.objects.filter(task=task).select_related("department", "submitted_by", "reviewed_by")
                   .prefetch_related("attachments", "values__target"))
    for r in reports:
        r.task = task  # its assignments are loaded once
        r.reviewer_label = reviewer_name(r)
    reviewable = {r.pk for r in reports if r.status == Report.SUBMITTED and can_review(request.user, r)}
    targets = list(task.targets.select_related("catalog_indicator"))
    roles = task_roles(request.user, task)
    mine = state.unit(department_id_of(request.user)) if roles else None
    return render(request, "kechuang/task.html", {
        "task": task, "plan": task.plan, "state": state, "reports": reports, "history": _history(task),
        "reviewable": reviewable, "targets": targets, "target_rows": task_target_rows(request.user, task),
        "target_inputs": [(t, (form or {}).get(f"value_{t.pk}", "")) for t in targets],
        "assignments": task.assignments.select_related("department"),
        "can_report": can_report(request.user, task), "my_roles": roles, "mine": mine,
        "is_lead": can_act_as_lead(request.user, task), "role_names": ROLE_NAMES,
        "can_manage": can_manage_region(request.user, task.plan.region_id) and task.plan.archived_at is None,
        "completions": Completion.objects.filter(task=task).select_related("requested_by", "decided_by")
        .prefetch_related("attachments"),
        "extensions": Extension.objects.filter(task=task).select_related("requested_by", "decided_by"),
        "reviewer": Reviewer.objects.filter(task=task).select_related("department").first(),
        "departments": Department.objects.filter(region_id=task.plan.region_id).only("id", "name"),
        "default_period": period_of(today(), task.cycle), "error": error, "form": form, "kept": kept_files,
    }, status=status)


@login_required
@require_POST
def report_new(request, pk: int):
    task = _task(request, pk)
    if not can_report(request.user, task):
        raise PermissionDenied
    values = {}
    for key, value in request.POST.items():
        if key.startswith("value_") and digits(key[6:]):
            values[int(key[6:])] = value
    chosen = [services.Evidence(f.name, f.read()) for f in request.FILES.getlist("files")]
    tokens = request.POST.getlist("kept")  # files of an earlier refused try, kept for this one
    files = kept.take(request.user, tokens, services.Evidence) + chosen
    data = services.ReportInput(period=request.POST.get("period", ""), text=request.POST.get("text", ""),
                                percent=request.POST.get("percent"), values=values, files=files)
    try:
        report = services.report_submit(request.user, task, data)
    except KechuangError as exc:
        still = kept.listed(request.user, tokens) + kept.keep(request.user, chosen, services.check_evidence,
                                                                 services.MAX_ATTACHMENTS)
        return _task_page(request, task, error=exc, form=request.POST, status=http_status(exc), kept_files=still)
    kept.discard(request.user, tokens)
    messages.success(request, f"已报送 {report.period} 期进展,待{reviewer_name(report)}审核")
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
    messages.success(request, f"已{'审核通过' if approve else '退回'}{report.department.name} {report.period} 期的报告")
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
    attachment = get_object_or_404(Attachment.objects.select_related("report__task__plan",
                                                                     "completion__task__plan"), pk=pk)
    owner = attachment.report or attachment.completion
    if not can_view_task(request.user, owner.task):
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
    return render_to_string("kechuang/my_tasks_body.html", {
        "department": department,
        "groups": [(ROLE_NAMES[r], len(states), task_rows([(s, s.unit(department.id)) for s in states]))
                   for r, states in grouped.items()],
        "reminders": [(r, reminder_text(r)) for r in open_reminders], "pending": reports_to_review(department.id),
        "unacknowledged": to_acknowledge(grouped, department.id),
        "today": today()})
