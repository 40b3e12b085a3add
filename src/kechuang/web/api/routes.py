"""API endpoints: the same services, selectors and permissions as the pages, one error shape."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.db import InterfaceError, OperationalError
from django.http import Http404
from django.shortcuts import get_object_or_404
from ninja import File, Form, NinjaAPI, Status, UploadedFile
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.security import HttpBearer

from kechuang.errors import KechuangError
from kechuang.monitoring.tasks import DEADLINE_BASES
from kechuang.web.accounts.collectives import collective_members_set, department_managed
from kechuang.web.accounts.models import Department, Region
from kechuang.web.accounts.permissions import (
    can_manage_region,
    department_id_of,
    plans_visible,
    region_id_of,
)
from kechuang.web.accounts.services import department_create
from kechuang.web.accounts.tokens import token_user
from kechuang.web.api import schemas as s
from kechuang.web.api.evaluation import router as evaluation_router
from kechuang.web.api.indicators import router as indicators_router
from kechuang.web.api.parser import StrictJsonParser
from kechuang.web.clock import today
from kechuang.web.cockpit.api import router as monitoring_router
from kechuang.web.errors import body_too_large, error_json, unavailable
from kechuang.web.jobs.api import router as jobs_router
from kechuang.web.params import digits
from kechuang.web.plans import services as plan_services
from kechuang.web.plans import targets as target_services
from kechuang.web.plans.models import Plan, Target, Task
from kechuang.web.plans.selectors import plan_duplicates, plan_for_user, plan_warnings, report_for_user, task_for_user
from kechuang.web.supervision import services as report_services
from kechuang.web.supervision.models import Assignment, Report
from kechuang.web.supervision.selectors import task_states


class TokenAuth(HttpBearer):
    def authenticate(self, request, token):
        user = token_user(token)  # expired or revoked: KC-WEB-AUTH (401) saying so
        if user is None:
            return None
        request.user = user
        return user


api = NinjaAPI(title="kechuang API", version="1", description="科创督查督办平台 API:方案、任务、分工、进展报告、部门",
               auth=TokenAuth(), urls_namespace="kc-api",
               parser=StrictJsonParser())
ERRORS = {400: s.ErrorOut, 401: s.ErrorOut, 403: s.ErrorOut, 404: s.ErrorOut, 409: s.ErrorOut, 413: s.ErrorOut}
api.add_router("/", indicators_router)  # catalog, observations, imports: kechuang.web.api.indicators
api.add_router("/", jobs_router)  # exports (202 and a job when not cached) and job status: kechuang.web.jobs.api
api.add_router("/", evaluation_router)  # evaluation runs, results, a county's result: kechuang.web.api.evaluation
api.add_router("/", monitoring_router)  # target monitoring, links, the cockpit: kechuang.web.cockpit.api


def _error(code: str, message: str, status: int, **context):
    return error_json(KechuangError(code, message, **context), status)


@api.exception_handler(KechuangError)
def _kechuang(request, exc):
    return error_json(exc)


def _where(error: dict) -> str:
    return ".".join(str(x) for x in error.get("loc", []) if x not in ("body", "payload", "query", "form"))


@api.exception_handler(ValidationError)
def _validation(request, exc):
    try:  # a field the endpoint does not take is refused by name, never dropped (schemas.StrictIn)
        s.unknown_refused([_where(e) for e in exc.errors if e.get("type") == "extra_forbidden"])
    except KechuangError as unknown:
        return error_json(unknown, 400)
    first = exc.errors[0] if exc.errors else {}
    where = _where(first)
    return _error("KC-API-VALIDATION", f"请求数据无效:{where or '请求体'} — {first.get('msg', '格式错误')}", 400,
                  field=where)


@api.exception_handler(AuthenticationError)
def _auth(request, exc):
    return _error("KC-WEB-AUTH", "缺少或无效的访问令牌(Authorization: Bearer <令牌>)", 401)


@api.exception_handler(Http404)
def _not_found(request, exc):
    return _error("KC-WEB-NOTFOUND", "记录不存在,或您无权查看", 404)


@api.exception_handler(PermissionDenied)
def _forbidden(request, exc):
    return _error("KC-WEB-FORBIDDEN", "您没有执行此操作的权限", 403)


@api.exception_handler(OperationalError)
def _database(request, exc):
    return error_json(unavailable())


api.exception_handler(InterfaceError)(_database)


@api.exception_handler(RequestDataTooBig)
def _too_large(request, exc):
    return error_json(body_too_large(), 413)


@api.exception_handler(HttpError)
def _http_error(request, exc):
    if isinstance(exc.__cause__, KechuangError):  # the body parser's own message (StrictJsonParser)
        return error_json(exc.__cause__, exc.status_code)
    return _error("KC-API-HTTP", f"请求无法处理(HTTP {exc.status_code})", exc.status_code)


def _plan_out(plan: Plan) -> dict:
    return {"id": plan.id, "title": plan.title, "doc_number": plan.doc_number, "region": plan.region.name,
            "region_code": plan.region.code, "status": plan.status, "version": plan.version,
            "source_name": plan.source_name, "created_at": plan.created_at, "confirmed_at": plan.confirmed_at,
            "archived_at": plan.archived_at}


def _plan_warnings(plan: Plan) -> dict:
    return {"region_warning": plan_services.region_warning(plan),
            "duplicate_ids": [p.pk for p in plan_duplicates(plan)] if plan.status == Plan.DRAFT else []}


def _task_out(task: Task, state=None) -> dict:
    out = {f: getattr(task, f) for f in ("id", "plan_id", "path", "title", "lead_units", "responsible_units",
                                         "cooperating_units", "deadline", "cycle", "due_day", "version")}
    out["deadline_default"] = DEADLINE_BASES.get(task.deadline_basis, "")  # 按方案目标年份…: not stated by the plan
    out["targets"] = list(task.targets.all())
    if state is not None:
        out.update(light=state.light.colour, light_reason=state.light.reason, percent=state.percent,
                   closed=state.closed, units=[unit_out(u) for u in state.unit_states])
    return out


def unit_out(u) -> dict:
    return {"department_id": u.department_id, "department": u.name, "role": u.role, "percent": u.percent,
            "light": u.light.colour if u.light else None, "light_reason": u.light.reason if u.light else "",
            "status": u.status, "acknowledged_at": u.acknowledged_at, "missing": u.missing}


def _plan(request, pk: int, manage: bool = False) -> Plan:
    return plan_for_user(request.user, pk, manage)


def _task(request, pk: int) -> Task:
    return task_for_user(request.user, pk)


@api.get("/plans", response=list[s.PlanOut], tags=["plans"], summary="可见的方案")
def plans_list(request):
    return [_plan_out(p) for p in plans_visible(request.user).select_related("region").defer("text", "extracted")]


@api.post("/plans", response={201: s.PlanOut, **ERRORS}, tags=["plans"], summary="由文件或文本新建方案(抽取后待确认)")
def plans_create(request, document: UploadedFile | None = File(None), text: str | None = Form(None),  # noqa: B008
                 name: str = Form("")):
    region_id = region_id_of(request.user)
    if region_id is None or not can_manage_region(request.user, region_id):
        raise PermissionDenied
    region = Region.objects.get(pk=region_id)
    if document is not None:
        if document.size > settings.MAX_UPLOAD_BYTES:  # refuse before reading it into memory
            raise plan_services.too_large(document.name)
        plan = plan_services.plan_create(request.user, region, data=document.read(), name=document.name)
    else:
        plan = plan_services.plan_create(request.user, region, text=text or "", name=name)
    return Status(201, {**_plan_out(plan), **_plan_warnings(plan)})


@api.get("/plans/{plan_id}", response={200: s.PlanDetailOut, **ERRORS}, tags=["plans"], summary="方案及其任务")
def plans_read(request, plan_id: int):
    plan = _plan(request, plan_id)
    tasks = plan.tasks.prefetch_related("targets")
    states = {st.task.id: st for st in task_states(tasks, today())} if plan.status == Plan.CONFIRMED else {}
    return {**_plan_out(plan), **_plan_warnings(plan), "warnings": plan_warnings(plan),
            "tasks": [_task_out(t, states.get(t.id)) for t in tasks]}


@api.post("/plans/{plan_id}/confirm", response={200: s.PlanOut, **ERRORS}, tags=["plans"], summary="确认方案并分工")
def plans_confirm(request, plan_id: int, body: s.ConfirmIn):
    plan = _plan(request, plan_id, manage=True)
    return _plan_out(plan_services.plan_confirm(request.user, plan, body.version, body.acknowledge_region,
                                                body.acknowledge_unassigned))


@api.get("/tasks", response=list[s.TaskOut], tags=["tasks"], summary="任务(可按方案、部门筛选)")
def tasks_list(request, plan: s.Id | None = None, department: s.Id | None = None):
    visible = Task.objects.filter(plan__in=plans_visible(request.user).values("id"))
    own = department_id_of(request.user)
    if own is not None:  # a department sees its own tasks only
        visible = visible.filter(assignments__department_id=own)
    if plan is not None:
        visible = visible.filter(plan_id=plan)
    if department is not None:
        visible = visible.filter(assignments__department_id=department)
    visible = visible.distinct().prefetch_related("targets")
    return [_task_out(st.task, st) for st in task_states(visible, today())]


def _task_read(task: Task) -> dict:
    """The task as ``GET /tasks/{id}`` answers it: with its units' state."""
    return _task_out(task, task_states(Task.objects.filter(pk=task.pk), today())[0])


