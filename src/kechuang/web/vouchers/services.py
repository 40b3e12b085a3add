"""Writes of the voucher flow, before redemption: service providers, batches, applications and their decision
(approval issues the voucher). Each is one transaction, recorded in the history, with a message to the
enterprise's users (and to the bureau for a new application)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from kechuang.errors import KechuangError
from kechuang.web.accounts.permissions import can_manage_region
from kechuang.web.enterprises.models import SIZES, Enterprise, ReserveEntry
from kechuang.web.history.services import change_record
from kechuang.web.notices.services import notify, recipients
from kechuang.web.vouchers.models import PROVIDER_KINDS, Application, Batch, Provider, Voucher
from kechuang.web.vouchers.money import parse_wan, wan
from kechuang.web.vouchers.selectors import enterprise_id_of, used_by_enterprise

_USCC = re.compile(r"[0-9A-HJ-NPQRTUWXY]{18}")
SIZE_NAMES = dict(SIZES)
MESSAGE_KIND = "voucher"  # the message kind (创新券) of every voucher message: application, decision, redemption…


def forbidden(message: str, field_name: str = "") -> KechuangError:
    return KechuangError("KC-WEB-FORBIDDEN", message, field=field_name)


def bad(message: str, field_name: str) -> KechuangError:
    return KechuangError("KC-WEB-FIELD", message, field=field_name)


def text_field(raw, field_name: str, label: str, limit: int, required: bool = True) -> str:
    text = str(raw or "").strip()
    if required and not text:
        raise bad(f"请填写{label}", field_name)
    if len(text) > limit:
        raise bad(f"{label}过长(最多 {limit} 字)", field_name)
    return text


def date_field(raw, field_name: str, label: str) -> date:
    if isinstance(raw, date):
        return raw
    try:
        return date.fromisoformat(str(raw or "").strip())
    except ValueError:
        raise bad(f"{label}“{raw or ''}”不是日期(应如 2026-12-01)", field_name) from None


def enterprise_users(enterprise_id: int) -> list:
    return list(get_user_model().objects.filter(is_active=True, profile__role="enterprise",
                                                 profile__enterprise_id=enterprise_id))


# ---------------------------------------------------------------------------------------------- providers


def provider_create(user, region, name: str, uscc: str, kind: str, is_demo: bool = False) -> Provider:
    if not can_manage_region(user, region.pk):
        raise forbidden("只有本地区科技局可以维护服务机构名单")
    name = text_field(name, "name", "机构名称", 200)
    uscc = str(uscc or "").strip().upper()
    if uscc and not _USCC.fullmatch(uscc):
        raise bad(f"统一社会信用代码“{uscc}”应为 18 位数字或大写字母", "uscc")
    if kind not in dict(PROVIDER_KINDS):
        raise bad(f"服务类别“{kind}”无效(可选:{'、'.join(v for _, v in PROVIDER_KINDS)})", "kind")
    try:
        with transaction.atomic():
            provider = Provider.objects.create(region=region, name=name, uscc=uscc, kind=kind, is_demo=is_demo)
            change_record(user, "provider", provider.pk, "create", after={"name": name, "uscc": uscc, "kind": kind})
    except IntegrityError:
        raise KechuangError("KC-WEB-CONFLICT", f"服务机构“{name}”已在名单中", field="name") from None
    return provider


# ---------------------------------------------------------------------------------------------- batches


@dataclass
class BatchInput:
    title: str
    budget: str  # 万元 as typed
    share: str  # % of the invoiced cost
    cap: str  # 万元 per enterprise
    opens_on: str | date
    closes_on: str | date
    valid_days: str | int = 180
    reserve_only: bool = False
    sizes: list[str] = field(default_factory=list)
    provider_ids: list[int] = field(default_factory=list)


def _whole(raw, field_name: str, label: str, low: int, high: int) -> int:
    text = str(raw if raw is not None else "").strip().removesuffix("%").removesuffix("天")
    try:
        number = int(text)
    except ValueError:
        raise bad(f"{label}“{raw}”应为 {low}–{high} 的整数", field_name) from None
    if not low <= number <= high:
        raise bad(f"{label}应为 {low}–{high} 的整数(填写的是 {number})", field_name)
    return number


def batch_snapshot(batch: Batch) -> dict:
    return {"batch": batch.title, "budget": wan(batch.budget), "share": batch.share, "cap": wan(batch.cap),
            "opens_on": batch.opens_on.isoformat(), "closes_on": batch.closes_on.isoformat(),
            "valid_days": batch.valid_days, "reserve_only": batch.reserve_only, "sizes": list(batch.sizes),
            "providers": sorted(p.name for p in batch.providers.all())}


def batch_create(user, region, data: BatchInput, is_demo: bool = False) -> Batch:
    """Open a batch: validated whole (budget, share, cap ≤ budget, dates, sizes, providers of the region)."""
    if not can_manage_region(user, region.pk):
        raise forbidden("只有本地区科技局可以开设创新券批次")
    title = text_field(data.title, "title", "批次名称", 200)
    budget = parse_wan(data.budget, "budget", "预算")
    share = _whole(data.share, "share", "补助比例(%)", 1, 100)
    cap = parse_wan(data.cap, "cap", "每家企业上限")
    if cap > budget:
        raise bad(f"每家企业上限 {wan(cap)} 万元超过了批次预算 {wan(budget)} 万元", "cap")
    opens_on = date_field(data.opens_on, "opens_on", "申领开始日期")
    closes_on = date_field(data.closes_on, "closes_on", "申领截止日期")
    if closes_on < opens_on:
        raise bad(f"申领截止日期 {closes_on} 早于开始日期 {opens_on}", "closes_on")
    valid_days = _whole(data.valid_days, "valid_days", "券有效天数", 1, 1000)
    sizes = list(dict.fromkeys(data.sizes or []))
    unknown = [s for s in sizes if s not in SIZE_NAMES]
    if unknown:
        raise bad(f"企业规模“{'、'.join(unknown)}”无效(可选:{'、'.join(SIZE_NAMES.values())})", "sizes")
    ids = list(dict.fromkeys(data.provider_ids or []))
    providers = list(Provider.objects.filter(region=region, pk__in=ids))
    if not ids:
        raise bad("请至少选择一家服务机构", "providers")
    if len(providers) != len(ids):
        raise bad("所选服务机构不在本地区的服务机构名单中", "providers")
    with transaction.atomic():
        batch = Batch.objects.create(region=region, title=title, budget=budget, unissued=budget, unredeemed=budget,
                                     share=share, cap=cap, opens_on=opens_on, closes_on=closes_on,
                                     valid_days=valid_days, reserve_only=bool(data.reserve_only), sizes=sizes,
                                     is_demo=is_demo, created_by=user)
        batch.providers.set(providers)
        change_record(user, "voucher_batch", batch.pk, "create", after=batch_snapshot(batch))
    return batch


# ---------------------------------------------------------------------------------------------- applications


@dataclass
class ApplicationInput:
    provider_id: int | None
    service: str
    amount: str  # 万元 as typed
    enterprise_id: int | None = None  # the bureau applies for an enterprise; an enterprise user for its own


def _applicant(user, batch: Batch, enterprise_id: int | None) -> Enterprise:
    own = enterprise_id_of(user)
    if own is not None:
        if enterprise_id not in (None, own):
            raise forbidden("企业用户只能为本企业申请创新券", "enterprise")
        return Enterprise.objects.get(pk=own)
    if not can_manage_region(user, batch.region_id):
        raise forbidden("只有企业用户或本地区科技局可以申请创新券")
    enterprise = Enterprise.objects.filter(pk=enterprise_id).first() if enterprise_id else None
    if enterprise is None:
        raise bad("请选择申请企业", "enterprise")
    return enterprise


def check_eligible(batch: Batch, enterprise: Enterprise, today: date) -> None:
    """The batch's rules for the enterprise: the application period, the region, the reserve, the size."""
    if not batch.opens_on <= today <= batch.closes_on:
        raise KechuangError("KC-WEB-CLOSED", f"“{batch.title}”的申领时间为 {batch.opens_on} 至 {batch.closes_on},"
                            f"今天({today})不在申领期内", field="batch")
    if enterprise.region_id != batch.region_id:
        raise bad(f"“{enterprise.name}”不在本批次的地区,不能申请", "enterprise")
    if batch.reserve_only and not ReserveEntry.objects.filter(enterprise=enterprise).exclude(stage="failed").exists():
        raise bad(f"本批次仅限高新技术企业后备培育库企业,“{enterprise.name}”不在库中", "enterprise")
    if batch.sizes and enterprise.size not in batch.sizes:
        allowed = "、".join(SIZE_NAMES[s] for s in batch.sizes)
        size = SIZE_NAMES.get(enterprise.size, "未登记")
        raise bad(f"本批次仅限{allowed}企业,“{enterprise.name}”的规模为{size}", "enterprise")


