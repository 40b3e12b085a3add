"""Redemption (核销) and settlement (兑付) of vouchers.

The covered amount is min(share × invoice, the voucher's remaining amount, what is left of the enterprise's cap).
Two redemptions at the same moment cannot overdraw: the voucher and the batch are decremented by conditional
UPDATEs (``… WHERE remaining >= amount``) inside one transaction, and CHECK constraints forbid a negative value
even to a write that bypassed this module. A refused redemption leaves nothing behind (no row, no file)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath

from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.urls import reverse

from kechuang.errors import KechuangError
from kechuang.web import uploads
from kechuang.web.accounts.permissions import can_manage_region
from kechuang.web.history.services import change_record
from kechuang.web.notices.services import notify
from kechuang.web.supervision.services import Evidence, check_evidence
from kechuang.web.vouchers.models import Batch, Redemption, RedemptionFile, Voucher
from kechuang.web.vouchers.money import parse_wan, wan
from kechuang.web.vouchers.services import MESSAGE_KIND, bad, date_field, enterprise_users, forbidden, text_field


@dataclass
class RedemptionInput:
    contract_no: str
    contract_amount: str  # 万元 as typed
    invoice_no: str
    invoice_amount: str  # 万元 as typed
    amount: str = ""  # the amount claimed (万元); empty: the most the rules allow
    contract_files: list[Evidence] = field(default_factory=list)
    invoice_files: list[Evidence] = field(default_factory=list)


@dataclass
class Clean:
    contract_no: str
    contract_amount: int
    invoice_no: str
    invoice_amount: int
    claimed: int | None


def _clean(voucher: Voucher, data: RedemptionInput, today: date) -> Clean:
    if voucher.valid_until < today or voucher.released_at is not None:
        raise KechuangError("KC-WEB-CLOSED", f"创新券 {voucher.code} 已于 {voucher.valid_until} 过期,不能核销",
                            field="voucher")
    clean = Clean(contract_no=text_field(data.contract_no, "contract_no", "合同编号", 64),
                  contract_amount=parse_wan(data.contract_amount, "contract_amount", "合同金额"),
                  invoice_no=text_field(data.invoice_no, "invoice_no", "发票号码", 64),
                  invoice_amount=parse_wan(data.invoice_amount, "invoice_amount", "发票金额"),
                  claimed=parse_wan(data.amount, "amount", "抵扣金额", optional=True))
    if clean.invoice_amount > clean.contract_amount:
        raise bad(f"发票金额 {wan(clean.invoice_amount)} 万元超过合同金额 {wan(clean.contract_amount)} 万元",
                  "invoice_amount")
    for files, label, name in ((data.contract_files, "合同", "contract_files"),
                               (data.invoice_files, "发票", "invoice_files")):
        if not files:
            raise bad(f"请上传{label}文件(PDF 或图片)", name)
        check_evidence(files)
    return clean


def allowed_amount(voucher: Voucher, invoice_amount: int) -> tuple[int, str]:
    """The most a redemption may cover now (分), and the reasoning in Chinese."""
    batch = voucher.batch
    by_share = invoice_amount * batch.share // 100
    taken = Redemption.objects.filter(voucher__batch=batch, voucher__enterprise_id=voucher.enterprise_id).aggregate(
        total=Sum("covered"))["total"] or 0
    cap_left = max(batch.cap - taken, 0)
    why = (f"发票金额 × {batch.share}% = {wan(by_share)} 万元,券余额 {wan(voucher.remaining)} 万元,"
           f"每家企业上限尚余 {wan(cap_left)} 万元")
    return min(by_share, voucher.remaining, cap_left), why


def redemption_snapshot(r: Redemption) -> dict:
    return {"voucher": r.voucher.code, "provider": r.provider.name, "contract_no": r.contract_no,
            "contract_amount": wan(r.contract_amount), "invoice_no": r.invoice_no,
            "invoice_amount": wan(r.invoice_amount), "covered": wan(r.covered),
            "settled_on": r.settled_on.isoformat() if r.settled_on else None, "settlement_ref": r.settlement_ref}


def _draw(voucher: Voucher, covered: int, why: str) -> None:
    """Take ``covered`` from the voucher and from the batch, or refuse: never below zero."""
    if not Voucher.objects.filter(pk=voucher.pk, remaining__gte=covered, released_at=None).update(
            remaining=F("remaining") - covered):
        left = Voucher.objects.values_list("remaining", flat=True).get(pk=voucher.pk)
        raise KechuangError("KC-WEB-BUDGET", f"创新券 {voucher.code} 余额不足:本次抵扣 {wan(covered)} 万元,余额仅 "
                            f"{wan(left)} 万元(可能同时有另一笔核销);未核销,请刷新后重试", field="amount")
    if not Batch.objects.filter(pk=voucher.batch_id, unredeemed__gte=covered).update(
            unredeemed=F("unredeemed") - covered):
        raise KechuangError("KC-WEB-BUDGET", f"批次预算余额不足以兑付 {wan(covered)} 万元;未核销({why})",
                            field="amount")


def redemption_record(user, voucher: Voucher, data: RedemptionInput, today: date) -> Redemption:
    """The bureau records a provider's redemption (contract, invoice, their files) against a voucher."""
    if not can_manage_region(user, voucher.batch.region_id):
        raise forbidden("只有本地区科技局可以登记创新券核销(代服务机构办理)")
    clean = _clean(voucher, data, today)
    provider = voucher.application.provider
    if Redemption.objects.filter(provider=provider, invoice_no=clean.invoice_no).exists():
        raise _duplicate_invoice(clean.invoice_no, provider.name)
    try:
        with uploads.staging(), transaction.atomic():
            fresh = Voucher.objects.select_related("batch", "enterprise").get(pk=voucher.pk)
            most, why = allowed_amount(fresh, clean.invoice_amount)
            if clean.claimed is not None and clean.claimed > most:
                raise KechuangError("KC-WEB-BUDGET", f"抵扣金额 {wan(clean.claimed)} 万元超过可抵扣的 {wan(most)} 万元"
                                    f"({why});未核销", field="amount")
            covered = clean.claimed if clean.claimed is not None else most
            if covered <= 0:
                raise KechuangError("KC-WEB-BUDGET", f"创新券 {fresh.code} 已无可抵扣金额({why});未核销",
                                    field="amount")
            _draw(fresh, covered, why)
            redemption = Redemption.objects.create(
                voucher=fresh, provider=provider, contract_no=clean.contract_no,
                contract_amount=clean.contract_amount, invoice_no=clean.invoice_no,
                invoice_amount=clean.invoice_amount, covered=covered, recorded_by=user)
            _files_save(redemption, "contract", data.contract_files)
            _files_save(redemption, "invoice", data.invoice_files)
            change_record(user, "redemption", redemption.pk, "create", after=redemption_snapshot(redemption))
            notify(enterprise_users(fresh.enterprise_id), MESSAGE_KIND,
                   f"创新券 {fresh.code} 已核销 {wan(covered)} 万元({provider.name},发票 {clean.invoice_no}),"
                   f"余额 {wan(fresh.remaining - covered)} 万元", reverse("kc-voucher-batch", args=[fresh.batch_id]),
                   key=f"vredeem:{redemption.pk}")
    except IntegrityError:
        if Redemption.objects.filter(provider=provider, invoice_no=clean.invoice_no).exists():
            raise _duplicate_invoice(clean.invoice_no, provider.name) from None  # recorded at the same moment
        raise  # a CHECK constraint: a bug, not bad input
    return redemption


