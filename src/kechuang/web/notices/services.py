"""Writes of messages: notify the users of departments (and the bureau), optionally by e-mail."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mass_mail
from django.db import transaction
from django.utils import timezone

from kechuang.web.accounts.models import Role
from kechuang.web.keyset import touch
from kechuang.web.notices.models import Notification

log = logging.getLogger("kechuang.web")


def recipients(department_ids: Iterable[int] = (), bureau_region: int | None = None) -> list:
    """Active users of the departments, and the bureau users of ``bureau_region``."""
    users = get_user_model().objects.filter(is_active=True)
    ids = list(department_ids)
    found = list(users.filter(profile__role=Role.DEPARTMENT, profile__department_id__in=ids)) if ids else []
    if bureau_region is not None:
        found += list(users.filter(profile__role=Role.BUREAU, profile__region_id=bureau_region))
    return found


def notify(users: Iterable, kind: str, text: str, url: str = "", key: str = "") -> int:
    """One message per user (once per ``key``); e-mail after the transaction commits when enabled."""
    users = list({u.pk: u for u in users}.values())
    rows = [Notification(user=u, kind=kind, text=text[:500], url=url[:200], key=key[:120]) for u in users]
    if key:
        seen = set(Notification.objects.filter(user__in=users, key=key[:120]).values_list("user_id", flat=True))
        rows = [r for r in rows if r.user_id not in seen]
    Notification.objects.bulk_create(rows, ignore_conflicts=bool(key))
    touch(Notification)  # the header's unread counts (``selectors.unread_count``)
    if settings.NOTIFY_EMAIL:
        subject = f"【科创督查督办】{text[:60]}"
        mails = [(subject, f"{text}\n\n{url}", None, [r.user.email]) for r in rows if r.user.email]
        if mails:
            transaction.on_commit(lambda: _send(mails))
    return len(rows)


def _send(mails: list) -> None:
    try:
        send_mass_mail(mails, fail_silently=False)
    except OSError as exc:  # a mail server down never fails the action that caused the message
        log.warning("notification e-mail not sent: %s", exc)


def notifications_read(user, ids: Iterable[int] | None = None) -> int:
    rows = Notification.objects.filter(user=user, read_at=None)
    if ids is not None:
        rows = rows.filter(pk__in=list(ids))
    touch(Notification)
    return rows.update(read_at=timezone.now())
