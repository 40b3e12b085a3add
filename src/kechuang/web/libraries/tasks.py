"""The huey tasks of the libraries (found by the consumer's autodiscovery of ``tasks`` modules)."""

from __future__ import annotations

from huey.contrib.djhuey import db_task


@db_task()
def rebuild_index(library: str, region_id: int) -> None:
    from kechuang.web.libraries.index_store import rebuild

    rebuild(library, region_id)


@db_task()
def run_batch_check(batch_id: int) -> None:
    from kechuang.web.libraries.batch import batch_run

    batch_run(batch_id)


@db_task(retries=30, retry_delay=20)  # retried while a large family's index loads (IndexBuilding)
def precompute_checks(pks: list[int]) -> None:
    from kechuang.web.libraries.stored_checks import precompute

    precompute(pks)
