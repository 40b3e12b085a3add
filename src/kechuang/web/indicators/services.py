"""Writes of the indicators app: the catalog synchronised from the core, and observations recorded with
provenance and versions (a changed value becomes a new version; the old one is kept)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from kechuang.indicators.catalog import Catalog, load_catalog
from kechuang.indicators.units import is_count
from kechuang.web.indicators.models import Indicator, IndicatorEdit, Observation

CHUNK = 500  # ids per IN (...) list: within every database's limit on parameters
BATCH = 5000  # rows per executemany


@transaction.atomic
def catalog_sync(catalog: Catalog | None = None) -> tuple[int, int]:
    """Create or update the database's catalog indicators from the core's catalog and the platform's aggregation
    data (``data/aggregation.yaml``: how child regions roll up, and the denominators ratios need); returns
    (created, updated). Every update is a new version with its edit recorded. Local indicators are never touched."""
    catalog = catalog or load_catalog()
    extra = aggregation_data()
    existing = {i.code: i for i in Indicator.objects.filter(region__isnull=True)}
    created = updated = 0
    for ind, version in [*((i, catalog.version) for i in catalog.indicators),
                         *((i, extra["version"]) for i in extra["supporting"])]:
        fields = {"name": ind.name, "unit": ind.unit, "direction": ind.direction, "group": ind.group,
                  "definition": ind.definition, "source": ind.source, "aliases": list(ind.aliases),
                  "catalog_version": version, **_aggregation_fields(ind, extra["aggregation"].get(ind.id))}
        row = existing.get(ind.id)
        if row is None:
            Indicator.objects.create(code=ind.id, **fields)
            created += 1
        elif any(getattr(row, k) != v for k, v in fields.items()):
            changes = {k: [getattr(row, k), v] for k, v in fields.items() if getattr(row, k) != v}
            for k, v in fields.items():
                setattr(row, k, v)
            row.version += 1
            row.save()
            IndicatorEdit.objects.create(indicator=row, version=row.version, fields=changes)
            updated += 1
    return created, updated


def _aggregation_fields(ind, rule: dict | None) -> dict:
    if rule is None:
        return {"aggregation": "sum" if is_count(ind.unit) else "none", "numerator": "", "denominator": "",
                "scale": 1.0}
    return {"aggregation": rule["method"], "numerator": rule.get("numerator", ""),
            "denominator": rule.get("denominator", ""), "scale": float(rule.get("scale", 1.0))}


@lru_cache(maxsize=1)
def aggregation_data() -> dict:
    """``data/aggregation.yaml``: supporting indicators (core ``Indicator`` objects) and roll-up rules by code."""
    from kechuang.indicators.catalog import _parse

    text = (resources.files("kechuang.web.indicators") / "data" / "aggregation.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    supporting = _parse(yaml.safe_dump({"version": raw["version"], "indicators": raw["supporting"]},
                                       allow_unicode=True), "aggregation.yaml")
    return {"version": str(raw["version"]), "supporting": supporting.indicators, "aggregation": raw["aggregation"]}


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


@dataclass
class Value:
    """One value to record in bulk (ids already resolved), with the row it came from."""

    region_id: int
    indicator_id: int
    period: int
    value: float
    row: int | None = None
    note: str = ""


def observations_classify(values: list[Value]) -> dict[tuple[int, int, int], tuple[int, float, int]]:
    """The current observations the values meet: (region, indicator, period) → (id, value, version)."""
    current: dict[tuple[int, int, int], tuple[int, float, int]] = {}
    if not values:
        return current
    indicators = sorted({v.indicator_id for v in values})
    periods = sorted({v.period for v in values})
    regions = sorted({v.region_id for v in values})
    for start in range(0, len(regions), CHUNK):
        rows = (Observation.objects.filter(is_current=True, region_id__in=regions[start:start + CHUNK],
                                           indicator_id__in=indicators, period__in=periods)
                .values_list("id", "region_id", "indicator_id", "period", "value", "version"))
        for pk, r, i, p, value, version in rows:
            current[(r, i, p)] = (pk, value, version)
    return current


def change_of(value: Value, current) -> str:
    """新增 (new), 变更 (changed) or 相同 (same) against the current observations."""
    old = current.get((value.region_id, value.indicator_id, value.period))
    if old is None:
        return "new"
    return "same" if old[1] == float(value.value) else "changed"


@transaction.atomic
def observations_bulk_record(values: list[Value], *, source_kind: str, user=None, source_file: str = "", batch=None,
                             is_demo: bool = False, progress=None) -> dict[str, int]:
    """Record many values with the versioning of ``observation_record`` in a few statements: the same value
    changes nothing, a changed one retires the current row and becomes version n+1. One transaction: all or
    nothing. Returns {"new", "changed", "same"}."""
    current = observations_classify(values)
    counts = {"new": 0, "changed": 0, "same": 0}
    retire: list[int] = []
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    user_id, batch_id = getattr(user, "pk", None), getattr(batch, "pk", None)
    rows: list[tuple] = []
    for v in values:
        kind = change_of(v, current)
        counts[kind] += 1
        if kind == "same":
            continue
        old = current.get((v.region_id, v.indicator_id, v.period))
        if old is not None:
            retire.append(old[0])
        rows.append((v.region_id, v.indicator_id, v.period, float(v.value), old[2] + 1 if old else 1, True,
                     source_kind, source_file, v.row, batch_id, None, user_id, v.note, is_demo, now))
    for start in range(0, len(retire), CHUNK):
        Observation.objects.filter(pk__in=retire[start:start + CHUNK]).update(is_current=False)
    _insert(rows, progress)
    return counts


INSERT_COLUMNS = ("region_id", "indicator_id", "period", "value", "version", "is_current", "source_kind",
                  "source_file", "source_row", "batch_id", "report_id", "entered_by_id", "note", "is_demo",
                  "created_at")


def _insert(rows: list[tuple], progress=None) -> None:
    """INSERT the rows with ``executemany``: the ORM's ``bulk_create`` spends most of its time compiling SQL
    (measured: 45 s of 60 s for 88,000 rows on SQLite), which a plain parameterised statement does not."""
    quote = connection.ops.quote_name
    table, columns = quote(Observation._meta.db_table), ", ".join(quote(c) for c in INSERT_COLUMNS)
    sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(INSERT_COLUMNS))})"
    with connection.cursor() as cursor:
        for start in range(0, len(rows), BATCH):
            chunk = rows[start:start + BATCH]
            if connection.vendor == "postgresql":  # COPY: 102,000 rows in ~1 s where executemany takes ~12 s
                with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for row in chunk:
                        copy.write_row(row)
            else:
                cursor.executemany(sql, chunk)
            if progress is not None:
                progress(min(start + BATCH, len(rows)), len(rows))


def region_indicators(region=None):
    """The active catalog indicators and the local ones of ``region`` and the regions above it: what a region's
    plans, imports, frameworks and data pages use."""
    from kechuang.web.accounts.permissions import region_lineage_ids

    lineage = region_lineage_ids(region.pk) if region is not None else []
    return Indicator.objects.filter(is_active=True).filter(Q(region__isnull=True) | Q(region_id__in=lineage))


def core_indicator(row: Indicator):
    """The core's ``Indicator`` for a database row."""
    from kechuang.indicators.catalog import Indicator as CoreIndicator

    return CoreIndicator(row.code, row.name, row.unit, row.direction, row.definition, row.source, row.group,
                         [str(a) for a in row.aliases or []])


def catalog_from_database(region=None) -> Catalog:
    """The core's catalog built from the database: ``region_indicators`` (so that an import or a framework can use
    the local indicators of the region and the regions above it)."""
    return Catalog([core_indicator(i) for i in region_indicators(region)], load_catalog().version, "database")
