"""Writes on plans: create from a document, correct tasks, confirm (match units, assign departments)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from kechuang.errors import KechuangError
from kechuang.extract import extract_plan
from kechuang.extract.unit_lists import typed_units
from kechuang.monitoring.tasks import CYCLES, deadline_basis
from kechuang.web import uploads
from kechuang.web.accounts.models import Department, Region
from kechuang.web.accounts.services import check_name, department_index, department_match
from kechuang.web.history.services import change_record
from kechuang.web.pagecache import versions_touch
from kechuang.web.plans.checks import target_refused, targets_left_out
from kechuang.web.plans.models import Plan, Target, Task

ROLES = ("lead", "responsible", "cooperating")
UNIT_FIELDS = {"lead": "lead_units", "responsible": "responsible_units", "cooperating": "cooperating_units"}


def _value(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def task_snapshot(task: Task) -> dict:
    return {"path": task.path, "title": task.title, "lead": list(task.lead_units),
            "responsible": list(task.responsible_units), "cooperating": list(task.cooperating_units),
            "deadline": task.deadline.isoformat() if task.deadline else None, "cycle": task.cycle,
            "due_day": task.due_day}


def too_large(name: str) -> KechuangError:
    limit = settings.MAX_UPLOAD_BYTES // (1024 * 1024)
    return KechuangError("KC-WEB-TOO-LARGE", f"文件“{name}”超过 {limit} MB 的上限", file=name)


def check_upload(data: bytes, name: str) -> None:
    if not data:
        raise KechuangError("KC-WEB-EMPTY", f"文件“{name}”是空的,请选择方案原文", file=name)
    if len(data) > settings.MAX_UPLOAD_BYTES:
        raise too_large(name)


def plan_create(user, region: Region, *, data: bytes | None = None, name: str = "", text: str | None = None,
                revises: Plan | None = None, is_demo: bool = False) -> Plan:
    """Extract a plan from an uploaded document or pasted text and store it as a draft for review."""
    from kechuang.web.cockpit.links import targets_link

    if text is not None and data is None:
        if not text.strip():
            raise KechuangError("KC-WEB-EMPTY", "请选择方案文件,或在文本框中粘贴方案全文", field="text")
        data, name = text.encode("utf-8"), name or "粘贴文本.txt"
    if data is None:
        raise KechuangError("KC-WEB-EMPTY", "请上传方案文件或粘贴方案文本", field="document")
    check_upload(data, name)
    extracted = extract_plan(data, name=name, max_bytes=settings.MAX_UPLOAD_BYTES,
                             max_inflated=settings.MAX_INFLATED_BYTES, max_ratio=settings.MAX_INFLATE_RATIO)
    if not extracted.text.strip():
        raise KechuangError("KC-WEB-EMPTY", f"“{name}”中没有可识别的文字", file=name)
    info = extracted.document
    body = extracted.to_dict(include_text=False)
    body["warnings"] = [*body.get("warnings", []), *targets_left_out(extracted.targets)]
    with uploads.staging(), transaction.atomic():
        plan = Plan(region=region, title=(info.title or name)[:300], doc_number=info.doc_number or "",
                    text=extracted.text, extracted=body, source_name=name[:255],
                    source_format=extracted.source.get("format", ""), sha256=extracted.source.get("sha256", ""),
                    revises=revises, created_by=user, is_demo=is_demo, start_date=_date(info.date))
        plan.save()
        uploads.stage(plan.document,
                      f"{plan.id}-{extracted.source.get('sha256', '')[:12]}.{plan.source_format or 'txt'}", data,
                      save=True)
        _create_tasks(plan, extracted)
        targets_link(plan, record=False)  # the review page shows each target's indicator and its score
        change_record(user, "plan", plan.id, "create", after={"title": plan.title, "source": name}, plan_id=plan.id)
    return plan


def _create_tasks(plan: Plan, extracted) -> None:
    headings = {h.path: h for h in extracted.headings}
    spans: dict[str, list[list[int]]] = {}
    for a in extracted.assignments:
        spans.setdefault(a.path, []).append([a.start, a.end])
    canonical: dict[tuple[str, str], list[str]] = {}
    for a in extracted.assignments:
        names = canonical.setdefault((a.path, a.role), [])
        if a.canonical not in names:
            names.append(a.canonical)
    tasks, targets = [], []
    info = extracted.document
    plan_years = [t.year for t in extracted.targets if t.year]
    for position, row in enumerate(extracted.tasks()):
        h = headings.get(row["path"])
        deadline, basis = deadline_basis([t.year for t in row["targets"] if t.year], info.title or "",
                                         info.plan_year, plan_years)
        task = Task(plan=plan, position=position, path=row["path"] or "(未编号)", title=(row["title"] or "")[:500],
                    start=h.title_start if h else None, end=h.title_end if h else None,
                    lead_units=canonical.get((row["path"], "lead"), []),
                    responsible_units=canonical.get((row["path"], "responsible"), []),
                    cooperating_units=canonical.get((row["path"], "cooperating"), []),
                    unit_spans=spans.get(row["path"], []),
                    deadline=deadline, deadline_basis=basis)
        tasks.append(task)
        targets.append(row["targets"])
    Task.objects.bulk_create(tasks)
    Target.objects.bulk_create(
        Target(task=task, indicator=t.indicator[:200], kind=t.kind, value=_value(t.value)[:64], unit=t.unit or "",
               year=t.year, quote=t.quote, start=t.start, end=t.end)
        for task, rows in zip(tasks, targets, strict=True) for t in rows if not target_refused(t))


def _date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


@dataclass
class TaskInput:
    """A clerk's correction of a task (from the review form or the API)."""

    path: str
    title: str
    lead: str = ""
    responsible: str = ""
    cooperating: str = ""
    deadline: date | None = None
    cycle: str = "monthly"
    due_day: int = 28

    def validate(self) -> None:
        if not self.path.strip():
            raise KechuangError("KC-WEB-FIELD", "编号不能为空", field="path")
        if not self.title.strip():
            raise KechuangError("KC-WEB-FIELD", "任务名称不能为空", field="title")
        if len(self.title) > 500:
            raise KechuangError("KC-WEB-FIELD", "任务名称过长(最多 500 字)", field="title")
        if self.cycle not in CYCLES:
            raise KechuangError("KC-WEB-FIELD", "报送周期无效", field="cycle")
        if not 1 <= self.due_day <= 31:
            raise KechuangError("KC-WEB-FIELD", "报送日应为 1–31", field="due_day")
        for field in ("lead", "responsible", "cooperating"):
            for unit in typed_units(getattr(self, field)):
                check_name(unit, field)


