"""Writes of the supervision loop: submit a progress report, approve or return it, raise 催办 items."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import PurePath

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from kechuang.errors import KechuangError
from kechuang.indicators.tables import parse_number
from kechuang.monitoring.tasks import is_period
from kechuang.web import uploads
from kechuang.web.accounts.permissions import can_report, can_review, department_id_of, report_reviewer
from kechuang.web.history.services import change_record
from kechuang.web.notices.services import notify, recipients
from kechuang.web.pagecache import versions_touch
from kechuang.web.plans.models import Task
from kechuang.web.supervision.models import Assignment, Attachment, Reminder, Report, ReportValue

MAX_ATTACHMENTS = 10
MAX_TEXT = 5000
EVIDENCE_SUFFIXES = {".pdf", ".doc", ".docx", ".xls", ".xlsx", ".jpg", ".jpeg", ".png", ".txt", ".zip", ".ofd",
                     ".wps", ".et", ".csv"}


@dataclass
class Evidence:
    name: str
    data: bytes


@dataclass
class ReportInput:
    period: str
    text: str
    percent: int | str | None
    values: dict[int, str] = field(default_factory=dict)  # target id → number as typed
    files: list[Evidence] = field(default_factory=list)


def report_snapshot(report: Report) -> dict:
    return {"period": report.period, "percent": report.percent, "status": report.status,
            "text": report.text, "review_comment": report.review_comment}


def number_typed(raw) -> float:
    """A number as a clerk types it (full-width digits, 1,500, 1.85%), read as the data import reads a cell;
    NaN for anything else."""
    try:
        value = parse_number(str(raw))
    except ValueError:
        return math.nan
    return math.nan if value is None else value


def _percent(value) -> int:
    number = number_typed(value)
    if not math.isfinite(number) or not 0 <= number <= 100:
        raise KechuangError("KC-WEB-FIELD", "完成进度应为 0–100 的数字", field="percent")
    return round(number)


def _values(task: Task, values: dict[int, str]) -> dict[int, float]:
    targets = {t.id: t for t in task.targets.all()}
    clean: dict[int, float] = {}
    for target_id, raw in values.items():
        if str(raw).strip() == "":
            continue
        if target_id not in targets:
            raise KechuangError("KC-WEB-FIELD", "填报的指标不属于该任务", field=f"value_{target_id}")
        number = number_typed(raw)
        if not math.isfinite(number):
            raise KechuangError("KC-WEB-FIELD", f"“{targets[target_id].indicator}”的填报值“{raw}”不是数字",
                                field=f"value_{target_id}")
        clean[target_id] = number
    return clean


def check_evidence(files: list[Evidence]) -> None:
    if len(files) > MAX_ATTACHMENTS:
        raise KechuangError("KC-WEB-FIELD", f"一次最多上传 {MAX_ATTACHMENTS} 个证明材料", field="files")
    for f in files:
        suffix = PurePath(f.name).suffix.lower()
        if suffix not in EVIDENCE_SUFFIXES:
            raise KechuangError("KC-WEB-FIELD",
                                f"证明材料“{f.name}”的类型不受支持(支持 PDF、Word、Excel、图片、OFD、ZIP)",
                                file=f.name)
        if not f.data:
            raise KechuangError("KC-WEB-EMPTY", f"证明材料“{f.name}”是空文件", file=f.name)
        if len(f.data) > settings.MAX_UPLOAD_BYTES:
            limit = settings.MAX_UPLOAD_BYTES // (1024 * 1024)
            raise KechuangError("KC-WEB-TOO-LARGE", f"证明材料“{f.name}”超过 {limit} MB 的上限", file=f.name)


def report_submit(user, task: Task, data: ReportInput) -> Report:
    """A department's progress report for one period: validated whole, stored whole, awaiting its lead unit."""
    if not can_report(user, task):
        raise KechuangError("KC-WEB-FORBIDDEN", "只有承担该任务的部门可以报送进展(已办结或已归档的任务不再报送)",
                            field="task")
    if not is_period(data.period or "", task.cycle):
        raise KechuangError("KC-WEB-FIELD", f"报送期“{data.period}”无效(应如 2026-11、2026Q4、2026H2 或 2026,"
                            f"与任务的报送周期一致)", field="period")
    text = (data.text or "").strip()
    if not text:
        raise KechuangError("KC-WEB-FIELD", "请填写进展情况", field="text")
    if len(text) > MAX_TEXT:
        raise KechuangError("KC-WEB-FIELD", f"进展情况过长(最多 {MAX_TEXT} 字)", field="text")
    percent = _percent(data.percent)
    values = _values(task, data.values)
    check_evidence(data.files)
    department_id = department_id_of(user)
    earlier = Report.objects.filter(task=task, department_id=department_id, period=data.period).exclude(
        status=Report.RETURNED).first()
    if earlier is not None:
        raise _already_reported(data.period, earlier)
    try:
        report = _report_create(user, task, department_id, data, text, percent, values)
    except IntegrityError:  # another submission of the same period won the race
        raise _already_reported(data.period, None) from None
    return report


