"""The cockpit's monthly record of task lights: each past month's counts, computed once from the reports submitted
by the month's end and kept, so the trend does not recompute every plan's history on each change."""

from __future__ import annotations

from django.db import models

from kechuang.web.accounts.models import Region


class MonthLights(models.Model):
    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="+")  # with its descendants
    month = models.CharField("月份", max_length=7)  # 2026-11
    red = models.PositiveIntegerField(default=0)
    yellow = models.PositiveIntegerField(default=0)
    green = models.PositiveIntegerField(default=0)
    recorded_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["region", "month"], name="kc_month_lights_one")]