def require_editable(plan: Plan) -> None:
    """Tasks and targets of a superseded or archived plan are kept as they were."""
    if plan.status == Plan.SUPERSEDED:
        raise KechuangError("KC-WEB-CONFLICT", "该方案已被修订版取代,不能再修改", field="plan")
    if plan.archived_at is not None:
        raise KechuangError("KC-WEB-CONFLICT", "该方案已归档,不能再修改;如需修改请先取消归档", field="plan")


def task_update(user, task: Task, data: TaskInput, version: int) -> Task:
    """Save a correction unless someone else saved the task since ``version`` was read."""
    data.validate()
    require_editable(task.plan)
    with transaction.atomic():
        before = task_snapshot(task)
        values = {"path": data.path.strip()[:64], "title": data.title.strip(),
                  "lead_units": typed_units(data.lead), "responsible_units": typed_units(data.responsible),
                  "cooperating_units": typed_units(data.cooperating),
                  "deadline": data.deadline, "cycle": data.cycle, "due_day": data.due_day}
        if data.deadline != task.deadline:
            values["deadline_basis"] = ""  # the clerk set it: no longer a default to check
        updated = Task.objects.filter(pk=task.pk, version=version).update(version=version + 1, **values)
        if not updated:
            raise KechuangError("KC-WEB-CONFLICT",
                                "该任务已被他人修改,您的修改未保存。请刷新页面查看最新内容后重新修改",
                                field="version")
        task.refresh_from_db()
        if task.plan.status == Plan.CONFIRMED:
            assignments_sync(task)
        change_record(user, "task", task.id, "update", before=before, after=task_snapshot(task),
                      plan_id=task.plan_id, task_id=task.id)
    return task


def task_add(user, plan: Plan, data: TaskInput) -> Task:
    data.validate()
    require_editable(plan)
    with transaction.atomic():
        position = (plan.tasks.order_by("-position").values_list("position", flat=True).first() or 0) + 1
        task = Task.objects.create(plan=plan, position=position, path=data.path.strip()[:64], title=data.title.strip(),
                                   lead_units=typed_units(data.lead), responsible_units=typed_units(data.responsible),
                                   cooperating_units=typed_units(data.cooperating), deadline=data.deadline,
                                   cycle=data.cycle, due_day=data.due_day)
        if plan.status == Plan.CONFIRMED:
            assignments_sync(task)
        change_record(user, "task", task.id, "create", after=task_snapshot(task), plan_id=plan.id, task_id=task.id)
    return task


