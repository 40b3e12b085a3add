"""The indicator catalog in the database, observations with provenance and versions, and import batches."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from kechuang.web.accounts.models import Region


class Indicator(models.Model):
    """A catalog indicator (seeded from the core's ``catalog.yaml``) or a local one added by a bureau."""

    AGGREGATIONS = [("sum", "求和(计数、总量)"), ("ratio", "比值(由分子分母重算)"), ("none", "不汇总")]
    code = models.CharField("指标代码", max_length=64, unique=True)
    name = models.CharField("指标名称", max_length=128)
    unit = models.CharField("单位", max_length=32, blank=True)
    direction = models.CharField("方向", max_length=8, choices=[("higher", "越大越好"), ("lower", "越小越好")],
                                 default="higher")
    group = models.CharField("类别", max_length=32, blank=True)
    definition = models.TextField("定义", blank=True)
    source = models.CharField("填报部门", max_length=64, blank=True)
    aliases = models.JSONField("别名", default=list, blank=True)
    aggregation = models.CharField("汇总方式", max_length=8, choices=AGGREGATIONS, default="none")
    numerator = models.CharField("分子指标代码", max_length=64, blank=True)  # for ratio: scale × num / den
    denominator = models.CharField("分母指标代码", max_length=64, blank=True)
    scale = models.FloatField("比例系数", default=1.0)  # 100 for a percentage
    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
                               help_text="空:目录指标;否则为该地区(及其下级)的地方指标")
    catalog_version = models.CharField("目录版本", max_length=16, blank=True)
    version = models.PositiveIntegerField(default=1)
    is_active = models.BooleanField("启用", default=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["group", "code"]

    def ratio_text(self) -> str:
        """A ratio's formula as users read it, by indicator names (the codes where a part is not in the catalog)."""
        names = dict(Indicator.objects.filter(code__in=[self.numerator, self.denominator]).values_list("code", "name"))
        return (f"{names.get(self.numerator, self.numerator)} ÷ {names.get(self.denominator, self.denominator)}"
                f" × {self.scale:g}")

    def __str__(self) -> str:
        return self.name


class ImportBatch(models.Model):
    """One uploaded data file: previewed, then imported (all rows, or the valid rows by the user's choice)."""

    PREVIEW, IMPORTED, REJECTED = "preview", "imported", "rejected"
    QUEUED, RUNNING, FAILED = "queued", "running", "failed"  # a big file read or written in the background
    STATUSES = [(PREVIEW, "待确认"), (IMPORTED, "已导入"), (REJECTED, "未导入"), (QUEUED, "排队中"),
                (RUNNING, "处理中"), (FAILED, "失败")]
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+")  # the importer's scope
    file_name = models.CharField("文件", max_length=255)
    sha256 = models.CharField(max_length=64, blank=True)
    status = models.CharField(max_length=16, choices=STATUSES, default=PREVIEW)
    rows = models.PositiveIntegerField(default=0)
    accepted = models.PositiveIntegerField(default=0)
    rejected = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True)  # [{"row", "column", "message"}]
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    imported_at = models.DateTimeField(null=True, blank=True)
    upload = models.CharField(max_length=500, blank=True)  # the kept file, read again when the user confirms
    shape = models.CharField(max_length=8, blank=True)  # tidy | wide
    counts = models.JSONField(default=dict, blank=True)  # {"new", "changed", "same"} against the current values
    sample = models.JSONField(default=list, blank=True)  # the first rows as the preview shows them
    valid_rows = models.BooleanField("只导入有效行", default=False)
    progress = models.PositiveSmallIntegerField(default=0)  # percent, while a background step runs
    next_step = models.CharField(max_length=8, blank=True)  # preview | commit: what the background job does
    failure = models.JSONField(null=True, blank=True)  # KechuangError.to_dict() of a failed step

    class Meta:
        ordering = ["-created_at", "-id"]


class Observation(models.Model):
    """One value of one indicator for one region and year. A changed value is a new version; the old one stays
    (``is_current`` false), so nothing is silently overwritten."""

    SOURCES = [("import", "文件导入"), ("manual", "手工填报"), ("report", "进度报送"), ("api", "接口"),
               ("demo", "示例数据")]
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="observations")
    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="observations")
    period = models.PositiveSmallIntegerField("年份")
    value = models.FloatField("数值")
    version = models.PositiveIntegerField(default=1)
    is_current = models.BooleanField(default=True)
    source_kind = models.CharField("来源", max_length=8, choices=SOURCES)
    source_file = models.CharField("来源文件", max_length=255, blank=True)
    source_row = models.PositiveIntegerField("来源行", null=True, blank=True)
    batch = models.ForeignKey(ImportBatch, null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="observations")
    report = models.ForeignKey("supervision.Report", null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="observations")
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    note = models.CharField("备注", max_length=255, blank=True)
    is_demo = models.BooleanField("示例数据", default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["region", "indicator", "period", "-version"]
        constraints = [models.UniqueConstraint(fields=["region", "indicator", "period"], condition=Q(is_current=True),
                                               name="kc_observation_one_current")]
        indexes = [models.Index(fields=["indicator", "period", "is_current"]),
                   models.Index(fields=["region", "is_current"])]

    def provenance(self) -> str:
        """Where the value came from, in Chinese: file and row, report, manual entry, and who."""
        who = self.entered_by.username if self.entered_by_id and self.entered_by else ""
        if self.source_kind == "import":
            where = f"{self.source_file} 第 {self.source_row} 行" if self.source_row else self.source_file
        elif self.source_kind == "report":
            where = f"进度报送 #{self.report_id}" if self.report_id else "进度报送"
        else:
            where = self.get_source_kind_display()
        return f"{where}({who})" if who else where


class IndicatorEdit(models.Model):
    """One edit of an indicator's definition (a local indicator's form, or a catalog synchronisation)."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="edits")
    version = models.PositiveIntegerField()
    fields = models.JSONField(default=dict)  # {field: [old, new]}
    edited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="+")
    edited_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-version", "-id"]


class RegionCodeList(models.Model):
    """A load of the GB/T 2260 code list: which list (source and version), which province, what changed."""

    source = models.CharField(max_length=64)
    version = models.CharField(max_length=32)
    province = models.CharField(max_length=2)
    created = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    loaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-loaded_at", "-id"]
