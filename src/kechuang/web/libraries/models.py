"""The 科技计划项目库: projects of every year and funding department, their dated status changes, the bureau's
duplicate reviews (不是重复立项 / 重复立项, with the reason), the batch checks of a year's applications and their
suspect pairs, and the data versions the match-index store keys its indexes by. Money is in 万元."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models

from kechuang.web.accounts.models import Department, Region

MAX_SUMMARY = 5_000  # characters kept of a summary (an import cell may hold 20,000; a form more)
MAX_OUTPUTS = 5_000


def new_token() -> str:
    return uuid.uuid4().hex


class Project(models.Model):
    APPLIED, APPROVED, MIDTERM, ACCEPTED, CLOSED, TERMINATED = (
        "applied", "approved", "midterm", "accepted", "closed", "terminated")
    STATUSES = [(APPLIED, "申报"), (APPROVED, "立项"), (MIDTERM, "中期"), (ACCEPTED, "验收"), (CLOSED, "结题"),
                (TERMINATED, "终止")]
    KINDS = [("enterprise", "企业"), ("university", "高校"), ("institute", "科研院所"), ("other", "其他")]

    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="projects")
    title = models.CharField("项目名称", max_length=200)
    summary = models.TextField("项目摘要", blank=True)
    applicant = models.CharField("申报单位", max_length=200)
    enterprise = models.ForeignKey("enterprises.Enterprise", null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="projects")
    applicant_kind = models.CharField("单位类型", max_length=12, choices=KINDS, default="enterprise")
    leader = models.CharField("项目负责人", max_length=64, blank=True)
    budget = models.FloatField("经费(万元)", null=True, blank=True)
    year = models.PositiveSmallIntegerField("年度")
    department_name = models.CharField("资助部门", max_length=128, blank=True)
    department = models.ForeignKey(Department, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    category = models.CharField("计划类别", max_length=64, blank=True)
    status = models.CharField("状态", max_length=12, choices=STATUSES, default=APPLIED)
    status_on = models.DateField("状态日期", null=True, blank=True)
    outputs = models.TextField("成果产出", blank=True)
    fields = models.CharField("技术领域", max_length=200, blank=True)  # labels separated by 、
    source_file = models.CharField(max_length=255, blank=True)
    source_row = models.PositiveIntegerField(null=True, blank=True)
    is_demo = models.BooleanField("示例数据", default=False)
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        ordering = ["-year", "-id"]
        indexes = [models.Index(fields=["region", "year"]), models.Index(fields=["region", "status"]),
                   models.Index(fields=["region", "-year", "-id"])]

    def __str__(self) -> str:
        return self.title

    @property
    def field_list(self) -> list[str]:
        return [f for f in self.fields.split("、") if f]


class StatusChange(models.Model):
    """One move of a project to a status, on the date it happened."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="status_changes")
    status = models.CharField("状态", max_length=12, choices=Project.STATUSES)
    on = models.DateField("日期")
    note = models.CharField("说明", max_length=300, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["project", "on", "id"]


class DuplicateReview(models.Model):
    """The bureau's decision on a suspect pair: not a duplicate (with the reason) or a duplicate."""

    NOT_DUPLICATE, DUPLICATE = "not_duplicate", "duplicate"
    DECISIONS = [(NOT_DUPLICATE, "不是重复立项"), (DUPLICATE, "重复立项")]
    SOURCES = [("entry", "录入"), ("import", "导入"), ("batch", "批量查重")]
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="reviews")
    other = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="reviews_as_other")
    score = models.FloatField("相似度")
    decision = models.CharField("结论", max_length=16, choices=DECISIONS)
    reason = models.CharField("理由", max_length=500)
    source = models.CharField("来源", max_length=8, choices=SOURCES, default="entry")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at", "-id"]


class BatchCheck(models.Model):
    """The duplicate check of a year's applications (status 申报) against earlier projects and each other."""

    QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
    STATUSES = [(QUEUED, "排队中"), (RUNNING, "正在查重"), (DONE, "已完成"), (FAILED, "失败")]
    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField("年度")
    status = models.CharField(max_length=8, choices=STATUSES, default=QUEUED)
    progress = models.FloatField(default=0)  # 0–1
    stage = models.CharField(max_length=100, blank=True)
    applications = models.PositiveIntegerField(default=0)
    error = models.JSONField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]


class SuspectPair(models.Model):
    """A suspect pair a batch check found, and what the bureau decided."""

    DECISIONS = [("", "待处理"), ("dismissed", "不是重复立项"), ("duplicate", "重复立项")]
    batch = models.ForeignKey(BatchCheck, on_delete=models.CASCADE, related_name="pairs")
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="+")
    other = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="+")
    score = models.FloatField("相似度")
    explanation = models.JSONField(default=dict)
    decision = models.CharField(max_length=12, choices=DECISIONS, blank=True)
    reason = models.CharField(max_length=500, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["batch", "-score", "id"]


class IndexVersion(models.Model):
    """A library's data version in one region: ``seq`` grows with every write; ``generation`` is set once, so an
    index built from another database (or a rolled-back one) is never taken for this one."""

    library = models.CharField(max_length=32)
    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="+")
    generation = models.CharField(max_length=32, default=new_token)
    seq = models.PositiveBigIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["library", "region"], name="kc_index_version_unique")]


class StoredCheck(models.Model):
    """A project's duplicate check computed when it was written (a background job) or first viewed: the
    ``checking.STORED`` best suspects (``[project id, score, explanation, shown digest]``), the block rendered from
    the first ``checking.TOP``, and ``watermark``: rows written since (``updated_at`` ≥ watermark) are scored
    against it on view. Valid while the project's checked text is ``text_key`` (see ``checking``)."""

    project = models.OneToOneField(Project, on_delete=models.CASCADE, primary_key=True, related_name="+")
    text_key = models.CharField(max_length=40)
    watermark = models.DateTimeField()
    found = models.JSONField(default=list)
    html = models.TextField()