def application_snapshot(app: Application) -> dict:
    return {"enterprise": app.enterprise.name, "provider": app.provider.name, "service": app.service,
            "amount": wan(app.amount), "status": app.get_status_display(), "reason": app.reason}


def application_submit(user, batch: Batch, data: ApplicationInput, today: date) -> Application:
    enterprise = _applicant(user, batch, data.enterprise_id)
    check_eligible(batch, enterprise, today)
    provider = batch.providers.filter(pk=data.provider_id).first() if data.provider_id else None
    if provider is None:
        raise bad("所选服务机构不在本批次的服务机构名单内", "provider")
    service = text_field(data.service, "service", "服务内容", 300)
    amount = parse_wan(data.amount, "amount", "申请金额")
    with transaction.atomic():
        Batch.objects.select_for_update().get(pk=batch.pk)  # one writer per batch: the cap sum stays true
        used = used_by_enterprise(batch, enterprise.pk)
        if used + amount > batch.cap:
            raise bad(f"申请金额 {wan(amount)} 万元超过每家企业上限 {wan(batch.cap)} 万元(“{enterprise.name}”"
                      f"在本批次已申请或已获券 {wan(used)} 万元,本次最多 {wan(max(batch.cap - used, 0))} 万元)",
                      "amount")
        app = Application.objects.create(batch=batch, enterprise=enterprise, provider=provider, service=service,
                                         amount=amount, applied_by=user)
        change_record(user, "voucher_app", app.pk, "request", after=application_snapshot(app))
        url = reverse("kc-voucher-batch", args=[batch.pk])
        notify(recipients(bureau_region=batch.region_id), MESSAGE_KIND,
               f"“{enterprise.name}”申请创新券 {wan(amount)} 万元({batch.title}),待审核", url, key=f"vapp:{app.pk}")
        if enterprise_id_of(user) is None:  # the bureau applied for the enterprise: tell its users
            notify(enterprise_users(enterprise.pk), MESSAGE_KIND,
                   f"科技局已代本企业申请创新券 {wan(amount)} 万元({batch.title}),等待审核", url,
                   key=f"vapp-sent:{app.pk}")
    return app


