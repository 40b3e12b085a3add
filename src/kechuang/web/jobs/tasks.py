"""The huey tasks (found by the consumer's autodiscovery of ``tasks`` modules): they only run a Job row."""

from __future__ import annotations

from django.db import connections
from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task, on_shutdown

from kechuang.web.jobs.services import job_run, jobs_prune


@db_task()
def run_job(job_id: int) -> None:
    job_run(job_id)


@db_periodic_task(crontab(hour="3", minute="17"))
def prune_jobs() -> None:
    jobs_prune()


@on_shutdown()
def close_connections() -> None:
    """A worker thread that stops closes its database connections (PostgreSQL counts them)."""
    connections.close_all()
