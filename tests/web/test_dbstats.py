"""A bulk import leaves the planner's statistics fresh on PostgreSQL (``dbstats.bulk_written``): without them a
table just filled is planned as if empty (the enterprise list sorted every row for each page)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kechuang.web import dbstats
from kechuang.web.enterprises.models import Enterprise
from tests.web.test_enterprises_import import _preview, workbook

pytestmark = pytest.mark.django_db


def _reltuples() -> float:
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE relname = %s", [Enterprise._meta.db_table])
        return cursor.fetchone()[0]


def test_an_import_of_many_rows_analyses_its_tables(as_user, users, enterprise, monkeypatch,
                                                     django_capture_on_commit_callbacks):
    monkeypatch.setattr(dbstats, "ANALYZE_AFTER", 3)  # three enterprises stand for thousands
    client = as_user(users["bureau"])
    rows = [("", f"灵寿县统计{i}号科技有限公司", "灵寿县", "小型") for i in range(3)]
    _, _, digest = _preview(client, workbook(rows))
    vendor = connection.vendor
    before = _reltuples() if vendor == "postgresql" else None
    with CaptureQueriesContext(connection) as queries, django_capture_on_commit_callbacks(execute=True):
        done = client.post(reverse("kc-enterprises-import-confirm"), {"digest": digest})
    assert done.status_code == 302
    analysed = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("ANALYZE")]
    if vendor == "postgresql":
        assert len(analysed) == 1 and Enterprise._meta.db_table in analysed[0]
        assert _reltuples() != before and _reltuples() >= Enterprise.objects.count() - 1
    else:  # SQLite keeps no statistics unless asked; its plans already read along the indexes
        assert analysed == []


def test_a_small_import_leaves_it_to_autovacuum(as_user, users, enterprise, django_capture_on_commit_callbacks):
    client = as_user(users["bureau"])
    _, _, digest = _preview(client, workbook([("", "灵寿县统计号科技有限公司", "灵寿县", "小型")]))
    with CaptureQueriesContext(connection) as queries, django_capture_on_commit_callbacks(execute=True):
        assert client.post(reverse("kc-enterprises-import-confirm"), {"digest": digest}).status_code == 302
    assert not [q for q in queries.captured_queries if q["sql"].startswith("ANALYZE")]
