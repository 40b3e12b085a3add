"""Login, home, health, API tokens, the region's departments and users."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kechuang.errors import KechuangError
from kechuang.web.accounts.collectives import (
    collective_members_set,
    department_managed,
    member_groups,
    members_message,
)
from kechuang.web.accounts.models import Department, Region, Role
from kechuang.web.accounts.permissions import (
    can_manage_region,
    can_view_region,
    is_admin,
    profile_of,
    region_id_of,
    role_of,
)
from kechuang.web.accounts.services import department_add_alias, department_create
from kechuang.web.accounts.users import GIVEN_ROLES, UserInput, user_create, user_password_reset, user_set_active
from kechuang.web.enterprises.picker import pick_choices
from kechuang.web.errors import error_page, http_status
from kechuang.web.params import digits, int_or_none

# Django's login form passes the request to authenticate(): login throttling (accounts.throttle) needs it.
login_view = auth_views.LoginView.as_view(template_name="kechuang/login.html", redirect_authenticated_user=True)
logout_view = require_POST(auth_views.LogoutView.as_view())


@login_required
@require_GET
def password_done(request):
    messages.success(request, "密码已修改,原有的 API 令牌已全部失效")
    return redirect("kc-home")


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
    if role_of(request.user) == Role.EVALUATOR:
        return redirect("kc-evaluations")
    if role_of(request.user) == Role.ENTERPRISE:
        return redirect("kc-my-enterprise")
    if role_of(request.user) == Role.EXPERT:
        return redirect("kc-challenges")
    if role_of(request.user) == Role.SPECIALIST:
        return redirect("kc-my-services")
    return redirect("kc-plans")


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
            collective = request.POST.get("is_collective") == "1"
            department = department_create(request.user, region, request.POST.get("name", ""), aliases, collective)
            if collective:
                messages.success(request, f"已新建集合单位“{department.name}”,请选择其成员")
                return redirect("kc-department-members", pk=department.pk)
            messages.success(request, f"已新建部门“{department.name}”")
            return redirect("kc-departments")
        except KechuangError as exc:
            error, status = exc, http_status(exc)
    departments = Department.objects.filter(region=region).prefetch_related("members")
    return render(request, "kechuang/departments.html",
                  {"region": region, "departments": departments, "error": error,
                   "can_manage": can_manage_region(request.user, region.id)}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def department_members(request, pk: int):
    """A collective's members: a checklist of the region's departments; back to ``next`` (the plan's units page)
    or the departments page with a message saying who the members are."""
    collective = department_managed(request.user, pk)
    if not collective.is_collective:
        raise Http404  # a plain department has no members to set
    back = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = ""
    error, status, chosen = None, 200, {m.pk for m in collective.members.all()}
    if request.method == "POST":
        chosen = {int(v) if digits(v) else 0 for v in request.POST.getlist("members")}  # 0: no department
        try:
            members, tasks = collective_members_set(request.user, collective, sorted(chosen),
                                                    remove_signed=request.POST.get("remove_signed") == "1",
                                                    version=int_or_none(request.POST.get("version")))
        except KechuangError as exc:
            error, status = exc, http_status(exc)
            if exc.code == "KC-WEB-CONFLICT":  # show what is stored now, under its version
                collective.refresh_from_db(fields=["version"])
                chosen = {m.pk for m in collective.members.all()}
        else:
            messages.success(request, members_message(collective, members, tasks))
            return redirect(back or "kc-departments")
    return render(request, "kechuang/department_members.html", {
        "collective": collective, "groups": member_groups(collective), "chosen": chosen, "error": error,
        "next": back}, status=status)


@login_required
@require_POST
def department_alias(request, pk: int):
    department = department_managed(request.user, pk)
    alias = request.POST.get("alias", "")
    try:
        saved = department_add_alias(request.user, department, alias)
    except KechuangError as exc:
        return error_page(request, exc)
    if saved.version != department.version:  # added: the walk-through's save went back with no word
        messages.success(request, f"已为“{saved.name}”添加别名“{saved.aliases[-1]}”")
    else:
        messages.info(request, f"“{alias.strip()}”已是“{saved.name}”的名称或别名,未重复添加")
    return redirect("kc-departments")


def _managed_region(request) -> Region | None:
    """The region whose users are managed: the bureau's own; an administrator's choice (?region=…)."""
    if is_admin(request.user):
        region_id = int_or_none(request.GET.get("region") or request.POST.get("region"))
        return None if region_id is None else get_object_or_404(Region, pk=region_id)
    region_id = region_id_of(request.user)
    if region_id is None or not can_manage_region(request.user, region_id):
        raise PermissionDenied
    return Region.objects.get(pk=region_id)


def _managed_user(request, pk: int):
    """A user of a region the request may manage (administrators are managed on the command line)."""
    target = get_object_or_404(get_user_model().objects.select_related("profile"), pk=pk)
    profile = profile_of(target)
    if profile is None or profile.role == Role.ADMIN or profile.region_id is None:
        raise Http404
    if not can_manage_region(request.user, profile.region_id):
        if can_view_region(request.user, profile.region_id) or region_id_of(request.user) == profile.region_id:
            raise PermissionDenied
        raise Http404
    return target


def _users_page(request, region: Region, error=None, status: int = 200, shown: dict | None = None, form=None):
    users = (get_user_model().objects.filter(profile__region=region).select_related("profile__department")
             .order_by("profile__role", "profile__department__name", "username"))
    departments = Department.objects.filter(region=region, is_collective=False)
    enterprises = pick_choices(region.pk, (form or {}).get("enterprise"))  # for 企业用户
    return render(request, "kechuang/users.html", {
        "region": region, "users": users.select_related("profile__enterprise"), "departments": departments,
        "enterprises": enterprises, "error": error, "shown": shown,
        "roles": [(r.value, r.label) for r in GIVEN_ROLES], "form": form or {}}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def user_list(request):
    region = _managed_region(request)
    if region is None:
        return render(request, "kechuang/users.html", {"regions": Region.objects.all()})
    if request.method == "GET":
        return _users_page(request, region)
    data = UserInput(username=request.POST.get("username", ""), full_name=request.POST.get("full_name", ""),
                     role=request.POST.get("role", ""), department_id=int_or_none(request.POST.get("department")),
                     enterprise_id=int_or_none(request.POST.get("enterprise")),
                     password=request.POST.get("password", ""))
    try:
        user, password = user_create(request.user, region, data)
    except KechuangError as exc:
        form = {k: v for k, v in request.POST.items() if k != "password"}
        return _users_page(request, region, error=exc, status=http_status(exc), form=form)
    # Rendered, not redirected: a generated password is shown once and never stored in a message.
    messages.success(request, f"已创建用户 {user.username}({user.first_name})")
    return _users_page(request, region, shown={"user": user, "password": None if data.password else password})


@login_required
@require_POST
def user_password(request, pk: int):
    target = _managed_user(request, pk)
    chosen = request.POST.get("password", "")
    try:
        password = user_password_reset(request.user, target, chosen)
    except KechuangError as exc:
        return _users_page(request, target.profile.region, error=exc, status=http_status(exc))
    messages.success(request, f"已重置用户 {target.username} 的密码,其 API 令牌已全部撤销")
    return _users_page(request, target.profile.region,
                       shown={"user": target, "password": None if chosen else password, "reset": True})


@login_required
@require_POST
def user_active(request, pk: int):
    target = _managed_user(request, pk)
    active = request.POST.get("active") == "1"
    try:
        user_set_active(request.user, target, active)
    except KechuangError as exc:
        return _users_page(request, target.profile.region, error=exc, status=http_status(exc))
    messages.success(request, f"已{'启用' if active else '停用'}用户 {target.username}")
    url = reverse("kc-users")
    return redirect(f"{url}?region={target.profile.region_id}" if is_admin(request.user) else url)
