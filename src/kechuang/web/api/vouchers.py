"""API of innovation vouchers (创新券): providers, batches, applications and their decision, vouchers,
redemptions (multipart, with the contract and invoice files) and settlement. Amounts are 万元 as exact decimal
text ("2.5"); inputs take text or numbers (``"1,234.5"`` too). Same services and permissions as the pages:
enterprise users see and apply only for their own enterprise."""

from __future__ import annotations

from datetime import date, datetime

from django.core.exceptions import PermissionDenied
from ninja import File, Form, Router, Schema, Status, UploadedFile

from kechuang.web.accounts.models import Region
from kechuang.web.accounts.permissions import can_manage_region, can_view_region, region_id_of
from kechuang.web.clock import today
from kechuang.web.supervision.services import Evidence
from kechuang.web.vouchers import expiry, redeem, selectors, services
from kechuang.web.vouchers.models import Application, Batch, Redemption, Voucher
from kechuang.web.vouchers.money import wan

from .schemas import ErrorOut, StrictIn

router = Router(tags=["vouchers"])
ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 413: ErrorOut}
Amount = str | float | int


class ProviderIn(StrictIn):
    name: str
    uscc: str = ""
    kind: str


class ProviderOut(Schema):
    id: int
    name: str
    uscc: str
    kind: str


class BatchIn(StrictIn):
    title: str
    budget: Amount
    share: int | str
    cap: Amount
    opens_on: str
    closes_on: str
    valid_days: int | str = 180
    reserve_only: bool = False
    sizes: list[str] = []
    provider_ids: list[int]


class BatchOut(Schema):
    id: int
    title: str
    region: str
    budget: str
    issued: str
    unissued: str
    redeemed: str
    settled: str
    share: int
    cap: str
    opens_on: date
    closes_on: date
    valid_days: int
    reserve_only: bool
    sizes: list[str]
    provider_ids: list[int]
    is_demo: bool


class ApplicationIn(StrictIn):
    provider_id: int
    service: str
    amount: Amount
    enterprise_id: int | None = None


class ApplicationOut(Schema):
    id: int
    batch_id: int
    enterprise_id: int
    enterprise: str
    provider_id: int
    service: str
    amount: str
    status: str
    reason: str
    applied_at: datetime
    voucher_id: int | None = None


class DecisionIn(StrictIn):
    approve: bool
    reason: str = ""


class VoucherOut(Schema):
    id: int
    code: str
    batch_id: int
    enterprise_id: int
    enterprise: str
    amount: str
    remaining: str
    valid_until: date
    released_at: datetime | None = None


class ReleasedOut(Schema):
    vouchers: int
    amount: str


class RedemptionOut(Schema):
    id: int
    voucher_id: int
    voucher: str
    provider: str
    contract_no: str
    contract_amount: str
    invoice_no: str
    invoice_amount: str
    covered: str
    recorded_at: datetime
    settled_on: date | None = None
    settlement_ref: str = ""
    files: list[str] = []


class SettleIn(StrictIn):
    paid_on: str
    reference: str


def _batch_out(b: Batch) -> dict:
    totals = {k: wan(v) for k, v in selectors.batch_totals(b).items()}
    return {"id": b.pk, "title": b.title, "region": b.region.name, **totals, "share": b.share, "cap": wan(b.cap),
            "opens_on": b.opens_on, "closes_on": b.closes_on, "valid_days": b.valid_days,
            "reserve_only": b.reserve_only, "sizes": list(b.sizes),
            "provider_ids": [p.pk for p in b.providers.all()], "is_demo": b.is_demo}


def _application_out(a: Application) -> dict:
    voucher = getattr(a, "voucher", None)
    return {"id": a.pk, "batch_id": a.batch_id, "enterprise_id": a.enterprise_id, "enterprise": a.enterprise.name,
            "provider_id": a.provider_id, "service": a.service, "amount": wan(a.amount), "status": a.status,
            "reason": a.reason, "applied_at": a.applied_at, "voucher_id": voucher.pk if voucher else None}


def _voucher_out(v: Voucher) -> dict:
    return {"id": v.pk, "code": v.code, "batch_id": v.batch_id, "enterprise_id": v.enterprise_id,
            "enterprise": v.enterprise.name, "amount": wan(v.amount), "remaining": wan(v.remaining),
            "valid_until": v.valid_until, "released_at": v.released_at}


def _redemption_out(r: Redemption) -> dict:
    return {"id": r.pk, "voucher_id": r.voucher_id, "voucher": r.voucher.code, "provider": r.provider.name,
            "contract_no": r.contract_no, "contract_amount": wan(r.contract_amount), "invoice_no": r.invoice_no,
            "invoice_amount": wan(r.invoice_amount), "covered": wan(r.covered), "recorded_at": r.recorded_at,
            "settled_on": r.settled_on, "settlement_ref": r.settlement_ref,
            "files": [f"{f.get_kind_display()}:{f.name}" for f in r.files.all()]}


def _region_viewed(request) -> int:
    region_id = region_id_of(request.user)
    if region_id is None or not can_view_region(request.user, region_id):
        raise PermissionDenied
    return region_id


def _region_managed(request) -> Region:
    region_id = region_id_of(request.user)
    if region_id is None or not can_manage_region(request.user, region_id):
        raise PermissionDenied
    return Region.objects.get(pk=region_id)


def _managed_batch(request, batch: Batch) -> None:
    if not selectors.can_manage_batch(request.user, batch):
        raise PermissionDenied


