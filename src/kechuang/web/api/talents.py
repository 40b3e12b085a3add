"""API of the 人才库 and the 科技特派员 work: talents (list, read, create; ID and telephone numbers in full for the
region's bureau only, masked for everyone else), assignments, service logs (multipart, with photos checked to be
images), evaluations. Same services and permissions as the pages."""

from __future__ import annotations

from datetime import date

from django.http import HttpResponse
from ninja import File, Form, Router, Schema, Status, UploadedFile

from kechuang.web.accounts.models import Region
from kechuang.web.clock import today
from kechuang.web.talents import services, specialists
from kechuang.web.talents.access import library_region_id, own_talent_id, talent_for_user
from kechuang.web.talents.photos import Photo
from kechuang.web.talents.selectors import log_list, shown, talent_list

from .pages import page_rows
from .schemas import ErrorOut, StrictIn

router = Router(tags=["talents"])
ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 413: ErrorOut}
LIMIT = 500


class TalentIn(StrictIn):
    name: str
    categories: list[str]
    gender: str = ""
    birth_year: int | None = None
    id_number: str = ""
    title: str = ""
    affiliation: str = ""
    fields: list[str] = []
    expertise: str = ""
    contact: str = ""
    entered_on: date | None = None


class TalentOut(Schema):
    id: int
    name: str
    region_code: str
    categories: list[str]
    gender: str
    birth_year: int | None
    id_number: str  # masked (110***********123X) unless the caller is the bureau of the talent's region
    id_number_masked: bool
    title: str
    affiliation: str
    fields: list[str]
    expertise: str
    contact: str
    entered_on: date
    left_on: date | None
    version: int


class AssignmentIn(StrictIn):
    target_kind: str
    target_name: str = ""
    village_id: int | None = None
    enterprise_id: int | None = None
    town: str = ""
    starts_on: date
    ends_on: date | None = None
    note: str = ""


class AssignmentOut(Schema):
    id: int
    specialist_id: int
    target_kind: str
    target_name: str
    town: str
    starts_on: date
    ends_on: date | None


class LogOut(Schema):
    id: int
    assignment_id: int
    specialist_id: int
    on: date
    place: str
    kind: str
    text: str
    people_trained: int
    photos: list[str]


class EvaluationIn(StrictIn):
    year: int
    grade: str
    comment: str = ""


def _out(user, t) -> dict:
    shown(user, t)
    return {"id": t.pk, "name": t.name, "region_code": t.region.code, "categories": t.category_names,
            "gender": t.gender, "birth_year": t.birth_year, "id_number": t.id_shown,
            "id_number_masked": not t.personal_full, "title": t.title, "affiliation": t.affiliation,
            "fields": t.field_list, "expertise": t.expertise, "contact": t.contact_shown, "entered_on": t.entered_on,
            "left_on": t.left_on, "version": t.version}


def _log_out(g) -> dict:
    from django.urls import reverse

    return {"id": g.pk, "assignment_id": g.assignment_id, "specialist_id": g.specialist_id, "on": g.on,
            "place": g.place, "kind": g.get_kind_display(), "text": g.text, "people_trained": g.people_trained,
            "photos": [reverse("kc-service-photo", args=[p.pk]) for p in g.photos.all()]}


@router.get("/talents", response={200: list[TalentOut], **ERRORS}, summary="人才库(可按关键词、类别、领域、状态筛选)")
def talents_list(request, q: str = "", category: str = "", field: str = "", state: str = "",
                 response: HttpResponse = None):
    if own_talent_id(request.user) is None:
        library_region_id(request.user)
    rows = talent_list(request.user, q=q, category=category, field=field, state=state)
    return [_out(request.user, t) for t in page_rows(request, response, rows, LIMIT)]


@router.post("/talents", response={201: TalentOut, **ERRORS}, summary="登记人才(身份证号按国家标准校验)")
def talents_create(request, body: TalentIn):
    region_id = library_region_id(request.user, manage=True)
    talent = services.talent_create(request.user, Region.objects.get(pk=region_id),
                                    services.TalentInput(**body.model_dump()), today())
    return Status(201, _out(request.user, talent))


@router.get("/talents/{talent_id}", response={200: TalentOut, **ERRORS}, summary="一位人才")
def talents_read(request, talent_id: int):
    return _out(request.user, talent_for_user(request.user, talent_id))


@router.post("/talents/{talent_id}/assignments", response={201: AssignmentOut, **ERRORS}, summary="选派科技特派员")
def assignments_create(request, talent_id: int, body: AssignmentIn):
    talent = talent_for_user(request.user, talent_id, manage=True)
    done = specialists.assignment_create(request.user, talent, specialists.AssignmentInput(**body.model_dump()),
                                         today())
    return Status(201, {k: getattr(done, k) for k in AssignmentOut.model_fields})


@router.post("/talents/{talent_id}/evaluations", response={201: dict, **ERRORS}, summary="特派员年度考核")
def evaluations_create(request, talent_id: int, body: EvaluationIn):
    talent = talent_for_user(request.user, talent_id, manage=True)
    done = specialists.evaluation_save(request.user, talent, body.year, body.grade, body.comment, today())
    return Status(201, {"year": done.year, "grade": done.get_grade_display(), "days_served": done.days_served,
                        "logs": done.logs, "people_trained": done.people_trained, "comment": done.comment})


@router.get("/service-logs", response={200: list[LogOut], **ERRORS}, summary="特派员服务记录")
def logs_list(request, specialist: str = "", kind: str = "", year: str = "", response: HttpResponse = None):
    if own_talent_id(request.user) is None:
        library_region_id(request.user)
    rows = log_list(request.user, specialist=specialist, kind=kind, year=year)
    return [_log_out(g) for g in page_rows(request, response, rows, LIMIT)]


@router.post("/service-logs", response={201: LogOut, **ERRORS}, summary="填写服务记录(multipart,照片须为图片)")
def logs_create(request, assignment_id: int = Form(...), on: str = Form(...), place: str = Form(...),
                kind: str = Form(...), text: str = Form(...), people_trained: str = Form("0"),
                photos: list[UploadedFile] = File(None)):  # noqa: B008
    data = specialists.LogInput(assignment_id, on, place, kind, text, people_trained,
                                [Photo(f.name, f.read()) for f in photos or []])
    return Status(201, _log_out(specialists.log_create(request.user, data, today())))
