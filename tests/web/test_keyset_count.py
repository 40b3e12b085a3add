"""The count a list shows is counted once per state of the tables its filter reads: the next request reads it from
the cache (no COUNT), a committed save, delete or touched bulk write counts again, a transaction that wrote the
table counts without the cache, and more than ``CAP`` rows are shown as "10,000+" without counting them all.
These tests commit (transactional database): versions are renewed when a write commits."""

from __future__ import annotations

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kechuang.web import keyset
from kechuang.web.libraries.models import Project

pytestmark = pytest.mark.django_db(transaction=True)


def _make(region, n: int, start: int = 0) -> None:
    Project.objects.bulk_create(Project(region=region, title=f"项目{i}", applicant="某公司", year=2024)
                                for i in range(start, start + n))


def _counts(captured) -> int:
    """The COUNT queries over projects (the page's menu counts other things), and the year filter's MIN/MAX."""
    return sum(("COUNT(" in q["sql"].upper() or "MIN(" in q["sql"].upper()) and "libraries_project" in q["sql"]
               for q in captured)


def _get(client, **params):
    with CaptureQueriesContext(connection) as captured:
        body = client.get(reverse("kc-projects"), params).content.decode()
    return body, _counts(captured)


def test_the_count_is_read_from_the_cache_until_a_write_commits(as_user, users, county):
    _make(county, 57)  # more than a page: the rows of one page are counted without a query (below)
    client = as_user(users["bureau"])
    body, counted = _get(client)
    assert "共 57 个项目" in body and counted == 2
    body, counted = _get(client)
    assert "共 57 个项目" in body and counted == 0
    body, counted = _get(client, q="项目")  # another filter: its own count (the years are the same)
    assert "共 57 个项目" in body and counted == 1
    Project.objects.create(region=county, title="新项目", applicant="某公司", year=2025)  # a save commits
    body, counted = _get(client)
    assert "共 58 个项目" in body and counted == 2 and '<option value="2025"' in body
    Project.objects.filter(title="新项目").get().delete()
    assert "共 57 个项目" in _get(client)[0]


def test_a_filter_whose_rows_fit_one_page_is_counted_from_the_page(as_user, users, county):
    _make(county, 57)
    client = as_user(users["bureau"])
    _get(client)  # the years' span cached
    body, counted = _get(client, q="项目1")  # 项目1, 项目10 … 项目19: one page, no COUNT
    assert "共 11 个项目" in body and counted == 0


def test_a_bulk_write_is_seen_once_touched(as_user, users, county):
    _make(county, 53)
    client = as_user(users["bureau"])
    assert "共 53 个项目" in _get(client)[0]
    with transaction.atomic():
        _make(county, 2, start=53)
        Project.objects.filter(title="项目0").update(year=2020)
        keyset.touch(Project)
    body, counted = _get(client)
    assert "共 55 个项目" in body and counted == 2
    assert "共 1 个项目" in _get(client, year="2020")[0]


def test_a_transaction_that_wrote_the_table_counts_without_the_cache(county):
    _make(county, 4)
    rows = Project.objects.filter(region=county)
    assert keyset.filtered_count(rows) == 4
    with transaction.atomic():
        Project.objects.create(region=county, title="未提交", applicant="某公司", year=2025)
        assert keyset.filtered_count(rows) == 5
        with CaptureQueriesContext(connection) as captured:
            keyset.filtered_count(rows)
        assert _counts(captured) == 1
        transaction.set_rollback(True)
    assert keyset.filtered_count(rows) == 4  # the rolled-back row never reached the cache


def test_above_the_cap_the_count_stops(as_user, users, county, monkeypatch):
    monkeypatch.setattr(keyset, "CAP", 40)
    _make(county, 55)
    client = as_user(users["bureau"])
    with CaptureQueriesContext(connection) as captured:
        body = client.get(reverse("kc-projects")).content.decode()
    assert "共 40+ 个项目" in body
    count_sql = next(q["sql"] for q in captured if "COUNT(" in q["sql"].upper() and "libraries_project" in q["sql"])
    assert "LIMIT 41" in count_sql.upper()


def test_rows_inserted_without_the_orm_are_counted_again(county):
    from kechuang.web.enterprises.bulk import insert_rows

    rows = Project.objects.filter(region=county)
    assert keyset.filtered_count(rows) == 0
    with transaction.atomic():
        made = [Project(region=county, title=f"项目{i}", applicant="某公司", year=2024) for i in range(3)]
        fields = [f for f in Project._meta.concrete_fields if not f.primary_key]
        insert_rows(Project, [f.name for f in fields], [[f.pre_save(p, True) for f in fields] for p in made])
    assert keyset.filtered_count(rows) == 3
