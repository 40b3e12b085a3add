"""Daily jobs of the registry (found by huey's autodiscovery of ``tasks`` modules)."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task


@db_periodic_task(crontab(hour="7", minute="40"))
def notify_certificate_expiry() -> None:
    """Every morning: a message 90 days before a 高企 certificate expires (once per certificate)."""
    from kechuang.web.clock import today
    from kechuang.web.enterprises.reserve import expiry_notices

    expiry_notices(today())


@db_periodic_task(crontab(hour="0", minute="20"))
def feed_counts_of_the_year() -> None:
    """Every night: the counts of a year that has just begun (高新技术企业数, 科技型中小企业数) as observations."""
    from kechuang.web.clock import today
    from kechuang.web.enterprises.feeds import counts_refresh

    counts_refresh(today())
