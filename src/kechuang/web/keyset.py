"""Keyset pages for every list: rows in (sort key, id) order, the page after or before a row by a range on the
index (never an OFFSET, so page 50 costs what page 1 does), and the count of the filtered rows cached under the
versions of the tables the filter reads (never counted per request; above ``CAP`` shown as "10,000+").

Cursors are row ids in the query string (``after``/``before``); the anchor's sort values are read from the
filtered rows, so a forged, garbled or foreign id just gives the first page. The pager is the template include
``kechuang/_keyset_pages.html``.

Table versions: a token per table in the cache, renewed when a transaction that saved or deleted a row of the
table commits (``post_save``/``post_delete``); bulk writes (``bulk_create``, ``QuerySet.update``) call
``touch(Model)``. A reader inside a transaction that wrote the table counts without the cache.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from functools import reduce
from operator import or_
from urllib.parse import urlencode

from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models import Q, QuerySet
from django.db.models.signals import post_delete, post_save

from kechuang.web.params import int_or_none

PAGE_SIZE = 50
CAP = 10_000  # rows counted at most; more are shown as "10,000+"
COUNT_TIMEOUT = 3600  # seconds: bounds a count whose table changed by a path that did not touch it


@dataclass
class Page:
    """One page: ``rows`` (model instances or dicts, as the query gives them), ``count`` of the filtered rows (at
    most ``CAP + 1``), the cursors of the next and previous pages (row ids, None at either end) and ``query``, the
    filters as a query string the pager keeps in its links."""

    rows: list
    count: int
    after: int | None
    before: int | None
    query: str = ""

    @property
    def count_text(self) -> str:
        return f"{CAP:,}+" if self.count > CAP else f"{self.count:,}"

    def __iter__(self):
        return iter(self.rows)


def query_of(params: dict) -> str:
    """The filters as a query string (empty values left out), for the pager and the export link."""
    return urlencode({k: v for k, v in params.items() if v})


def keyset_page(rows: QuerySet, get=None, order: tuple[str, ...] = ("-id",), shown=None, size: int = PAGE_SIZE,
                params: dict | None = None) -> Page:
    """The page of ``rows`` (filtered, unordered) after or before the row of ``get['after']``/``get['before']`` in
    ``order`` (non-null fields ending with ``id`` or ``-id``). ``shown(rows)`` narrows the query to what the list
    shows (``values``/``only``/``select_related``); ``params`` are the filters kept in the pager's links."""
    get = get or {}
    after, before = int_or_none(get.get("after")), int_or_none(get.get("before"))
    if after is not None:
        before = None
    fields = [f.lstrip("-") for f in order]
    anchor_id = after if after is not None else before
    anchor = None
    if anchor_id is not None:  # one row by its key: no ORDER BY (``first()`` would sort it by the model's ordering)
        anchor = next(iter(rows.filter(pk=anchor_id).order_by().values_list(*fields)[:1]), None)
    backwards = anchor is not None and after is None
    page = (shown(rows) if shown else rows).order_by(*(_flip(f) for f in order) if backwards else order)
    if anchor is not None:
        page = page.filter(_beyond(order, anchor, backwards))
    found = list(page[:size + 1])
    more = len(found) > size
    found = found[:size]
    if backwards:
        found.reverse()
    ids = [r["id"] if isinstance(r, dict) else r.pk for r in found]
    following = ids[-1] if ids and (more or backwards) else None
    previous = ids[0] if ids and anchor is not None and (more or not backwards) else None
    whole = anchor is None and not more  # every filtered row is on this page: counted without a query
    return Page(found, len(found) if whole else filtered_count(rows), following, previous, query_of(params or {}))


def _flip(field: str) -> str:
    return field[1:] if field.startswith("-") else f"-{field}"