@api.get("/tasks/{task_id}", response={200: s.TaskOut, **ERRORS}, tags=["tasks"], summary="一项任务")
def tasks_read(request, task_id: int):
    return _task_read(_task(request, task_id))


@api.put("/tasks/{task_id}", response={200: s.TaskOut, **ERRORS}, tags=["tasks"], summary="修改任务(带版本号,防止覆盖)")
def tasks_update(request, task_id: int, body: s.TaskIn):
    task = _managed_task(request, task_id)
    body.unchanged(_task_read(task))
    data = plan_services.TaskInput(path=body.path, title=body.title, lead="\n".join(body.lead),
                                   responsible="\n".join(body.responsible), cooperating="\n".join(body.cooperating),
                                   deadline=body.deadline, cycle=body.cycle, due_day=body.due_day)
    return _task_read(plan_services.task_update(request.user, task, data, body.version))


def _managed_task(request, task_id: int) -> Task:
    task = _task(request, task_id)
    if not can_manage_region(request.user, task.plan.region_id):
        raise PermissionDenied
    return task


def _managed_target(request, target_id: int) -> Target:
    target = get_object_or_404(Target.objects.select_related("task", "task__plan"), pk=target_id)
    _managed_task(request, target.task_id)
    return target


@api.post("/tasks/{task_id}/targets", response={201: s.TargetOut, **ERRORS}, tags=["targets"], summary="新增量化目标")
def targets_create(request, task_id: int, body: s.TargetIn):
    task = _managed_task(request, task_id)
    return Status(201, target_services.target_add(request.user, task, target_services.TargetInput(**body.model_dump())))


