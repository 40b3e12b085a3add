"""Regions from the GB/T 2260 code list (vendored in the core, ``kechuang.regions``): province → city → county,
with levels.

Existing regions keep their rows (matched by code), so the plans and users attached to them stay attached.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from kechuang.errors import KechuangError
from kechuang.regions import SOURCE, VERSION, gbt2260_rows
from kechuang.web.accounts.models import Region
from kechuang.web.indicators.models import RegionCodeList


@dataclass(frozen=True)
class CodeRow:
    code: str
    name: str
    level: str
    parent: str | None


def _read(name: str) -> list[dict]:
    return gbt2260_rows(name)


def code_list(province: str | None = None) -> list[CodeRow]:
    """The code list's rows (of one province, by its two-digit code), parents before children."""
    provinces = {r["province"]: r for r in _read("province.csv")}
    if province is not None and province not in provinces:
        raise KechuangError("KC-REGION-PROVINCE",
                            f"行政区划代码表中没有省级代码「{province}」(应为两位数字,如 13)", field="province")
    cities = {r["code"] for r in _read("city.csv")}
    rows: list[CodeRow] = []
    for p in provinces.values():
        if province is None or p["province"] == province:
            rows.append(CodeRow(p["code"], p["name"], "province", None))
    for c in _read("city.csv"):
        if province is None or c["province"] == province:
            rows.append(CodeRow(c["code"], c["name"], "city", f"{c['province']}0000"))
    for a in _read("area.csv"):
        if province is None or a["province"] == province:
            city = f"{a['province']}{a['city']}00"
            rows.append(CodeRow(a["code"], a["name"], "county", city if city in cities else f"{a['province']}0000"))
    return rows


@transaction.atomic
def regions_load(province: str | None = None) -> tuple[int, int]:
    """Create or update the regions of the code list (one province, or all); returns (created, updated)."""
    rows = code_list(province)
    existing = {r.code: r for r in Region.objects.filter(code__in=[r.code for r in rows])}
    created = updated = 0
    ids: dict[str, int] = {}
    for row in rows:
        parent_id = ids.get(row.parent) if row.parent else None
        region = existing.get(row.code)
        if region is None:
            region = Region.objects.create(code=row.code, name=row.name, level=row.level, parent_id=parent_id)
            created += 1
        elif (region.name, region.level, region.parent_id) != (row.name, row.level, parent_id):
            region.name, region.level, region.parent_id = row.name, row.level, parent_id
            region.save(update_fields=["name", "level", "parent"])
            updated += 1
        ids[row.code] = region.pk
    RegionCodeList.objects.create(source=SOURCE, version=VERSION, province=province or "", created=created,
                                  updated=updated)
    return created, updated
