"""API of the enterprise registry: enterprises (list, read, create, update), yearly figures, the 高企 gap check,
the reserve and its stages, the 科小 self-evaluation. Same services and permissions as the pages: the bureau its
region's enterprises, leaders read, an enterprise user only its own enterprise (another id is 404)."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Router, Schema, Status
from pydantic import ConfigDict

from kechuang.enterprises.rd_items import item_key
from kechuang.errors import KechuangError
from kechuang.web.accounts.models import Region
from kechuang.web.clock import today
from kechuang.web.enterprises import checks, reserve, services, sme
from kechuang.web.enterprises.access import enterprise_for_user, enterprise_id_of, registry_region_id
from kechuang.web.enterprises.figures import FIGURE_FIELDS, RD_ITEM_PREFIX, year_checked
from kechuang.web.enterprises.models import ReserveEntry, YearFigures
from kechuang.web.enterprises.selectors import enterprise_list, reserve_entries

from .pages import page_rows
from .schemas import ErrorOut, Id, StrictIn, unsent_kept

router = Router(tags=["enterprises"])
ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}
LIMIT = 500


class EnterpriseIn(StrictIn):
    name: str
    uscc: str = ""
    address: str = ""
    industry_code: str = ""
    size: str = ""
    registered_on: date | None = None
    tech_field: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""


class EnterpriseOut(Schema):
    id: int
    name: str
    uscc: str
    uscc_warning: str
    region_code: str
    address: str
    industry_code: str
    size: str
    registered_on: date | None
    tech_field: str
    reserve_stage: str | None
    verified: bool
    version: int
    warnings: list[str] = []
    similar_ids: list[int] = []


class EnterpriseUpdate(EnterpriseIn):
    version: int

    answer: ClassVar[type[Schema]] = EnterpriseOut
    # reserve_stage (moved by the reserve's steps), uscc_warning, the last save's warnings: accepted as sent
    compared: ClassVar[frozenset[str]] = frozenset({"id", "region_code", "verified"})


class FiguresOut(Schema):
    year: int
    employees: float | None
    tech_staff: float | None
    sales_revenue: float | None
    total_revenue: float | None
    rd_expense: float | None
    rd_expense_domestic: float | None
    hitech_revenue: float | None
    net_assets: float | None
    total_assets: float | None
    cost_total: float | None
    rd_items: dict[str, float]
    source: str
    verified: bool
    version: int


Figure = str | float | None


class FiguresIn(StrictIn):
    """Numbers, or text with a unit (``1,234.5万元``, ``80人``); unknown items are refused."""

    model_config = ConfigDict(extra="forbid")
    employees: Figure = None
    tech_staff: Figure = None
    sales_revenue: Figure = None
    total_revenue: Figure = None
    rd_expense: Figure = None
    rd_expense_domestic: Figure = None
    hitech_revenue: Figure = None
    net_assets: Figure = None
    total_assets: Figure = None
    cost_total: Figure = None
    #: 研发费用明细 by item key or name (personnel / 人员人工费用 …), as the form takes them: the total and the
    #: domestic part follow from the items. Left out: the stored items stay; {}: they are cleared.
    rd_items: dict[str, Figure] | None = None

    answer: ClassVar[type[Schema]] = FiguresOut  # version: the one read (a newer one is a 409)
    compared: ClassVar[frozenset[str]] = frozenset({"year", "source", "verified"})


class SmeIn(StrictIn):
    model_config = ConfigDict(extra="forbid")
    year: int
    employees: Figure = None
    tech_staff: Figure = None
    sales_revenue: Figure = None
    rd_expense: Figure = None
    cost_total: Figure = None
    total_assets: Figure = None
    sme_resident: bool = False
    sme_eligible_industry: bool = False
    sme_no_violation: bool = False
    sme_direct: str = ""


class ReserveOut(Schema):
    id: int
    enterprise_id: int
    enterprise: str
    stage: str
    via: str
    entered_on: date
    certificate_no: str
    certified_on: date | None
    expires_on: date | None


class ReserveIn(StrictIn):
    enterprise_id: Id
    on: date | None = None
    via: str = "bureau"
    note: str = ""


class MoveIn(StrictIn):
    stage: str
    on: date | None = None
    certificate_no: str = ""
    note: str = ""


def _out(e, saved: services.Saved | None = None) -> dict:
    try:
        stage = e.reserve.stage
    except ReserveEntry.DoesNotExist:
        stage = None
    return {**{k: getattr(e, k) for k in ("id", "name", "uscc", "uscc_warning", "address", "industry_code", "size",
                                          "registered_on", "tech_field", "version")},
            "region_code": e.region.code, "reserve_stage": stage, "verified": e.verified_at is not None,
            "warnings": saved.warnings if saved else [], "similar_ids": [s.pk for s in saved.similar] if saved else []}


def _figures_out(row) -> dict:
    return {"year": row.year, **{k: getattr(row, k) for k in FIGURE_FIELDS}, "rd_items": row.rd_items or {},
            "source": row.source,
            "verified": row.verified_at is not None, "version": row.version}


def _reserve_out(entry: ReserveEntry) -> dict:
    return {f: getattr(entry, f) for f in ("id", "enterprise_id", "stage", "via", "entered_on", "certificate_no",
                                           "certified_on", "expires_on")} | {"enterprise": entry.enterprise.name}


@router.get("/enterprises", response=list[EnterpriseOut], summary="企业名录(可按名称/代码、行业、规模、后备库阶段筛选)")
def enterprises_list(request, q: str = "", industry: str = "", size: str = "", stage: str = "",
                     response: HttpResponse = None):
    rows = enterprise_list(request.user, q=q, industry=industry, size=size, stage=stage)
    return [_out(e) for e in page_rows(request, response, rows, LIMIT)]


@router.post("/enterprises", response={201: EnterpriseOut, **ERRORS}, summary="登记企业(校验统一社会信用代码,查重)")
def enterprises_create(request, body: EnterpriseIn):
    region_id = registry_region_id(request.user, manage=True)
    if region_id is None:
        raise PermissionDenied
    saved = services.enterprise_create(request.user, Region.objects.get(pk=region_id),
                                       services.EnterpriseInput(**body.model_dump()), today())
    return Status(201, _out(saved.enterprise, saved))


@router.get("/enterprises/{enterprise_id}", response={200: EnterpriseOut, **ERRORS}, summary="一家企业")
def enterprises_read(request, enterprise_id: int):
    return _out(enterprise_for_user(request.user, enterprise_id))


@router.put("/enterprises/{enterprise_id}", response={200: EnterpriseOut, **ERRORS}, summary="修改企业(带版本号)")
def enterprises_update(request, enterprise_id: int, body: EnterpriseUpdate):
    enterprise = enterprise_for_user(request.user, enterprise_id, manage=True)
    body.unchanged(_out(enterprise))
    data = unsent_kept(body, enterprise, ("contact_name", "contact_phone", "contact_email"))  # not in the GET
    version = data.pop("version")
    saved = services.enterprise_update(request.user, enterprise, services.EnterpriseInput(**data), version, today())
    saved.enterprise.refresh_from_db()
    return _out(saved.enterprise, saved)


def _rd_item_fields(items: dict) -> dict:
    """The API's ``rd_items`` as the form's fields (``rd_item_personnel`` …); an unknown item named on rd_items."""
    try:
        return {RD_ITEM_PREFIX + item_key(name): value for name, value in items.items()}
    except KechuangError as exc:
        raise KechuangError(exc.code, exc.message_zh, field="rd_items") from None


@router.get("/enterprises/{enterprise_id}/figures", response={200: list[FiguresOut], **ERRORS}, summary="年度数据")
def figures_list(request, enterprise_id: int):
    return [_figures_out(y) for y in enterprise_for_user(request.user, enterprise_id).years.all()]


@router.put("/enterprises/{enterprise_id}/figures/{year}", response={200: FiguresOut, **ERRORS},
            summary="填报一年的数据(万元;可写 1,234.5万元)")
def figures_put(request, enterprise_id: int, year: int, body: FiguresIn):
    enterprise = enterprise_for_user(request.user, enterprise_id, figures=True)
    year = year_checked(year)
    stored = enterprise.years.filter(year=year).first()
    body.unchanged(_figures_out(stored or YearFigures(year=year)), stored_version=stored is not None)
    own = enterprise_id_of(request.user) == enterprise.pk
    raw = body.model_dump(exclude={"rd_items"}) | _rd_item_fields(body.rd_items or {})
    row, _ = services.figures_save(request.user, enterprise, year, raw, source="enterprise" if own else "api",
                                   keep_items=body.rd_items is None)
    return _figures_out(row)


@router.get("/enterprises/{enterprise_id}/check", response={200: dict, **ERRORS},
            summary="高企认定体检(as_of 默认今天):各条件、差距、最早可申报年度")
def check_read(request, enterprise_id: int, as_of: date | None = None):
    enterprise = enterprise_for_user(request.user, enterprise_id)
    return checks.hitech_run(request.user, enterprise, as_of or today(), store=False).to_dict()


@router.post("/enterprises/{enterprise_id}/check", response={201: dict, **ERRORS}, summary="体检并保存结果")
def check_store(request, enterprise_id: int, as_of: date | None = None):
    enterprise = enterprise_for_user(request.user, enterprise_id, manage=True)
    return Status(201, checks.hitech_run(request.user, enterprise, as_of or today()).to_dict())


@router.get("/reserve", response=list[ReserveOut], summary="高企后备培育库")
def reserve_list(request):
    registry_region_id(request.user)
    return [_reserve_out(e) for e in reserve_entries(request.user).select_related("enterprise")]


@router.post("/reserve", response={201: ReserveOut, **ERRORS}, summary="企业入库")
def reserve_create(request, body: ReserveIn):
    enterprise = enterprise_for_user(request.user, body.enterprise_id, manage=True)
    entry = reserve.reserve_enter(request.user, enterprise, body.on or today(), body.via, body.note, today=today())
    return Status(201, _reserve_out(entry))


@router.post("/reserve/{entry_id}/move", response={200: ReserveOut, **ERRORS}, summary="转入下一阶段")
def reserve_move(request, entry_id: int, body: MoveIn):
    entry = get_object_or_404(ReserveEntry.objects.select_related("enterprise"), pk=entry_id)
    enterprise_for_user(request.user, entry.enterprise_id, manage=True)
    moved = reserve.reserve_move(request.user, entry, reserve.MoveInput(body.stage, body.on or today(),
                                                                         body.certificate_no, body.note), today())
    return _reserve_out(moved)


@router.post("/enterprises/{enterprise_id}/sme", response={201: dict, **ERRORS}, summary="科小自评(计算并保存)")
def sme_create(request, enterprise_id: int, body: SmeIn):
    enterprise = enterprise_for_user(request.user, enterprise_id, figures=True)
    raw = {k: ("yes" if v is True else "" if v in (False, None) else v) for k, v in body.model_dump().items()}
    evaluation = sme.sme_submit(request.user, enterprise, raw)
    return Status(201, {"id": evaluation.id, "year": evaluation.year, "score": evaluation.score, **evaluation.result})
