"""Who does which task (assignments), what they reported, and the reminders for missing reports."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from kechuang.web.accounts.models import Department
from kechuang.web.plans.models import Target, Task

ROLES = [("lead", "牵头单位"), ("responsible", "责任单位"), ("cooperating", "配合单位")]
ROLE_NAMES = dict(ROLES)


class Assignment(models.Model):
    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="assignments")
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="assignments")
    role = models.CharField(max_length=16, choices=ROLES)
    assigned_at = models.DateTimeField("交办时间", null=True, blank=True)
    acknowledged_at = models.DateTimeField("签收时间", null=True, blank=True)
    acknowledged_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                        related_name="+")

    class Meta:
        ordering = ["task", "role", "department__name"]
        constraints = [models.UniqueConstraint(fields=["task", "department", "role"], name="kc_assignment_unique")]
        indexes = [models.Index(fields=["department", "role"])]


class Report(models.Model):
    SUBMITTED, APPROVED, RETURNED = "submitted", "approved", "returned"
    STATUSES = [(SUBMITTED, "待审核"), (APPROVED, "已通过"), (RETURNED, "已退回")]
    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="reports")
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="reports")
    period = models.CharField("报送期", max_length=8)  # 2026-11, 2026Q4, 2026H2, 2026
    text = models.TextField("进展情况")
    percent = models.PositiveSmallIntegerField("完成进度(%)")
    status = models.CharField(max_length=16, choices=STATUSES, default=SUBMITTED)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    submitted_at = models.DateTimeField(auto_now_add=True)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_comment = models.TextField("审核意见", blank=True)

    class Meta:
        ordering = ["-submitted_at", "-id"]
        indexes = [models.Index(fields=["task", "status"]), models.Index(fields=["task", "period"])]
        constraints = [
            # One report per unit, task and period; a returned report may be followed by a new one.
            models.UniqueConstraint(fields=["task", "department", "period"], condition=~Q(status="returned"),
                                    name="kc_report_one_per_period"),
        ]


class ReportValue(models.Model):
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="values")
    target = models.ForeignKey(Target, on_delete=models.CASCADE, related_name="reported_values")
    value = models.FloatField()


class Attachment(models.Model):
    """Evidence of a progress report or of a 办结 request."""

    report = models.ForeignKey(Report, null=True, blank=True, on_delete=models.CASCADE, related_name="attachments")
    completion = models.ForeignKey("Completion", null=True, blank=True, on_delete=models.CASCADE,
                                   related_name="attachments")
    file = models.FileField(upload_to="evidence/%Y/%m/")
    name = models.CharField(max_length=255)
    size = models.PositiveIntegerField()


class Reviewer(models.Model):
    """The department the bureau names to review the lead unit's own reports (else the bureau reviews them)."""

    task = models.OneToOneField(Task, on_delete=models.CASCADE, related_name="reviewer")
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="+")


class Decision(models.Model):
    """What a request (办结, 延期) shares: who asked, why, and the bureau's answer."""

    PENDING, GRANTED, REFUSED = "pending", "granted", "refused"
    STATUSES = [(PENDING, "待复核"), (GRANTED, "已同意"), (REFUSED, "未同意")]
    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="+")
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="+")
    reason = models.TextField("理由")
    status = models.CharField("状态", max_length=16, choices=STATUSES, default=PENDING)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    requested_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)
    comment = models.TextField("复核意见", blank=True)

    class Meta:
        abstract = True
        ordering = ["-requested_at", "-id"]


class Completion(Decision):
    """办结申请: the lead unit asks to close the task with evidence; the bureau's 复核 closes it (销号)."""

    class Meta(Decision.Meta):
        constraints = [models.UniqueConstraint(fields=["task"], condition=Q(status="pending"),
                                               name="kc_completion_one_pending")]


class Extension(Decision):
    """延期申请: a new deadline with a reason; granted, it becomes the task's deadline (the old one is kept here)."""

    old_deadline = models.DateField("原完成时限", null=True, blank=True)
    new_deadline = models.DateField("申请延至")

    class Meta(Decision.Meta):
        constraints = [models.UniqueConstraint(fields=["task"], condition=Q(status="pending"),
                                               name="kc_extension_one_pending")]


class Reminder(models.Model):
    """A 催办 item: a department owes a report, an overdue task or its 签收.

    Issued again while unanswered, it rises a level: 提醒 (蓝) → 催办 (黄) → 督办通知 (红), the 三色督办单.
    """

    REPORT, OVERDUE, ACKNOWLEDGE = "report", "overdue", "acknowledge"
    KINDS = [(REPORT, "进展未报送"), (OVERDUE, "任务逾期未完成"), (ACKNOWLEDGE, "任务未签收")]
    LEVELS = [(1, "提醒"), (2, "催办"), (3, "督办通知")]
    COLOURS = {1: "蓝", 2: "黄", 3: "红"}
    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="reminders")
    department = models.ForeignKey(Department, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField("事由", max_length=16, choices=KINDS, default=REPORT)
    period = models.CharField(max_length=16)  # the owed period (report), the deadline (overdue), "" (签收)
    level = models.PositiveSmallIntegerField("等级", choices=LEVELS, default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    issued_at = models.DateTimeField("最近发出", null=True, blank=True)
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="+")
    resolved_at = models.DateTimeField("办复时间", null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["task", "department", "kind", "period"],
                                               name="kc_reminder_unique_kind")]

    @property
    def colour(self) -> str:
        return self.COLOURS[self.level]
