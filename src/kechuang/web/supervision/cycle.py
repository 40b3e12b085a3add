"""The 督办 cycle beyond reports: 签收, the reviewer of the lead's reports, 办结申请 and 复核, 延期申请.

交办 (the plan's confirmation assigns the task) → 签收 (the unit acknowledges) → 办理/报送 (reports) → 审核 →
办结申请 with evidence (the lead unit) → 复核 by the bureau → 办结 (销号); 延期申请 with a reason → granted or
refused by the bureau, the old deadline kept on the request. Every step is recorded in the history.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from kechuang.errors import KechuangError
from kechuang.web import uploads
from kechuang.web.accounts.models import Department
from kechuang.web.accounts.permissions import can_manage_region, department_id_of, task_open, task_roles
from kechuang.web.history.services import change_record
from kechuang.web.notices.services import notify, recipients
from kechuang.web.pagecache import versions_touch
from kechuang.web.plans.models import Plan, Task
from kechuang.web.supervision.models import Assignment, Completion, Extension, Reminder, Reviewer
from kechuang.web.supervision.services import MAX_TEXT, Evidence, attachments_save, check_evidence

REQUESTS = {"completion": Completion, "extension": Extension}


def _task_link(task: Task) -> str:
    return reverse("kc-task", args=[task.pk])


def tasks_assigned_notify(plan: Plan) -> int:
    """Tell the units of a newly confirmed plan about their tasks (one message per unit and plan)."""
    departments = set(Assignment.objects.filter(task__plan=plan).values_list("department_id", flat=True))
    sent = 0
    for department_id in departments:
        sent += notify(recipients([department_id]), "task",
                       f"新交办任务:《{plan.title}》中有本单位承担的任务,请及时签收",
                       reverse("kc-my-tasks"), key=f"task:{plan.pk}:{department_id}")
    return sent


def acknowledge(user, task: Task) -> int:
    """签收: the user's unit acknowledges all its assignments on the task (once)."""
    department_id = department_id_of(user)
    if task.plan.status != Plan.CONFIRMED or not task_roles(user, task):
        raise KechuangError("KC-WEB-FORBIDDEN", "只有承担该任务的单位可以签收", field="task")
    _require_open(task)
    with transaction.atomic():
        now = timezone.now()
        done = Assignment.objects.filter(task=task, department_id=department_id, acknowledged_at=None).update(
            acknowledged_at=now, acknowledged_by=user)
        if not done:
            raise KechuangError("KC-WEB-CONFLICT", "本单位已签收该任务", field="task")
        task.reminders.filter(department_id=department_id, kind=Reminder.ACKNOWLEDGE, resolved_at=None).update(
            resolved_at=now)
        change_record(user, "assignment", task.pk, "acknowledge", after={"department": department_id},
                      plan_id=task.plan_id, task_id=task.pk)
    return done


def reviewer_set(user, task: Task, department: Department | None) -> None:
    """The bureau names the unit that reviews the lead unit's own reports (None: the bureau reviews them)."""
    if not can_manage_region(user, task.plan.region_id):
        raise KechuangError("KC-WEB-FORBIDDEN", "只有科技局可以指定审核单位", field="reviewer")
    leads = set(task.assignments.filter(role="lead").values_list("department_id", flat=True))
    if department is not None and (department.region_id != task.plan.region_id or department.pk in leads
                                   or department.is_collective):
        raise KechuangError("KC-WEB-FIELD", "审核单位应为本地区的一个部门(不能是集合单位),且不能是该任务的牵头单位",
                            field="reviewer")
    with transaction.atomic():
        before = Reviewer.objects.filter(task=task).values_list("department_id", flat=True).first()
        versions_touch(department_ids=[d for d in (before, department and department.pk) if d])
        if department is None:
            Reviewer.objects.filter(task=task).delete()
        else:
            Reviewer.objects.update_or_create(task=task, defaults={"department": department})
        change_record(user, "task", task.pk, "update", before={"reviewer": before},
                      after={"reviewer": department.pk if department else None}, plan_id=task.plan_id,
                      task_id=task.pk)


@dataclass
class RequestInput:
    reason: str
    new_deadline: date | None = None  # 延期申请
    files: list[Evidence] = field(default_factory=list)  # 办结申请


def _reason(text: str, what: str) -> str:
    text = (text or "").strip()
    if not text:
        raise KechuangError("KC-WEB-FIELD", f"请填写{what}", field="reason")
    if len(text) > MAX_TEXT:
        raise KechuangError("KC-WEB-FIELD", f"{what}过长(最多 {MAX_TEXT} 字)", field="reason")
    return text


def _require_open(task: Task) -> None:
    """The cycle goes on (``permissions.task_open``); else why not, in words."""
    if task_open(task):
        return
    if task.plan.archived_at is not None:
        raise KechuangError("KC-WEB-CONFLICT", "该方案已归档,不再办理;如需督办请先取消归档", field="task")
    raise KechuangError("KC-WEB-CONFLICT", "该任务已办结(已销号)", field="task")


