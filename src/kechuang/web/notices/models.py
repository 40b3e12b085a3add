"""Messages (消息) inside the platform: a new task, a returned report, a 催办, a deadline drawing near."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Notification(models.Model):
    KINDS = [("task", "新任务"), ("review", "待审核"), ("returned", "报告退回"), ("reminder", "催办"),
             ("deadline", "临近完成时限"), ("decision", "复核结果"), ("request", "待复核申请"),
             ("voucher", "创新券"), ("expiry", "证书到期")]
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField("类别", max_length=16, choices=KINDS)
    text = models.CharField("内容", max_length=500)
    url = models.CharField(max_length=200, blank=True)
    key = models.CharField(max_length=120, blank=True)  # the same event is notified once per user
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "read_at"])]
        constraints = [models.UniqueConstraint(fields=["user", "key"], condition=~models.Q(key=""),
                                               name="kc_notification_once")]
