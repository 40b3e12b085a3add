"""API of the 载体/平台 library: list (filters), read, create, update (with its version), yearly evaluations.
Same services and permissions as the pages: enterprise users see the carriers their enterprise hosts."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from django.http import HttpResponse
from ninja import Router, Schema, Status

from kechuang.web.accounts.models import Region
from kechuang.web.carriers import services
from kechuang.web.carriers.access import carrier_for_user, list_region_id
from kechuang.web.carriers.selectors import carrier_list
from kechuang.web.clock import today

from .pages import page_rows
from .schemas import ErrorOut, StrictIn, unsent_kept

router = Router(tags=["carriers"])
ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}
LIMIT = 500


class CarrierIn(StrictIn):
    name: str
    kind: str  # code or Chinese name (孵化器)
    level: str  # code or Chinese name (省级)
    host_name: str = ""
    host_enterprise_id: int | None = None
    recognised_on: date
    document_no: str = ""
    fields: str = ""
    status: str = "active"
    revoked_on: date | None = None
    note: str = ""


class CarrierOut(Schema):
    id: int
    name: str
    region_code: str
    kind: str
    kind_name: str
    level: str
    level_name: str
    host_name: str
    host_enterprise_id: int | None
    recognised_on: date
    document_no: str
    fields: str
    status: str
    revoked_on: date | None
    evaluations: list[dict]
    version: int


class CarrierUpdate(CarrierIn):
    version: int

    answer: ClassVar[type[Schema]] = CarrierOut  # kind_name, level_name, evaluations: derived, accepted as sent
    compared: ClassVar[frozenset[str]] = frozenset({"id", "region_code"})


class EvaluationIn(StrictIn):
    year: int
    result: str
    note: str = ""


def _out(c) -> dict:
    return {**{k: getattr(c, k) for k in ("id", "name", "kind", "level", "host_name", "host_enterprise_id",
                                          "recognised_on", "document_no", "fields", "status", "revoked_on",
                                          "version")},
            "region_code": c.region.code, "kind_name": c.get_kind_display(), "level_name": c.get_level_display(),
            "evaluations": [{"year": e.year, "result": e.get_result_display(), "note": e.note}
                            for e in c.evaluations.all()]}


@router.get("/carriers", response={200: list[CarrierOut], **ERRORS},
            summary="载体/平台(可按关键词、类型、级别、状态筛选)")
def carriers_list(request, q: str = "", kind: str = "", level: str = "", status: str = "",
                  response: HttpResponse = None):
    list_region_id(request.user)
    rows = carrier_list(request.user, q=q, kind=kind, level=level, status=status).prefetch_related("evaluations")
    return [_out(c) for c in page_rows(request, response, rows, LIMIT)]


@router.post("/carriers", response={201: CarrierOut, **ERRORS}, summary="登记载体")
def carriers_create(request, body: CarrierIn):
    region_id = list_region_id(request.user, manage=True)
    carrier = services.carrier_create(request.user, Region.objects.get(pk=region_id),
                                      services.CarrierInput(**body.model_dump()), today())
    return Status(201, _out(carrier))


@router.get("/carriers/{carrier_id}", response={200: CarrierOut, **ERRORS}, summary="一个载体")
def carriers_read(request, carrier_id: int):
    return _out(carrier_for_user(request.user, carrier_id))


@router.put("/carriers/{carrier_id}", response={200: CarrierOut, **ERRORS}, summary="修改载体(带版本号)")
def carriers_update(request, carrier_id: int, body: CarrierUpdate):
    carrier = carrier_for_user(request.user, carrier_id, manage=True)
    body.unchanged(_out(carrier))
    data = unsent_kept(body, carrier, ("note",))  # the GET does not show the note
    version = data.pop("version")
    return _out(services.carrier_update(request.user, carrier, services.CarrierInput(**data), version, today()))


@router.post("/carriers/{carrier_id}/evaluations", response={201: CarrierOut, **ERRORS}, summary="年度评价")
def evaluations_create(request, carrier_id: int, body: EvaluationIn):
    carrier = carrier_for_user(request.user, carrier_id, manage=True)
    services.evaluation_save(request.user, carrier, body.year, body.result, body.note, today())
    return Status(201, _out(carrier))
