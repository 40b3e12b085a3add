"""企业技术需求库 and 科技成果库, and the 对接 records between them.

Money is kept in 分 (integers, exact on SQLite and PostgreSQL) and shown in 万元 (``kechuang.web.vouchers.money``).
Technical fields are a list of free labels (JSON). A 对接 names the demand and either an achievement of the
library or a person (expert or 科技特派员, by kind and name, with the talent library's id when known)."""

from __future__ import annotations

import json

from django.conf import settings
from django.db import models
from django.db.models import Q

from kechuang.web.accounts.models import Region
from kechuang.web.enterprises.models import Enterprise


class TextJSONEncoder(json.JSONEncoder):
    """Chinese kept as characters in the stored JSON, so a field filter (``fields__icontains``) finds 新材料 on
    SQLite as on PostgreSQL."""

    def __init__(self, *args, **kwargs):
        kwargs["ensure_ascii"] = False
        super().__init__(*args, **kwargs)


MAX_PROBLEM = 5_000  # characters of a demand's problem or an achievement's summary
HOLDER_KINDS = [("university", "高校"), ("institute", "科研院所"), ("enterprise", "企业"), ("person", "个人")]
TRANSFER_MODES = [("assign", "转让"), ("license", "许可"), ("equity", "作价入股"), ("joint", "合作开发")]


class Demand(models.Model):
    OPEN, DOCKING, SOLVED, CLOSED = "open", "docking", "solved", "closed"
    STATUSES = [(OPEN, "征集中"), (DOCKING, "对接中"), (SOLVED, "已解决"), (CLOSED, "已关闭")]
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="tech_demands")
    enterprise = models.ForeignKey(Enterprise, on_delete=models.PROTECT, related_name="tech_demands")
    title = models.CharField("需求名称", max_length=200)
    problem = models.TextField("需求描述", max_length=MAX_PROBLEM)
    fields = models.JSONField("技术领域", default=list, blank=True, encoder=TextJSONEncoder)
    budget = models.BigIntegerField("预算(分)", null=True, blank=True)
    deadline = models.DateField("截止日期", null=True, blank=True)
    maturity = models.PositiveSmallIntegerField("期望技术成熟度", null=True, blank=True)  # the least it needs, 1–9
    status = models.CharField("状态", max_length=8, choices=STATUSES, default=OPEN)
    contact = models.CharField("联系人及电话", max_length=100, blank=True)
    is_demo = models.BooleanField("示例数据", default=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-id"]  # newest first, by the primary key: no sort of 100,000 rows per page
        indexes = [models.Index(fields=["region", "status"], name="kc_demand_region_status"),
                   # the newest write, rows written since a stored result (an index, not db_index: SQLite would
                   # remake the table and lose the text index's triggers)
                   models.Index(fields=["updated_at"], name="kc_demand_updated")]
        constraints = [
            models.CheckConstraint(condition=Q(budget__isnull=True) | Q(budget__gt=0),
                                   name="kc_demand_budget_positive"),
            models.CheckConstraint(condition=Q(maturity__isnull=True) | (Q(maturity__gte=1) & Q(maturity__lte=9)),
                                   name="kc_demand_maturity_1_9"),
        ]

    def __str__(self) -> str:
        return self.title


class Achievement(models.Model):
    AVAILABLE, DOCKING, TRANSFERRED, WITHDRAWN = "available", "docking", "transferred", "withdrawn"
    STATUSES = [(AVAILABLE, "可转化"), (DOCKING, "对接中"), (TRANSFERRED, "已转化"), (WITHDRAWN, "已撤回")]
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="tech_achievements")
    holder = models.CharField("成果持有方", max_length=200)
    holder_kind = models.CharField("持有方类型", max_length=12, choices=HOLDER_KINDS)
    enterprise = models.ForeignKey(Enterprise, null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="tech_achievements")
    title = models.CharField("成果名称", max_length=200)
    summary = models.TextField("成果简介", max_length=MAX_PROBLEM)
    fields = models.JSONField("技术领域", default=list, blank=True, encoder=TextJSONEncoder)
    maturity = models.PositiveSmallIntegerField("技术成熟度", null=True, blank=True)  # 1–9
    ip = models.CharField("知识产权", max_length=500, blank=True)  # patent numbers as written
    modes = models.JSONField("转化方式", default=list, blank=True)  # keys of TRANSFER_MODES
    price = models.BigIntegerField("参考价格(分)", null=True, blank=True)
    status = models.CharField("状态", max_length=12, choices=STATUSES, default=AVAILABLE)
    is_demo = models.BooleanField("示例数据", default=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-id"]  # newest first, by the primary key: no sort of 100,000 rows per page
        indexes = [models.Index(fields=["region", "status"], name="kc_achievement_region_status"),
                   models.Index(fields=["updated_at"], name="kc_achievement_updated")]  # as the demand's
        constraints = [
            models.CheckConstraint(condition=Q(maturity__isnull=True) | (Q(maturity__gte=1) & Q(maturity__lte=9)),
                                   name="kc_achievement_maturity_1_9"),
            models.CheckConstraint(condition=Q(price__isnull=True) | Q(price__gt=0),
                                   name="kc_achievement_price_positive"),
        ]

    def __str__(self) -> str:
        return self.title

    def mode_names(self) -> str:
        names = dict(TRANSFER_MODES)
        return "、".join(names.get(m, m) for m in self.modes)


class Docking(models.Model):
    """对接: a demand met with an achievement or a person, the form, the outcome and the 技术合同 if signed."""

    PARTNER_KINDS = [("achievement", "科技成果"), ("expert", "专家"), ("specialist", "科技特派员")]
    FORMS = [("meeting", "对接会"), ("onsite", "现场"), ("online", "线上")]
    INTENT, CONTRACT, NONE = "intent", "contract", "none"
    OUTCOMES = [(INTENT, "达成意向"), (CONTRACT, "签订合同"), (NONE, "未达成")]
    demand = models.ForeignKey(Demand, on_delete=models.PROTECT, related_name="dockings")
    partner_kind = models.CharField("对接对象类型", max_length=12, choices=PARTNER_KINDS)
    achievement = models.ForeignKey(Achievement, null=True, blank=True, on_delete=models.PROTECT,
                                    related_name="dockings")
    partner_name = models.CharField("对接专家/特派员", max_length=100, blank=True)
    partner_ref = models.CharField("人才库编号", max_length=40, blank=True)
    held_on = models.DateField("对接日期")
    form = models.CharField("对接形式", max_length=8, choices=FORMS)
    outcome = models.CharField("对接结果", max_length=8, choices=OUTCOMES)
    note = models.CharField("备注", max_length=1000, blank=True)
    contract_no = models.CharField("技术合同编号", max_length=64, blank=True)
    contract_amount = models.BigIntegerField("合同金额(分)", null=True, blank=True)
    signed_on = models.DateField("签订日期", null=True, blank=True)
    registered = models.BooleanField("已认定登记", default=False)
    is_demo = models.BooleanField("示例数据", default=False)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-held_on", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(contract_amount__isnull=True) | Q(contract_amount__gt=0),
                                   name="kc_docking_amount_positive"),
            models.CheckConstraint(condition=~Q(partner_kind="achievement") | Q(achievement__isnull=False),
                                   name="kc_docking_achievement_named"),
        ]

    def partner_label(self) -> str:
        if self.partner_kind == "achievement" and self.achievement_id:
            return self.achievement.title
        return self.partner_name


