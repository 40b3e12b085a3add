"""A plan as extracted and corrected: its source text, tasks (headings with units) and targets."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from kechuang.monitoring.tasks import DEADLINE_BASES
from kechuang.web.accounts.models import Region, new_version


class Plan(models.Model):
    DRAFT, CONFIRMED, SUPERSEDED = "draft", "confirmed", "superseded"
    STATUSES = [(DRAFT, "待确认"), (CONFIRMED, "已确认"), (SUPERSEDED, "已被修订版取代")]
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="plans")
    title = models.CharField("标题", max_length=300)
    doc_number = models.CharField("文号", max_length=64, blank=True)
    status = models.CharField(max_length=16, choices=STATUSES, default=DRAFT)
    text = models.TextField()  # the normalised text; every offset indexes it
    extracted = models.JSONField(default=dict)  # the extractor's plan/1 output without the text
    source_name = models.CharField(max_length=255, blank=True)
    source_format = models.CharField(max_length=16, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)
    document = models.FileField(upload_to="plans/%Y/%m/", blank=True)
    start_date = models.DateField(null=True, blank=True)  # the plan's date: where expected progress starts
    unit_map = models.JSONField(default=dict, blank=True)  # printed unit → department id, chosen by the clerk
    revises = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="revisions")
    is_demo = models.BooleanField(default=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    # Archived (归档): hidden from the default list, its board read-only; None while in use.
    archived_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)
    # A new random token with every recorded change of the plan, its tasks and reports (the board and the
    # exports are cached under it: kechuang.web.pagecache).
    data_version = models.CharField(max_length=32, default=new_version, editable=False)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.title


class Task(models.Model):
    MONTHLY, QUARTERLY, HALF, YEARLY = "monthly", "quarterly", "half", "yearly"
    CYCLES = [(MONTHLY, "每月"), (QUARTERLY, "每季度"), (HALF, "每半年"), (YEARLY, "每年")]
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="tasks")
    position = models.PositiveIntegerField(default=0)
    path = models.CharField("编号", max_length=64)
    title = models.CharField("任务", max_length=500)
    start = models.IntegerField(null=True, blank=True)  # heading offsets in plan.text
    end = models.IntegerField(null=True, blank=True)
    lead_units = models.JSONField(default=list, blank=True)  # unit names as printed (canonical)
    responsible_units = models.JSONField(default=list, blank=True)
    cooperating_units = models.JSONField(default=list, blank=True)
    unit_spans = models.JSONField(default=list, blank=True)  # [[start, end], ...] of the units in the text
    deadline = models.DateField("完成时限", null=True, blank=True)
    # Why the deadline is a default (a key of kechuang.monitoring.tasks.DEADLINE_BASES); "" once the clerk sets it.
    deadline_basis = models.CharField(max_length=16, blank=True, default="", choices=list(DEADLINE_BASES.items()))
    cycle = models.CharField("报送周期", max_length=16, choices=CYCLES, default=MONTHLY)
    due_day = models.PositiveSmallIntegerField("报送日", default=28)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["plan", "position", "id"]
        indexes = [models.Index(fields=["plan", "position"])]

    def __str__(self) -> str:
        return f"{self.path} {self.title}"

    def units(self, role: str) -> list[str]:
        return {"lead": self.lead_units, "responsible": self.responsible_units,
                "cooperating": self.cooperating_units}[role]


class Target(models.Model):
    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="targets")
    indicator = models.CharField("指标", max_length=200)
    kind = models.CharField(max_length=16, default="level")
    value = models.CharField("目标值", max_length=64)
    unit = models.CharField("单位", max_length=16, blank=True)
    year = models.PositiveSmallIntegerField("目标年份", null=True, blank=True)
    quote = models.TextField(blank=True)
    start = models.IntegerField(null=True, blank=True)
    end = models.IntegerField(null=True, blank=True)
    # The catalog indicator the target is monitored with (linked at confirmation; the clerk re-links or marks it
    # not monitored). ``link_method`` is the core linker's method (exact/alias/contains/fuzzy) or "manual".
    catalog_indicator = models.ForeignKey("indicators.Indicator", null=True, blank=True, on_delete=models.SET_NULL,
                                          related_name="targets")
    link_score = models.FloatField(null=True, blank=True)
    link_method = models.CharField(max_length=16, blank=True)
    monitored = models.BooleanField("监测", default=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["task", "id"]

    def __str__(self) -> str:
        return f"{self.indicator} {self.value}{self.unit}"
