"""The 人才库 import: each row checked by the same rules as the form (``services.cleaned``: a bad ID number is
an error of its row), matched by ID number (then by name and unit) with the region's talents, written in one
transaction with one history entry per talent and the indicator counts recomputed once."""

from __future__ import annotations

from pathlib import Path

from kechuang.sheets import RowError
from kechuang.web.accounts.models import Region
from kechuang.web.clock import today
from kechuang.web.history.services import change_record
from kechuang.web.talents.columns import TALENT_COLUMNS
from kechuang.web.talents.feeds import talent_feed
from kechuang.web.talents.identity import mask_id
from kechuang.web.talents.models import Talent
from kechuang.web.talents.services import TalentInput, cleaned, snapshot
from kechuang.web.talents.tables import CHANGED, NEW, SAME, ImportPlan, PlanRow, plan_commit, plan_read

COMPARED = ("name", "categories", "gender", "birth_year", "title", "affiliation", "fields", "expertise", "contact")


def _check(values: dict) -> dict:
    data = {k: v for k, v in values.items() if v not in (None, "", ())}
    data["categories"] = list(values.get("categories") or ())
    data["fields"] = list(values.get("fields") or ())
    return cleaned(TalentInput(**data), today())


def talent_plan(region_id: int, path: Path, name: str) -> ImportPlan:
    plan, good = plan_read(path, name, TALENT_COLUMNS, _check, key=("id_number",))
    numbers = [v["id_number"] for _, v in good if v["id_number"]]
    by_number = {t.id_number: t for t in Talent.objects.filter(id_number__in=numbers).select_related("region")}
    by_name = {(t.name, t.affiliation): t for t in Talent.objects.filter(region_id=region_id, id_number="")}
    for row, values in good:
        found = by_number.get(values["id_number"]) if values["id_number"] else by_name.get(
            (values["name"], values["affiliation"]))
        if found is not None and found.region_id != region_id:
            plan.errors.append(RowError(name, "", row, "身份证号", f"身份证号 {mask_id(values['id_number'])} 已登记在"
                                        f"{found.region.name}的人才库中"))
            continue
        if found is None:
            plan.rows.append(PlanRow(row, values["name"], NEW, values))
            continue
        compared = [k for k in COMPARED if k in plan.columns]
        values = {**values, **{k: getattr(found, k) for k in COMPARED if k not in compared}}  # absent columns kept
        changes = [str(Talent._meta.get_field(k).verbose_name) for k in compared if getattr(found, k) != values[k]]
        plan.rows.append(PlanRow(row, values["name"], CHANGED if changes else SAME, values, found, changes))
    return plan


def talent_commit(actor, region_id: int, plan: ImportPlan, valid_only: bool) -> int:
    region = Region.objects.get(pk=region_id)

    def write(rows: list[PlanRow]) -> None:
        for r in rows:
            if r.target is None:
                talent = Talent.objects.create(region=region, created_by=actor, **r.values)
                change_record(actor, "talent", talent.pk, "create", after={**snapshot(talent), "来源": plan.file})
                continue
            before = snapshot(r.target)
            for key in COMPARED:
                setattr(r.target, key, r.values[key])
            r.target.version += 1
            r.target.save()
            change_record(actor, "talent", r.target.pk, "update", before=before, after=snapshot(r.target))
        talent_feed(actor, region, today())

    return plan_commit(plan, valid_only, write)
