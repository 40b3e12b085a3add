"""Reads of messages."""

from __future__ import annotations

from django.core.cache import cache

from kechuang.web.keyset import table_version, written_here
from kechuang.web.notices.models import Notification

UNREAD_TIMEOUT = 600  # seconds: bounds a count whose table changed by a path that did not renew its version


def unread_count(user) -> int:
    """The header's number, on every page: counted once per version of the messages table (``keyset``: renewed by
    every committed write; the services touch it after their bulk writes), not per request."""
    if not getattr(user, "is_authenticated", False):
        return 0
    if written_here([Notification._meta.db_table]):
        return Notification.objects.filter(user=user, read_at=None).count()
    key = f"kc-unread:{user.pk}:{table_version(Notification)}"
    count = cache.get(key)
    if count is None:
        count = Notification.objects.filter(user=user, read_at=None).count()
        cache.set(key, count, UNREAD_TIMEOUT)
    return count


def notifications_for(user, kind: str = "", limit: int = 200):
    """The user's newest messages, of one kind when ``kind`` is one (anything else: all kinds)."""
    rows = Notification.objects.filter(user=user)
    if kind in dict(Notification.KINDS):
        rows = rows.filter(kind=kind)
    return rows[:limit]


def kinds_for(user) -> list[tuple[str, str]]:
    """The kinds (code, label) of the user's messages, for the list's filter."""
    present = set(Notification.objects.filter(user=user).values_list("kind", flat=True).distinct())
    return [(code, label) for code, label in Notification.KINDS if code in present]
