"""Reads on background jobs: who may see one."""

from __future__ import annotations

from django.http import Http404

from kechuang.web.accounts.permissions import can_view_region
from kechuang.web.jobs.models import Job


def job_for_user(user, pk: int) -> Job:
    """The job if ``user`` queued it or may see the plan's exports (the region's bureau and leaders), else 404:
    a user of another county learns nothing about a job id."""
    job = Job.objects.select_related("plan").filter(pk=pk).first()
    if job is None:
        raise Http404
    if job.user_id == user.id or (job.kind != Job.EXTRACT and can_view_region(user, job.region_id)):
        return job
    raise Http404