@api.patch("/targets/{target_id}", response={200: s.TargetOut, **ERRORS}, tags=["targets"],
           summary="修改量化目标(只改所给字段,带版本号)")
def targets_update(request, target_id: int, body: s.TargetPatch):
    target = _managed_target(request, target_id)
    body.unchanged(target)
    current = target_services.target_snapshot(target)
    sent = body.model_dump(exclude_unset=True)
    version = sent.pop("version")
    data = target_services.TargetInput(**{**current, **{k: v for k, v in sent.items() if v is not None or k == "year"}})
    return target_services.target_update(request.user, target, data, version)


@api.delete("/targets/{target_id}", response={204: None, **ERRORS}, tags=["targets"], summary="删除量化目标(带版本号)")
def targets_delete(request, target_id: int, version: int):
    target_services.target_delete(request.user, _managed_target(request, target_id), version)
    return Status(204, None)


@api.get("/tasks/{task_id}/assignments", response={200: list[s.AssignmentOut], **ERRORS}, tags=["assignments"],
         summary="任务的分工")
def assignments_list(request, task_id: int):
    task = _task(request, task_id)
    return [{"id": a.id, "task_id": a.task_id, "department_id": a.department_id, "department": a.department.name,
             "role": a.role} for a in Assignment.objects.filter(task=task).select_related("department")]


def _department_out(d: Department) -> dict:
    return {"id": d.id, "name": d.name, "aliases": d.aliases, "is_collective": d.is_collective,
            "region_code": d.region.code, "members": [m.id for m in d.members.all()], "version": d.version}


