"""The 人才库 import: each row checked by the same rules as the form (``services.cleaned``: a bad ID number is
an error of its row), matched by ID number (then by name and unit) with the region's talents, written in one
transaction with one history entry per talent and the indicator counts recomputed once."""

from __future__ import annotations

from pathlib import Path

from kechuang.sheets import RowError
from kechuang.web.accounts.models import Region
from kechuang.web.clock import today
from kechuang.web.talents.columns import TALENT_COLUMNS
from kechuang.web.talents.feeds import talent_feed
from kechuang.web.talents.models import Talent
from kechuang.web.talents.services import TalentInput, cleaned, registered_where, snapshot
from kechuang.web.talents.tables import ImportPlan, PlanRow, plan_commit, plan_read, plan_row, rows_write

COMPARED = ("name", "categories", "gender", "birth_year", "title", "affiliation", "fields", "expertise", "contact")


def _check(values: dict) -> dict:
    data = {k: v for k, v in values.items() if v not in (None, "", ())}
    data["categories"] = list(values.get("categories") or ())
    data["fields"] = list(values.get("fields") or ())
    return cleaned(TalentInput(**data), today())


def talent_plan(region_id: int, path: Path, name: str) -> ImportPlan:
    plan, good = plan_read(path, name, TALENT_COLUMNS, _check, key=("id_number",))
    numbers = [v["id_number"] for _, v in good if v["id_number"]]
    by_number = {t.id_number: t for t in Talent.objects.filter(id_number__in=numbers)}
    by_name = {(t.name, t.affiliation): t for t in Talent.objects.filter(region_id=region_id, id_number="")}
    for row, values in good:
        found = by_number.get(values["id_number"]) if values["id_number"] else by_name.get(
            (values["name"], values["affiliation"]))
        if found is not None and found.region_id != region_id:
            plan.errors.append(RowError(name, "", row, "身份证号",
                                        registered_where(values["id_number"], region_id, found.region_id)))
            continue
        plan_row(plan, row, values, found, COMPARED, [k for k in COMPARED if k in plan.columns])
    return plan


def talent_commit(actor, region_id: int, plan: ImportPlan, valid_only: bool) -> int:
    region = Region.objects.get(pk=region_id)

    def write(rows: list[PlanRow]) -> None:
        rows_write(actor, region, "talent", Talent, rows, COMPARED, snapshot, plan.file)
        talent_feed(actor, region, today())

    return plan_commit(plan, valid_only, write)