class DockingFile(models.Model):
    """The contract or a photo of a 对接 (PDF or image, checked on upload)."""

    docking = models.ForeignKey(Docking, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(upload_to="transfer/%Y/%m/")
    name = models.CharField(max_length=255)
    size = models.PositiveIntegerField()


class StoredResult(models.Model):
    """A record's matches computed when it was written (a background job) or first viewed
    (``stored_matches``): the ``stored_matches.STORED`` best records of the other side's index for every viewer
    (``found``: ``[id, raw score, ranking values, shown digest]``; ``details``: a JSON line per entry, same order,
    of the shared terms, passages and marks, parsed for the hits shown only), the viewer's visibility and re-ranking
    applied on view; ``watermark``: records written since (``updated_at`` ≥ it) are scored on view. Valid while the
    record's matched text is ``text_key`` (``kechuang.web.libraries.stored``)."""

    text_key = models.CharField(max_length=40)
    watermark = models.DateTimeField()
    found = models.JSONField(default=list, encoder=TextJSONEncoder)
    details = models.TextField(default="")

    class Meta:
        abstract = True


class StoredMatches(StoredResult):
    """A demand's achievements."""

    demand = models.OneToOneField(Demand, on_delete=models.CASCADE, primary_key=True, related_name="+")


class StoredDemandMatches(StoredResult):
    """An achievement's demands."""

    achievement = models.OneToOneField(Achievement, on_delete=models.CASCADE, primary_key=True, related_name="+")
