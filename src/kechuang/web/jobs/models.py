"""A background job: an export that was not cached, or the extraction of a large upload."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from kechuang.errors import KechuangError
from kechuang.web.accounts.models import Region


class Job(models.Model):
    LEDGER, BULLETIN_DOCX, BULLETIN_PDF, EXTRACT = "ledger", "bulletin-docx", "bulletin-pdf", "extract"
    KINDS = [(LEDGER, "台账"), (BULLETIN_DOCX, "通报(Word)"), (BULLETIN_PDF, "通报(PDF)"), (EXTRACT, "方案识别")]
    QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
    STATUSES = [(QUEUED, "排队中"), (RUNNING, "正在生成"), (DONE, "已完成"), (FAILED, "失败")]
    kind = models.CharField(max_length=16, choices=KINDS)
    status = models.CharField(max_length=8, choices=STATUSES, default=QUEUED)
    # The page-cache key of an export (with the plan's data version and the day): one job per key. Empty for
    # an extraction (every upload is its own job).
    key = models.CharField(max_length=200, unique=True, null=True, blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="+")
    plan = models.ForeignKey("plans.Plan", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    title = models.CharField(max_length=300)  # the plan's title or the uploaded file's name
    day = models.DateField(null=True, blank=True)  # the day an export is computed for
    filters = models.JSONField(default=dict, blank=True)  # the board's filters an export follows (unit, role, light)
    upload = models.CharField(max_length=500, blank=True)  # an extraction's file in the data directory
    error = models.JSONField(null=True, blank=True)  # KechuangError.to_dict() of a failed job
    result = models.CharField(max_length=200, blank=True)  # the cache key of an export, the URL of a new plan
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}《{self.title}》"

    @property
    def failure(self) -> KechuangError | None:
        """The error as the synchronous path shows it (code, Chinese message, file or field)."""
        if not self.error:
            return None
        return KechuangError(self.error.get("code", "KC-JOB-FAILED"), self.error.get("message", ""),
                             **self.error.get("context", {}))
