"""Login lockouts and recent failures (django-axes' attempt rows) as an administrator or a bureau sees them,
and unlocking: an administrator sees and unlocks every user name and address; a bureau its region's users."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from kechuang.errors import KechuangError
from kechuang.web.accounts.models import Role
from kechuang.web.accounts.permissions import can_manage_region, is_admin, profile_of
from kechuang.web.history.services import change_record


@dataclass
class LockoutRow:
    kind: str  # "username" or "ip"
    key: str  # the user name as typed, or the client address
    failures: int
    last_at: datetime
    user: object | None = None  # the account of a user name row, if there is one

    @property
    def locked(self) -> bool:
        return self.failures >= settings.AXES_FAILURE_LIMIT

    @property
    def until(self) -> datetime:
        """When the lock lifts at the latest (older failures drop out of the count earlier)."""
        return self.last_at + settings.AXES_COOLOFF_TIME


def manages_user(actor, user) -> bool:
    """The administrator manages every account; a bureau the non-administrator accounts of its region."""
    if is_admin(actor):
        return True
    profile = profile_of(user)
    return (profile is not None and profile.role != Role.ADMIN and profile.region_id is not None
            and can_manage_region(actor, profile.region_id))


def lockout_rows(viewer) -> list[LockoutRow]:
    """Failures within the lockout time, per user name and (for an administrator) per address; locked first."""
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    per_key: dict[tuple[str, str], list] = defaultdict(lambda: [0, None])
    for username, ip, failures, at in AccessAttempt.objects.filter(attempt_time__gte=since).values_list(
            "username", "ip_address", "failures_since_start", "attempt_time"):
        for key in (("username", username), ("ip", ip)):
            if key[1]:
                per_key[key][0] += failures
                per_key[key][1] = max(per_key[key][1] or at, at)
    names = [k for kind, k in per_key if kind == "username"]
    accounts = {u.username: u for u in get_user_model().objects.filter(username__in=names).select_related("profile")}
    rows = [LockoutRow(kind, key, failures, at, accounts.get(key) if kind == "username" else None)
            for (kind, key), (failures, at) in per_key.items()]
    if not is_admin(viewer):
        rows = [r for r in rows if r.user is not None and manages_user(viewer, r.user)]
    return sorted(rows, key=lambda r: (not r.locked, r.kind != "username", -r.last_at.timestamp(), r.key))


def lockout_unlock(actor, username: str = "", ip: str = "") -> int:
    """Forget the failures of a user name or of an address (administrators only); the number of rows removed."""
    if ip and not username:
        if not is_admin(actor):
            raise KechuangError("KC-WEB-FORBIDDEN", "只有管理员可以解锁 IP 地址")
        return reset(ip=ip)
    user = get_user_model().objects.filter(username=username).select_related("profile").first() if username else None
    if not username or not (is_admin(actor) or (user is not None and manages_user(actor, user))):
        raise KechuangError("KC-WEB-NOTFOUND", "没有这个用户的登录锁定记录,或您无权解锁", field="username")
    with transaction.atomic():
        removed = reset(username=username)
        if user is not None and removed:
            change_record(actor, "user", user.id, "update", before={"login_lock": "登录失败锁定"},
                          after={"login_lock": "已解锁"})
    return removed
