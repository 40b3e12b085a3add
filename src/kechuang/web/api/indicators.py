"""The API of indicator data: the catalog, observations (read with the pages' permissions, post single values),
imports (upload → preview with every row error → commit). Registered in ``routes.py`` with one line."""

from __future__ import annotations

from datetime import datetime

from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from ninja import File, Router, Schema, Status, UploadedFile

from kechuang.errors import KechuangError
from kechuang.indicators.cells import parse_quantity, parse_year, value_in_unit
from kechuang.web.accounts.models import Region
from kechuang.web.accounts.permissions import can_read_observations, can_write_observations, is_admin
from kechuang.web.api.schemas import ErrorOut, StrictIn
from kechuang.web.indicators.imports import import_confirm, import_upload, region_index
from kechuang.web.indicators.models import ImportBatch, Indicator, Observation
from kechuang.web.indicators.selectors import indicators_search, indicators_visible, readable_regions
from kechuang.web.indicators.services import observation_record

router = Router(tags=["indicators"])
ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}
MAX_ROWS = 10_000


class IndicatorOut(Schema):
    id: int
    code: str
    name: str
    unit: str
    direction: str
    group: str
    definition: str
    aliases: list[str]
    aggregation: str
    numerator: str
    denominator: str
    region_code: str | None
    version: int


class ObservationOut(Schema):
    id: int
    region: str
    region_code: str
    indicator: str
    period: int
    value: float
    unit: str
    version: int
    is_current: bool
    source_kind: str
    provenance: str
    is_demo: bool
    created_at: datetime


class ObservationIn(StrictIn):
    region: str  # code, name or short name
    indicator: str  # code or name
    period: int | str
    value: float | str
    note: str = ""


class BatchOut(Schema):
    id: int
    file_name: str
    status: str
    progress: int
    rows: int
    accepted: int
    rejected: int
    counts: dict
    errors: list[dict]
    sample: list[dict]
    failure: dict | None = None


class CommitIn(StrictIn):
    valid_rows: bool = False


def _indicator_out(i: Indicator) -> dict:
    return {**{f: getattr(i, f) for f in ("id", "code", "name", "unit", "direction", "group", "definition", "aliases",
                                          "aggregation", "numerator", "denominator", "version")},
            "region_code": i.region.code if i.region_id else None}


def _observation_out(o: Observation) -> dict:
    return {"id": o.pk, "region": o.region.name, "region_code": o.region.code, "indicator": o.indicator.code,
            "period": o.period, "value": o.value, "unit": o.indicator.unit, "version": o.version,
            "is_current": o.is_current, "source_kind": o.source_kind, "provenance": o.provenance(),
            "is_demo": o.is_demo, "created_at": o.created_at}


@router.get("/indicators", response=list[IndicatorOut], summary="指标目录(可按名称、别名、代码搜索,按类别筛选)")
def indicators_list(request, q: str = "", group: str = ""):
    return [_indicator_out(i) for i in indicators_search(request.user, q, group)]


@router.get("/indicators/{indicator_id}", response={200: IndicatorOut, **ERRORS}, summary="一项指标")
def indicators_read(request, indicator_id: int):
    return _indicator_out(get_object_or_404(indicators_visible(request.user).select_related("region"),
                                            pk=indicator_id))


def _region(text: str) -> Region:
    """By code, name or short name (灵寿); an unknown region is not found, an ambiguous name is a 400 naming both.
    A code or a full name that names one region is found by one query; only short names need the whole index."""
    exact = list(Region.objects.filter(Q(code=text.strip()) | Q(name=text.strip()))[:2])
    if len(exact) == 1:
        return exact[0]
    try:
        code = region_index(None).resolve(text)
    except ValueError as exc:
        if "歧义" in str(exc):
            raise KechuangError("KC-DATA-REGION", str(exc), field="region") from None
        raise Http404 from None
    return Region.objects.get(code=code)


@router.get("/observations", response={200: list[ObservationOut], **ERRORS},
            summary="观测值(当前值;history=true 含历史版本),按地区(代码或名称)、指标、年份筛选;只返回有权查看的地区")