def task_delete(user, task: Task, version: int) -> None:
    require_editable(task.plan)
    with transaction.atomic():
        snapshot = task_snapshot(task)
        if task.reports.exists():
            raise KechuangError("KC-WEB-CONFLICT", "该任务已有进展报告,不能删除", field="task")
        versions_touch(task_id=task.pk)  # its departments' lists, before the assignments go with the task
        deleted, _ = Task.objects.filter(pk=task.pk, version=version).delete()
        if not deleted:
            raise KechuangError("KC-WEB-CONFLICT", "该任务已被他人修改,未删除。请刷新后重试", field="version")
        change_record(user, "task", task.pk, "delete", before=snapshot, plan_id=task.plan_id, task_id=task.pk)


@dataclass
class UnitMatch:
    unit: str
    departments: list[Department]
    tasks: int

    @property
    def status(self) -> str:
        return {0: "unmatched", 1: "matched"}.get(len(self.departments), "ambiguous")


def plan_unit_matches(plan: Plan) -> list[UnitMatch]:
    """Every unit named in the plan's tasks and the departments it matches (0, 1 or several)."""
    counts: dict[str, int] = {}
    for task in plan.tasks.all():
        for role in ROLES:
            for unit in task.units(role):
                counts[unit] = counts.get(unit, 0) + 1
    index = department_index(plan.region)
    return [UnitMatch(unit, unit_departments(plan, index, unit), n) for unit, n in counts.items()]


def unit_departments(plan: Plan, index: dict, unit: str) -> list[Department]:
    """The clerk's choice for this plan if there is one, else the departments the name matches."""
    chosen = plan.unit_map.get(unit)
    if chosen is not None:
        for candidates in index.values():
            for d in candidates:
                if d.id == chosen:
                    return [d]
    return department_match(index, plan.region, unit)


def plan_map_unit(user, plan: Plan, unit: str, department: Department, remember: bool = False) -> Plan:
    """Map a printed unit to a department for this plan (and optionally remember it as an alias)."""
    from kechuang.web.accounts.services import department_add_alias

    if department.region_id != plan.region_id:
        raise KechuangError("KC-WEB-FORBIDDEN", "只能指定本地区的部门", field="department")
    with transaction.atomic():
        locked = Plan.objects.select_for_update().get(pk=plan.pk)
        before = {"unit": unit, "department": locked.unit_map.get(unit)}
        locked.unit_map = {**locked.unit_map, unit: department.id}
        locked.save(update_fields=["unit_map"])
        change_record(user, "plan", plan.id, "update", before=before, after={"unit": unit, "department": department.id},
                      plan_id=plan.id)
        if remember:
            department_add_alias(user, department, unit)
    return locked


def assignments_sync(task: Task, index: dict | None = None) -> None:
    """Make the task's assignments those of its unit lists (collective units expand to their members)."""
    from kechuang.web.supervision.models import Assignment

    index = index if index is not None else department_index(task.plan.region)
    wanted: set[tuple[int, str]] = set()
    for role in ROLES:
        for unit in task.units(role):
            found = unit_departments(task.plan, index, unit)
            if len(found) != 1:
                raise KechuangError("KC-WEB-UNIT", f"单位“{unit}”{'未匹配到部门' if not found else '匹配到多个部门'},"
                                    "请先在确认页面指定对应部门", field="units", unit=unit)
            department = found[0]
            members = list(department.members.all()) if department.is_collective else []
            for d in members or [department]:
                wanted.add((d.id, role))
    existing = {(a.department_id, a.role): a for a in task.assignments.all()}
    # A unit taken off a role loses it at once (its reports stay on the task): a lead made responsible can no
    # longer review or ask for 办结 as a lead.
    removed = list(set(existing) - wanted)
    for key in removed:
        existing[key].delete()
    Assignment.objects.bulk_create([Assignment(task=task, department_id=d, role=r, assigned_at=timezone.now())
                                    for d, r in wanted - set(existing)])
    versions_touch(department_ids={d for d, _ in removed})  # the task leaves their lists


def region_warning(plan: Plan) -> str | None:
    """The warning shown when the document names another region than the plan's, else None."""
    from kechuang.web.plans.selectors import plan_document_region

    named = plan_document_region(plan)
    if named is None:
        return None
    return f"该文件似乎是{named}的方案,而您所在地区是{plan.region.name},请核对后再确认"


def unassigned_warning(plan: Plan) -> str | None:
    """The warning listing the tasks that name no unit (numbers and titles), else None."""
    from kechuang.web.plans.selectors import tasks_unassigned

    tasks = tasks_unassigned(plan)
    if not tasks:
        return None
    shown = "、".join(f"{t.path} {t.title[:30]}" for t in tasks[:10]) + ("等" if len(tasks) > 10 else "")
    return f"有 {len(tasks)} 项任务没有任何责任单位,确认后不会分派给任何部门:{shown}"


