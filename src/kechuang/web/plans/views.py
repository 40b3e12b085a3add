"""Pages of the plan workflow: list and upload, review and correct, match units, confirm, revise."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kechuang.errors import KechuangError
from kechuang.web.accounts.models import Department, Region
from kechuang.web.accounts.permissions import can_manage_region, plans_visible, region_id_of
from kechuang.web.accounts.services import collective_name, department_create
from kechuang.web.errors import error_page, http_status
from kechuang.web.history.models import Change
from kechuang.web.history.selectors import history_rows
from kechuang.web.jobs.models import Job
from kechuang.web.jobs.services import extract_job, wants_background
from kechuang.web.params import int_or_none
from kechuang.web.plans import services
from kechuang.web.plans.checks import targets_left_out_count
from kechuang.web.plans.models import Plan, Task
from kechuang.web.plans.selectors import (
    collectives_without_members,
    departments_without_login,
    headings_not_tasks,
    plan_duplicates,
    plan_for_user,
    plan_revision_diff,
    plan_tasks,
    plan_warnings,
    review_source,
    tasks_unassigned,
)
from kechuang.web.plans.units import plan_create_departments


def plan_for(request, pk: int, manage: bool = False, defer: tuple[str, ...] = ()) -> Plan:
    """The plan if the user may see it (else 404) and, with ``manage``, change it (else 403)."""
    return plan_for_user(request.user, pk, manage, defer)


def task_for(request, pk: int, manage: bool = False) -> Task:
    task = get_object_or_404(Task.objects.select_related("plan", "plan__region"), pk=pk)
    plan_for(request, task.plan_id, manage)
    return task


def _upload(request) -> dict:
    upload = request.FILES.get("document")
    if upload is not None:
        if upload.size > settings.MAX_UPLOAD_BYTES:  # refuse before reading it into memory
            raise services.too_large(upload.name)
        return {"data": upload.read(), "name": upload.name}
    return {"text": request.POST.get("text", ""), "name": request.POST.get("name", "")}


def _create(request, region: Region):
    """Extract within the request (pasted text, small text files), or queue a job for a PDF, DOCX or large
    file and send the user to its page, which goes on to the review page when the job is done."""
    upload = _upload(request)
    if "data" in upload and wants_background(upload["name"], len(upload["data"])):
        services.check_upload(upload["data"], upload["name"])
        job = extract_job(request.user, region, upload["data"], upload["name"])
        job.refresh_from_db()
        if job.status == Job.FAILED:  # already run (huey's immediate mode): the same form error as in-request
            raise job.failure
        return redirect(job.result if job.status == Job.DONE else reverse("kc-job", args=[job.pk]))
    plan = services.plan_create(request.user, region, **upload)
    _uploaded(request, plan, list(plan.tasks.all()))
    return redirect("kc-plan", pk=plan.pk)


def _uploaded(request, plan: Plan, tasks: list[Task]) -> None:
    """The message after an upload (in the request, or on the review page a background extraction leads to)."""
    idle, left_out = len(headings_not_tasks(plan, tasks)), targets_left_out_count(plan)
    notes = (f"(另有 {idle} 个编号条目未列为任务,见抽取提示)" if idle else "") + (
        f"({left_out} 个量化目标因指标含网页标记或公式符号未列入,见抽取提示)" if left_out else "")
    messages.success(request, f"已上传“{plan.source_name}”并抽取出 {len(tasks)} 项任务{notes},请核对后确认")


@login_required
@require_http_methods(["GET", "POST"])
def plan_list(request):
    region_id = region_id_of(request.user)
    can_upload = region_id is not None and can_manage_region(request.user, region_id)
    error, status = None, 200
    if request.method == "POST":
        if not can_upload:
            raise PermissionDenied
        try:
            return _create(request, Region.objects.get(pk=region_id))
        except KechuangError as exc:
            error, status = exc, http_status(exc)
    archived = request.GET.get("archived") == "1"
    plans = (plans_visible(request.user).select_related("region").defer("text", "extracted")
             .filter(archived_at__isnull=not archived))
    return render(request, "kechuang/plans.html", {"plans": plans, "can_upload": can_upload, "error": error,
                                                   "archived": archived,
                                                   "max_mb": settings.MAX_UPLOAD_BYTES // 1048576}, status=status)


@login_required
@require_GET
def plan_detail(request, pk: int):
    plan = plan_for(request, pk)
    tasks = plan_tasks(plan)
    can_manage = can_manage_region(request.user, plan.region_id)
    if request.GET.get("uploaded") and plan.status == Plan.DRAFT:  # from a background extraction's job page
        _uploaded(request, plan, tasks)
    return render(request, "kechuang/plan.html", {
        "plan": plan, "tasks": tasks, "segments": review_source(plan, tasks), "can_manage": can_manage,
        "can_edit": can_manage and plan.status != Plan.SUPERSEDED and plan.archived_at is None,
        "warnings": plan_warnings(plan, tasks), "region_warning": services.region_warning(plan),
        "defaulted": sum(1 for t in tasks if t.deadline_basis),
        "duplicates": plan_duplicates(plan) if plan.status == Plan.DRAFT else [],
        "history": history_rows(Change.objects.filter(plan_id=plan.id, task_id=None)[:20]),
    })


def _task_input(post) -> services.TaskInput:
    deadline = None
    if post.get("deadline"):
        try:
            deadline = date.fromisoformat(post["deadline"])
        except ValueError:
            raise KechuangError("KC-WEB-FIELD", "完成时限应为日期(YYYY-MM-DD)", field="deadline") from None
    try:
        due_day = int(post.get("due_day") or 28)
    except ValueError:
        raise KechuangError("KC-WEB-FIELD", "报送日应为 1–31 的整数", field="due_day") from None
    return services.TaskInput(path=post.get("path", ""), title=post.get("title", ""), lead=post.get("lead", ""),
                              responsible=post.get("responsible", ""), cooperating=post.get("cooperating", ""),
                              deadline=deadline, cycle=post.get("cycle", "monthly"), due_day=due_day)


def _version(post) -> int:
    try:
        return int(post.get("version", ""))
    except ValueError:
        raise KechuangError("KC-WEB-FIELD", "表单缺少版本号,请刷新页面后重试", field="version") from None


@login_required
@require_http_methods(["GET", "POST"])
def task_edit(request, pk: int):
    task = task_for(request, pk, manage=True)
    error, status, form = None, 200, None
    if request.method == "POST":
        try:
            task = services.task_update(request.user, task, _task_input(request.POST), _version(request.POST))
            messages.success(request, f"已保存任务 {task.path}")
            return redirect(f"{task_url(task)}")
        except KechuangError as exc:
            error, status, form = exc, http_status(exc), request.POST
    return render(request, "kechuang/task_edit.html", {"task": task, "plan": task.plan, "error": error,
                                                        "form": form, "cycles": Task.CYCLES}, status=status)


def task_url(task: Task) -> str:
    if task.plan.status == Plan.CONFIRMED:
        return reverse("kc-task", args=[task.pk])
    return reverse("kc-plan", args=[task.plan_id]) + f"#task-{task.pk}"


@login_required
@require_POST
def task_add_view(request, pk: int):
    plan = plan_for(request, pk, manage=True)
    try:
        task = services.task_add(request.user, plan, _task_input(request.POST))
    except KechuangError as exc:
        return error_page(request, exc)
    messages.success(request, f"已新增任务 {task.path}")
    return redirect(task_url(task))


@login_required
@require_POST
def task_delete_view(request, pk: int):
    task = task_for(request, pk, manage=True)
    try:
        services.task_delete(request.user, task, _version(request.POST))
    except KechuangError as exc:
        return error_page(request, exc)
    messages.success(request, f"已删除任务 {task.path}")
    return redirect("kc-plan", pk=task.plan_id)


@login_required
@require_http_methods(["GET", "POST"])
def plan_units(request, pk: int):
    """Match the plan's units to departments: map a unit to one, or create the department."""
    plan = plan_for(request, pk, manage=True)
    error, status = None, 200
    if request.method == "POST":
        try:
            unit = request.POST.get("unit", "")
            if request.POST.get("action") == "create_all":
                created, collectives = plan_create_departments(request.user, plan)
                of = f"(其中 {len(collectives)} 个集合单位)" if collectives else ""
                messages.success(request, f"已新建 {len(created)} 个部门{of},并将同名单位逐一对应到新部门")
                if collectives:
                    messages.warning(request, f"请为集合单位{'、'.join(collectives[:5])}设置成员(点“设置成员”,从本地区"
                                              "部门中勾选),分派给它的任务才会到达各成员")
                return redirect("kc-plan-units", pk=plan.pk)
            if request.POST.get("action") == "create":
                name = request.POST.get("name") or unit
                department = department_create(request.user, plan.region, name,
                                               [unit] if name != unit else [], collective_name(name, plan.region.name))
            else:
                chosen = int_or_none(request.POST.get("department"))
                department = Department.objects.filter(region=plan.region, pk=chosen).first() if chosen else None
                if department is None:
                    raise KechuangError("KC-WEB-FIELD", f"请为“{unit}”选择一个部门", field="department")
            remember = bool(request.POST.get("remember"))
            plan = services.plan_map_unit(request.user, plan, unit, department, remember=remember)
            created = "已新建部门并" if request.POST.get("action") == "create" else "已"
            messages.success(request, f"{created}将“{unit}”对应到{department.name}")
            if department.is_collective and not department.members.exists():  # its members, then back here
                here = reverse("kc-plan-units", args=[plan.pk])
                return redirect(reverse("kc-department-members", args=[department.pk]) + f"?next={here}")
            return redirect("kc-plan-units", pk=plan.pk)
        except KechuangError as exc:
            error, status = exc, http_status(exc)
    matches = sorted(services.plan_unit_matches(plan), key=lambda m: ({"unmatched": 0, "ambiguous": 1}.get(m.status, 2),
                                                                      m.unit))
    return render(request, "kechuang/plan_units.html", {
        "plan": plan, "matches": matches, "error": error,
        "departments": Department.objects.filter(region=plan.region).only("id", "name"),
        "open": sum(1 for m in matches if m.status != "matched"), "here": reverse("kc-plan-units", args=[plan.pk]),
        "idle_collectives": list({d.pk: d for m in matches if m.status == "matched" for d in m.departments
                                  if d.is_collective and not d.members.all()}.values()),
        "unmatched": sum(1 for m in matches if m.status == "unmatched"),
        "region_warning": services.region_warning(plan), "unassigned": tasks_unassigned(plan)}, status=status)


