"""API of the 督办 cycle: 签收, reviewer, 办结 and 延期 requests and their 复核, 催办 items, messages."""

from __future__ import annotations

from datetime import date, datetime

from django.core.exceptions import PermissionDenied
from django.http import Http404
from ninja import File, Form, Router, Schema, Status, UploadedFile
from pydantic import conint

from kechuang.web.accounts.models import Department
from kechuang.web.accounts.permissions import can_manage_region
from kechuang.web.clock import today
from kechuang.web.notices.selectors import notifications_for
from kechuang.web.notices.services import notifications_read
from kechuang.web.params import MAX_ID
from kechuang.web.plans.selectors import plan_for_user, task_for_user
from kechuang.web.supervision import cycle
from kechuang.web.supervision.models import Completion, Extension, Reminder
from kechuang.web.supervision.reminders import reminder_text, reminders_issue
from kechuang.web.supervision.services import Evidence

from .schemas import ErrorOut, StrictIn

router = Router()
ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 413: ErrorOut}


class RequestOut(Schema):
    id: int
    kind: str
    task_id: int
    department_id: int
    reason: str
    status: str
    requested_at: datetime
    decided_at: datetime | None = None
    comment: str = ""
    old_deadline: date | None = None
    new_deadline: date | None = None
    attachments: list[str] = []


class ExtensionIn(StrictIn):
    new_deadline: date
    reason: str


class DecisionIn(StrictIn):
    grant: bool
    comment: str = ""


class ReviewerIn(StrictIn):
    department_id: int | None = None


class ReminderOut(Schema):
    id: int
    task_id: int
    department_id: int
    department: str
    kind: str
    period: str
    level: int
    level_name: str
    text: str
    issued_at: datetime | None = None
    resolved_at: datetime | None = None


class IssuedOut(Schema):
    new: int
    escalated: int
    answered: int


class NotificationOut(Schema):
    id: int
    kind: str
    text: str
    url: str
    created_at: datetime
    read_at: datetime | None = None


class ReadIn(StrictIn):
    ids: list[conint(ge=1, le=MAX_ID)] | None = None


def _request_out(request, kind: str) -> dict:
    out = {f: getattr(request, f) for f in ("id", "task_id", "department_id", "reason", "status", "requested_at",
                                             "decided_at", "comment")}
    out["kind"] = kind
    if kind == "extension":
        out.update(old_deadline=request.old_deadline, new_deadline=request.new_deadline)
    else:
        out["attachments"] = [a.name for a in request.attachments.all()]
    return out


@router.post("/tasks/{task_id}/acknowledge", response={200: dict, **ERRORS}, tags=["cycle"], summary="签收任务")
def acknowledge(request, task_id: int):
    return {"acknowledged": cycle.acknowledge(request.user, task_for_user(request.user, task_id))}


@router.put("/tasks/{task_id}/reviewer", response={200: dict, **ERRORS}, tags=["cycle"],
            summary="指定牵头单位报告的审核单位(空:科技局审核)")
def reviewer(request, task_id: int, body: ReviewerIn):
    task = task_for_user(request.user, task_id)
    department = None
    if body.department_id is not None:
        department = Department.objects.filter(region_id=task.plan.region_id, pk=body.department_id).first()
        if department is None:
            raise Http404
    cycle.reviewer_set(request.user, task, department)
    return {"department_id": department.pk if department else None}


@router.get("/tasks/{task_id}/requests", response={200: list[RequestOut], **ERRORS}, tags=["cycle"],
            summary="任务的办结、延期申请")
def requests_list(request, task_id: int):
    task = task_for_user(request.user, task_id)
    return ([_request_out(c, "completion") for c in Completion.objects.filter(task=task)]
            + [_request_out(e, "extension") for e in Extension.objects.filter(task=task)])


@router.post("/tasks/{task_id}/completion", response={201: RequestOut, **ERRORS}, tags=["cycle"],
             summary="申请办结(附佐证材料)")
def completion(request, task_id: int, reason: str = Form(...), files: list[UploadedFile] = File(None)):  # noqa: B008
    task = task_for_user(request.user, task_id)
    evidence = [Evidence(f.name, f.read()) for f in (files or [])]
    made = cycle.completion_request(request.user, task, cycle.RequestInput(reason, files=evidence))
    return Status(201, _request_out(made, "completion"))


@router.post("/tasks/{task_id}/extension", response={201: RequestOut, **ERRORS}, tags=["cycle"], summary="申请延期")
def extension(request, task_id: int, body: ExtensionIn):
    task = task_for_user(request.user, task_id)
    made = cycle.extension_request(request.user, task, cycle.RequestInput(body.reason, body.new_deadline), today())
    return Status(201, _request_out(made, "extension"))


def _decide(request, kind: str, request_id: int, body: DecisionIn) -> dict:
    model = cycle.REQUESTS[kind]
    task_id = model.objects.filter(pk=request_id).values_list("task_id", flat=True).first()
    if task_id is None:
        raise Http404
    task_for_user(request.user, task_id)  # 404 outside the user's region
    return _request_out(cycle.request_decide(request.user, kind, request_id, body.grant, body.comment), kind)


@router.post("/completions/{request_id}/decide", response={200: RequestOut, **ERRORS}, tags=["cycle"],
             summary="复核办结申请(同意即销号)")
def completion_decide(request, request_id: int, body: DecisionIn):
    return _decide(request, "completion", request_id, body)


@router.post("/extensions/{request_id}/decide", response={200: RequestOut, **ERRORS}, tags=["cycle"],
             summary="复核延期申请(同意即改完成时限)")
def extension_decide(request, request_id: int, body: DecisionIn):
    return _decide(request, "extension", request_id, body)


def _reminder_out(r: Reminder) -> dict:
    return {"id": r.pk, "task_id": r.task_id, "department_id": r.department_id, "department": r.department.name,
            "kind": r.kind, "period": r.period, "level": r.level, "level_name": r.get_level_display(),
            "text": reminder_text(r), "issued_at": r.issued_at, "resolved_at": r.resolved_at}


@router.get("/plans/{plan_id}/reminders", response={200: list[ReminderOut], **ERRORS}, tags=["cycle"],
            summary="方案的催办记录")
def reminders_list(request, plan_id: int):
    plan = plan_for_user(request.user, plan_id)
    if not can_manage_region(request.user, plan.region_id) and request.user.profile.role != "leader":
        raise PermissionDenied
    return [_reminder_out(r) for r in Reminder.objects.filter(task__plan=plan).select_related("task", "department")]


@router.post("/plans/{plan_id}/reminders", response={200: IssuedOut, **ERRORS}, tags=["cycle"],
             summary="生成催办单(新催办与逐级升级)")
def reminders_create(request, plan_id: int):
    plan = plan_for_user(request.user, plan_id, manage=True)
    if plan.status != "confirmed":
        raise Http404
    issued = reminders_issue(request.user, plan, today())
    return {"new": issued.new, "escalated": issued.escalated, "answered": issued.answered}


@router.get("/notifications", response=list[NotificationOut], tags=["messages"], summary="我的消息")
def notifications(request):
    return list(notifications_for(request.user))


@router.post("/notifications/read", response=dict, tags=["messages"], summary="标为已读(不给 ids 则全部)")
def notifications_mark(request, body: ReadIn):
    return {"read": notifications_read(request.user, body.ids)}
