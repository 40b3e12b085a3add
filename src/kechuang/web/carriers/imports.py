"""The 载体/平台 import: rows checked by the form's rules, matched by name and level within the region (新增 /
变更 / 相同), written in one transaction; the indicator counts are recomputed once."""

from __future__ import annotations

from pathlib import Path

from kechuang.web.accounts.models import Region
from kechuang.web.carriers.columns import CARRIER_COLUMNS
from kechuang.web.carriers.feeds import carrier_feed
from kechuang.web.carriers.models import Carrier
from kechuang.web.carriers.services import CarrierInput, cleaned, snapshot
from kechuang.web.clock import today
from kechuang.web.talents.tables import ImportPlan, PlanRow, plan_commit, plan_read, plan_row, rows_write

COMPARED = ("kind", "host_name", "host_enterprise", "recognised_on", "document_no", "fields", "status", "revoked_on",
            "note")


def carrier_plan(region_id: int, path: Path, name: str) -> ImportPlan:
    region = Region.objects.get(pk=region_id)

    def check(values: dict) -> dict:
        data = {k: v for k, v in values.items() if v not in (None, "")}
        return cleaned(region, CarrierInput(**{"status": "active", **data}), today())

    plan, good = plan_read(path, name, CARRIER_COLUMNS, check, key=("name", "level"))
    existing = {(c.name, c.level): c for c in Carrier.objects.filter(region=region).select_related("host_enterprise")}
    for row, values in good:
        present = [k for k in COMPARED if k in plan.columns or (k == "host_enterprise" and "host_name" in plan.columns)]
        plan_row(plan, row, values, existing.get((values["name"], values["level"])), COMPARED, present)
    return plan


def carrier_commit(actor, region_id: int, plan: ImportPlan, valid_only: bool) -> int:
    region = Region.objects.get(pk=region_id)

    def write(rows: list[PlanRow]) -> None:
        rows_write(actor, region, "carrier", Carrier, rows, COMPARED, snapshot, plan.file)
        carrier_feed(actor, region, today())

    return plan_commit(plan, valid_only, write)