def _beyond(order: tuple[str, ...], anchor: tuple, backwards: bool) -> Q:
    """Rows after the anchor in ``order`` (before it when ``backwards``): a ≥ x and ((a > x) or (a = x and b > y) …).
    The leading range alone is what an index seeks on (SQLite does not seek on the OR: page 1,900 of 100,000
    projects cost twice page 1)."""
    parts = []
    for k, spec in enumerate(order):
        name = spec.lstrip("-")
        later = spec.startswith("-") == backwards  # ascending forward, or descending backward
        same = {order[j].lstrip("-"): anchor[j] for j in range(k)}
        parts.append(Q(**same, **{f"{name}__{'gt' if later else 'lt'}": anchor[k]}))
    first = order[0].lstrip("-")
    lead = Q(**{f"{first}__{'gte' if order[0].startswith('-') == backwards else 'lte'}": anchor[0]})
    return lead & reduce(or_, parts)


# -- the count ---------------------------------------------------------------------------------------------------
def filtered_count(rows: QuerySet) -> int:
    """How many rows the filter gives, at most ``CAP + 1``: cached under the filter's SQL and the versions of the
    tables it reads."""
    counted = rows.order_by().values("pk")
    return cached_read(counted, lambda: counted[:CAP + 1].count(), "count")


def cached_read(rows: QuerySet, build, label: str):
    """``build()``, a read of ``rows`` (its counts, its span of years …), cached under the query's SQL and the
    versions of the tables it reads; computed afresh inside a transaction that wrote one of them."""
    tables = sorted({join.table_name for join in rows.query.alias_map.values()} | {rows.model._meta.db_table})
    if written_here(tables):
        return build()
    sql, args = rows.query.sql_with_params()
    versions = [_version(t) for t in tables]
    key = f"kc:list-{label}:" + hashlib.sha1(repr((sql, args, versions)).encode()).hexdigest()
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, COUNT_TIMEOUT)
    return value


def _version_key(table: str) -> str:
    return f"kc:table-version:{table}"


def table_version(model) -> str:
    """The model's table version: a token renewed when a write to the table commits (see ``touch``)."""
    return _version(model._meta.db_table)


def _version(table: str) -> str:
    key = _version_key(table)
    token = cache.get(key)
    if token is None:
        cache.add(key, uuid.uuid4().hex, None)
        token = cache.get(key)
    return token or ""


class Renewal:
    """The on-commit callback that renews a table's version; while it waits, it marks the table as written by the
    open transaction (Django drops it with a rolled-back savepoint, and runs it on commit)."""

    def __init__(self, table: str) -> None:
        self.table = table

    def __call__(self) -> None:
        cache.set(_version_key(self.table), uuid.uuid4().hex, None)


def _waiting(using: str = DEFAULT_DB_ALIAS) -> set[str]:
    return {entry[1].table for entry in connections[using].run_on_commit if isinstance(entry[1], Renewal)}


def written_here(tables, using: str = DEFAULT_DB_ALIAS) -> bool:
    """The open transaction wrote one of ``tables`` (their versions are renewed only when it commits): a reader
    that caches under those versions must read afresh."""
    return connections[using].in_atomic_block and bool(_waiting(using) & set(tables))


def touch(*models, using: str = DEFAULT_DB_ALIAS) -> None:
    """The tables of ``models`` change: their versions are renewed when the current transaction commits (at once
    outside one). Called for every save and delete; call it after ``bulk_create`` and ``QuerySet.update``."""
    waiting = _waiting(using) if connections[using].in_atomic_block else set()
    for model in models:
        table = model._meta.db_table
        if table not in waiting:
            transaction.on_commit(Renewal(table), using=using)
            waiting.add(table)


QUIET_APPS = frozenset({"sessions", "axes", "admin", "contenttypes"})  # written per login; no list reads them


def _written(sender, using=DEFAULT_DB_ALIAS, **kwargs) -> None:
    if sender._meta.app_label not in QUIET_APPS:
        touch(sender, using=using)


post_save.connect(_written, dispatch_uid="kc-keyset-save")
post_delete.connect(_written, dispatch_uid="kc-keyset-delete")
