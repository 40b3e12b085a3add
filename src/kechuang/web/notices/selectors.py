"""Reads of messages."""

from __future__ import annotations

from kechuang.web.notices.models import Notification


def unread_count(user) -> int:
    if not getattr(user, "is_authenticated", False):
        return 0
    return Notification.objects.filter(user=user, read_at=None).count()


def notifications_for(user, limit: int = 200):
    return Notification.objects.filter(user=user)[:limit]
