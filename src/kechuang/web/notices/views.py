"""Pages of messages: the list (newest first) and marking them read."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from kechuang.web.notices.selectors import kinds_for, notifications_for
from kechuang.web.notices.services import notifications_read
from kechuang.web.params import int_or_none


@login_required
@require_GET
def notification_list(request):
    kind = request.GET.get("kind", "")
    return render(request, "kechuang/notifications.html", {
        "notifications": notifications_for(request.user, kind), "kinds": kinds_for(request.user), "kind": kind})


@login_required
@require_POST
def notification_read(request):
    one = int_or_none(request.POST.get("id"))
    count = notifications_read(request.user, [one] if one else None)
    messages.success(request, f"已将 {count} 条消息标为已读")
    return redirect("kc-notifications")
