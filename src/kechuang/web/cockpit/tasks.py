"""The cockpit's huey task (found by the consumer's autodiscovery of ``tasks`` modules)."""

from __future__ import annotations

from datetime import date

from huey.contrib.djhuey import db_task

from kechuang.web.cockpit.page import cockpit_build


@db_task()
def build_cockpit(region_id: int, day: str, queued: str) -> None:
    cockpit_build(region_id, date.fromisoformat(day), queued)
