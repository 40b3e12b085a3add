"""Pages of the voucher flow: batches (list, open one), a batch's page (rules, applications, vouchers,
redemptions, settlement, history), the provider list, the ledger xlsx and the kept contract/invoice files."""

from __future__ import annotations

from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kechuang.errors import KechuangError
from kechuang.web.accounts.models import Region
from kechuang.web.accounts.permissions import can_manage_region, can_view_region, region_id_of
from kechuang.web.clock import today
from kechuang.web.enterprises.models import SIZES
from kechuang.web.enterprises.picker import pick_choices
from kechuang.web.errors import error_page, http_status
from kechuang.web.history.selectors import history_rows
from kechuang.web.params import int_or_none
from kechuang.web.supervision.services import Evidence
from kechuang.web.vouchers import expiry, redeem, selectors, services
from kechuang.web.vouchers.ledger import ledger_xlsx
from kechuang.web.vouchers.models import PROVIDER_KINDS, Redemption, RedemptionFile
from kechuang.web.vouchers.money import wan


def _require_user(request) -> None:
    if not selectors.can_use_vouchers(request.user):
        raise PermissionDenied


def _own_region(request) -> Region:
    region_id = region_id_of(request.user)
    if region_id is None or not can_manage_region(request.user, region_id):
        raise PermissionDenied
    return Region.objects.get(pk=region_id)


@login_required
@require_http_methods(["GET", "POST"])
def batch_list(request):
    _require_user(request)
    error, form = None, None
    if request.method == "POST":
        region = _own_region(request)
        data = services.BatchInput(
            title=request.POST.get("title", ""), budget=request.POST.get("budget", ""),
            share=request.POST.get("share", ""), cap=request.POST.get("cap", ""),
            opens_on=request.POST.get("opens_on", ""), closes_on=request.POST.get("closes_on", ""),
            valid_days=request.POST.get("valid_days", "180"), reserve_only=bool(request.POST.get("reserve_only")),
            sizes=request.POST.getlist("sizes"),
            provider_ids=[i for i in map(int_or_none, request.POST.getlist("providers")) if i is not None])
        try:
            batch = services.batch_create(request.user, region, data)
        except KechuangError as exc:
            error, form = exc, request.POST
        else:
            messages.success(request, f"已开设创新券批次“{batch.title}”")
            return redirect("kc-voucher-batch", pk=batch.pk)
    region_id = region_id_of(request.user)
    can_manage = region_id is not None and can_manage_region(request.user, region_id)
    batches = [(b, selectors.batch_totals(b)) for b in selectors.batches_visible(request.user).select_related("region")]
    mine = selectors.vouchers_visible(request.user) if selectors.enterprise_id_of(request.user) else None
    return render(request, "kechuang/vouchers/batches.html", {
        "batches": batches, "can_manage": can_manage, "error": error, "form": form, "sizes": SIZES,
        "providers": selectors.providers_for(region_id) if can_manage else [], "mine": mine,
        "today": today()}, status=http_status(error) if error else 200)


def _batch_page(request, batch, error: KechuangError | None = None, form=None):
    manage = selectors.can_manage_batch(request.user, batch)
    viewer = can_view_region(request.user, batch.region_id)
    apps = list(selectors.applications_for(request.user, batch))
    vouchers = [a.voucher for a in apps if hasattr(a, "voucher")]
    redemptions = (Redemption.objects.filter(voucher__in=vouchers).select_related("voucher", "provider")
                   .prefetch_related("files"))
    return render(request, "kechuang/vouchers/batch.html", {
        "batch": batch, "totals": {k: wan(v) for k, v in selectors.batch_totals(batch).items()},
        "applications": apps, "vouchers": vouchers, "redemptions": redemptions, "can_manage": manage,
        "can_apply": manage or selectors.enterprise_id_of(request.user) is not None,
        "is_open": batch.opens_on <= today() <= batch.closes_on, "today": today(),
        "providers": batch.providers.all(),
        "enterprises": pick_choices(batch.region_id) if manage else [],
        "history": history_rows(selectors.batch_history(batch)[:200]) if viewer else [],
        "expired": expiry.expired_unreleased(batch, today()).count() if manage else 0,
        "error": error, "form": form, "sizes": dict(SIZES),
    }, status=http_status(error) if error else 200)


@login_required
@require_GET
def batch_detail(request, pk: int):
    return _batch_page(request, selectors.batch_for_user(request.user, pk))


@login_required
@require_POST
def apply(request, pk: int):
    batch = selectors.batch_for_user(request.user, pk)
    data = services.ApplicationInput(provider_id=int_or_none(request.POST.get("provider")),
                                     service=request.POST.get("service", ""), amount=request.POST.get("amount", ""),
                                     enterprise_id=int_or_none(request.POST.get("enterprise")))
    try:
        app = services.application_submit(request.user, batch, data, today())
    except KechuangError as exc:
        if exc.code == "KC-WEB-FORBIDDEN":
            raise PermissionDenied from None
        return _batch_page(request, batch, error=exc, form=request.POST)
    messages.success(request, f"已提交“{app.enterprise.name}”的创新券申请 {wan(app.amount)} 万元,待科技局审核")
    return redirect("kc-voucher-batch", pk=batch.pk)


