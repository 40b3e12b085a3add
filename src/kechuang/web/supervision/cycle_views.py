"""Pages of the 督办 cycle: 签收, the reviewer of the lead's reports, 办结 and 延期 requests and their 复核, and the
bureau's 待办 (what waits for its review)."""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Subquery
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from kechuang.errors import KechuangError
from kechuang.web.accounts.models import Department
from kechuang.web.accounts.permissions import can_act_as_lead, can_manage_region, region_id_of, task_roles
from kechuang.web.clock import today
from kechuang.web.errors import http_status
from kechuang.web.params import int_or_none
from kechuang.web.plans.selectors import task_for_user
from kechuang.web.supervision import cycle
from kechuang.web.supervision.models import Assignment, Completion, Extension, Report, Reviewer
from kechuang.web.supervision.services import Evidence
from kechuang.web.supervision.views import _task_page


def _done(request, task, message: str):
    messages.success(request, message)
    return redirect("kc-task", pk=task.pk)


def _failed(request, task, exc: KechuangError):
    return _task_page(request, task, error=exc, form=request.POST, status=http_status(exc))


@login_required
@require_POST
def acknowledge_view(request, pk: int):
    task = task_for_user(request.user, pk)
    if not task_roles(request.user, task):
        raise PermissionDenied
    try:
        cycle.acknowledge(request.user, task)
    except KechuangError as exc:
        return _failed(request, task, exc)
    return _done(request, task, "已签收该任务")


@login_required
@require_POST
def reviewer_view(request, pk: int):
    task = task_for_user(request.user, pk)
    if not can_manage_region(request.user, task.plan.region_id):
        raise PermissionDenied
    given = request.POST.get("department") or ""
    chosen = int_or_none(given)
    department = Department.objects.filter(region_id=task.plan.region_id, pk=chosen).first() if chosen else None
    try:
        if given and department is None:
            raise KechuangError("KC-WEB-FIELD", "所选审核单位不存在或不属于本地区", field="reviewer")
        cycle.reviewer_set(request.user, task, department)
    except KechuangError as exc:
        return _failed(request, task, exc)
    return _done(request, task, f"牵头单位的报告今后由{department.name if department else '科技局'}审核")


def _new_deadline(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        raise KechuangError("KC-WEB-FIELD", "申请延至的日期应为 YYYY-MM-DD", field="new_deadline") from None


@login_required
@require_POST
def request_view(request, pk: int, kind: str):
    """办结申请 (with evidence) or 延期申请 (with a new deadline) by the task's lead unit."""
    task = task_for_user(request.user, pk)
    if not can_act_as_lead(request.user, task):
        raise PermissionDenied
    try:
        if kind == "completion":
            files = [Evidence(f.name, f.read()) for f in request.FILES.getlist("files")]
            cycle.completion_request(request.user, task, cycle.RequestInput(request.POST.get("reason", ""),
                                                                              files=files))
            return _done(request, task, "已提交办结申请,待科技局复核")
        data = cycle.RequestInput(request.POST.get("reason", ""), _new_deadline(request.POST.get("new_deadline")))
        cycle.extension_request(request.user, task, data, today())
        return _done(request, task, "已提交延期申请,待科技局复核")
    except KechuangError as exc:
        return _failed(request, task, exc)


@login_required
@require_POST
def decide_view(request, pk: int, kind: str):
    """复核 of a 办结 or 延期 request by the bureau."""
    model = cycle.REQUESTS[kind]
    found = model.objects.filter(pk=pk).values_list("task_id", flat=True).first()
    if found is None:
        raise Http404
    task = task_for_user(request.user, found)
    if not can_manage_region(request.user, task.plan.region_id):
        raise PermissionDenied
    grant = request.POST.get("decision") == "grant"
    try:
        cycle.request_decide(request.user, kind, pk, grant, request.POST.get("comment", ""))
    except KechuangError as exc:
        return _failed(request, task, exc)
    what = "办结申请" if kind == "completion" else "延期申请"
    return _done(request, task, f"已{'同意' if grant else '不同意'}该{what}" + ("(任务已销号)" if grant and
                                                                                kind == "completion" else ""))


@login_required
@require_GET
def inbox(request):
    """The bureau's 待办: lead units' reports to review, 办结 and 延期 requests to decide."""
    region = region_id_of(request.user)
    if region is None or not can_manage_region(request.user, region):
        raise PermissionDenied
    lead = Assignment.objects.filter(task=OuterRef("task"), department=OuterRef("department"), role="lead")
    reviewer = Reviewer.objects.filter(task=OuterRef("task")).values("department__name")[:1]
    reports = (Report.objects.filter(status=Report.SUBMITTED, task__plan__region_id=region)
               .filter(Exists(lead)).annotate(named=Subquery(reviewer)).select_related("task", "department"))
    pending = {"task__plan__region_id": region, "status": "pending"}
    return render(request, "kechuang/inbox.html", {
        "reports": reports,
        "completions": Completion.objects.filter(**pending).select_related("task", "department"),
        "extensions": Extension.objects.filter(**pending).select_related("task", "department")})
