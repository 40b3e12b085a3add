"""Writes of the supervision loop: submit a progress report, approve or return it, raise 催办 items."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from kechuang.errors import KechuangError
from kechuang.monitoring.tasks import is_period
from kechuang.web import uploads
from kechuang.web.accounts.permissions import can_report, can_review, department_id_of
from kechuang.web.history.services import change_record
from kechuang.web.pagecache import versions_touch
from kechuang.web.plans.models import Plan, Task
from kechuang.web.supervision.models import Attachment, Reminder, Report, ReportValue
from kechuang.web.supervision.selectors import missing_reports

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


def _percent(value) -> int:
    try:
        number = float(str(value).strip().rstrip("%"))
    except (TypeError, ValueError):
        raise KechuangError("KC-WEB-FIELD", "完成进度应为 0–100 的数字", field="percent") from None
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
        try:
            number = float(str(raw).replace(",", "").strip())
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            raise KechuangError("KC-WEB-FIELD", f"“{targets[target_id].indicator}”的填报值“{raw}”不是数字",
                                field=f"value_{target_id}")
        clean[target_id] = number
    return clean


def _files(files: list[Evidence]) -> None:
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
        raise KechuangError("KC-WEB-FORBIDDEN", "只有承担该任务的部门可以报送进展", field="task")
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
    _files(data.files)
    department_id = department_id_of(user)
    with uploads.staging(), transaction.atomic():
        report = Report.objects.create(task=task, department_id=department_id, period=data.period, text=text,
                                       percent=percent, submitted_by=user)
        ReportValue.objects.bulk_create(ReportValue(report=report, target_id=t, value=v) for t, v in values.items())
        for f in data.files:
            attachment = Attachment(report=report, name=PurePath(f.name).name[:255], size=len(f.data))
            uploads.stage(attachment.file, f"{report.id}-{PurePath(f.name).name}"[-120:], f.data)
            attachment.save()
        task.reminders.filter(department_id=department_id, period=data.period, resolved_at=None).update(
            resolved_at=timezone.now())
        change_record(user, "report", report.id, "submit", after=report_snapshot(report), plan_id=task.plan_id,
                      task_id=task.id)
    return report


def _review(user, report: Report, status: str, comment: str) -> Report:
    if not can_review(user, report):
        raise KechuangError("KC-WEB-FORBIDDEN", "只有该任务的牵头单位可以审核进展报告", field="report")
    if len(comment) > MAX_TEXT:
        raise KechuangError("KC-WEB-FIELD", "审核意见过长", field="comment")
    with transaction.atomic():
        before = report_snapshot(report)
        updated = Report.objects.filter(pk=report.pk, status=Report.SUBMITTED).update(
            status=status, reviewed_by=user, reviewed_at=timezone.now(), review_comment=comment)
        if not updated:
            raise KechuangError("KC-WEB-CONFLICT", "该报告已被审核过,请刷新页面查看结果", field="report")
        report.refresh_from_db()
        change_record(user, "report", report.id, "approve" if status == Report.APPROVED else "return",
                      before=before, after=report_snapshot(report), plan_id=report.task.plan_id,
                      task_id=report.task_id)
    return report


def report_approve(user, report: Report, comment: str = "") -> Report:
    return _review(user, report, Report.APPROVED, (comment or "").strip())


def report_return(user, report: Report, comment: str) -> Report:
    comment = (comment or "").strip()
    if not comment:
        raise KechuangError("KC-WEB-FIELD", "退回时请填写退回原因", field="comment")
    return _review(user, report, Report.RETURNED, comment)


def reminders_create(plan: Plan, today: date) -> int:
    """Raise a 催办 item for every lead/responsible department with no report for its last due period."""
    created = 0
    with transaction.atomic():
        reminded = set()
        for task, department_id, period in missing_reports(plan, today):
            _, new = Reminder.objects.get_or_create(task=task, department_id=department_id, period=period)
            if new:
                created += 1
                reminded.add(department_id)
        if created:
            versions_touch(plan_id=plan.id, department_ids=reminded)  # their task lists show the 催办 items
    return created