@api.get("/departments", response=list[s.DepartmentOut], tags=["departments"], summary="本地区部门")
def departments_list(request):
    region_id = region_id_of(request.user)
    rows = Department.objects.filter(region_id=region_id).select_related("region").prefetch_related("members")
    return [_department_out(d) for d in rows]


@api.put("/departments/{department_id}/members", response={200: s.DepartmentOut, **ERRORS}, tags=["departments"],
         summary="设置集合单位的成员(本地区部门 id 列表;已确认方案中分派给它的任务随之分派给成员)")
def departments_members(request, department_id: int, body: s.MembersIn):
    collective = department_managed(request.user, department_id)
    body.unchanged(_department_out(collective))
    collective_members_set(request.user, collective, body.members, remove_signed=body.remove_signed,
                           version=body.version)  # checked again under the lock: a save in between is a 409
    return _department_out(collective)


@api.post("/departments", response={201: s.DepartmentOut, **ERRORS}, tags=["departments"], summary="新建部门")
def departments_create(request, body: s.DepartmentIn):
    region_id = region_id_of(request.user)
    if region_id is None or not can_manage_region(request.user, region_id):
        raise PermissionDenied
    d = department_create(request.user, Region.objects.get(pk=region_id), body.name, body.aliases, body.is_collective)
    return Status(201, _department_out(d))


def _report_out(report: Report) -> dict:
    return {f: getattr(report, f) for f in ("id", "task_id", "department_id", "period", "text", "percent", "status",
                                            "review_comment", "submitted_at", "reviewed_at")} | {
        "values": {str(v.target_id): v.value for v in report.values.all()},
        "attachments": [a.name for a in report.attachments.all()]}


@api.post("/tasks/{task_id}/reports", response={201: s.ReportOut, **ERRORS}, tags=["reports"], summary="报送进展")
def reports_submit(request, task_id: int, period: str = Form(...), text: str = Form(...), percent: str = Form(...),
                   values: str = Form(""), files: list[UploadedFile] = File(None)):  # noqa: B008
    task = _task(request, task_id)
    parsed: dict[int, str] = {}
    for pair in filter(None, (p.strip() for p in values.split(","))):
        key, _, value = pair.partition("=")
        if not digits(key.strip()):
            raise KechuangError("KC-API-VALIDATION", f"values 应为“指标编号=数值”,以逗号分隔:{pair}", field="values")
        parsed[int(key)] = value
    evidence = [report_services.Evidence(f.name, f.read()) for f in (files or [])]
    report = report_services.report_submit(request.user, task, report_services.ReportInput(
        period=period, text=text, percent=percent, values=parsed, files=evidence))
    return Status(201, _report_out(report))


def _report(request, report_id: int) -> Report:
    return report_for_user(request.user, report_id)


@api.get("/reports/{report_id}", response={200: s.ReportOut, **ERRORS}, tags=["reports"], summary="一份进展报告")
def reports_read(request, report_id: int):
    return _report_out(_report(request, report_id))


@api.post("/reports/{report_id}/approve", response={200: s.ReportOut, **ERRORS}, tags=["reports"], summary="审核通过")
def reports_approve(request, report_id: int, body: s.ReviewIn):
    return _report_out(report_services.report_approve(request.user, _report(request, report_id), body.comment))


@api.post("/reports/{report_id}/return", response={200: s.ReportOut, **ERRORS}, tags=["reports"], summary="退回")
def reports_return(request, report_id: int, body: s.ReviewIn):
    return _report_out(report_services.report_return(request.user, _report(request, report_id), body.comment))


from kechuang.web.api.cycle import router as cycle_router  # noqa: E402  (its endpoints use the handlers above)

api.add_router("", cycle_router)
from kechuang.web.api.enterprises import router as enterprises_router  # noqa: E402

api.add_router("", enterprises_router)
api.add_router("", "kechuang.web.api.vouchers.router")  # 创新券
api.add_router("", "kechuang.web.api.libraries.router")  # 科技计划项目库, 跨库检索
api.add_router("", "kechuang.web.api.challenges.router")  # 揭榜挂帅
api.add_router("", "kechuang.web.api.talents.router")  # 人才库, 科技特派员
api.add_router("", "kechuang.web.api.carriers.router")  # 载体/平台
api.add_router("", "kechuang.web.api.transfer.router")  # 需求库、成果库、对接
