"""A collective unit's members (各乡镇人民政府 → the region's townships), chosen by the bureau from its own region's
departments. A task assigned to a collective goes to its members (``plans.services.assignments_sync``); setting the
members re-assigns the tasks of the region's confirmed plans that name the collective, so the members find them in
their report queues at once (with no members, the collective itself held them: a body no user belongs to)."""

from __future__ import annotations

import re

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F
from django.http import Http404
from django.shortcuts import get_object_or_404

from kechuang.errors import KechuangError
from kechuang.web.accounts.models import Department
from kechuang.web.accounts.permissions import can_manage_region, can_view_region
from kechuang.web.accounts.services import department_index
from kechuang.web.history.services import change_record
from kechuang.web.pagecache import versions_touch


def department_managed(user, pk: int) -> Department:
    """A department of a region ``user`` manages (another region's: 404, as if none; a region only seen: 403)."""
    department = get_object_or_404(Department.objects.select_related("region"), pk=pk)
    if not can_view_region(user, department.region_id):
        raise Http404
    if not can_manage_region(user, department.region_id):
        raise PermissionDenied
    return department


def member_choices(collective: Department):
    """The departments a collective may have as members: its own region's, not collectives themselves."""
    return Department.objects.filter(region_id=collective.region_id, is_collective=False).order_by("name")


_TOWNSHIP = re.compile(r"(乡|镇|街道)(人民政府|政府|办事处)$|街道办事处$")


def member_groups(collective: Department) -> list[tuple[str, list[Department]]]:
    """The choices as the checklist shows them: townships first (各乡镇人民政府 is the usual collective), then the
    other departments; a group with none is left out."""
    choices = list(member_choices(collective))
    townships = [d for d in choices if _TOWNSHIP.search(d.name)]
    others = [d for d in choices if not _TOWNSHIP.search(d.name)]
    return [(label, rows) for label, rows in (("乡镇、街道", townships), ("部门", others)) if rows]


def collective_members_set(user, collective: Department, member_ids: list[int],
                           remove_signed: bool = False, version: int | None = None) -> tuple[list[Department], int]:
    """Make ``member_ids`` the collective's members; (the members, the confirmed tasks re-assigned to them).

    An id that is not a plain department of the collective's region (another county's, a collective, none) refuses
    the whole change: nothing is saved. A member taken out loses the tasks it held through the collective; when it
    had signed (签收) any of them, the change is refused unless ``remove_signed`` says the clerk confirmed it (the
    signature would go with the assignment; the reports stay on the task). ``version``: the one the members page
    showed; another one means someone changed the collective since (nothing saved, 409). The members it has
    already: nothing is saved, the version stays (other open pages stay current) and no change is recorded."""
    if not collective.is_collective:
        raise KechuangError("KC-WEB-FIELD", f"“{collective.name}”不是集合单位,不能设置成员", field="members")
    wanted = set(member_ids)
    members = list(member_choices(collective).filter(pk__in=[i for i in wanted if 0 < i < 2**31]))  # none beyond
    if len(members) != len(wanted):
        raise KechuangError("KC-WEB-FIELD", "所选成员中有不属于本地区的部门(或是集合单位),未保存任何修改;"
                            "成员只能从本地区的部门中选择", field="members")
    from kechuang.web.supervision.models import Assignment

    with transaction.atomic():
        stored = Department.objects.select_for_update().values_list("version", flat=True).get(pk=collective.pk)
        if version is not None and version != stored:
            raise KechuangError("KC-WEB-CONFLICT", f"集合单位“{collective.name}”已被他人修改,未保存。下面是现在的成员,"
                                "请核对后重新选择并保存", field="version")
        before = list(collective.members.order_by("name"))
        if {d.pk for d in before} == wanted:  # the same members again: nothing changes, no other page goes stale
            return members, 0
        out = [d.pk for d in before if d.pk not in wanted]
        signed = dict(Assignment.objects.filter(department_id__in=out, acknowledged_at__isnull=False)
                      .values_list("pk", "department__name")) if out else {}
        collective.members.set(members)
        tasks = _tasks_reassign(collective, {d.pk for d in before} | wanted | {collective.pk})
        kept = set(Assignment.objects.filter(pk__in=signed).values_list("pk", flat=True))
        lost = sorted(name for pk, name in signed.items() if pk not in kept)
        if lost and not remove_signed:  # raised inside the transaction: nothing of the change is saved
            names = "、".join(sorted(set(lost)))
            raise KechuangError("KC-WEB-FIELD", f"{names}已签收集合单位“{collective.name}”分派的 {len(lost)} 项任务;"
                                "移出后这些任务不再分派给它,签收记录随之撤销(已报送的进展保留)。"
                                "如确需移出,请勾选“确认移出已签收任务的成员”后再保存", field="members")
        Department.objects.filter(pk=collective.pk).update(version=F("version") + 1)  # a copy read before: 409
        collective.refresh_from_db(fields=["version"])
        after = {"members": [d.name for d in members], **({"signed_removed": sorted(set(lost))} if lost else {})}
        change_record(user, "department", collective.pk, "update", before={"members": [d.name for d in before]},
                      after=after)
    return members, tasks


def members_message(collective: Department, members: list[Department], tasks: int) -> str:
    """The confirmation after saving: who the members are now, and the tasks that went to them."""
    if not members:
        return f"已清空集合单位“{collective.name}”的成员:分派给它的任务不会到达任何部门,请尽快重新设置"
    names = "、".join(d.name for d in members[:8]) + ("等" if len(members) > 8 else "")
    done = f";{tasks} 项已下达的任务已分派给这些成员" if tasks else ""
    return f"已设置集合单位“{collective.name}”的 {len(members)} 个成员:{names}{done}"


def _tasks_reassign(collective: Department, touched: set[int]) -> int:
    """Re-assign the tasks of the region's confirmed plans in use whose units mean the collective."""
    from kechuang.web.plans.models import Plan
    from kechuang.web.plans.services import ROLES, assignments_sync, unit_departments
    from kechuang.web.supervision.cycle import tasks_assigned_notify

    index = department_index(collective.region)
    count = 0
    for plan in Plan.objects.filter(region_id=collective.region_id, status=Plan.CONFIRMED, archived_at=None):
        tasks = [t for t in plan.tasks.prefetch_related("assignments")
                 if any(d.pk == collective.pk for role in ROLES for unit in t.units(role)
                        for d in unit_departments(plan, index, unit))]
        for task in tasks:
            assignments_sync(task, index)
        if tasks:
            versions_touch(plan_id=plan.pk, department_ids=touched)
            tasks_assigned_notify(plan)  # 交办: a new member is told of its tasks (once per plan)
            count += len(tasks)
    return count
