"""The huey tasks of the transfer libraries (found by the consumer's autodiscovery of ``tasks`` modules)."""

from __future__ import annotations

from huey.contrib.djhuey import db_task


@db_task(retries=30, retry_delay=20)  # retried while the index loads (IndexBuilding)
def precompute_matches(pks: list[int], reverse: bool = False) -> None:
    """The matches of these demands (or, ``reverse``, achievements) computed and stored."""
    from kechuang.web.transfer.stored_matches import TO_ACHIEVEMENTS, TO_DEMANDS, precompute

    precompute(pks, TO_DEMANDS if reverse else TO_ACHIEVEMENTS)
