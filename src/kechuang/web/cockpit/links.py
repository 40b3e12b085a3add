"""Links of plan targets to catalog indicators: made by the core's linker at confirmation (and when a target is
added or corrected), re-chosen by the clerk, or set to 不监测. Kinds the core cannot monitor are 不监测 with
their reason, never an error."""

from __future__ import annotations

from django.db import transaction

from kechuang.errors import KechuangError
from kechuang.indicators.catalog import Catalog, Link, link_target
from kechuang.reports.xlsx import KIND_ZH
from kechuang.web.history.models import Change
from kechuang.web.history.services import change_record
from kechuang.web.indicators.models import Indicator
from kechuang.web.indicators.services import catalog_sync, core_indicator, region_indicators
from kechuang.web.plans.models import Plan, Target
from kechuang.web.plans.services import require_editable

MONITORED_KINDS = ("level", "growth", "multiple", "increase")  # the core monitors these (monitoring.expected)
GUESSED = ("contains", "fuzzy")  # the linker's guesses from similar names; exact, alias and manual links are sure
METHOD_NAMES = {"exact": "名称一致", "alias": "别名一致", "contains": "名称包含", "fuzzy": "相似匹配",
                "manual": "人工指定", "none": "未关联", "": "未关联"}


def unmonitorable_reason(target: Target) -> str:
    """Why the core cannot monitor this target ("" when it can)."""
    reason = kind_reason(target)
    if not reason and target.catalog_indicator_id and target.link_method in GUESSED:
        # an unconfirmed guess lit wrong lights and wrote approved reports into another indicator's data
        return "关联指标是系统按名称相似猜测的,请在“关联指标”中确认后再监测、写入指标数据"
    return reason


def kind_reason(target: Target) -> str:
    """Why no indicator can monitor this target, whatever it is linked to ("" when one can)."""
    if target.kind == "category":
        return "定性目标(等级、称号),不做数值监测"
    if target.kind not in MONITORED_KINDS:
        return f"{KIND_ZH.get(target.kind, target.kind)}目标不做数值监测"  # 排名: the platform keeps no rankings
    try:
        float(target.value)
    except ValueError:
        return f"目标值「{target.value}」不是数字,不做数值监测"
    return ""


def indicators_for(region) -> list[Indicator]:
    """The catalog indicators and the local ones of the region and its ancestors (the catalog is loaded into the
    database on first use)."""
    if not Indicator.objects.filter(region__isnull=True).exists():
        catalog_sync()
    return list(region_indicators(region))


def catalog_for(rows: list[Indicator]) -> Catalog:
    return Catalog([core_indicator(r) for r in rows], version=max((r.catalog_version for r in rows), default=""))


def target_dict(target: Target, extras: dict | None = None) -> dict:
    """The target in the core's plan/1 shape (recurring, base year and comparator from the extraction)."""
    try:
        value: float | str = float(target.value)
    except ValueError:
        value = target.value
    return {"indicator": target.indicator, "kind": target.kind, "value": value, "unit": target.unit or None,
            "year": target.year, "quote": target.quote, **(extras or {})}


def _linked(target: Target, catalog: Catalog, rows: dict[str, Indicator]) -> dict:
    link = link_target(catalog, target_dict(target))
    row = rows.get(link.indicator.id) if link.indicator else None
    return {"catalog_indicator": row, "link_score": link.score, "link_method": link.method if row else "none",
            "monitored": not kind_reason(target)}  # a guess is held back by unmonitorable_reason, not by this flag


def link_snapshot(target: Target) -> dict:
    ind = target.catalog_indicator
    return {"catalog_indicator": f"{ind.name}({ind.code})" if ind else None, "monitored": target.monitored,
            "link": f"{METHOD_NAMES.get(target.link_method, target.link_method)} {target.link_score or 0:.2f}"}


def targets_link(plan: Plan, only_unlinked: bool = False, record: bool = True) -> int:
    """Link the plan's targets with the core's linker (inside the caller's transaction); links a clerk chose
    (``manual``) stay. Each new link is written to the history. Returns the number of targets linked."""
    rows = indicators_for(plan.region)
    catalog, by_code = catalog_for(rows), {r.code: r for r in rows}
    targets = Target.objects.filter(task__plan=plan).exclude(link_method="manual").select_related(
        "catalog_indicator", "task")
    if only_unlinked:
        targets = targets.filter(link_method="")
    changes, linked = [], 0
    for t in targets:
        before = link_snapshot(t)
        for k, v in _linked(t, catalog, by_code).items():
            setattr(t, k, v)
        t.save(update_fields=["catalog_indicator", "link_score", "link_method", "monitored"])
        linked += t.catalog_indicator is not None
        if record and link_snapshot(t) != before:
                changes.append(Change(kind="target", object_id=t.pk, action="update", before=before,
                                  after=link_snapshot(t), plan_id=plan.pk, task_id=t.task_id))
    Change.objects.bulk_create(changes)
    return linked


def target_relink(target: Target) -> None:
    """A target added or corrected by the clerk gets the linker's link again (unless the clerk chose one)."""
    if target.link_method == "manual":
        return
    rows = indicators_for(target.task.plan.region)
    for k, v in _linked(target, catalog_for(rows), {r.code: r for r in rows}).items():
        setattr(target, k, v)
    target.save(update_fields=["catalog_indicator", "link_score", "link_method", "monitored"])


def target_link_set(user, target: Target, choice: str) -> Target:
    """The clerk's choice: an indicator code, "none" (不监测) or "auto" (the linker's choice again). A target of an
    archived or superseded plan is kept as it was, its link too (as its other fields: ``require_editable``)."""
    choice = (choice or "").strip()
    with transaction.atomic():
        locked = Target.objects.select_for_update(of=("self",))  # PostgreSQL: not the nullable joined indicator
        target = locked.select_related("catalog_indicator", "task__plan__region").get(pk=target.pk)
        plan = target.task.plan
        require_editable(plan)
        before = link_snapshot(target)
        if choice == "none":
            target.monitored, target.link_method = False, "manual"
            target.save(update_fields=["monitored", "link_method"])
        elif choice == "auto":
            target.link_method = ""
            target_relink(target)
        else:
            row = next((r for r in indicators_for(plan.region) if r.code == choice), None)
            if row is None:
                raise KechuangError("KC-WEB-FIELD", f"指标代码“{choice}”不在本地区可用的指标目录中,请从列表中选择",
                                    field="indicator")
            reason = kind_reason(target)
            if reason:
                raise KechuangError("KC-WEB-FIELD", f"该目标无法监测:{reason}。可标记为“不监测”", field="indicator")
            target.catalog_indicator, target.link_score, target.link_method = row, 1.0, "manual"
            target.monitored = True
            target.save(update_fields=["catalog_indicator", "link_score", "link_method", "monitored"])
        change_record(user, "target", target.pk, "update", before=before, after=link_snapshot(target),
                      plan_id=plan.pk, task_id=target.task_id)
    return target


def stored_link(target: Target) -> Link | None:
    """The stored link in the core's shape (None when the target has never been linked)."""
    if not target.link_method:
        return None
    ind = target.catalog_indicator
    return Link(core_indicator(ind) if ind else None, target.link_method, target.link_score or 0.0)
