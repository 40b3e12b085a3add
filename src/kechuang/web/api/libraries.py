"""API of the 科技计划项目库 and the search across libraries: projects (list, read, create with the duplicate
check — 409 with the suspects when a reason is needed), import (preview, or import with reasons), the batch check
(start, status, pairs) and search. Same services and permissions as the pages."""

from __future__ import annotations

from django.http import HttpResponse, JsonResponse
from django.utils.html import conditional_escape
from ninja import File, Form, Router, Status, UploadedFile

from kechuang.errors import KechuangError
from kechuang.web.accounts.models import Region
from kechuang.web.libraries import services
from kechuang.web.libraries.access import leader_masker, manage_region_id, project_for_user, require_reader
from kechuang.web.libraries.batch import batch_start
from kechuang.web.libraries.batch_views import batch_for_user
from kechuang.web.libraries.imports import import_commit, import_plan, upload_done, upload_keep, upload_path
from kechuang.web.libraries.search import search_all
from kechuang.web.libraries.selectors import project_list
from kechuang.web.params import digits

from .pages import page_rows
from .schemas import ErrorOut, StrictIn

router = Router(tags=["libraries"])
ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: dict}
LIMIT = 500


class ProjectIn(StrictIn):
    title: str
    applicant: str
    year: int
    summary: str = ""
    applicant_kind: str = "企业"
    leader: str = ""
    budget: str | float | None = None
    department_name: str = ""
    category: str = ""
    status: str = "申报"
    fields: str = ""
    outputs: str = ""
    reason: str = ""  # 不是重复立项 的理由 (required when a suspect is above the threshold)


def project_out(p, user, leader=None) -> dict:
    return {"id": p.pk, "title": p.title, "summary": p.summary, "applicant": p.applicant,
            "applicant_kind": p.get_applicant_kind_display(), "enterprise_id": p.enterprise_id,
            "leader": (leader or leader_masker(user))(p),
            "budget": p.budget, "year": p.year, "department_name": p.department_name, "category": p.category,
            "status": p.status, "status_name": p.get_status_display(),
            "status_on": p.status_on.isoformat() if p.status_on else None, "fields": p.field_list,
            "outputs": p.outputs, "region_code": p.region.code, "is_demo": p.is_demo, "version": p.version}


def duplicate_conflict(exc: services.DuplicateNeedsReason) -> JsonResponse:
    return JsonResponse({"error": exc.to_dict(), "suspects": [s.to_dict() for s in exc.suspects]}, status=409,
                        json_dumps_params={"ensure_ascii": False})


@router.get("/libraries/projects", response=list[dict], summary="科技计划项目(按年度、部门、状态、申报单位、文字筛选)")
def projects_list(request, q: str = "", year: str = "", department: str = "", status: str = "", applicant: str = "",
                  category: str = "", response: HttpResponse = None):
    require_reader(request.user)
    rows = project_list(request.user, q=q, year=year, department=department, status=status, applicant=applicant,
                        category=category).select_related("region")
    leader = leader_masker(request.user)
    return [project_out(p, request.user, leader) for p in page_rows(request, response, rows, LIMIT)]


@router.post("/libraries/projects", response={201: dict, **ERRORS},
             summary="录入项目(查重;相似度超过阈值而未填理由时返回 409 与相似项目)")
def projects_create(request, body: ProjectIn):
    region = Region.objects.get(pk=manage_region_id(request.user))
    values = body.dict()
    reason = values.pop("reason")
    try:
        saved = services.project_create(request.user, region, values, reason=reason)
    except services.DuplicateNeedsReason as exc:
        return duplicate_conflict(exc)
    return Status(201, {"project": project_out(saved.project, request.user),
                        "suspects": [s.to_dict() for s in saved.suspects], "reviews": len(saved.reviews)})


def _plan_out(plan) -> dict:
    return {"file": plan.file, "counts": plan.counts(), "errors": [e.to_dict() for e in plan.errors],
            "warnings": [w.to_dict() for w in plan.warnings],
            "suspect_rows": [{"row": r.row, "title": r.values["title"], "suspects": [s.to_dict() for s in r.suspects],
                              "in_file": [{"row": row, "score": round(score, 4)} for row, score in r.in_file]}
                             for r in plan.suspects]}


