"""API of the transfer libraries: demands, achievements, their matches (with the reasons) and 对接. Same
services, selectors and permissions as the pages: enterprise users read and write only their own enterprise's
demands, read the achievements, never other enterprises' demands or 对接. Amounts are 万元 as decimal text."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from ninja import File, Form, Router, Schema, Status, UploadedFile

from kechuang.web.supervision.services import Evidence
from kechuang.web.transfer import access, dockings, matching, selectors, services
from kechuang.web.transfer.models import Achievement, Demand, Docking
from kechuang.web.vouchers.money import wan

from .pages import page_rows
from .schemas import ErrorOut, StrictIn

router = Router(tags=["transfer"])
ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 413: ErrorOut}
LIMIT = 200
Amount = str | float | int | None


class DemandOut(Schema):
    id: int
    title: str
    problem: str
    enterprise_id: int
    enterprise: str
    fields: list[str]
    budget: str
    deadline: date | None = None
    maturity: int | None = None
    contact: str
    status: str
    is_demo: bool


class DemandIn(StrictIn):
    title: str
    problem: str
    fields: list[str] | str = []
    budget: Amount = None
    deadline: str | None = ""  # the GET answers null for none
    maturity: int | str | None = None
    contact: str = ""
    status: str = Demand.OPEN
    enterprise_id: int | None = None

    answer: ClassVar[type[Schema]] = DemandOut  # enterprise (its name): derived, accepted as sent
    compared: ClassVar[frozenset[str]] = frozenset({"id", "is_demo"})


class DemandUpdate(DemandIn):
    fixed: ClassVar[frozenset[str]] = frozenset({"enterprise_id"})  # a demand stays its enterprise's


class AchievementOut(Schema):
    id: int
    title: str
    holder: str
    holder_kind: str
    summary: str
    fields: list[str]
    maturity: int | None = None
    ip: str
    modes: list[str]
    price: str
    status: str
    enterprise_id: int | None = None  # the holder when it is an enterprise of the registry
    is_demo: bool


class AchievementIn(StrictIn):
    title: str
    holder: str
    holder_kind: str
    summary: str
    fields: list[str] | str = []
    maturity: int | str | None = None
    ip: str = ""
    modes: list[str] = []
    price: Amount = None
    status: str = Achievement.AVAILABLE
    enterprise_id: int | None = None

    answer: ClassVar[type[Schema]] = AchievementOut
    compared: ClassVar[frozenset[str]] = frozenset({"id", "is_demo"})


class PartOut(Schema):
    label: str
    value: float
    detail: str


class MatchOut(Schema):
    kind: str
    id: str
    title: str
    url: str
    score: float
    shared_terms: list[str]
    shared_fields: list[str]
    shared_concepts: list[str]
    parts: list[PartOut]
    title_html: str
    text_html: str


class DockingOut(Schema):
    id: int
    demand_id: int
    partner_kind: str
    achievement_id: int | None = None
    partner: str
    held_on: date
    form: str
    outcome: str
    contract_no: str
    contract_amount: str
    signed_on: date | None = None
    registered: bool
    files: list[str]


def _demand_out(d: Demand, user) -> dict:
    return {"id": d.pk, "title": d.title, "problem": d.problem, "enterprise_id": d.enterprise_id,
            "enterprise": d.enterprise.name, "fields": d.fields, "budget": wan(d.budget), "deadline": d.deadline,
            "maturity": d.maturity, "contact": access.contact_shown(user, d), "status": d.status, "is_demo": d.is_demo}


def _achievement_out(a: Achievement) -> dict:
    return {"id": a.pk, "title": a.title, "holder": a.holder, "holder_kind": a.holder_kind, "summary": a.summary,
            "fields": a.fields, "maturity": a.maturity, "ip": a.ip, "modes": a.modes, "price": wan(a.price),
            "status": a.status, "enterprise_id": a.enterprise_id, "is_demo": a.is_demo}


def _match_out(h: matching.Hit) -> dict:
    return {"kind": h.kind, "id": h.record.id, "title": h.title, "url": h.url, "score": round(h.score, 4),
            "shared_terms": h.shared_terms, "shared_fields": h.shared_fields,
            "shared_concepts": h.shared_concepts,
            "parts": [{"label": p.label, "value": round(p.value, 4), "detail": p.detail} for p in h.parts],
            "title_html": str(h.title_html), "text_html": str(h.text_html)}


def _docking_out(d: Docking) -> dict:
    return {"id": d.pk, "demand_id": d.demand_id, "partner_kind": d.partner_kind, "achievement_id": d.achievement_id,
            "partner": d.partner_label(), "held_on": d.held_on, "form": d.form, "outcome": d.outcome,
            "contract_no": d.contract_no, "contract_amount": wan(d.contract_amount), "signed_on": d.signed_on,
            "registered": d.registered, "files": [f.name for f in d.files.all()]}


def _text(value) -> str:
    return "" if value is None else str(value)


def _demand_input(body: DemandIn) -> services.DemandInput:
    return services.DemandInput(title=body.title, problem=body.problem, fields=body.fields,
                                budget=_text(body.budget), deadline=body.deadline or "", maturity=_text(body.maturity),
                                contact=body.contact, status=body.status, enterprise_id=body.enterprise_id)


def _achievement_input(body: AchievementIn) -> services.AchievementInput:
    return services.AchievementInput(title=body.title, holder=body.holder, holder_kind=body.holder_kind,
                                     summary=body.summary, fields=body.fields, maturity=_text(body.maturity),
                                     ip=body.ip, modes=body.modes, price=_text(body.price), status=body.status,
                                     enterprise_id=body.enterprise_id)


@router.get("/transfer/demands", response={200: list[DemandOut], **ERRORS}, summary="技术需求(每次 200 条)")
def demand_list(request, q: str = "", status: str = "", field: str = "", response: HttpResponse = None):
    access.require_use(request.user)
    rows = selectors.demand_list(request.user, q=q, status=status, field=field)
    return [_demand_out(d, request.user) for d in page_rows(request, response, rows, LIMIT)]


@router.post("/transfer/demands", response={201: DemandOut, **ERRORS}, summary="登记技术需求")
def demand_add(request, body: DemandIn):
    access.require_use(request.user)
    body.unchanged(None)
    return Status(201, _demand_out(services.demand_create(request.user, _demand_input(body)), request.user))


@router.get("/transfer/demands/{pk}", response={200: DemandOut, **ERRORS}, summary="一项技术需求")
def demand_get(request, pk: int):
    return _demand_out(access.demand_for_user(request.user, pk), request.user)


@router.put("/transfer/demands/{pk}", response={200: DemandOut, **ERRORS}, summary="修改技术需求")
def demand_put(request, pk: int, body: DemandUpdate):
    demand = access.demand_for_user(request.user, pk, edit=True)
    body.unchanged(_demand_out(demand, request.user))
    return _demand_out(services.demand_update(request.user, demand, _demand_input(body)), request.user)


@router.get("/transfer/demands/{pk}/matches", response={200: list[MatchOut], **ERRORS},
            summary="可能解决该需求的成果、专家和特派员(含匹配理由)")
def demand_matches(request, pk: int):
    demand = access.demand_for_user(request.user, pk)
    hits = matching.matches_for_demand(request.user, demand)
    if not access.enterprise_id_of(request.user):
        hits += matching.people_for_demand(demand)
    return [_match_out(h) for h in hits]


@router.get("/transfer/achievements", response={200: list[AchievementOut], **ERRORS}, summary="科技成果")
def achievement_list(request, q: str = "", status: str = "", field: str = "", holder_kind: str = "",
                     response: HttpResponse = None):
    access.require_use(request.user)
    rows = selectors.achievement_list(request.user, q=q, status=status, field=field, holder_kind=holder_kind)
    return [_achievement_out(a) for a in page_rows(request, response, rows, LIMIT)]


@router.post("/transfer/achievements", response={201: AchievementOut, **ERRORS}, summary="登记科技成果")
def achievement_add(request, body: AchievementIn):
    region = access.require_manage_home(request.user)
    body.unchanged(None)
    return Status(201, _achievement_out(services.achievement_create(request.user, region, _achievement_input(body))))


@router.get("/transfer/achievements/{pk}", response={200: AchievementOut, **ERRORS}, summary="一项科技成果")
def achievement_get(request, pk: int):
    return _achievement_out(access.achievement_for_user(request.user, pk))


@router.put("/transfer/achievements/{pk}", response={200: AchievementOut, **ERRORS}, summary="修改科技成果")
def achievement_put(request, pk: int, body: AchievementIn):
    achievement = access.achievement_for_user(request.user, pk, edit=True)
    body.unchanged(_achievement_out(achievement))
    return _achievement_out(services.achievement_update(request.user, achievement, _achievement_input(body)))


@router.get("/transfer/achievements/{pk}/matches", response={200: list[MatchOut], **ERRORS},
            summary="该成果可能解决的技术需求(含匹配理由)")
def achievement_matches(request, pk: int):
    achievement = access.achievement_for_user(request.user, pk)
    return [_match_out(h) for h in matching.demands_for_achievement(request.user, achievement)]


@router.get("/transfer/search", response={200: list[MatchOut], **ERRORS}, summary="按需求描述查找成果")
def achievement_search(request, q: str):
    access.require_use(request.user)
    return [_match_out(h) for h in matching.search_achievements(request.user, q)]


@router.get("/transfer/dockings", response={200: list[DockingOut], **ERRORS}, summary="对接记录")
def docking_list(request, outcome: str = "", year: str = "", response: HttpResponse = None):
    access.require_use(request.user)
    rows = selectors.docking_list(request.user, outcome=outcome, year=year).prefetch_related("files")
    return [_docking_out(d) for d in page_rows(request, response, rows, LIMIT)]


@router.post("/transfer/demands/{pk}/dockings", response={201: DockingOut, **ERRORS},
             summary="登记对接(multipart,可附合同 PDF 或照片)")
def docking_add(request, pk: int, partner_kind: str = Form("achievement"), achievement_id: str = Form(""),
                partner_name: str = Form(""), partner_ref: str = Form(""), held_on: str = Form(...),
                form: str = Form(...), outcome: str = Form(...), note: str = Form(""), contract_no: str = Form(""),
                contract_amount: str = Form(""), signed_on: str = Form(""), registered: str = Form(""),
                files: list[UploadedFile] = File(None)):  # noqa: B008
    demand = access.demand_for_user(request.user, pk)
    if not access.can_manage(request.user, demand.region_id) or access.enterprise_id_of(request.user):
        raise PermissionDenied
    data = dockings.DockingInput(
        partner_kind=partner_kind, achievement_id=achievement_id, partner_name=partner_name, partner_ref=partner_ref,
        held_on=held_on, form=form, outcome=outcome, note=note, contract_no=contract_no,
        contract_amount=contract_amount, signed_on=signed_on, registered=registered,
        files=[Evidence(f.name, f.read()) for f in files or []])
    return Status(201, _docking_out(dockings.docking_record(request.user, demand, data)))
