"""The API of the evaluation: start a run (202 and its status), its progress, its results (the evaluator's scope),
a county's own result (the county's scope) and a published ranking. Same selectors and permissions as the pages."""

from __future__ import annotations

from django.http import Http404, JsonResponse
from ninja import File, Form, Router, UploadedFile

from kechuang.web.accounts.models import Region
from kechuang.web.accounts.permissions import can_view_county_result
from kechuang.web.evaluation import selectors
from kechuang.web.evaluation.models import Run
from kechuang.web.evaluation.services import RunInput, run_start
from kechuang.web.evaluation.views import run_state

router = Router(tags=["evaluation"])


def _json(data, status: int = 200) -> JsonResponse:
    return JsonResponse(data, status=status, safe=False, json_dumps_params={"ensure_ascii": False})


@router.post("/evaluations", summary="开始评价(评价方):内置框架名或上传 YAML 框架、年份、不确定性重复次数;"
             "返回 202 与进度地址")
def evaluation_create(request, year: int = Form(...), framework: str = Form("hebei-county"),
                      replications: int = Form(1000), allow_missing: bool = Form(False),
                      framework_file: UploadedFile | None = File(None)):  # noqa: B008
    scope = selectors.evaluator_scope(request.user)
    data = RunInput(framework=framework, year=year, replications=replications, allow_missing=allow_missing,
                    upload_name=framework_file.name if framework_file else "",
                    upload=framework_file.read() if framework_file else None)
    run = run_start(request.user, scope, data)
    run.refresh_from_db()
    return _json(run_state(run, api=True), 202 if run.status in (Run.QUEUED, Run.RUNNING) else 200)


@router.get("/evaluations/{run_id}", summary="评价进度:状态(queued、running、done、failed 附中文说明)、进度 0–1、阶段")
def evaluation_read(request, run_id: int):
    return _json(run_state(selectors.run_for_user(request.user, run_id), api=True))


def _result_out(r) -> dict:
    return {"region": r.region.name, "code": r.region.code, "score": r.score, "rank": r.rank, "class": r.klass,
            "score_change": r.score_change, "rank_change": r.rank_change, "class_change": r.class_change,
            "p_class": r.p_class, "rank_p05": r.rank_p05, "rank_p95": r.rank_p95, "nodes": r.node_scores,
            "path": r.path, "below": r.below, "note": r.note}


@router.get("/evaluations/{run_id}/results", summary="评价结果(评价方):各县得分、排名、等级、年度变化、"
            "等级概率、排名区间")
def evaluation_results(request, run_id: int):
    run = selectors.run_for_user(request.user, run_id)
    if run.status != Run.DONE:
        return _json(run_state(run, api=True), 202 if run.status != Run.FAILED else 409)
    return _json({"run": run.pk, "year": run.year, "framework": run.framework, "is_demo": run.is_demo,
                  "framework_version": run.framework_version, "provenance": run.provenance,
                  "results": [_result_out(r) for r in selectors.results_of(run)]})


@router.get("/evaluations/{run_id}/ranking", summary="公布的排名表(所辖各县可读):排名、地区、得分、等级")
def evaluation_ranking(request, run_id: int):
    run = selectors.published_ranking_for_user(request.user, run_id)
    return _json({"run": run.pk, "year": run.year, "is_demo": run.is_demo, "rows": selectors.ranking_rows(run)})


@router.get("/regions/{region_id}/evaluation", summary="本县的评价结果(县科技局、领导;上级评价方):最近一次评价的"
            "得分、等级、变化、晋级路径、等级概率;未开展评价时 result 为 null")
def region_evaluation(request, region_id: int):
    region = Region.objects.filter(pk=region_id).first()
    if region is None or not can_view_county_result(request.user, region.pk):
        raise Http404
    result = selectors.latest_result(region)
    return _json({"region": region.name, "result": None if result is None else {
        **_result_out(result), "forecast": selectors.county_forecast(region)}})