@router.post("/libraries/projects/import", response={200: dict, 201: dict, **ERRORS},
             summary="导入项目:preview=true 只预览;否则导入(疑似重复行需 reason_all 或 reasons 行号=理由)")
def projects_import(request, file: UploadedFile = File(...), preview: bool = Form(False),  # noqa: B008
                    valid_only: bool = Form(False), reason_all: str = Form(""), reasons: str = Form("")):
    region_id = manage_region_id(request.user)
    digest = upload_keep(request.user, file.read(), file.name or "upload.xlsx")
    path, name = upload_path(request.user, digest)
    plan = import_plan(region_id, path, name)
    if preview:
        return Status(200, _plan_out(plan))
    given = {}
    for pair in filter(None, (p.strip() for p in reasons.split(";"))):
        row, _, text = pair.partition("=")
        if not digits(row.strip()):
            raise KechuangError("KC-API-VALIDATION", f"reasons 应为“行号=理由”,以分号分隔:{pair[:40]}", field="reasons")
        given[int(row)] = text
    try:
        out = import_commit(request.user, Region.objects.get(pk=region_id), plan, valid_only, given, reason_all)
    except KechuangError as exc:
        if exc.code == "KC-LIB-DUPLICATE":
            return JsonResponse({"error": exc.to_dict(), **_plan_out(plan)}, status=409,
                                json_dumps_params={"ensure_ascii": False})
        raise
    upload_done(path)
    return Status(201, {"created": out.created, "skipped": out.skipped, "reviews": out.reviewed})


class BatchIn(StrictIn):
    year: int


def _batch_out(batch) -> dict:
    return {"id": batch.pk, "year": batch.year, "status": batch.status, "status_name": batch.get_status_display(),
            "progress": batch.progress, "stage": batch.stage, "applications": batch.applications,
            "error": batch.error, "pairs": batch.pairs.count() if batch.status == "done" else None}


@router.post("/libraries/projects/batches", response={202: dict, **ERRORS}, summary="开始某年度申报项目的批量查重")
def batches_start(request, body: BatchIn):
    region = Region.objects.get(pk=manage_region_id(request.user))
    batch = batch_start(request.user, region, body.year)
    batch.refresh_from_db()
    return Status(202, _batch_out(batch))


@router.get("/libraries/projects/batches/{batch_id}", response={200: dict, **ERRORS}, summary="批量查重的进度")
def batches_read(request, batch_id: int):
    return _batch_out(batch_for_user(request.user, batch_id))


@router.get("/libraries/projects/batches/{batch_id}/pairs", response={200: list[dict], **ERRORS},
            summary="批量查重的疑似重复项目对")
def batches_pairs(request, batch_id: int):
    batch = batch_for_user(request.user, batch_id)
    if batch.status != "done":
        raise KechuangError("KC-WEB-CONFLICT", f"批量查重尚未完成({batch.get_status_display()}),请稍后再取结果")
    return [{"id": p.pk, "project_id": p.project_id, "other_id": p.other_id, "score": round(p.score, 4),
             "explanation": p.explanation, "decision": p.decision, "reason": p.reason}
            for p in batch.pairs.all()[:LIMIT * 10]]


@router.get("/libraries/search", response={200: dict, **ERRORS}, summary="跨资源库检索")
def libraries_search(request, q: str, kind: str = "", year: int | None = None, limit: int = 20):
    require_reader(request.user)
    if not 1 <= limit <= 100:
        raise KechuangError("KC-API-VALIDATION", "limit 应在 1–100 之间", field="limit")
    results = search_all(request.user, q, kind=kind, year=year, limit=limit)
    # snippet and title_html are HTML in every hit (the projects' carry <mark>): the other libraries' plain text is
    # escaped here, so a client may show all of them as HTML
    hits = [{k: str(conditional_escape(v)) if k in ("snippet", "title_html") else v for k, v in h.items()}
            for h in results.hits]
    return {"query": results.query, "hits": hits, "kinds": results.kinds, "failed": results.failed}


# Last: the path parameter would take /libraries/projects/import and …/batches for ids.
@router.get("/libraries/projects/{project_id}", response={200: dict, **ERRORS}, summary="一个项目")
def projects_read(request, project_id: int):
    return project_out(project_for_user(request.user, project_id), request.user)
