"""An evaluation run (framework, year, its progress in the background) and one result row per evaluated region."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from kechuang.errors import KechuangError
from kechuang.web.accounts.models import Region


class Run(models.Model):
    QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
    STATUSES = [(QUEUED, "排队中"), (RUNNING, "正在计算"), (DONE, "已完成"), (FAILED, "失败")]
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+")  # the scope: its counties
    framework = models.CharField("评价框架", max_length=128)  # a built-in's name or the uploaded file's name
    framework_text = models.TextField(blank=True)  # the uploaded YAML as run (empty for a built-in)
    framework_title = models.CharField(max_length=300, blank=True)
    framework_version = models.CharField(max_length=64, blank=True)
    year = models.PositiveSmallIntegerField("年份")
    replications = models.PositiveIntegerField("不确定性重复次数", default=1000)
    seed = models.PositiveIntegerField(default=0)
    status = models.CharField(max_length=8, choices=STATUSES, default=QUEUED)
    progress = models.FloatField(default=0.0)  # 0–1
    stage = models.CharField(max_length=100, blank=True)  # what the job does now, in Chinese
    error = models.JSONField(null=True, blank=True)  # KechuangError.to_dict() of a failed run
    classes = models.JSONField(default=list, blank=True)  # class labels, best first
    nodes = models.JSONField(default=list, blank=True)  # [{"code", "name", "parent", "depth"}] in tree order
    leaves = models.JSONField(default=list, blank=True)  # [{"code", "name", "unit", "direction"}]
    warnings = models.JSONField(default=list, blank=True)
    provenance = models.JSONField(default=dict, blank=True)  # the data's sources: counts by kind, files, latest
    units = models.PositiveIntegerField(default=0)
    allow_missing = models.BooleanField("剔除缺少的指标", default=False)
    report_file = models.CharField(max_length=500, blank=True)  # the CLI's xlsx, written by the job
    is_demo = models.BooleanField("示例数据", default=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField("排名公布时间", null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.region.name} {self.year} 年 {self.framework}"

    @property
    def failure(self) -> KechuangError | None:
        if not self.error:
            return None
        return KechuangError(self.error.get("code", "KC-EVAL-RUN"), self.error.get("message", ""),
                             **self.error.get("context", {}))


class Result(models.Model):
    """One region's result in a run: the numbers the county page shows, computed once by the job."""

    run = models.ForeignKey(Run, on_delete=models.CASCADE, related_name="results")
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+")
    score = models.FloatField(null=True)  # null: not scored (coverage), with the reason in ``note``
    rank = models.PositiveIntegerField(null=True)
    klass = models.CharField("等级", max_length=16, blank=True)
    node_scores = models.JSONField(default=dict)  # node code -> [score, rank]
    previous_score = models.FloatField(null=True)
    score_change = models.FloatField(null=True)
    rank_change = models.IntegerField(null=True)  # + = up
    class_change = models.CharField(max_length=32, blank=True)
    p_class = models.JSONField(default=dict)  # class -> probability
    rank_p05 = models.FloatField(null=True)
    rank_p95 = models.FloatField(null=True)
    median_rank = models.FloatField(null=True)
    path = models.JSONField(default=dict)  # the path to the next class (see services_compute.path_dict)
    below = models.JSONField(default=list)  # indicators furthest below the next class's typical county
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["run", "rank", "region__code"]
        constraints = [models.UniqueConstraint(fields=["run", "region"], name="kc_eval_result_unique")]
