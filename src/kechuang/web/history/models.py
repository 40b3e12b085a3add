"""One row per change of a plan, task, assignment or report; nothing is overwritten silently."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Change(models.Model):
    ACTIONS = [("create", "新建"), ("update", "修改"), ("delete", "删除"), ("confirm", "确认"),
               ("submit", "报送"), ("approve", "审核通过"), ("return", "退回"), ("acknowledge", "签收"),
               ("request", "申请"), ("grant", "同意"), ("refuse", "不同意"), ("remind", "催办")]
    kind = models.CharField(max_length=16)  # plan / task / assignment / report / department
    object_id = models.BigIntegerField()
    plan_id = models.BigIntegerField(null=True, db_index=True)
    task_id = models.BigIntegerField(null=True, db_index=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    at = models.DateTimeField(auto_now_add=True)
    action = models.CharField(max_length=16, choices=ACTIONS)
    before = models.JSONField(null=True)
    after = models.JSONField(null=True)

    class Meta:
        ordering = ["-at", "-id"]
        # An object's history without a table scan (an enterprise's page reads its kinds by object_id).
        indexes = [models.Index(fields=["object_id", "kind"], name="kc_change_object_kind")]
