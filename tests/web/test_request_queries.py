"""What a signed-in request costs before the page's own reads: the session from the cache, and the user with
their profile and region in one query (the permissions and the navigation of every page need all three)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _tables(queries) -> list[str]:
    return [q["sql"].split(" FROM ", 1)[1].split()[0].strip('"') for q in queries
            if q["sql"].startswith("SELECT") and " FROM " in q["sql"]]


def test_a_page_reads_the_user_profile_and_region_in_one_query(as_user, users):
    client = as_user(users["bureau"])
    with CaptureQueriesContext(connection) as queries:
        page = client.get(reverse("kc-reserve"))
    assert page.status_code == 200 and users["bureau"].profile.region.name in page.content.decode()
    tables = _tables(queries.captured_queries)
    assert "django_session" not in tables
    assert "accounts_profile" not in tables and "accounts_region" not in tables
    user_reads = [q["sql"] for q in queries.captured_queries if q["sql"].startswith('SELECT "auth_user"')]
    assert len(user_reads) == 1 and '"accounts_profile"' in user_reads[0] and '"accounts_region"' in user_reads[0]


def test_a_deactivated_user_is_signed_out_on_the_next_request(as_user, users):
    client = as_user(users["bureau"])
    assert client.get(reverse("kc-reserve")).status_code == 200
    users["bureau"].is_active = False
    users["bureau"].save(update_fields=["is_active"])
    assert client.get(reverse("kc-reserve")).status_code == 302


def test_a_password_change_elsewhere_ends_the_cached_session(as_user, users):
    client = as_user(users["bureau"])
    assert client.get(reverse("kc-reserve")).status_code == 200
    users["bureau"].set_password("一个全新的口令-2026")
    users["bureau"].save()
    assert client.get(reverse("kc-reserve")).status_code == 302
