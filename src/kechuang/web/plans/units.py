"""Units of a plan that match no department: create a department for every one of them at once (全部新建)."""

from __future__ import annotations

from django.db import transaction

from kechuang.errors import KechuangError
from kechuang.web.accounts.models import Department
from kechuang.web.accounts.services import clean_name, collective_key, collective_name, department_create
from kechuang.web.plans.models import Plan
from kechuang.web.plans.services import plan_map_unit, plan_unit_matches


def plan_create_departments(user, plan: Plan) -> tuple[list[Department], list[str]]:
    """A new department named as printed for every unit of the plan that matches none, each mapped to its unit;
    (the departments created, the names of the collectives among them).

    Every name is checked first (as one by one: ``clean_name``); if any is refused, none is created and the error
    lists them all. Units that match several departments are left to the clerk's choice. A collective
    (各乡镇人民政府) is created as a collective unit without members: the units page shows it as 待设置成员 with a
    link to choose its members (``accounts.collectives``), which its tasks then go to. Collectives are recognised
    as the matching does (``accounts.services.collective_name``: 县直各有关单位 too), and two names of one
    collective in the plan (各乡镇人民政府, 各乡(镇)政府) make one."""
    units = [m.unit for m in plan_unit_matches(plan) if m.status == "unmatched"]
    if not units:
        raise KechuangError("KC-WEB-FIELD", "没有可新建的未匹配单位,无需新建部门", field="units")
    refused = []
    for unit in units:
        try:
            clean_name(unit, "units")
        except KechuangError as exc:
            refused.append(f"“{unit[:30]}”({exc.message_zh})")
    if refused:
        raise KechuangError("KC-WEB-FIELD", f"有 {len(refused)} 个单位名称不能用作部门名称,未新建任何部门:"
                            f"{';'.join(refused)}。请逐个处理这些单位", field="units", units=len(refused))
    created, collectives = [], {}
    with transaction.atomic():
        for unit in units:
            collective = collective_name(unit, plan.region.name)
            key = collective_key(unit, plan.region.name) if collective else None
            department = collectives.get(key)  # 各乡镇人民政府 and 各乡(镇)政府 of one plan: one collective
            if department is None:
                department = department_create(user, plan.region, unit, is_collective=collective)
                created.append(department)
                if key:
                    collectives[key] = department
            plan = plan_map_unit(user, plan, unit, department)
    return created, [d.name for d in created if d.is_collective]