@login_required
@require_POST
def plan_confirm_view(request, pk: int):
    plan = plan_for(request, pk, manage=True)
    try:
        services.plan_confirm(request.user, plan, _version(request.POST),
                              acknowledge_region=bool(request.POST.get("acknowledge_region")),
                              acknowledge_unassigned=bool(request.POST.get("acknowledge_unassigned")))
    except KechuangError as exc:
        return error_page(request, exc)
    messages.success(request, "方案已确认,任务已下达到各部门")
    idle = departments_without_login(plan)
    if idle:
        shown = "、".join(idle[:8]) + ("等" if len(idle) > 8 else "")
        messages.warning(request, f"其中 {len(idle)} 个部门还没有登录账号,收不到任务提醒、也无法报送:{shown}。"
                                  "请到“用户”页面为其开设账号")
    for collective in collectives_without_members(plan):
        messages.warning(request, f"集合单位“{collective.name}”还没有成员,分派给它的任务尚未到达任何部门:"
                                  "请在“部门”页面为其设置成员(设置后任务即分派给各成员)")
    return redirect("kc-board", pk=plan.pk)


@login_required
@require_POST
def plan_revise(request, pk: int):
    plan = plan_for(request, pk, manage=True)
    if plan.status != Plan.CONFIRMED:
        return error_page(request, KechuangError("KC-WEB-CONFLICT", "只有已确认的方案可以上传修订版"))
    try:
        revision = services.plan_create(request.user, plan.region, revises=plan, **_upload(request))
    except KechuangError as exc:
        return error_page(request, exc)
    messages.success(request, "已上传修订版,请核对与原方案的差异后确认")
    return redirect("kc-plan-diff", pk=revision.pk)


