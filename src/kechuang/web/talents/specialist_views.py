"""Pages of the 科技特派员 work: the board (assignments, the year's figures and evaluations, coverage), the village
list, assigning, evaluating, service logs (list, new with photos, one log, a photo), the 特派员's own page."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kechuang.errors import KechuangError
from kechuang.web.accounts.models import Region
from kechuang.web.clock import today
from kechuang.web.errors import error_page, http_status
from kechuang.web.keyset import keyset_page
from kechuang.web.params import digits
from kechuang.web.talents import specialists as work
from kechuang.web.talents.access import can_manage, library_region_id, own_talent_id, talent_for_user
from kechuang.web.talents.models import Assignment, ServiceLog, ServicePhoto, SpecialistEvaluation, Village
from kechuang.web.talents.photos import Photo
from kechuang.web.talents.selectors import (
    LOG_FILTERS,
    board_rows,
    log_list,
    logs_shown,
    logs_visible,
    own_assignments,
    specialists,
    specialists_shown,
)
from kechuang.web.talents.views import talent_page


def _year(request) -> int:
    value = request.GET.get("year", "")
    return int(value) if digits(value) and 2000 <= int(value) <= today().year else today().year


@login_required
@require_GET
def board(request):
    region_id = library_region_id(request.user)
    year = _year(request)
    page = keyset_page(specialists(request.user), request.GET, order=("name", "id"), params={"year": year},
                       shown=specialists_shown)
    region = Region.objects.filter(pk=region_id).first()
    return render(request, "kechuang/talents/specialists.html", {
        "rows": board_rows(page.rows, year), "year": year, "page": page,
        "years": range(today().year, today().year - 6, -1), "grades": SpecialistEvaluation.GRADES,
        "coverage": work.coverage(region, today()) if region else None,
        "can_manage": region_id is not None and can_manage(request.user, region_id)})


@login_required
@require_http_methods(["GET", "POST"])
def villages_view(request):
    region_id = library_region_id(request.user, manage=request.method == "POST")
    error = None
    if request.method == "POST":
        try:
            added = work.villages_add(request.user, Region.objects.get(pk=region_id), request.POST.get("villages", ""))
            messages.success(request, f"已新增 {added} 个村庄" if added else "这些村庄都已在名录中")
            return redirect("kc-villages")
        except KechuangError as exc:
            error = exc
    villages = Village.objects.filter(region_id=region_id) if region_id else Village.objects.all()
    region = Region.objects.filter(pk=region_id).first()
    return render(request, "kechuang/talents/villages.html", {
        "villages": villages.prefetch_related("assignments"), "error": error, "form": request.POST,
        "coverage": work.coverage(region, today()) if region else None,
        "can_manage": region_id is not None and can_manage(request.user, region_id)},
        status=http_status(error) if error else 200)


@login_required
@require_POST
def assign(request, pk: int):
    talent = talent_for_user(request.user, pk, manage=True)
    post = request.POST
    data = work.AssignmentInput(target_kind=post.get("target_kind", ""), target_name=post.get("target_name", ""),
                                village_id=_int(post.get("village")), enterprise_id=_int(post.get("enterprise")),
                                town=post.get("town", ""), starts_on=post.get("starts_on", ""),
                                ends_on=post.get("ends_on", ""), note=post.get("note", ""))
    try:
        done = work.assignment_create(request.user, talent, data, today())
    except KechuangError as exc:
        return talent_page(request, talent, error=exc, status=http_status(exc), form=post.dict())
    messages.success(request, f"已选派“{talent.name}”服务{done.get_target_kind_display()}“{done.target_name}”")
    return redirect("kc-talent", pk=talent.pk)


@login_required
@require_POST
def assignment_end_view(request, pk: int):
    assignment = get_object_or_404(Assignment, pk=pk)
    talent = talent_for_user(request.user, assignment.specialist_id, manage=True)
    try:
        work.assignment_end(request.user, assignment, request.POST.get("ends_on", ""), today())
    except KechuangError as exc:
        return talent_page(request, talent, error=exc, status=http_status(exc), form=request.POST.dict())
    messages.success(request, f"已结束对“{assignment.target_name}”的选派({assignment.ends_on})")
    return redirect("kc-talent", pk=talent.pk)


@login_required
@require_POST
def evaluate(request, pk: int):
    talent = talent_for_user(request.user, pk, manage=True)
    try:
        done = work.evaluation_save(request.user, talent, request.POST.get("year", ""), request.POST.get("grade", ""),
                                    request.POST.get("comment", ""), today())
    except KechuangError as exc:
        return talent_page(request, talent, error=exc, status=http_status(exc), form=request.POST.dict())
    messages.success(request, f"已保存“{talent.name}”{done.year} 年度考核:{done.get_grade_display()}")
    if request.POST.get("next") == "board":
        return redirect(f"{reverse('kc-specialists')}?year={done.year}")
    return redirect("kc-talent", pk=talent.pk)


def _int(value) -> int | None:
    return int(value) if value and digits(str(value)) else None


def _can_write_logs(user) -> bool:
    """Whether the user may write a log (a 特派员, the region's bureau); PermissionDenied if they may not read them."""
    if own_talent_id(user) is not None:
        return True
    region_id = library_region_id(user)
    return region_id is not None and can_manage(user, region_id)


@login_required
@require_GET
def logs_view(request):
    can_write = _can_write_logs(request.user)
    params = {k: request.GET.get(k, "") for k in LOG_FILTERS}
    page = keyset_page(log_list(request.user, **params), request.GET, order=("-on", "-id"), params=params,
                       shown=logs_shown)
    return render(request, "kechuang/talents/logs.html", {
        "page": page, "params": params, "kinds": ServiceLog.KINDS, "own": own_talent_id(request.user) is not None,
        "can_write": can_write})


def _log_form(request, error=None, status=200):
    assignments = own_assignments(request.user)
    if not assignments.exists() and error is None:
        error = KechuangError("KC-WEB-FIELD", "您还没有选派任务,暂不能填写服务记录")
    return render(request, "kechuang/talents/log_form.html", {
        "assignments": assignments, "kinds": ServiceLog.KINDS, "error": error,
        "form": request.POST if request.method == "POST" else {"on": today().isoformat()}}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def log_new(request):
    if own_talent_id(request.user) is None:
        library_region_id(request.user, manage=True)
    if request.method == "GET":
        return _log_form(request)
    post = request.POST
    data = work.LogInput(assignment_id=_int(post.get("assignment")), on=post.get("on", ""),
                         place=post.get("place", ""), kind=post.get("kind", ""), text=post.get("text", ""),
                         people_trained=post.get("people_trained", ""),
                         photos=[Photo(f.name, f.read()) for f in request.FILES.getlist("photos")])
    try:
        log = work.log_create(request.user, data, today())
    except KechuangError as exc:
        return _log_form(request, error=exc, status=http_status(exc))
    messages.success(request, f"已保存 {log.on} 在“{log.place}”的服务记录" +
                     (f"(照片 {log.photos.count()} 张)" if log.photos.exists() else ""))
    return redirect("kc-service-log", pk=log.pk)


@login_required
@require_GET
def log_detail(request, pk: int):
    log = get_object_or_404(ServiceLog.objects.select_related("specialist", "assignment"), pk=pk)
    if not logs_visible(request.user).filter(pk=pk).exists():
        raise Http404
    return render(request, "kechuang/talents/log.html", {"log": log, "photos": log.photos.all()})


@login_required
@require_GET
def photo_view(request, pk: int):
    photo = get_object_or_404(ServicePhoto, pk=pk)
    if not logs_visible(request.user).filter(pk=photo.log_id).exists():
        raise Http404
    try:
        handle = photo.file.open("rb")
    except OSError:
        return error_page(request, KechuangError("KC-WEB-NOTFOUND", f"照片“{photo.name}”已丢失"), status=404)
    response = FileResponse(handle, content_type=photo.content_type, filename=photo.name)
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@require_GET
def my_services(request):
    """A 特派员's home: own record, assignments, the latest logs."""
    own = own_talent_id(request.user)
    if own is None:
        raise PermissionDenied
    talent = talent_for_user(request.user, own)
    return render(request, "kechuang/talents/mine.html", {
        "talent": talent, "assignments": own_assignments(request.user),
        "logs": logs_visible(request.user)[:30],
        "evaluations": SpecialistEvaluation.objects.filter(specialist=talent)})
