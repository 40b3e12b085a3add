"""Daily job of the registry (found by huey's autodiscovery of ``tasks`` modules)."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task


@db_periodic_task(crontab(hour="7", minute="40"))
def notify_certificate_expiry() -> None:
    """Every morning: a message 90 days before a 高企 certificate expires (once per certificate)."""
    from kechuang.web.clock import today
    from kechuang.web.enterprises.reserve import expiry_notices

    expiry_notices(today())
