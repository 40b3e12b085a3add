"""Demands and achievements as the matching core's records (``kechuang.matching.Record``): the only place they are
built, and the two sources of the index store (``kechuang.web.libraries.index_store``): one ``MatchIndex`` per
library over every region (matches are filtered to what the user may see afterwards, ``matching.visible_to``).
A withdrawn achievement and a closed demand are read but not shown (they leave the index)."""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace

from django.db.models import F

from kechuang.matching import MatchIndex, Record
from kechuang.web.libraries import index_store
from kechuang.web.transfer.models import Achievement, Demand
from kechuang.web.vouchers.money import wan_number

ACHIEVEMENTS, DEMANDS = "achievements", "demands"
_COMMON = ("id", "title", "fields", "region_id", "maturity", "status", "updated_at")


def achievement_record(a) -> Record:
    """An ``Achievement`` (or its values as attributes) as a record."""
    return Record(id=f"a{a.pk}", title=a.title, summary=a.summary, applicant=a.holder, fields=tuple(a.fields),
                  region=str(a.region_id), maturity=a.maturity, budget=wan_number(a.price),
                  extra={"kind": "achievement", "pk": a.pk, "status": a.status})


def demand_record(d) -> Record:
    """A ``Demand`` (or its values as attributes, the enterprise's name as ``enterprise_name``) as a record."""
    name = d.enterprise_name if hasattr(d, "enterprise_name") else d.enterprise.name
    return Record(id=f"d{d.pk}", title=d.title, summary=d.problem, applicant=name, fields=tuple(d.fields),
                  region=str(d.region_id), maturity=d.maturity, budget=wan_number(d.budget),
                  extra={"kind": "demand", "pk": d.pk, "enterprise": d.enterprise_id, "status": d.status})


def version_of(updated_at: datetime) -> int:
    """A row's version: its last edit time in microseconds (the tables keep no counter)."""
    return int(updated_at.timestamp() * 1_000_000)


def _rows_of(rows, names: tuple[str, ...], to_record, region_ids, since):
    if region_ids is not None:
        rows = rows.filter(region_id__in=region_ids)
    if since is not None:
        rows = rows.filter(updated_at__gte=since)
    for values in rows.order_by("id").values(*names).iterator(chunk_size=5000):
        yield to_record(SimpleNamespace(pk=values["id"], **values)), version_of(values["updated_at"]), values[
            "updated_at"]


def _achievement_rows(region_ids: list[int] | None, since: datetime | None):
    names = (*_COMMON, "summary", "holder", "price")
    return _rows_of(Achievement.objects.all(), names, achievement_record, region_ids, since)


def _demand_rows(region_ids: list[int] | None, since: datetime | None):
    rows = Demand.objects.annotate(enterprise_name=F("enterprise__name"))
    names = (*_COMMON, "problem", "budget", "enterprise_id", "enterprise_name")
    return _rows_of(rows, names, demand_record, region_ids, since)


def _counter(model):
    def count(region_ids: list[int] | None) -> int:
        rows = model.objects.all()
        return (rows if region_ids is None else rows.filter(region_id__in=region_ids)).count()
    return count


index_store.register(ACHIEVEMENTS, index_store.Source(
    rows=_achievement_rows, count=_counter(Achievement), scope="all", make=MatchIndex,
    shown=lambda rec: rec.extra["status"] != Achievement.WITHDRAWN))
index_store.register(DEMANDS, index_store.Source(
    rows=_demand_rows, count=_counter(Demand), scope="all", make=MatchIndex,
    shown=lambda rec: rec.extra["status"] != Demand.CLOSED))
