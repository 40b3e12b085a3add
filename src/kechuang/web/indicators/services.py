"""Writes of the indicators app: the catalog synchronised from the core, and observations recorded with
provenance and versions (a changed value becomes a new version; the old one is kept)."""

from __future__ import annotations

from django.db import transaction

from kechuang.indicators.catalog import Catalog, load_catalog
from kechuang.indicators.units import is_count
from kechuang.web.indicators.models import Indicator, Observation


@transaction.atomic
def catalog_sync(catalog: Catalog | None = None) -> tuple[int, int]:
    """Create or update the database's catalog indicators from the core's catalog; (created, updated).

    Local indicators (``region`` set) are never touched."""
    catalog = catalog or load_catalog()
    existing = {i.code: i for i in Indicator.objects.filter(region__isnull=True)}
    created = updated = 0
    for ind in catalog.indicators:
        fields = {"name": ind.name, "unit": ind.unit, "direction": ind.direction, "group": ind.group,
                  "definition": ind.definition, "source": ind.source, "aliases": list(ind.aliases),
                  "catalog_version": catalog.version}
        row = existing.get(ind.id)
        if row is None:
            Indicator.objects.create(code=ind.id, aggregation="sum" if is_count(ind.unit) else "none", **fields)
            created += 1
        elif any(getattr(row, k) != v for k, v in fields.items()):
            for k, v in fields.items():
                setattr(row, k, v)
            row.version += 1
            row.save()
            updated += 1
    return created, updated


@transaction.atomic
def observation_record(region, indicator: Indicator, period: int, value: float, *, source_kind: str, user=None,
                       source_file: str = "", source_row: int | None = None, batch=None, report=None,
                       note: str = "", is_demo: bool = False) -> tuple[Observation, bool]:
    """Record one value; returns (the current observation, whether anything changed).

    The same value again changes nothing; a different value becomes version n+1 and the old one stays in the
    history with ``is_current`` false."""
    old = (Observation.objects.select_for_update()
           .filter(region=region, indicator=indicator, period=period, is_current=True).first())
    if old is not None and old.value == float(value):
        return old, False
    version = 1
    if old is not None:
        version = old.version + 1
        old.is_current = False
        old.save(update_fields=["is_current"])
    new = Observation.objects.create(
        region=region, indicator=indicator, period=int(period), value=float(value), version=version,
        source_kind=source_kind, entered_by=user, source_file=source_file, source_row=source_row, batch=batch,
        report=report, note=note, is_demo=is_demo)
    return new, True
