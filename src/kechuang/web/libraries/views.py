"""Pages of the projects library: the list, a project's page, create and edit with the duplicate check, status
moves."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kechuang.errors import KechuangError
from kechuang.web.accounts.models import Region
from kechuang.web.accounts.permissions import region_id_of
from kechuang.web.errors import http_status
from kechuang.web.keyset import keyset_page
from kechuang.web.libraries import checking, services
from kechuang.web.libraries.access import (
    can_manage,
    leader_shown,
    manage_region_id,
    project_for_user,
    require_reader,
)
from kechuang.web.libraries.columns import PROJECT_COLUMNS
from kechuang.web.libraries.index_store import IndexBuilding
from kechuang.web.libraries.models import Project
from kechuang.web.libraries.selectors import (
    FILTERS,
    LIST_COLUMNS,
    project_history,
    project_list,
    project_reviews,
    project_years,
)

FORM_FIELDS = [c.field for c in PROJECT_COLUMNS]


@login_required
@require_GET
def project_list_view(request):
    require_reader(request.user)
    params = {k: request.GET.get(k, "") for k in FILTERS}
    page = keyset_page(project_list(request.user, **params), request.GET, order=("-year", "-id"), params=params,
                       shown=lambda rows: rows.select_related(None).only(*LIST_COLUMNS))
    region_id = region_id_of(request.user)
    return render(request, "kechuang/libraries/list.html", {
        "page": page, "params": params, "statuses": Project.STATUSES, "years": project_years(request.user),
        "can_manage": region_id is not None and can_manage(request.user, region_id)})


def _form(request, project=None, error=None, status=200, values=None, suspects=None):
    initial = {c.field: getattr(project, c.field) for c in PROJECT_COLUMNS} if project else {}
    if project:
        initial["budget"] = "" if project.budget is None else f"{project.budget:g}"
    return render(request, "kechuang/libraries/form.html", {
        "project": project, "error": error, "values": values or initial, "suspects": suspects,
        "kinds": Project.KINDS, "statuses": Project.STATUSES,
        "needs_reason": bool(suspects) and any(s.above for s in suspects)}, status=status)


def _values(post) -> dict:
    return {k: post.get(k, "") for k in FORM_FIELDS}


def _say_saved(request, saved: services.Saved, verb: str) -> None:
    messages.success(request, f"已{verb}项目“{saved.project.title}”")
    if saved.reviews:
        messages.info(request, f"已记录查重结论:与 {len(saved.reviews)} 个相似项目不是重复立项")


@login_required
@require_http_methods(["GET", "POST"])
def project_new(request):
    region_id = manage_region_id(request.user)
    if request.method == "GET":
        return _form(request)
    values = _values(request.POST)
    try:
        if request.POST.get("check_only"):
            parsed = services.parse_values(values)
            return _form(request, values=values, suspects=checking.check(region_id, parsed))
        saved = services.project_create(request.user, Region.objects.get(pk=region_id), values,
                                        reason=request.POST.get("reason", ""))
    except services.DuplicateNeedsReason as exc:
        return _form(request, error=exc, status=409, values=values, suspects=exc.suspects)
    except KechuangError as exc:
        return _form(request, error=exc, status=http_status(exc), values=values)
    _say_saved(request, saved, "录入")
    return redirect("kc-project", pk=saved.project.pk)


@login_required
@require_http_methods(["GET", "POST"])
def project_edit(request, pk: int):
    project = project_for_user(request.user, pk, manage=True)
    if request.method == "GET":
        return _form(request, project)
    values = _values(request.POST)
    try:
        saved = services.project_update(request.user, project, values, request.POST.get("version"),
                                        reason=request.POST.get("reason", ""))
    except services.DuplicateNeedsReason as exc:
        return _form(request, project, error=exc, status=409, values=values, suspects=exc.suspects)
    except KechuangError as exc:
        return _form(request, project, error=exc, status=http_status(exc), values=values)
    _say_saved(request, saved, "修改")
    return redirect("kc-project", pk=project.pk)


def _page(request, project, error=None, status=200):
    manage = can_manage(request.user, project.region_id)
    similar = None
    if manage:
        try:
            similar = checking.check_rendered(project)
        except IndexBuilding as exc:
            error = error or exc
    return render(request, "kechuang/libraries/detail.html", {
        "project": project, "leader": leader_shown(request.user, project),
        "steps": project.status_changes.select_related("by"),
        "reviews": project_reviews(project, request.user), "history": project_history(project) if manage else None,
        "similar": similar,
        "statuses": [s for s in Project.STATUSES if s[0] != project.status], "can_manage": manage,
        "error": error}, status=status)


@login_required
@require_GET
def project_detail(request, pk: int):
    return _page(request, project_for_user(request.user, pk))


@login_required
@require_POST
def project_status(request, pk: int):
    project = project_for_user(request.user, pk, manage=True)
    try:
        step = services.status_move(request.user, project, request.POST.get("status", ""), request.POST.get("on"),
                                    request.POST.get("note", ""))
    except KechuangError as exc:
        return _page(request, project, error=exc, status=http_status(exc))
    messages.success(request, f"项目状态已改为“{step.get_status_display()}”({step.on})")
    return redirect("kc-project", pk=project.pk)
