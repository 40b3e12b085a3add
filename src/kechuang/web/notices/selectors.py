"""Reads of messages."""

from __future__ import annotations

from kechuang.web.notices.models import Notification


def unread_count(user) -> int:
    if not getattr(user, "is_authenticated", False):
        return 0
    return Notification.objects.filter(user=user, read_at=None).count()


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
