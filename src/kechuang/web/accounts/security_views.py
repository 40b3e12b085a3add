"""Account security pages: API tokens, the own password change, login lockouts."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kechuang.errors import KechuangError
from kechuang.web.accounts.lockouts import lockout_rows, lockout_unlock
from kechuang.web.accounts.models import TOKEN_DAYS, Role
from kechuang.web.accounts.permissions import is_admin, role_of
from kechuang.web.accounts.throttle import lockout_minutes
from kechuang.web.accounts.tokens import token_create, token_revoke, token_rows
from kechuang.web.accounts.users import own_password_changed
from kechuang.web.errors import http_status


class PasswordChange(auth_views.PasswordChangeView):
    """Django's password change; the user's API tokens are revoked with it and the change is recorded."""

    template_name = "kechuang/password.html"
    success_url = reverse_lazy("kc-password-done")

    def form_valid(self, form):
        with transaction.atomic():
            response = super().form_valid(form)
            own_password_changed(self.request.user)
        return response


password_view = login_required(require_http_methods(["GET", "POST"])(PasswordChange.as_view()))


@login_required
@require_http_methods(["GET", "POST"])
def token_page(request):
    """The user's tokens; POST creates one (its secret shown on this answer only, never stored)."""
    secret, error, status, form = None, None, 200, {}
    if request.method == "POST":
        try:
            token, secret = token_create(request.user, request.POST.get("name", ""), request.POST.get("days", ""))
            messages.success(request, f"已创建令牌“{token.name}”,有效期至 {token.expires_at:%Y-%m-%d}")
        except KechuangError as exc:
            error, status, form = exc, http_status(exc), request.POST
    return render(request, "kechuang/token.html", {
        "token": secret, "tokens": token_rows(request.user), "error": error, "form": form,
        "days": sorted(TOKEN_DAYS), "default_days": TOKEN_DAYS[0]}, status=status)


@login_required
@require_POST
def token_revoke_view(request, pk: int):
    token = token_revoke(request.user, pk)
    if token is None:
        raise Http404
    messages.success(request, f"已撤销令牌“{token.name}”")
    return redirect("kc-token")


def _may_see_lockouts(request) -> None:
    if role_of(request.user) not in (Role.ADMIN, Role.BUREAU):
        raise PermissionDenied


@login_required
@require_GET
def lockout_list(request):
    _may_see_lockouts(request)
    return render(request, "kechuang/lockouts.html", {
        "rows": lockout_rows(request.user), "minutes": lockout_minutes(), "can_unlock_ip": is_admin(request.user)})


@login_required
@require_POST
def lockout_unlock_view(request):
    _may_see_lockouts(request)
    username, ip = request.POST.get("username", "").strip(), request.POST.get("ip", "").strip()
    try:
        lockout_unlock(request.user, username=username, ip=ip)
    except KechuangError as exc:
        if exc.code == "KC-WEB-FORBIDDEN":
            raise PermissionDenied from None
        raise Http404 from None
    messages.success(request, f"已解锁 {username or ip},现在可以重新登录")
    return redirect("kc-lockouts")
