"""A job's page (waits, then serves the result) and its JSON status, polled by static/kechuang/job.js."""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from kechuang.web.accounts.permissions import can_manage_region
from kechuang.web.jobs.models import Job
from kechuang.web.jobs.selectors import job_for_user
from kechuang.web.jobs.services import export_job, job_requeue


def job_state(job: Job, api: bool = False) -> dict:
    """What the page and an API client read: status, the Chinese error of a failure, where the result is (the
    API's URLs for a token client, the pages' for a browser)."""
    failure = job.failure
    if api:
        status_url = reverse("kc-api:jobs_read", kwargs={"job_id": job.pk})
        url = reverse("kc-api:exports_read", kwargs={"plan_id": job.plan_id, "kind": job.kind}) if job.plan_id else None
    else:
        status_url, url = reverse("kc-job-status", args=[job.pk]), reverse("kc-job", args=[job.pk])
    return {
        "job": job.pk, "kind": job.kind, "status": job.status, "status_name": _status_name(job),
        "title": job.title, "status_url": status_url, "url": url if job.status == Job.DONE else None,
        "error": None if failure is None else {**failure.to_dict(), "text": _error_text(failure)},
    }


def _status_name(job: Job) -> str:
    """排队中, 正在生成 (an export) or 正在识别 (an upload: nothing is generated), 已完成, 失败."""
    return "正在识别" if job.kind == Job.EXTRACT and job.status == Job.RUNNING else job.get_status_display()


def _error_text(failure) -> str:
    where = failure.context.get("file") or ""
    return f"{where}:{failure.message_zh}" if where and where not in failure.message_zh else failure.message_zh


def failed_message(job: Job) -> str:
    """What did not finish, in the job's own words: 任务 means a plan's tasks everywhere else in the product."""
    if job.kind == Job.EXTRACT:
        return "方案识别未能完成。请按上面的提示处理文件后,在下方重新上传或粘贴方案全文。"
    return f"{job.get_kind_display()}生成未能完成。请按上面的提示处理后重新生成。"


def _wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def job_accepted(request: HttpRequest, job: Job, api: bool = False) -> HttpResponse:
    """202: the job is queued (or running, or failed): JSON for API clients, else the page that waits for it."""
    job.refresh_from_db()
    if api or _wants_json(request):
        return JsonResponse(job_state(job, api), status=202, json_dumps_params={"ensure_ascii": False})
    return _page(request, job, status=202)


def export_or_job(request: HttpRequest, plan, kind: str, api: bool = False,
                  filters: dict | None = None) -> HttpResponse:
    """The export when it is cached under the plan's data version and the day, else its job (one per key) and 202."""
    from kechuang.web.clock import today
    from kechuang.web.supervision.exports import export_key, export_response

    day = today()
    key = export_key(kind, plan, day, filters)
    data = cache.get(key)
    if data is None:
        job = export_job(request.user, plan, kind, day, key, filters)
        data = cache.get(key)  # done already: a fast worker (or huey's immediate mode)
        if data is None:
            return job_accepted(request, job, api)
    return export_response(kind, plan, day, data)


def _page(request: HttpRequest, job: Job, status: int = 200) -> HttpResponse:
    """The waiting page; a failure shows its message in the page's alert (not the layout's, which job.js cannot
    fill) and the way to try again: the upload form for an upload, the export's link for an export."""
    retry_url = None
    if job.kind != Job.EXTRACT and job.plan is not None and job.plan.status == job.plan.CONFIRMED:
        query = urlencode(job.filters or {})
        retry_url = reverse(f"kc-{job.kind}", args=[job.plan_id]) + (f"?{query}" if query else "")
    return render(request, "kechuang/job.html", {
        "job": job, "state": job_state(job), "failed_message": failed_message(job), "retry_url": retry_url,
        "can_upload": job.kind == Job.EXTRACT and can_manage_region(request.user, job.region_id),
        "max_mb": settings.MAX_UPLOAD_BYTES // 1048576}, status=status)


@login_required
@require_GET
def job_detail(request, pk: int):
    """The result when the job is done (the file, or the new plan's review page), else the waiting page."""
    job = job_for_user(request.user, pk)
    if job.status == Job.DONE and job.kind == Job.EXTRACT:
        return redirect(job.result)
    if job.status == Job.DONE:
        from kechuang.web.supervision.exports import export_response

        data = cache.get(job.result)
        if data is not None and job.plan is not None:
            return export_response(job.kind, job.plan, job.day, data)
        job_requeue(job)  # the result has left the cache: build it again
        return job_accepted(request, job)
    return _page(request, job, status=200 if job.status == Job.FAILED else 202)


@login_required
@require_GET
def job_status(request, pk: int):
    job = job_for_user(request.user, pk)
    return JsonResponse(job_state(job), json_dumps_params={"ensure_ascii": False})
