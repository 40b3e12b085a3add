"""The API's side of background jobs: exports for token clients (the file, or 202 and the job) and job status."""

from __future__ import annotations

from django.http import Http404, JsonResponse
from ninja import Router

from kechuang.web.jobs.selectors import job_for_user
from kechuang.web.jobs.views import export_or_job, job_state

router = Router(tags=["jobs"])


@router.get("/plans/{plan_id}/exports/{kind}", summary="台账(ledger)、通报(bulletin-docx、bulletin-pdf):"
            "已生成则返回文件,否则排队生成并返回 202 与任务状态地址")
def exports_read(request, plan_id: int, kind: str):
    from kechuang.web.supervision.exports import EXPORTS, confirmed_plan_for

    if kind not in EXPORTS:
        raise Http404
    return export_or_job(request, confirmed_plan_for(request.user, plan_id), kind, api=True)


@router.get("/jobs/{job_id}", summary="后台任务状态(queued、running、done 附下载地址、failed 附中文说明)")
def jobs_read(request, job_id: int):
    state = job_state(job_for_user(request.user, job_id), api=True)
    return JsonResponse(state, json_dumps_params={"ensure_ascii": False})