def _already_reported(period: str, earlier: Report | None) -> KechuangError:
    state = f"({earlier.get_status_display()})" if earlier else ""
    return KechuangError("KC-WEB-CONFLICT", f"本单位已报送过 {period} 期的进展{state};每期只报送一次,"
                         "被退回后可重新报送", field="period")


def attachments_save(files: list[Evidence], prefix: str, **owner) -> None:
    """Store evidence files of a report or a 办结 request (inside the caller's transaction, which runs in
    ``uploads.staging()``): the files appear when it commits."""
    for f in files:
        attachment = Attachment(name=PurePath(f.name).name[:255], size=len(f.data), **owner)
        uploads.stage(attachment.file, f"{prefix}{PurePath(f.name).name}"[-120:], f.data)
        attachment.save()


def _report_create(user, task: Task, department_id: int, data: ReportInput, text: str, percent: int,
                   values: dict[int, float]) -> Report:
    with uploads.staging(), transaction.atomic():
        report = Report.objects.create(task=task, department_id=department_id, period=data.period, text=text,
                                       percent=percent, submitted_by=user)
        ReportValue.objects.bulk_create(ReportValue(report=report, target_id=t, value=v) for t, v in values.items())
        attachments_save(data.files, f"{report.id}-", report=report)
        now = timezone.now()
        task.reminders.filter(department_id=department_id, kind=Reminder.REPORT, period=data.period,
                              resolved_at=None).update(resolved_at=now)
        # A report answers the 签收 too: the unit has taken the task up.
        if Assignment.objects.filter(task=task, department_id=department_id, acknowledged_at=None).update(
                acknowledged_at=now, acknowledged_by=user):
            task.reminders.filter(department_id=department_id, kind=Reminder.ACKNOWLEDGE, resolved_at=None).update(
                resolved_at=now)
        change_record(user, "report", report.id, "submit", after=report_snapshot(report), plan_id=task.plan_id,
                      task_id=task.id)
        _notify_reviewers(report)
    return report


def reviewer_touch(report: Report) -> None:
    """A named reviewer unit is not on the task: its task list (reports to review) gets a new version."""
    who, which = report_reviewer(report)
    if who == "department":
        versions_touch(department_ids=[which])


def _notify_reviewers(report: Report) -> None:
    who, which = report_reviewer(report)
    reviewer_touch(report)
    task = report.task
    if who == "lead":
        users = recipients(a.department_id for a in task.assignments.all() if a.role == "lead")
    else:
        users = recipients([which]) if who == "department" else recipients(bureau_region=which)
    notify(users, "review",
           f"{report.department.name}报送了“{task.path} {task.title}”{report.period} 期的进展,待您审核",
           reverse("kc-task", args=[task.pk]), key=f"review:{report.pk}")


def _review(user, report: Report, status: str, comment: str) -> Report:
    if not can_review(user, report):
        raise KechuangError("KC-WEB-FORBIDDEN", "您不是这份报告的审核人:责任单位的报告由牵头单位审核,牵头单位的"
                            "报告由科技局(或其指定的审核单位)审核,任何单位都不审核自己的报告", field="report")
    if len(comment) > MAX_TEXT:
        raise KechuangError("KC-WEB-FIELD", "审核意见过长", field="comment")
    with transaction.atomic():
        before = report_snapshot(report)
        updated = Report.objects.filter(pk=report.pk, status=Report.SUBMITTED).update(
            status=status, reviewed_by=user, reviewed_at=timezone.now(), review_comment=comment)
        if not updated:
            raise KechuangError("KC-WEB-CONFLICT", "该报告已被审核过,请刷新页面查看结果", field="report")
        report.refresh_from_db()
        reviewer_touch(report)
        change_record(user, "report", report.id, "approve" if status == Report.APPROVED else "return",
                      before=before, after=report_snapshot(report), plan_id=report.task.plan_id,
                      task_id=report.task_id)
        if status == Report.APPROVED:
            from kechuang.web.cockpit.outcomes import report_observations

            report_observations(user, report)  # the reported numbers become observations (filled once)
        if status == Report.RETURNED:
            task = report.task
            notify(recipients([report.department_id]), "returned",
                   f"“{task.path} {task.title}”{report.period} 期的进展报告被退回:{comment[:100]}",
                   reverse("kc-task", args=[task.pk]), key=f"returned:{report.pk}")
    return report


def report_approve(user, report: Report, comment: str = "") -> Report:
    return _review(user, report, Report.APPROVED, (comment or "").strip())


def report_return(user, report: Report, comment: str) -> Report:
    comment = (comment or "").strip()
    if not comment:
        raise KechuangError("KC-WEB-FIELD", "退回时请填写退回原因", field="comment")
    return _review(user, report, Report.RETURNED, comment)
