"""Who does which task (assignments), what they reported, and the reminders for missing reports."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from kechuang.web.accounts.models import Department
from kechuang.web.plans.models import Target, Task

ROLES = [("lead", "牵头单位"), ("responsible", "责任单位"), ("cooperating", "配合单位")]
ROLE_NAMES = dict(ROLES)


class Assignment(models.Model):
    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="assignments")
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="assignments")
    role = models.CharField(max_length=16, choices=ROLES)

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


class ReportValue(models.Model):
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="values")
    target = models.ForeignKey(Target, on_delete=models.CASCADE, related_name="reported_values")
    value = models.FloatField()


class Attachment(models.Model):
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to="evidence/%Y/%m/")
    name = models.CharField(max_length=255)
    size = models.PositiveIntegerField()


class Reminder(models.Model):
    """A 催办 item: a department owes a report for a period whose due day has passed."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="reminders")
    department = models.ForeignKey(Department, on_delete=models.CASCADE, related_name="reminders")
    period = models.CharField(max_length=8)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["task", "department", "period"], name="kc_reminder_unique")]
