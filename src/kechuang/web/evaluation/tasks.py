"""The huey task of an evaluation run (found by the consumer's autodiscovery of ``tasks`` modules)."""

from __future__ import annotations

from huey.contrib.djhuey import db_task

from kechuang.web.evaluation.services import run_execute


@db_task()
def evaluation_job(run_id: int) -> None:
    run_execute(run_id)
