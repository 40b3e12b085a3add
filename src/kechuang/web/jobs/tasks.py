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


@db_periodic_task(crontab(hour="7", minute="30"))
def notify_deadlines() -> None:
    """Every morning: a message to the units owing a task whose deadline is near (once per deadline)."""
    from kechuang.web.clock import today
    from kechuang.web.supervision.reminders import deadline_notices

    deadline_notices(today())


@on_shutdown()
def close_connections() -> None:
    """A worker thread that stops closes its database connections (PostgreSQL counts them)."""
    connections.close_all()