def observations_list(request, region: str = "", indicator: str = "", year_from: int | None = None,
                      year_to: int | None = None, history: bool = False, limit: int = 1000):
    rows = Observation.objects.select_related("region", "indicator", "entered_by")
    if region:
        place = _region(region)
        if not can_read_observations(request.user, place.pk):
            raise Http404  # another county's data does not exist for this user
        rows = rows.filter(region=place)
    elif not is_admin(request.user):
        rows = rows.filter(region__in=readable_regions(request.user))
    if indicator:
        rows = rows.filter(indicator__code=indicator)
    if year_from is not None:
        rows = rows.filter(period__gte=year_from)
    if year_to is not None:
        rows = rows.filter(period__lte=year_to)
    if not history:
        rows = rows.filter(is_current=True)
    limit = max(1, min(limit, MAX_ROWS))
    return [_observation_out(o) for o in rows.order_by("region__code", "indicator__code", "period", "-version")[:limit]]


@router.get("/observations/{int:observation_id}", response={200: ObservationOut, **ERRORS}, summary="一个观测值")
def observations_read(request, observation_id: int):
    obs = get_object_or_404(Observation.objects.select_related("region", "indicator", "entered_by"),
                            pk=observation_id)
    if not can_read_observations(request.user, obs.region_id):
        raise Http404
    return _observation_out(obs)


@router.post("/observations", response={201: ObservationOut, 200: ObservationOut, **ERRORS},
             summary="报送一个数值(改变的数值保存为新版本,旧值保留;相同数值不重复保存)")
def observations_create(request, body: ObservationIn):
    region = _region(body.region)
    if not can_write_observations(request.user, region.pk):
        if can_read_observations(request.user, region.pk):
            raise KechuangError("KC-WEB-FORBIDDEN", "只有科技局(或管理员)可以报送指标数据")
        raise Http404
    indicator = indicators_visible(request.user).filter(code=body.indicator).first() or \
        indicators_visible(request.user).filter(name=body.indicator).first()
    if indicator is None:
        raise KechuangError("KC-DATA-INDICATOR", f"指标目录中没有「{body.indicator}」", field="indicator")
    try:
        period = parse_year(str(body.period))
        value, unit = parse_quantity(str(body.value))
        if value is None:
            raise ValueError("数值为空")
        value = value_in_unit(value, unit, indicator.unit)
    except ValueError as exc:
        raise KechuangError("KC-API-VALIDATION", str(exc), field="value") from None
    obs, changed = observation_record(region, indicator, period, value, source_kind="api", user=request.user,
                                      note=body.note[:255])
    return Status(201 if changed else 200, _observation_out(obs))


def _batch(request, batch_id: int) -> ImportBatch:
    batch = get_object_or_404(ImportBatch, pk=batch_id)
    if not is_admin(request.user) and batch.created_by_id != request.user.pk:
        raise Http404
    return batch


def _batch_out(b: ImportBatch) -> dict:
    return {f: getattr(b, f) for f in ("id", "file_name", "status", "progress", "rows", "accepted", "rejected",
                                       "counts", "errors", "sample", "failure")}


@router.post("/observations/imports", response={201: BatchOut, **ERRORS},
             summary="上传 xlsx/csv 预览:逐行校验(文件、行、列、原因)、新增/变更/相同计数;大文件在后台处理")
def imports_create(request, file: UploadedFile = File(...)):  # noqa: B008
    return Status(201, _batch_out(import_upload(request.user, file.name or "upload.csv", file.read())))


@router.get("/observations/imports/{batch_id}", response={200: BatchOut, **ERRORS}, summary="导入批次的状态与预览")
def imports_read(request, batch_id: int):
    return _batch_out(_batch(request, batch_id))


@router.post("/observations/imports/{batch_id}/commit", response={200: BatchOut, **ERRORS},
             summary="确认导入:有错误时全部不导入,除非 valid_rows=true(只导入有效行)")
def imports_commit(request, batch_id: int, body: CommitIn):
    return _batch_out(import_confirm(request.user, _batch(request, batch_id), body.valid_rows))
