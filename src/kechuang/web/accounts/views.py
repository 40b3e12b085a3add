"""Login, home, health, API tokens and the region's departments."""

from __future__ import annotations

import secrets

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kechuang.errors import KechuangError
from kechuang.web.accounts.models import ApiToken, Department, Region, Role, token_digest
from kechuang.web.accounts.permissions import can_manage_region, can_view_region, region_id_of, role_of
from kechuang.web.accounts.services import department_add_alias, department_create
from kechuang.web.errors import error_page, http_status

login_view = auth_views.LoginView.as_view(template_name="kechuang/login.html", redirect_authenticated_user=True)
logout_view = require_POST(auth_views.LogoutView.as_view())


@require_GET
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # any database failure means "not healthy"
        return JsonResponse({"status": "unavailable", "database": "down"}, status=503)
    return JsonResponse({"status": "ok", "database": connection.vendor})


@require_GET
def home(request):
    if not request.user.is_authenticated:
        return redirect("kc-login")
    if role_of(request.user) == Role.DEPARTMENT:
        return redirect("kc-my-tasks")
    return redirect("kc-plans")


@login_required
@require_http_methods(["GET", "POST"])
def token_create(request):
    token = None
    if request.method == "POST":
        token = secrets.token_urlsafe(32)
        ApiToken.objects.create(user=request.user, digest=token_digest(token), name="网页生成")
    return render(request, "kechuang/token.html", {"token": token})


def _region_for(request) -> Region:
    region_id = region_id_of(request.user)
    if region_id is None or not can_view_region(request.user, region_id):
        raise PermissionDenied
    return Region.objects.get(pk=region_id)


@login_required
@require_http_methods(["GET", "POST"])
def department_list(request):
    region = _region_for(request)
    error, status = None, 200
    if request.method == "POST":
        if not can_manage_region(request.user, region.id):
            raise PermissionDenied
        try:
            aliases = request.POST.get("aliases", "").replace(",", "\n").replace("、", "\n").splitlines()
            department_create(request.user, region, request.POST.get("name", ""), aliases)
            return redirect("kc-departments")
        except KechuangError as exc:
            error, status = exc, http_status(exc)
    departments = Department.objects.filter(region=region).prefetch_related("members")
    return render(request, "kechuang/departments.html",
                  {"region": region, "departments": departments, "error": error,
                   "can_manage": can_manage_region(request.user, region.id)}, status=status)


@login_required
@require_POST
def department_alias(request, pk: int):
    department = get_object_or_404(Department, pk=pk)
    if not can_view_region(request.user, department.region_id):
        raise Http404
    if not can_manage_region(request.user, department.region_id):
        raise PermissionDenied
    try:
        department_add_alias(request.user, department, request.POST.get("alias", ""))
    except KechuangError as exc:
        return error_page(request, exc)
    return redirect("kc-departments")