def _manage_batch_of(request, batch) -> None:
    if not selectors.can_manage_batch(request.user, batch):
        raise PermissionDenied


@login_required
@require_POST
def decide(request, pk: int):
    app = selectors.application_for_user(request.user, pk)
    _manage_batch_of(request, app.batch)
    approve = request.POST.get("decision") == "approve"
    try:
        services.application_decide(request.user, app, approve, request.POST.get("reason", ""), today())
    except KechuangError as exc:
        return _batch_page(request, app.batch, error=exc, form=request.POST)
    messages.success(request, f"已{'发券' if approve else '退回'}:“{app.enterprise.name}”{wan(app.amount)} 万元")
    return redirect("kc-voucher-batch", pk=app.batch_id)


def _files(request, name: str) -> list[Evidence]:
    return [Evidence(f.name, f.read()) for f in request.FILES.getlist(name)]


@login_required
@require_POST
def redeem_view(request, pk: int):
    voucher = selectors.voucher_for_user(request.user, pk)
    _manage_batch_of(request, voucher.batch)
    data = redeem.RedemptionInput(
        contract_no=request.POST.get("contract_no", ""), contract_amount=request.POST.get("contract_amount", ""),
        invoice_no=request.POST.get("invoice_no", ""), invoice_amount=request.POST.get("invoice_amount", ""),
        amount=request.POST.get("amount", ""), contract_files=_files(request, "contract_files"),
        invoice_files=_files(request, "invoice_files"))
    try:
        done = redeem.redemption_record(request.user, voucher, data, today())
    except KechuangError as exc:
        return _batch_page(request, voucher.batch, error=exc, form=request.POST)
    messages.success(request, f"已核销创新券 {voucher.code}:抵扣 {wan(done.covered)} 万元")
    return redirect("kc-voucher-batch", pk=voucher.batch_id)


@login_required
@require_POST
def settle(request, pk: int):
    found = selectors.redemption_for_user(request.user, pk)
    batch = found.voucher.batch
    _manage_batch_of(request, batch)
    try:
        redeem.redemption_settle(request.user, found, request.POST.get("paid_on", ""),
                                 request.POST.get("reference", ""), today())
    except KechuangError as exc:
        return _batch_page(request, batch, error=exc, form=request.POST)
    messages.success(request, f"已兑付 {wan(found.covered)} 万元(发票 {found.invoice_no})")
    return redirect("kc-voucher-batch", pk=batch.pk)


@login_required
@require_POST
def release(request, pk: int):
    batch = selectors.batch_for_user(request.user, pk)
    _manage_batch_of(request, batch)
    done = expiry.expired_release(request.user, batch, today())
    messages.success(request, f"已收回 {done.vouchers} 张逾期创新券的余额 {wan(done.amount)} 万元,可再发放")
    return redirect("kc-voucher-batch", pk=batch.pk)


@login_required
@require_GET
def ledger(request, pk: int):
    batch = selectors.batch_for_user(request.user, pk)
    if not can_view_region(request.user, batch.region_id):
        raise PermissionDenied
    response = HttpResponse(ledger_xlsx(batch),
                            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    filename = f"创新券台账-{batch.title}-{today()}.xlsx"
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(filename)}"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def providers(request):
    region_id = region_id_of(request.user)
    if region_id is None or not can_view_region(request.user, region_id):
        raise PermissionDenied
    error, form = None, None
    if request.method == "POST":
        try:
            made = services.provider_create(request.user, _own_region(request), request.POST.get("name", ""),
                                            request.POST.get("uscc", ""), request.POST.get("kind", ""))
        except KechuangError as exc:
            error, form = exc, request.POST
        else:
            messages.success(request, f"已加入服务机构“{made.name}”")
            return redirect("kc-voucher-providers")
    return render(request, "kechuang/vouchers/providers.html", {
        "providers": selectors.providers_for(region_id), "kinds": PROVIDER_KINDS, "error": error, "form": form,
        "can_manage": can_manage_region(request.user, region_id)}, status=http_status(error) if error else 200)


@login_required
@require_GET
def file_download(request, pk: int):
    row = get_object_or_404(RedemptionFile.objects.select_related("redemption"), pk=pk)
    selectors.redemption_for_user(request.user, row.redemption_id)  # 404 for anyone who may not see it
    try:
        handle = row.file.open("rb")
    except OSError:
        return error_page(request, KechuangError("KC-WEB-NOTFOUND", f"文件“{row.name}”已丢失"), status=404)
    if not handle:
        raise Http404
    return FileResponse(handle, as_attachment=True, filename=row.name)
