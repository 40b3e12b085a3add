"""Expired vouchers: the unused amount of a voucher past its validity goes back to the batch's budget to issue
(收回逾期余额), once, by the bureau. A released voucher can no longer be redeemed (``redeem._draw`` requires
``released_at IS NULL`` in the same conditional UPDATE that draws the amount)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from kechuang.web.accounts.permissions import can_manage_region
from kechuang.web.history.services import change_record
from kechuang.web.notices.services import notify
from kechuang.web.vouchers.models import Batch, Voucher
from kechuang.web.vouchers.money import wan
from kechuang.web.vouchers.services import MESSAGE_KIND, enterprise_users, forbidden


@dataclass
class Released:
    vouchers: int
    amount: int  # 分


def expired_unreleased(batch: Batch, today: date):
    return Voucher.objects.filter(batch=batch, valid_until__lt=today, remaining__gt=0, released_at=None)


def expired_release(user, batch: Batch, today: date) -> Released:
    if not can_manage_region(user, batch.region_id):
        raise forbidden("只有本地区科技局可以收回逾期创新券的余额")
    done = Released(0, 0)
    with transaction.atomic():
        Batch.objects.select_for_update().get(pk=batch.pk)
        now = timezone.now()
        for voucher in expired_unreleased(batch, today).select_related("enterprise"):
            if not Voucher.objects.filter(pk=voucher.pk, released_at=None).update(released_at=now):
                continue  # released by another clerk at the same moment
            done.vouchers += 1
            done.amount += voucher.remaining
            change_record(user, "voucher", voucher.pk, "update", before={"released_at": None},
                          after={"released_at": now.date().isoformat(), "remaining": wan(voucher.remaining)})
            notify(enterprise_users(voucher.enterprise_id), MESSAGE_KIND,
                   f"创新券 {voucher.code} 已于 {voucher.valid_until} 过期,未使用的 {wan(voucher.remaining)} 万元"
                   "已收回",
                   reverse("kc-voucher-batch", args=[batch.pk]), key=f"vrelease:{voucher.pk}")
        if done.amount:
            Batch.objects.filter(pk=batch.pk).update(unissued=F("unissued") + done.amount)  # CHECK: ≤ budget
    return done