def plan_confirm(user, plan: Plan, version: int, acknowledge_region: bool = False,
                 acknowledge_unassigned: bool = False) -> Plan:
    """Confirm a reviewed plan: every unit must match one department; assignments are created.

    A document naming another region is confirmed only with ``acknowledge_region`` (the clerk checked it), a plan
    with tasks that name no unit only with ``acknowledge_unassigned`` (the clerk leaves them unassigned for now)."""
    from kechuang.web.cockpit.links import targets_link
    from kechuang.web.supervision.cycle import tasks_assigned_notify

    if plan.status != Plan.DRAFT:
        raise KechuangError("KC-WEB-CONFLICT", "该方案已确认,无需重复确认", field="plan")
    warning = region_warning(plan)
    if warning and not acknowledge_region:
        raise KechuangError("KC-WEB-REGION", f"{warning}。核对无误后请勾选“已核对,确认是本地区的方案”",
                            field="acknowledge_region")
    unassigned = unassigned_warning(plan)
    if unassigned and not acknowledge_unassigned:
        raise KechuangError("KC-WEB-UNASSIGNED", f"{unassigned}。请为这些任务指定单位,或勾选“确认这些任务暂不分派”",
                            field="acknowledge_unassigned")
    problems = [m for m in plan_unit_matches(plan) if m.status != "matched"]
    if problems:
        names = "、".join(f"{m.unit}({'未匹配' if m.status == 'unmatched' else '匹配到多个部门'})"
                         for m in problems[:10])
        raise KechuangError("KC-WEB-UNIT", f"还有 {len(problems)} 个单位没有唯一对应的部门:{names}。"
                            "请为每个单位指定或新建部门后再确认", field="units")
    with transaction.atomic():
        updated = Plan.objects.filter(pk=plan.pk, version=version, status=Plan.DRAFT).update(
            status=Plan.CONFIRMED, confirmed_at=timezone.now(), version=version + 1)
        if not updated:
            raise KechuangError("KC-WEB-CONFLICT", "该方案已被他人修改或确认,请刷新后重试", field="version")
        index = department_index(plan.region)
        targets_link(plan)  # each target linked to a catalog indicator (the clerk's own choices stay)
        for task in plan.tasks.prefetch_related("assignments").all():
            assignments_sync(task, index)
        if plan.revises_id:
            Plan.objects.filter(pk=plan.revises_id).update(status=Plan.SUPERSEDED)
            change_record(user, "plan", plan.revises_id, "update", before={"status": Plan.CONFIRMED},
                          after={"status": Plan.SUPERSEDED, "revised_by": plan.id}, plan_id=plan.revises_id)
        change_record(user, "plan", plan.id, "confirm", before={"status": Plan.DRAFT},
                      after={"status": Plan.CONFIRMED}, plan_id=plan.id)
        tasks_assigned_notify(plan)  # 交办: each unit is told of its tasks
    plan.refresh_from_db()
    return plan


def plan_delete(user, plan: Plan, version: int) -> None:
    """Delete a draft with its tasks and targets; its stored document file goes once the deletion is committed."""
    if plan.status != Plan.DRAFT:
        raise KechuangError("KC-WEB-CONFLICT", "只能删除待确认的方案;已确认的方案可以归档", field="plan")
    document = plan.document.name
    storage = plan.document.storage
    with transaction.atomic():
        deleted, _ = Plan.objects.filter(pk=plan.pk, version=version, status=Plan.DRAFT).delete()
        if not deleted:
            raise KechuangError("KC-WEB-CONFLICT", "该方案已被他人修改或确认,未删除。请刷新后重试", field="version")
        change_record(user, "plan", plan.pk, "delete", before={"title": plan.title, "source": plan.source_name},
                      plan_id=plan.pk)
        if document:
            transaction.on_commit(lambda: storage.delete(document))


def plan_archive(user, plan: Plan, archive: bool = True) -> Plan:
    """Archive (归档) a confirmed or superseded plan, or take it out of the archive."""
    if plan.status == Plan.DRAFT:
        raise KechuangError("KC-WEB-CONFLICT", "待确认的方案不能归档;不需要的草稿可以删除", field="plan")
    with transaction.atomic():
        locked = Plan.objects.select_for_update().get(pk=plan.pk)
        was = locked.archived_at is not None
        if was != archive:
            locked.archived_at = timezone.now() if archive else None
            locked.save(update_fields=["archived_at"])
            change_record(user, "plan", plan.pk, "update", before={"archived": was}, after={"archived": archive},
                          plan_id=plan.pk)
    return locked
