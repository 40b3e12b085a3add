"""Writes on background jobs: queue an export (one job per cache key), queue an extraction, run a job.

The web process only creates the Job row and puts its id on huey's queue; the consumer (``kechuang worker``,
started by ``kechuang serve``) runs ``job_run``. An export's result lives in the page cache under the job's key,
which carries the plan's data version, so a result is never served for a later state of the plan.
"""

from __future__ import annotations

import logging
import uuid
from datetime import date, timedelta
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from kechuang.errors import KechuangError
from kechuang.text.formats import BACKGROUND
from kechuang.web.accounts.models import Region
from kechuang.web.jobs.models import Job
from kechuang.web.pagecache import cached_under
from kechuang.web.plans.models import Plan

log = logging.getLogger("kechuang.web.jobs")

#: Uploads from this size (and every PDF, Word file or OFD) are extracted in the background; pasted text and small
#: text or HTML files are extracted within the request.
BACKGROUND_UPLOAD_BYTES = 1024 * 1024
BACKGROUND_FORMATS = BACKGROUND  # (kechuang.text.formats) .doc/.wps/.rtf: a LibreOffice conversion, ~3 s
STALE = timedelta(minutes=10)  # an export job not finished after this is queued again by the next request
KEEP = timedelta(days=7)  # finished jobs (and uploads left by a stopped worker) are deleted after this


def _enqueue(job: Job) -> None:
    from kechuang.web.jobs.tasks import run_job  # the task module registers with huey on import

    run_job(job.pk)


def export_job(user, plan: Plan, kind: str, day: date, key: str, filters: dict | None = None) -> Job:
    """The job building the export under ``key``: the existing one, or a new one put on the queue.

    Twenty clients asking for the same cold 台账 create one job (the key is unique). A failed job, or a done
    one whose result has left the cache, is queued again by the next request.
    """
    job = Job.objects.filter(key=key).first()  # a read first: the waiting clients take no write lock
    if job is None:
        try:
            with transaction.atomic():
                job = Job.objects.create(kind=kind, key=key, user=user, region_id=plan.region_id, plan=plan,
                                         title=plan.title[:300], day=day, result=key, filters=filters or {})
        except IntegrityError:  # another request queued it first
            job = Job.objects.get(key=key)
        else:
            _enqueue(job)
            return job
    if job.status == Job.FAILED or (job.status == Job.DONE and cache.get(key) is None) or _stale(job):
        job_requeue(job)
    return job


def _stale(job: Job) -> bool:
    """Queued or running for longer than any export takes: its worker was stopped or lost the queue."""
    since = job.started_at or job.created_at
    return job.status in (Job.QUEUED, Job.RUNNING) and since < timezone.now() - STALE


def job_requeue(job: Job) -> None:
    """Queue a finished job again (once, however many requests ask at the same moment)."""
    if Job.objects.filter(pk=job.pk, status=job.status).update(status=Job.QUEUED, error=None, finished_at=None):
        job.status, job.error, job.finished_at = Job.QUEUED, None, None
        _enqueue(job)


def wants_background(name: str, size: int) -> bool:
    return size >= BACKGROUND_UPLOAD_BYTES or name.lower().endswith(BACKGROUND_FORMATS)


def extract_job(user, region: Region, data: bytes, name: str) -> Job:
    """Keep the upload in the data directory and queue its extraction (``plan_create`` in the worker)."""
    directory = Path(settings.DATA_DIR) / "uploads"
    directory.mkdir(exist_ok=True)
    path = directory / f"{uuid.uuid4().hex}{Path(name).suffix[:10]}"
    path.write_bytes(data)
    job = Job.objects.create(kind=Job.EXTRACT, user=user, region=region, title=name[:300], upload=str(path))
    _enqueue(job)
    return job


def job_run(job_id: int) -> None:
    """Run a queued job and record how it ended; a failure keeps its Chinese message, never a traceback."""
    job = Job.objects.select_related("plan", "user", "region").filter(pk=job_id).first()
    if job is None or job.status in (Job.DONE, Job.FAILED):
        return  # deleted, or queued twice and already run
    Job.objects.filter(pk=job.pk).update(status=Job.RUNNING, started_at=timezone.now())
    try:
        result = _extract(job) if job.kind == Job.EXTRACT else _export(job)
    except KechuangError as exc:
        _finish(job, Job.FAILED, error=exc.to_dict())
    except Exception:
        log.exception("job %s (%s) failed", job.pk, job.kind)
        what = "识别方案" if job.kind == Job.EXTRACT else f"生成{job.get_kind_display()}"
        error = KechuangError("KC-JOB-FAILED", f"{what}时出错,未能完成。请稍后重试;如仍失败,请联系管理员")
        _finish(job, Job.FAILED, error=error.to_dict())
    else:
        _finish(job, Job.DONE, result=result)


def _finish(job: Job, status: str, **fields) -> None:
    Job.objects.filter(pk=job.pk).update(status=status, finished_at=timezone.now(), **fields)


def _export(job: Job) -> str:
    from kechuang.web.supervision.exports import export_render

    if job.plan is None or job.plan.status != Plan.CONFIRMED:
        raise KechuangError("KC-WEB-NOTFOUND",
                            f"方案《{job.title}》已删除或不再处于已确认状态,无法生成{job.get_kind_display()}")
    # The plan as it is now: never older than the version in the key (a change after the request only adds).
    cached_under(job.key, lambda: export_render(job.kind, job.plan, job.day, job.filters))
    return job.key


def _extract(job: Job) -> str:
    from kechuang.web.plans.services import plan_create

    path = Path(job.upload)
    try:
        data = path.read_bytes()
    except OSError:
        raise KechuangError("KC-WEB-NOTFOUND", f"上传的文件“{job.title}”已丢失,请重新上传", file=job.title) from None
    try:
        plan = plan_create(job.user, job.region, data=data, name=job.title)
    finally:
        path.unlink(missing_ok=True)
    Job.objects.filter(pk=job.pk).update(plan=plan)
    return reverse("kc-plan", args=[plan.pk]) + "?uploaded=1"  # the review page says what was extracted


def jobs_prune() -> int:
    """Delete jobs older than KEEP and the uploads they left (run daily by the worker). Returns the jobs deleted."""
    old = Job.objects.filter(created_at__lt=timezone.now() - KEEP)
    for upload in old.exclude(upload="").values_list("upload", flat=True):
        Path(upload).unlink(missing_ok=True)
    deleted, _ = old.delete()
    return deleted