def _require_lead(user, task: Task, what: str) -> None:
    if task.plan.status != Plan.CONFIRMED or "lead" not in task_roles(user, task):
        raise KechuangError("KC-WEB-FORBIDDEN", f"只有该任务的牵头单位可以申请{what}", field="task")
    _require_open(task)


def completion_request(user, task: Task, data: RequestInput) -> Completion:
    """办结申请: the lead unit asks to close the task, with a statement and evidence."""
    _require_lead(user, task, "办结")
    reason = _reason(data.reason, "办结说明")
    if not data.files:
        raise KechuangError("KC-WEB-FIELD", "申请办结时请上传佐证材料", field="files")
    check_evidence(data.files)
    try:
        with uploads.staging(), transaction.atomic():
            request = Completion.objects.create(task=task, department_id=department_id_of(user), reason=reason,
                                                requested_by=user)
            attachments_save(data.files, f"c{request.id}-", completion=request)
            change_record(user, "completion", request.pk, "request", after={"reason": reason},
                          plan_id=task.plan_id, task_id=task.pk)
    except IntegrityError:
        raise KechuangError("KC-WEB-CONFLICT", "该任务已有待复核的办结申请", field="task") from None
    notify(recipients(bureau_region=task.plan.region_id), "request",
           f"“{task.path} {task.title}”申请办结,待复核", _task_link(task), key=f"completion:{request.pk}")
    return request


def extension_request(user, task: Task, data: RequestInput, today: date) -> Extension:
    """延期申请: the lead unit asks for a later deadline, with a reason."""
    _require_lead(user, task, "延期")
    reason = _reason(data.reason, "延期理由")
    new = data.new_deadline
    if new is None or new <= max(filter(None, (task.deadline, today))):
        raise KechuangError("KC-WEB-FIELD", "申请延至的日期应晚于现完成时限和今天", field="new_deadline")
    try:
        with transaction.atomic():
            request = Extension.objects.create(task=task, department_id=department_id_of(user), reason=reason,
                                               requested_by=user, old_deadline=task.deadline, new_deadline=new)
            change_record(user, "extension", request.pk, "request",
                          after={"deadline": new.isoformat(), "reason": reason}, plan_id=task.plan_id,
                          task_id=task.pk)
    except IntegrityError:
        raise KechuangError("KC-WEB-CONFLICT", "该任务已有待复核的延期申请", field="task") from None
    notify(recipients(bureau_region=task.plan.region_id), "request",
           f"“{task.path} {task.title}”申请延期至 {new.isoformat()},待复核", _task_link(task),
           key=f"extension:{request.pk}")
    return request


def request_decide(user, kind: str, request_id: int, grant: bool, comment: str = ""):
    """复核: the bureau grants or refuses a 办结 or 延期 request (a refusal needs a reason)."""
    model = REQUESTS[kind]
    request = model.objects.select_related("task", "task__plan").filter(pk=request_id).first()
    if request is None:
        raise KechuangError("KC-WEB-NOTFOUND", "申请不存在", field="request")
    task = request.task
    if not can_manage_region(user, task.plan.region_id):
        raise KechuangError("KC-WEB-FORBIDDEN", "只有科技局可以复核办结和延期申请", field="request")
    comment = (comment or "").strip()[:MAX_TEXT]
    if not grant and not comment:
        raise KechuangError("KC-WEB-FIELD", "不同意时请填写理由", field="comment")
    if grant:
        _require_open(task)
    with transaction.atomic():
        now = timezone.now()
        status = model.GRANTED if grant else model.REFUSED
        if not model.objects.filter(pk=request.pk, status=model.PENDING).update(
                status=status, decided_by=user, decided_at=now, comment=comment):
            raise KechuangError("KC-WEB-CONFLICT", "该申请已复核过,请刷新页面", field="request")
        if grant and kind == "extension":
            Task.objects.filter(pk=task.pk).update(deadline=request.new_deadline, version=F("version") + 1)
            task.reminders.filter(kind=Reminder.OVERDUE, resolved_at=None).update(resolved_at=now)
            change_record(user, "task", task.pk, "update", before={"deadline": _iso(request.old_deadline)},
                          after={"deadline": request.new_deadline.isoformat()}, plan_id=task.plan_id,
                          task_id=task.pk)
        if grant and kind == "completion":
            task.reminders.filter(resolved_at=None).update(resolved_at=now)
            # A closed task needs no later deadline: a pending 延期 is answered with the closing.
            Extension.objects.filter(task=task, status=Extension.PENDING).update(
                status=Extension.REFUSED, decided_by=user, decided_at=now, comment="任务已办结,无需延期")
        change_record(user, kind, request.pk, "grant" if grant else "refuse", before={"status": model.PENDING},
                      after={"status": status, "comment": comment}, plan_id=task.plan_id, task_id=task.pk)
    what = "办结申请" if kind == "completion" else "延期申请"
    notify(recipients([request.department_id]), "decision",
           f"“{task.path} {task.title}”的{what}{'已同意' if grant else '未同意'}{(':' + comment) if comment else ''}",
           _task_link(task), key=f"{kind}-decided:{request.pk}")
    request.refresh_from_db()
    return request


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
