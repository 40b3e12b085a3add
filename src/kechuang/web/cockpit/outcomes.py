"""Reported numbers become observations (同源数据最多填一次): an approved progress report's value for a target is
recorded as the linked indicator's value for the report period's year in the plan's region."""

from __future__ import annotations

from kechuang.errors import KechuangError
from kechuang.indicators import units as unitlib
from kechuang.web.cockpit.links import target_relink, unmonitorable_reason
from kechuang.web.indicators.services import observation_record


def _indicator_value(target, value: float) -> float | None:
    """The reported value in the indicator's unit; None when it is not a value of the indicator (a growth rate,
    a unit that does not convert)."""
    ind = target.catalog_indicator
    if target.kind != "level":
        return None
    try:
        return unitlib.convert(value, target.unit or None, ind.unit or None)
    except KechuangError:
        return None


def report_observations(user, report) -> list:
    """Record the approved report's values (call inside the approval's transaction); the observations written."""
    written = []
    plan = report.task.plan
    year = int(report.period[:4])
    for rv in report.values.select_related("target", "target__catalog_indicator", "target__task__plan__region"):
        target = rv.target
        if not target.link_method:
            target_relink(target)
        if not target.monitored or target.catalog_indicator is None or unmonitorable_reason(target):
            continue
        value = _indicator_value(target, rv.value)
        if value is None:
            continue
        reviewer = user.get_full_name() or user.username if user else ""
        obs, changed = observation_record(
            plan.region, target.catalog_indicator, year, value, source_kind="report", user=report.submitted_by,
            report=report, note=f"{report.department.name}报送 {report.period} 期,{reviewer}审核通过"[:255],
            is_demo=plan.is_demo)
        if changed:
            written.append(obs)
    return written