def _duplicate_invoice(invoice_no: str, provider: str) -> KechuangError:
    return KechuangError("KC-WEB-CONFLICT", f"{provider}的发票 {invoice_no} 已核销过,同一张发票不能重复核销",
                         field="invoice_no")


def _files_save(redemption: Redemption, kind: str, files: list[Evidence]) -> None:
    for f in files:
        name = PurePath(f.name).name
        row = RedemptionFile(redemption=redemption, kind=kind, name=name[:255], size=len(f.data))
        uploads.stage(row.file, f"{redemption.pk}-{kind}-{name}"[-120:], f.data)
        row.save()


def redemption_settle(user, redemption: Redemption, paid_on, reference: str, today: date) -> Redemption:
    """The bureau pays the covered amount to the provider: the date and the payment reference."""
    if not can_manage_region(user, redemption.voucher.batch.region_id):
        raise forbidden("只有本地区科技局可以兑付创新券")
    paid_on = date_field(paid_on, "paid_on", "兑付日期")
    if paid_on > today:
        raise bad(f"兑付日期 {paid_on} 晚于今天", "paid_on")
    reference = text_field(reference, "reference", "兑付凭证号", 64)
    with transaction.atomic():
        before = redemption_snapshot(redemption)
        if not Redemption.objects.filter(pk=redemption.pk, settled_on=None).update(
                settled_on=paid_on, settlement_ref=reference, settled_by=user):
            raise KechuangError("KC-WEB-CONFLICT", "该笔核销已兑付过,请刷新页面查看结果", field="redemption")
        redemption.refresh_from_db()
        change_record(user, "redemption", redemption.pk, "confirm", before=before,  # 确认兑付
                      after=redemption_snapshot(redemption))
        voucher = redemption.voucher
        notify(enterprise_users(voucher.enterprise_id), MESSAGE_KIND,
               f"创新券 {voucher.code} 核销的 {wan(redemption.covered)} 万元已于 {paid_on} 兑付给"
               f"{redemption.provider.name}(凭证 {reference})", reverse("kc-voucher-batch", args=[voucher.batch_id]),
               key=f"vsettle:{redemption.pk}")
    return redemption