@router.get("/vouchers/providers", response={200: list[ProviderOut], **ERRORS}, summary="服务机构名单")
def provider_list(request):
    return list(selectors.providers_for(_region_viewed(request)))


@router.post("/vouchers/providers", response={201: ProviderOut, **ERRORS}, summary="添加服务机构")
def provider_add(request, body: ProviderIn):
    provider = services.provider_create(request.user, _region_managed(request), body.name, body.uscc, body.kind)
    return Status(201, provider)


@router.get("/vouchers/batches", response={200: list[BatchOut], **ERRORS}, summary="创新券批次")
def batch_list(request):
    if not selectors.can_use_vouchers(request.user):
        raise PermissionDenied
    return [_batch_out(b) for b in selectors.batches_visible(request.user).select_related("region")
            .prefetch_related("providers")]


@router.post("/vouchers/batches", response={201: BatchOut, **ERRORS}, summary="开设创新券批次")
def batch_add(request, body: BatchIn):
    data = services.BatchInput(title=body.title, budget=str(body.budget), share=str(body.share), cap=str(body.cap),
                               opens_on=body.opens_on, closes_on=body.closes_on, valid_days=body.valid_days,
                               reserve_only=body.reserve_only, sizes=body.sizes, provider_ids=body.provider_ids)
    return Status(201, _batch_out(services.batch_create(request.user, _region_managed(request), data)))


@router.get("/vouchers/batches/{batch_id}", response={200: BatchOut, **ERRORS}, summary="批次详情(预算与进度)")
def batch_detail(request, batch_id: int):
    return _batch_out(selectors.batch_for_user(request.user, batch_id))


@router.post("/vouchers/batches/{batch_id}/release", response={200: ReleasedOut, **ERRORS},
             summary="收回逾期创新券的未用余额(回到可发放预算)")
def batch_release(request, batch_id: int):
    batch = selectors.batch_for_user(request.user, batch_id)
    _managed_batch(request, batch)
    done = expiry.expired_release(request.user, batch, today())
    return {"vouchers": done.vouchers, "amount": wan(done.amount)}


@router.get("/vouchers/batches/{batch_id}/applications", response={200: list[ApplicationOut], **ERRORS},
            summary="批次的申请(企业用户只见本企业)")
def application_list(request, batch_id: int):
    batch = selectors.batch_for_user(request.user, batch_id)
    return [_application_out(a) for a in selectors.applications_for(request.user, batch)]


@router.post("/vouchers/batches/{batch_id}/applications", response={201: ApplicationOut, **ERRORS},
             summary="申请创新券")
def application_add(request, batch_id: int, body: ApplicationIn):
    batch = selectors.batch_for_user(request.user, batch_id)
    data = services.ApplicationInput(body.provider_id, body.service, str(body.amount), body.enterprise_id)
    return Status(201, _application_out(services.application_submit(request.user, batch, data, today())))


@router.post("/vouchers/applications/{application_id}/decide", response={200: ApplicationOut, **ERRORS},
             summary="审核申请:同意即发券,不同意须说明理由")
def application_decide(request, application_id: int, body: DecisionIn):
    app = selectors.application_for_user(request.user, application_id)
    _managed_batch(request, app.batch)
    return _application_out(services.application_decide(request.user, app, body.approve, body.reason, today()))


@router.get("/vouchers/vouchers", response={200: list[VoucherOut], **ERRORS}, summary="创新券(企业用户只见本企业)")
def voucher_list(request):
    return [_voucher_out(v) for v in selectors.vouchers_visible(request.user)]


@router.get("/vouchers/vouchers/{voucher_id}", response={200: VoucherOut, **ERRORS}, summary="创新券详情")
def voucher_detail(request, voucher_id: int):
    return _voucher_out(selectors.voucher_for_user(request.user, voucher_id))


@router.post("/vouchers/vouchers/{voucher_id}/redemptions", response={201: RedemptionOut, **ERRORS},
             summary="核销(代服务机构登记合同与发票,附文件)")
def redemption_add(request, voucher_id: int, contract_no: str = Form(...), contract_amount: str = Form(...),
                   invoice_no: str = Form(...), invoice_amount: str = Form(...), amount: str = Form(""),
                   contract_files: list[UploadedFile] = File(None),  # noqa: B008
                   invoice_files: list[UploadedFile] = File(None)):  # noqa: B008
    voucher = selectors.voucher_for_user(request.user, voucher_id)
    _managed_batch(request, voucher.batch)
    data = redeem.RedemptionInput(contract_no, contract_amount, invoice_no, invoice_amount, amount,
                                  [Evidence(f.name, f.read()) for f in contract_files or []],
                                  [Evidence(f.name, f.read()) for f in invoice_files or []])
    return Status(201, _redemption_out(redeem.redemption_record(request.user, voucher, data, today())))


@router.get("/vouchers/redemptions", response={200: list[RedemptionOut], **ERRORS}, summary="核销记录")
def redemption_list(request):
    return [_redemption_out(r) for r in selectors.redemptions_visible(request.user).prefetch_related("files")]


@router.post("/vouchers/redemptions/{redemption_id}/settle", response={200: RedemptionOut, **ERRORS},
             summary="兑付(日期与凭证号)")
def redemption_settle(request, redemption_id: int, body: SettleIn):
    found = selectors.redemption_for_user(request.user, redemption_id)
    _managed_batch(request, found.voucher.batch)
    return _redemption_out(redeem.redemption_settle(request.user, found, body.paid_on, body.reference, today()))