@login_required
@require_GET
def plan_diff(request, pk: int):
    revision = plan_for(request, pk)
    return render(request, "kechuang/plan_diff.html", {
        "plan": revision, "changes": plan_revision_diff(revision),
        "can_manage": can_manage_region(request.user, revision.region_id)})


@login_required
@require_http_methods(["GET", "POST"])
def plan_delete_view(request, pk: int):
    """A confirmation page; its form (with a “确认删除” button) deletes the draft."""
    plan = plan_for(request, pk, manage=True, defer=("text",))
    error, status = None, 200
    if request.method == "POST":
        try:
            services.plan_delete(request.user, plan, _version(request.POST))
            messages.success(request, f"已删除草稿“{plan.title}”")
            return redirect("kc-plans")
        except KechuangError as exc:
            error, status = exc, http_status(exc)
    return render(request, "kechuang/plan_delete.html", {"plan": plan, "tasks": plan.tasks.count(), "error": error},
                  status=status)


@login_required
@require_POST
def plan_archive_view(request, pk: int):
    plan = plan_for(request, pk, manage=True, defer=("text", "extracted"))
    archive = request.POST.get("archive", "1") != "0"
    try:
        services.plan_archive(request.user, plan, archive)
    except KechuangError as exc:
        return error_page(request, exc)
    messages.success(request, f"已归档“{plan.title}”" if archive else f"已取消归档“{plan.title}”")
    return redirect("kc-plan", pk=plan.pk)
