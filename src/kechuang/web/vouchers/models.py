"""Innovation vouchers (创新券): a bureau's batch with its budget and rules, the service providers it admits,
enterprises' applications, the vouchers issued, redemptions against a contract and an invoice, and settlement.

Money is kept in 分 (integers, exact on SQLite and PostgreSQL) and shown in 万元. Two counters never go below
zero, by a CHECK constraint and by conditional updates (``services``): a batch's budget not yet issued and a
batch's budget not yet redeemed, and each voucher's remaining amount."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from kechuang.web.accounts.models import Region
from kechuang.web.enterprises.models import Enterprise

PROVIDER_KINDS = [("testing", "检验检测"), ("design", "研发设计"), ("transfer", "技术转移"), ("consulting", "科技咨询"),
                  ("ip", "知识产权"), ("other", "其他")]


class Provider(models.Model):
    """A service provider (服务机构) the bureau admits to its voucher batches."""

    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="voucher_providers")
    name = models.CharField("机构名称", max_length=200)
    uscc = models.CharField("统一社会信用代码", max_length=18, blank=True)
    kind = models.CharField("服务类别", max_length=12, choices=PROVIDER_KINDS)
    is_demo = models.BooleanField("示例数据", default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["region", "name"]
        constraints = [models.UniqueConstraint(fields=["region", "name"], name="kc_provider_unique_name")]

    def __str__(self) -> str:
        return self.name


class Batch(models.Model):
    """一批创新券: budget, who may apply, which providers count, the share covered and the cap per enterprise."""

    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="voucher_batches")
    title = models.CharField("批次名称", max_length=200)
    budget = models.BigIntegerField("预算(分)")
    unissued = models.BigIntegerField("未发放预算(分)")  # budget − vouchers issued
    unredeemed = models.BigIntegerField("未兑付预算(分)")  # budget − amounts redeemed
    share = models.PositiveSmallIntegerField("补助比例(%)")  # of a service's invoiced cost
    cap = models.BigIntegerField("每家企业上限(分)")
    opens_on = models.DateField("申领开始")
    closes_on = models.DateField("申领截止")
    valid_days = models.PositiveSmallIntegerField("券有效天数", default=180)
    reserve_only = models.BooleanField("仅限后备培育库企业", default=False)
    sizes = models.JSONField("限企业规模", default=list, blank=True)  # [] = any size
    providers = models.ManyToManyField(Provider, related_name="batches", verbose_name="服务机构")
    is_demo = models.BooleanField("示例数据", default=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-opens_on", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(budget__gt=0), name="kc_batch_budget_positive"),
            models.CheckConstraint(condition=Q(unissued__gte=0) & Q(unissued__lte=F("budget")),
                                   name="kc_batch_unissued_in_budget"),
            models.CheckConstraint(condition=Q(unredeemed__gte=0) & Q(unredeemed__lte=F("budget")),
                                   name="kc_batch_unredeemed_in_budget"),
            models.CheckConstraint(condition=Q(share__gte=1) & Q(share__lte=100), name="kc_batch_share_percent"),
            models.CheckConstraint(condition=Q(closes_on__gte=F("opens_on")), name="kc_batch_dates_ordered"),
        ]

    def __str__(self) -> str:
        return self.title


class Application(models.Model):
    PENDING, ISSUED, REFUSED = "pending", "issued", "refused"
    STATUSES = [(PENDING, "待审核"), (ISSUED, "已发券"), (REFUSED, "未通过")]
    batch = models.ForeignKey(Batch, on_delete=models.PROTECT, related_name="applications")
    enterprise = models.ForeignKey(Enterprise, on_delete=models.PROTECT, related_name="voucher_applications")
    provider = models.ForeignKey(Provider, on_delete=models.PROTECT, related_name="applications")
    service = models.CharField("服务内容", max_length=300)
    amount = models.BigIntegerField("申请金额(分)")
    status = models.CharField("状态", max_length=8, choices=STATUSES, default=PENDING)
    reason = models.CharField("未通过理由", max_length=500, blank=True)
    applied_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    applied_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-applied_at", "-id"]
        constraints = [models.CheckConstraint(condition=Q(amount__gt=0), name="kc_application_amount_positive")]


class Voucher(models.Model):
    application = models.OneToOneField(Application, on_delete=models.PROTECT, related_name="voucher")
    batch = models.ForeignKey(Batch, on_delete=models.PROTECT, related_name="vouchers")
    enterprise = models.ForeignKey(Enterprise, on_delete=models.PROTECT, related_name="vouchers")
    code = models.CharField("券号", max_length=32, unique=True)
    amount = models.BigIntegerField("面额(分)")
    remaining = models.BigIntegerField("余额(分)")
    valid_until = models.DateField("有效期至")
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    issued_at = models.DateTimeField(auto_now_add=True)
    # an expired voucher's unused amount given back to the batch (to issue again); no redemption after it
    released_at = models.DateTimeField("逾期余额收回时间", null=True, blank=True)

    class Meta:
        ordering = ["-issued_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(remaining__gte=0) & Q(remaining__lte=F("amount")),
                                   name="kc_voucher_remaining_in_amount"),
        ]

    def __str__(self) -> str:
        return self.code


class Redemption(models.Model):
    """核销: the provider's contract and invoice against a voucher; the covered amount is paid at settlement."""

    voucher = models.ForeignKey(Voucher, on_delete=models.PROTECT, related_name="redemptions")
    provider = models.ForeignKey(Provider, on_delete=models.PROTECT, related_name="redemptions")
    contract_no = models.CharField("合同编号", max_length=64)
    contract_amount = models.BigIntegerField("合同金额(分)")
    invoice_no = models.CharField("发票号码", max_length=64)
    invoice_amount = models.BigIntegerField("发票金额(分)")
    covered = models.BigIntegerField("抵扣金额(分)")
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    recorded_at = models.DateTimeField(auto_now_add=True)
    settled_on = models.DateField("兑付日期", null=True, blank=True)
    settlement_ref = models.CharField("兑付凭证号", max_length=64, blank=True)
    settled_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")

    class Meta:
        ordering = ["-recorded_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["provider", "invoice_no"], name="kc_redemption_unique_invoice"),
            models.CheckConstraint(condition=Q(covered__gt=0), name="kc_redemption_covered_positive"),
        ]


class RedemptionFile(models.Model):
    """The contract or invoice file of a redemption (stored as the supervision app stores evidence)."""

    KINDS = [("contract", "合同"), ("invoice", "发票")]
    redemption = models.ForeignKey(Redemption, on_delete=models.CASCADE, related_name="files")
    kind = models.CharField(max_length=8, choices=KINDS)
    file = models.FileField(upload_to="vouchers/%Y/%m/")
    name = models.CharField(max_length=255)
    size = models.PositiveIntegerField()
