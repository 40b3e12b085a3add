"""The header's unread-message number is on every page: it is counted once per version of the messages table, not
per request — and a new message, or messages marked read, show at once (the services renew the version after their
bulk writes)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

pytestmark = pytest.mark.django_db(transaction=True)  # versions are renewed when a write commits


def _unread(client) -> tuple[str, list[str]]:
    with CaptureQueriesContext(connection) as queries:
        page = client.get(reverse("kc-password")).content.decode("utf-8")
    counted = [q["sql"] for q in queries if "notices_notification" in q["sql"]]
    shown = page.split('id="unread">')[1].split("<")[0] if 'id="unread">' in page else ""
    return shown, counted


def test_the_unread_number_is_counted_once_per_version_and_follows_every_write(as_user, users):
    from kechuang.web.notices.services import notifications_read, notify

    client = as_user(users["bureau"])
    notify([users["bureau"], users["leader"]], "reminder", "催办:请报送进度")
    shown, counted = _unread(client)
    assert shown == "1" and len(counted) == 1
    shown, counted = _unread(client)
    assert shown == "1" and counted == []  # the next page reads the cached number
    notify([users["bureau"]], "reminder", "又一条")
    assert _unread(client)[0] == "2"
    notifications_read(users["bureau"])
    assert _unread(client)[0] == ""  # none unread: no number
    assert _unread(as_user(users["leader"]))[0] == "1"  # another user's number is their own
