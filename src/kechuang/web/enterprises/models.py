"""The enterprise registry: enterprises of a region, their yearly figures and IP holdings, the 高企 reserve and
科技型中小企业 self-evaluations. Money is in 万元; every change is in the history app."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from kechuang.web.accounts.models import Region

SIZES = [("micro", "微型"), ("small", "小型"), ("medium", "中型"), ("large", "大型")]


class Enterprise(models.Model):
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="enterprises")
    uscc = models.CharField("统一社会信用代码", max_length=18, blank=True)
    uscc_warning = models.CharField("代码提示", max_length=200, blank=True)  # an early pilot code failing the check
    name = models.CharField("企业名称", max_length=200)
    name_key = models.CharField(max_length=200, db_index=True)  # normalised name for near-duplicate detection
    address = models.CharField("地址", max_length=300, blank=True)
    industry_code = models.CharField("国民经济行业分类代码", max_length=8, blank=True)
    size = models.CharField("企业规模", max_length=8, choices=SIZES, blank=True)
    registered_on = models.DateField("成立日期", null=True, blank=True)
    tech_field = models.CharField("技术领域", max_length=200, blank=True)  # 国家重点支持的高新技术领域
    contact_name = models.CharField("联系人", max_length=64, blank=True)
    contact_phone = models.CharField("联系电话", max_length=32, blank=True)
    contact_email = models.CharField("电子邮箱", max_length=128, blank=True)
    verified_at = models.DateTimeField("核实时间", null=True, blank=True)
    verified_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    is_demo = models.BooleanField("示例数据", default=False)
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["region", "name"]
        constraints = [
            models.UniqueConstraint(fields=["uscc"], condition=~Q(uscc=""), name="kc_enterprise_unique_uscc"),
            models.UniqueConstraint(fields=["region", "name"], name="kc_enterprise_unique_name"),
        ]

    def __str__(self) -> str:
        return self.name


class YearFigures(models.Model):
    """One enterprise's figures for one fiscal year (万元; staff as 全年月平均数)."""

    enterprise = models.ForeignKey(Enterprise, on_delete=models.CASCADE, related_name="years")
    year = models.PositiveSmallIntegerField("年度")
    employees = models.FloatField("职工总数", null=True, blank=True)
    tech_staff = models.FloatField("科技人员", null=True, blank=True)
    sales_revenue = models.FloatField("销售收入", null=True, blank=True)
    total_revenue = models.FloatField("总收入", null=True, blank=True)
    rd_expense = models.FloatField("研发费用", null=True, blank=True)
    rd_expense_domestic = models.FloatField("境内研发费用", null=True, blank=True)
    rd_items = models.JSONField("研发费用明细", default=dict, blank=True)  # 人员人工, 直接投入, … → 万元
    hitech_revenue = models.FloatField("高新技术产品(服务)收入", null=True, blank=True)
    net_assets = models.FloatField("净资产", null=True, blank=True)
    total_assets = models.FloatField("资产总额", null=True, blank=True)
    cost_total = models.FloatField("成本费用支出总额", null=True, blank=True)
    source = models.CharField("来源", max_length=16, default="manual")  # import / manual / enterprise / demo
    source_file = models.CharField(max_length=255, blank=True)
    source_row = models.PositiveIntegerField(null=True, blank=True)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")
    verified_at = models.DateTimeField("核实时间", null=True, blank=True)
    verified_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["enterprise", "year"]
        constraints = [models.UniqueConstraint(fields=["enterprise", "year"], name="kc_year_figures_unique")]


class IPHolding(models.Model):
    """Intellectual property: Ⅰ类 (发明专利, 植物新品种, 集成电路布图设计…) or Ⅱ类 (实用新型, 外观设计, 软件著作权)."""

    CLASSES = [("I", "Ⅰ类"), ("II", "Ⅱ类")]
    enterprise = models.ForeignKey(Enterprise, on_delete=models.CASCADE, related_name="ip")
    ip_class = models.CharField("类别", max_length=2, choices=CLASSES)
    category = models.CharField("种类", max_length=32)  # 发明专利, 实用新型, 软件著作权 …
    number = models.CharField("编号", max_length=64)
    title = models.CharField("名称", max_length=200, blank=True)
    granted_on = models.DateField("授权日期", null=True, blank=True)
    used_for_hitech = models.BooleanField("已用于高企认定", default=False)  # a Ⅱ类 right counts for one application

    class Meta:
        ordering = ["enterprise", "ip_class", "granted_on"]
        constraints = [models.UniqueConstraint(fields=["enterprise", "number"], name="kc_ip_unique_number")]


class ReserveEntry(models.Model):
    """An enterprise in the 高新技术企业后备培育库 and its stage."""

    STAGES = [("entered", "入库"), ("cultivating", "培育"), ("applied", "申报"), ("certified", "认定"),
              ("failed", "未通过")]
    enterprise = models.OneToOneField(Enterprise, on_delete=models.CASCADE, related_name="reserve")
    stage = models.CharField("阶段", max_length=12, choices=STAGES, default="entered")
    via = models.CharField("入库方式", max_length=8, choices=[("bureau", "科技局选定"), ("check", "体检推荐")],
                           default="bureau")
    entered_on = models.DateField("入库日期")
    certificate_no = models.CharField("证书编号", max_length=64, blank=True)
    certified_on = models.DateField("认定日期", null=True, blank=True)
    expires_on = models.DateField("有效期至", null=True, blank=True)  # certified_on + 3 years
    note = models.CharField("备注", max_length=300, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["stage", "enterprise__name"]


class SmeEvaluation(models.Model):
    """A 科技型中小企业 self-evaluation: the inputs as filled, the score and the result the core computed."""

    enterprise = models.ForeignKey(Enterprise, on_delete=models.CASCADE, related_name="sme_evaluations")
    year = models.PositiveSmallIntegerField("评价年度")
    inputs = models.JSONField(default=dict)
    score = models.FloatField("得分", null=True, blank=True)
    result = models.JSONField(default=dict)  # the core's result (parts, conditions, advice, rule version)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    submitted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-submitted_at", "-id"]


class ReserveStep(models.Model):
    """One move of a reserve entry to a stage, on the date it happened (the pipeline chart counts these; a
    certification step starts a 3-year certificate)."""

    entry = models.ForeignKey(ReserveEntry, on_delete=models.CASCADE, related_name="steps")
    stage = models.CharField("阶段", max_length=12, choices=ReserveEntry.STAGES)
    on = models.DateField("日期")
    note = models.CharField("备注", max_length=300, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["entry", "on", "id"]
        indexes = [models.Index(fields=["stage", "on"])]


class HitechReview(models.Model):
    """A bureau reviewer's answers to the 高企 judgement items (core IP, field, compliance, the expert parts of
    the score); the gap check uses them, and never passes these items without them."""

    enterprise = models.OneToOneField(Enterprise, on_delete=models.CASCADE, related_name="hitech_review")
    judgements = models.JSONField(default=dict, blank=True)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    reviewed_at = models.DateTimeField(auto_now=True)


class HitechResult(models.Model):
    """A stored 高企 gap check: as of which date, its overall result, and the core's result with the rule
    snapshot it used."""

    enterprise = models.ForeignKey(Enterprise, on_delete=models.CASCADE, related_name="hitech_results")
    as_of = models.DateField("检查基准日")
    overall = models.CharField("结论", max_length=16)
    score = models.FloatField("评分下限", null=True, blank=True)  # the core's score_low
    result = models.JSONField(default=dict)
    checked_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    checked_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-checked_at", "-id"]
        indexes = [models.Index(fields=["enterprise", "-checked_at"])]
