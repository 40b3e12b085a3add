"""Pages of the evaluation: the evaluator's runs (start one, watch its progress, results, xlsx, publish), a
county's own result page, and a published ranking."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kechuang.errors import KechuangError
from kechuang.evaluation.framework import builtin_titles
from kechuang.web.accounts.models import Region, Role
from kechuang.web.accounts.permissions import region_id_of, role_of
from kechuang.web.errors import error_page, http_status
from kechuang.web.evaluation import selectors
from kechuang.web.evaluation.models import Run
from kechuang.web.evaluation.services import RunInput, run_publish, run_start
from kechuang.web.pagecache import cached
from kechuang.web.params import int_or_none

COUNTY_ROLES = (Role.BUREAU, Role.LEADER)


def _runs_page(request, scope: Region, error=None, form=None, status: int = 200):
    years = selectors.years_with_data(scope)
    return render(request, "kechuang/evaluations.html", {
        "scope": scope, "runs": selectors.runs_for_user(request.user)[:50],
        "frameworks": sorted(builtin_titles().items()),
        "years": years, "error": error, "form": form or {"framework": "hebei-county", "replications": 1000,
                                                         "year": years[0] if years else ""}}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def evaluation_list(request):
    """The evaluator's runs and the form that starts one."""
    scope = selectors.evaluator_scope(request.user)
    if request.method == "GET":
        return _runs_page(request, scope)
    upload = request.FILES.get("framework_file")
    data = RunInput(framework=request.POST.get("framework", ""), year=int_or_none(request.POST.get("year")),
                    replications=int_or_none(request.POST.get("replications")) or 0,
                    allow_missing=request.POST.get("allow_missing") == "1",
                    upload_name=upload.name if upload else "", upload=upload.read() if upload else None)
    try:
        run = run_start(request.user, scope, data)
    except KechuangError as exc:
        return _runs_page(request, scope, error=exc, form=request.POST.dict(), status=http_status(exc))
    return redirect("kc-evaluation", run.pk)


def run_state(run: Run, api: bool = False) -> dict:
    """What the page polls and the API returns: status, progress, stage, the Chinese error of a failure."""
    failure = run.failure
    if api:
        status_url = reverse("kc-api:evaluation_read", kwargs={"run_id": run.pk})
        results_url = reverse("kc-api:evaluation_results", kwargs={"run_id": run.pk})
    else:
        status_url = reverse("kc-evaluation-status", args=[run.pk])
        results_url = reverse("kc-evaluation", args=[run.pk])
    return {"run": run.pk, "status": run.status, "status_name": run.get_status_display(), "progress": run.progress,
            "stage": run.stage, "framework": run.framework, "year": run.year, "replications": run.replications,
            "region": run.region.name, "is_demo": run.is_demo, "published": run.published_at is not None,
            "status_url": status_url, "results_url": results_url if run.status == Run.DONE else None,
            "error": None if failure is None else {**failure.to_dict(), "text": _error_text(failure)}}


def _error_text(failure: KechuangError) -> str:
    where = failure.context.get("file") or ""
    key = failure.context.get("key") or ""
    return "".join([f"{where}:" if where else "", failure.message_zh, f"(键:{key})" if key and key not in
                    failure.message_zh else ""])


@login_required
@require_GET
def evaluation_detail(request, pk: int):
    """Progress while the job runs; then the table of every county's result."""
    run = selectors.run_for_user(request.user, pk)
    context = {"run": run, "state": run_state(run), "error": run.failure}
    if run.status == Run.DONE:
        context["results"] = selectors.results_of(run)
    return render(request, "kechuang/evaluation.html", context, status=202 if run.status in (Run.QUEUED, Run.RUNNING)
                  else 200)


@login_required
@require_GET
def evaluation_status(request, pk: int):
    run = selectors.run_for_user(request.user, pk)
    return JsonResponse(run_state(run), json_dumps_params={"ensure_ascii": False})


@login_required
@require_GET
def evaluation_xlsx(request, pk: int):
    run = selectors.run_for_user(request.user, pk)
    if run.status != Run.DONE or not run.report_file:
        raise Http404
    try:
        handle = open(run.report_file, "rb")  # noqa: SIM115 — FileResponse closes it
    except OSError:
        raise Http404 from None
    name = f"{'示例数据-' if run.is_demo else ''}评价结果-{run.region.name}-{run.year}-{run.framework}.xlsx"
    return FileResponse(handle, as_attachment=True, filename=name)


@login_required
@require_POST
def evaluation_publish(request, pk: int):
    run = selectors.run_for_user(request.user, pk)
    publish = request.POST.get("publish", "1") == "1"
    try:
        run_publish(request.user, run, publish)
    except KechuangError as exc:
        return error_page(request, exc)
    messages.success(request, "已公布排名表,所辖各县可查看" if publish else "已撤回排名表")
    return redirect("kc-evaluation", run.pk)


@login_required
@require_GET
def evaluation_result(request, pk: int):
    """One county's result page (its bureau and leaders, the evaluator above it)."""
    result = selectors.result_for_user(request.user, pk)
    return _result_page(request, result)


def _result_page(request, result):
    """A finished run's results never change: the content is cached per result and the rankings published."""
    rankings = selectors.published_runs_for_region(result.region)[:5]

    def build() -> str:
        return render_to_string("kechuang/evaluation_result_body.html",
                                {**selectors.result_view(result), "rankings": rankings})

    # The run's finish time (to the microsecond) tells this database's run from any other with the same ids.
    key = ("eval-result", result.pk, result.run_id, result.run.finished_at.timestamp(),
           *[f"{r.pk}-{r.published_at.timestamp()}" for r in rankings])
    body = cached(key, build)
    return render(request, "kechuang/evaluation_result.html", {
        "result": result, "run": result.run, "p_class": result.p_class, "body": mark_safe(body)})


@login_required
@require_GET
def my_evaluation(request):
    """The county's own latest result (bureau and leaders of a county); 尚未开展评价 when none covers it."""
    if role_of(request.user) not in COUNTY_ROLES or region_id_of(request.user) is None:
        raise PermissionDenied
    region = Region.objects.get(pk=region_id_of(request.user))
    result = selectors.latest_result(region)
    if result is None:
        context = {"region": region, "rankings": selectors.published_runs_for_region(region)[:5]}
        body = render_to_string("kechuang/evaluation_result_body.html", context)
        return render(request, "kechuang/evaluation_result.html", {**context, "body": mark_safe(body)})
    return _result_page(request, result)


@login_required
@require_GET
def evaluation_ranking(request, pk: int):
    run = selectors.published_ranking_for_user(request.user, pk)
    return render(request, "kechuang/evaluation_ranking.html", {"run": run, "rows": selectors.ranking_rows(run)})
