"""The API of outcomes: a plan's target monitoring, a target's link, the cockpit's figures (same permissions as
the pages, the same error shape)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Router, Schema, Status

from kechuang.web.accounts.permissions import can_manage_region
from kechuang.web.api.schemas import ErrorOut, StrictIn
from kechuang.web.clock import today
from kechuang.web.cockpit.links import target_link_set
from kechuang.web.cockpit.monitor import TargetRow, plan_monitoring, summary
from kechuang.web.cockpit.page import cockpit_data_now
from kechuang.web.cockpit.views import cockpit_region, monitored_plan
from kechuang.web.plans.models import Target
from kechuang.web.plans.selectors import plan_for_user

router = Router(tags=["monitoring"])
RETRY_AFTER = 5  # seconds; a county's cockpit builds in about a second on the job queue
ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}


class TargetStatusOut(Schema):
    target_id: int
    task_id: int
    task_path: str
    target: str
    indicator: str | None = None
    indicator_name: str | None = None
    link_method: str
    link_score: float | None = None
    monitored: bool
    reason: str = ""
    latest_year: int | None = None
    latest_value: float | None = None
    provenance: str = ""
    attainment: float | None = None
    required_now: float | None = None
    projected: float | None = None
    projection_method: str = ""
    target_value: float | None = None
    target_year: int | None = None
    unit: str | None = None
    status: str = "unmonitored"  # green / yellow / red / done / unknown / unmonitored
    light: str = ""
    feasible: bool | None = None
    note: str = ""
    history: list[list[float]] = []
    is_demo: bool = False


class MonitoringOut(Schema):
    plan_id: int
    region: str
    summary: dict
    targets: list[TargetStatusOut]
    is_demo: bool


class CockpitOut(Schema):
    region: dict
    as_of: str
    tasks: int
    lights: dict
    trend: list[dict]
    targets: dict
    red_targets: list[dict]
    departments: list[dict]
    forecast: dict | None = None
    plans: list[dict]
    is_demo: bool


class LinkIn(StrictIn):
    indicator: str  # an indicator code, "none" (不监测) or "auto"


def target_out(r: TargetRow) -> dict:
    out = {"target_id": r.target_id, "task_id": r.task_id, "task_path": r.task_path, "target": r.wording,
           "link_method": r.method, "link_score": r.link_score, "monitored": r.status is not None, "reason": r.reason,
           "provenance": r.provenance, "is_demo": r.is_demo}
    st = r.status
    if st is not None:
        out.update(indicator=st.indicator_id, indicator_name=st.indicator_name, latest_year=st.latest_year,
                   latest_value=st.latest_value, attainment=st.attainment, required_now=st.required_now,
                   projected=st.projected, projection_method=st.projection_method, target_value=st.target_value,
                   target_year=st.target_year, unit=st.unit, status=st.status, light=st.light, feasible=st.feasible,
                   note=st.note, history=[list(h) for h in st.history], link_score=st.link_score)
    return out


@router.get("/plans/{plan_id}/monitoring", response={200: MonitoringOut, **ERRORS},
            summary="方案的目标监测:每个量化目标的最新值、完成度、要求轨迹、预测、灯和可行性")
def monitoring_read(request, plan_id: int):
    plan = monitored_plan(request.user, plan_id)
    rows = plan_monitoring(plan)
    totals = summary(rows)
    return {"plan_id": plan.pk, "region": plan.region.name, "summary": totals,
            "targets": [target_out(r) for r in rows], "is_demo": totals["is_demo"] or plan.is_demo}


@router.put("/targets/{target_id}/link", response={200: TargetStatusOut, **ERRORS},
            summary="目标关联的监测指标:指标代码、none(不监测)或 auto(按名称自动关联)")
def target_link_update(request, target_id: int, body: LinkIn):
    target = get_object_or_404(Target.objects.select_related("task", "task__plan"), pk=target_id)
    plan = plan_for_user(request.user, target.task.plan_id, manage=True, defer=("text", "extracted"))
    if not can_manage_region(request.user, plan.region_id):
        raise PermissionDenied
    target = target_link_set(request.user, target, body.indicator)
    row = next((r for r in plan_monitoring(plan) if r.target_id == target.pk), None)
    if row is None:
        raise Http404
    return target_out(row)


class ComputingOut(Schema):
    status: str
    message: str
    retry_after: int


@router.get("/dashboard", response={200: CockpitOut, 202: ComputingOut, **ERRORS},
            summary="领导驾驶舱的数字:督办灯及按月变化、目标监测、评价预测、红灯最多的单位(?region= 下级地区代码);"
                    "数据变化后首次请求返回 202(后台计算中,按 Retry-After 秒后重试)")
def cockpit_read(request, response: HttpResponse, region: str = ""):  # region: read by cockpit_region
    data = cockpit_data_now(cockpit_region(request), today())
    if data is None:
        response["Retry-After"] = str(RETRY_AFTER)
        return Status(202, {"status": "computing", "message": "驾驶舱数据正在后台计算,请稍后重试",
                            "retry_after": RETRY_AFTER})
    return data
