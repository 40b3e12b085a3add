"""The huey tasks of the transfer libraries (found by the consumer's autodiscovery of ``tasks`` modules)."""

from __future__ import annotations

from huey.contrib.djhuey import db_task


@db_task(retries=30, retry_delay=20)  # retried while the achievements' index loads (IndexBuilding)
def precompute_matches(pks: list[int]) -> None:
    from kechuang.web.transfer.stored_matches import precompute

    precompute(pks)
