"""Pages to correct a task's quantified targets: add, edit (one form for both) and delete."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from kechuang.errors import KechuangError
from kechuang.reports.xlsx import KIND_ZH
from kechuang.web.errors import error_page, http_status
from kechuang.web.plans import targets as services
from kechuang.web.plans.models import Target
from kechuang.web.plans.views import _version, plan_for, task_for, task_url

FIELDS = ("indicator", "kind", "value", "unit", "year", "quote")


def target_for(request, pk: int) -> Target:
    """The target if the user may change its plan (else 404/403)."""
    target = get_object_or_404(Target.objects.select_related("task", "task__plan", "task__plan__region"), pk=pk)
    plan_for(request, target.task.plan_id, manage=True, defer=("text", "extracted"))
    return target


def target_input(post) -> services.TargetInput:
    return services.TargetInput(**{f: post.get(f, "") for f in FIELDS if f != "kind"},
                                kind=post.get("kind", "level"))


def _form(request, task, target: Target | None):
    error, status, form = None, 200, None
    if request.method == "POST":
        try:
            data = target_input(request.POST)
            if target is None:
                target = services.target_add(request.user, task, data)
                messages.success(request, f"已新增量化目标“{target.indicator}”")
            else:
                target = services.target_update(request.user, target, data, _version(request.POST))
                messages.success(request, f"已保存量化目标“{target.indicator}”")
            return redirect(task_url(task))
        except KechuangError as exc:
            error, status, form = exc, http_status(exc), request.POST
    return render(request, "kechuang/target_edit.html", {
        "task": task, "plan": task.plan, "target": target, "form": form, "error": error,
        "kinds": KIND_ZH.items(), "back": task_url(task),
        # reported values keep a target (targets.target_delete): the page says so instead of offering 删除
        "reported": target.reported_values.count() if target is not None else 0}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def target_add_view(request, pk: int):
    return _form(request, task_for(request, pk, manage=True), None)


@login_required
@require_http_methods(["GET", "POST"])
def target_edit(request, pk: int):
    target = target_for(request, pk)
    return _form(request, target.task, target)


@login_required
@require_POST
def target_delete_view(request, pk: int):
    target = target_for(request, pk)
    try:
        services.target_delete(request.user, target, _version(request.POST))
    except KechuangError as exc:
        return error_page(request, exc)
    messages.success(request, f"已删除量化目标“{target.indicator}”")
    return redirect(task_url(target.task))
