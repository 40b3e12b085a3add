"""载体/平台: laboratories, research centres, incubators, 众创空间, 星创天地 … of a region, with their level, host,
recognition (date, document number), yearly evaluations and status. Counts per level and kind as of a year's end
feed the catalog indicators (``kechuang.web.carriers.feeds``, mapping in ``data/indicators.yaml``)."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from kechuang.web.accounts.models import Region

KINDS = [("key_lab", "重点实验室"), ("engineering_centre", "工程技术研究中心"), ("innovation_centre", "技术创新中心"),
         ("enterprise_centre", "企业技术中心"), ("incubator", "孵化器"), ("makerspace", "众创空间"),
         ("star_space", "星创天地"), ("academician", "院士工作站"), ("new_rd", "新型研发机构"),
         ("agri_park", "农业科技园区"), ("transfer", "技术转移机构"), ("other", "其他")]
LEVELS = [("national", "国家级"), ("provincial", "省级"), ("municipal", "市级"), ("county", "县级")]


class Carrier(models.Model):
    STATUSES = [("active", "有效"), ("revoked", "撤销")]
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="carriers")
    name = models.CharField("名称", max_length=200)
    kind = models.CharField("类型", max_length=20, choices=KINDS)
    level = models.CharField("级别", max_length=12, choices=LEVELS)
    host_name = models.CharField("依托单位", max_length=200)
    host_enterprise = models.ForeignKey("enterprises.Enterprise", null=True, blank=True, on_delete=models.PROTECT,
                                        related_name="carriers")
    recognised_on = models.DateField("认定日期")
    document_no = models.CharField("认定文号", max_length=100, blank=True)
    fields = models.CharField("技术领域", max_length=300, blank=True)
    status = models.CharField("状态", max_length=8, choices=STATUSES, default="active")
    revoked_on = models.DateField("撤销日期", null=True, blank=True)
    note = models.CharField("备注", max_length=500, blank=True)
    is_demo = models.BooleanField("示例数据", default=False)
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["region", "name", "id"]
        constraints = [models.UniqueConstraint(fields=["region", "name", "level"], name="kc_carrier_unique_name")]

    def __str__(self) -> str:
        return self.name


class CarrierEvaluation(models.Model):
    RESULTS = [("excellent", "优秀"), ("good", "良好"), ("pass", "合格"), ("fail", "不合格")]
    carrier = models.ForeignKey(Carrier, on_delete=models.CASCADE, related_name="evaluations")
    year = models.PositiveSmallIntegerField("年度")
    result = models.CharField("评价结果", max_length=12, choices=RESULTS)
    note = models.CharField("说明", max_length=500, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-year"]
        constraints = [models.UniqueConstraint(fields=["carrier", "year"], name="kc_carrier_eval_unique")]