def _issue(user, app: Application, batch: Batch, today: date) -> Voucher:
    used = used_by_enterprise(batch, app.enterprise_id, exclude_application=app.pk)
    if used + app.amount > batch.cap:
        raise bad(f"发券后“{app.enterprise.name}”在本批次将达 {wan(used + app.amount)} 万元,超过每家企业上限 "
                  f"{wan(batch.cap)} 万元", "application")
    if not Batch.objects.filter(pk=batch.pk, unissued__gte=app.amount).update(unissued=F("unissued") - app.amount):
        left = Batch.objects.values_list("unissued", flat=True).get(pk=batch.pk)
        raise KechuangError("KC-WEB-BUDGET", f"批次预算余额不足:尚可发放 {wan(left)} 万元,本券 {wan(app.amount)} "
                            "万元;未发券", field="application")
    code = f"CXQ-{batch.region.code[:6]}-{batch.pk:04d}-{app.pk:06d}"
    return Voucher.objects.create(application=app, batch=batch, enterprise=app.enterprise, code=code,
                                  amount=app.amount, remaining=app.amount,
                                  valid_until=today + timedelta(days=batch.valid_days), issued_by=user)


def application_decide(user, app: Application, approve: bool, reason: str, today: date) -> Application:
    """Approve (the voucher is issued from the batch's budget) or refuse with a reason."""
    batch = app.batch
    if not can_manage_region(user, batch.region_id):
        raise forbidden("只有本地区科技局可以审核创新券申请")
    reason = text_field(reason, "reason", "未通过理由", 500, required=not approve)
    with transaction.atomic():
        batch = Batch.objects.select_for_update().select_related("region").get(pk=batch.pk)
        before = application_snapshot(app)
        status = Application.ISSUED if approve else Application.REFUSED
        if not Application.objects.filter(pk=app.pk, status=Application.PENDING).update(
                status=status, reason=reason, decided_by=user, decided_at=timezone.now()):
            raise KechuangError("KC-WEB-CONFLICT", "该申请已审核过,请刷新页面查看结果", field="application")
        app.refresh_from_db()
        url = reverse("kc-voucher-batch", args=[batch.pk])
        if approve:
            voucher = _issue(user, app, batch, today)
            change_record(user, "voucher", voucher.pk, "create", after={
                "code": voucher.code, "enterprise": app.enterprise.name, "amount": wan(voucher.amount),
                "valid_until": voucher.valid_until.isoformat()})
            text = (f"创新券已发放:券号 {voucher.code},面额 {wan(voucher.amount)} 万元,有效期至 "
                    f"{voucher.valid_until}({batch.title})")
        else:
            text = f"创新券申请 {wan(app.amount)} 万元未通过({batch.title}):{reason}"
        change_record(user, "voucher_app", app.pk, "grant" if approve else "refuse", before=before,
                      after=application_snapshot(app))
        notify(enterprise_users(app.enterprise_id), MESSAGE_KIND, text, url, key=f"vdecide:{app.pk}")
    return app
