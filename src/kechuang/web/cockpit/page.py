"""The cockpit page without a cold build in the request: built on the job queue, the last build served meanwhile.

A request whose page (keyed by ``cockpit_key``: every plan's and region's data version, the day) is not cached
serves the region's last built page of the day, marked with the time it was built, or a light page that
refreshes itself, and queues one build of the new version (one per key, however many requests miss it).
"""

from __future__ import annotations

from datetime import date

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone

from kechuang.web.accounts.models import Region
from kechuang.web.cockpit.dashboard import cockpit_data, cockpit_key
from kechuang.web.pagecache import TIMEOUT, cached_under, key_of

QUEUED = 600  # a queued build not finished after this (its worker was stopped) is queued again by the next miss


def page_key(known: tuple) -> str:
    return key_of((*known[0], "page"))


def last_key(region_id: int, day: date) -> str:
    """The stable key of the region's last built page of the day: ``{"html", "at"}``."""
    return key_of(("cockpit-last", region_id, day))


def cockpit_page(region: Region, day: date, known: tuple | None = None) -> str:
    """The rendered body of the region's cockpit (built and cached on a miss), kept as the region's last page."""
    known = known or cockpit_key(region, day)

    def body() -> str:  # the same for everyone who may see the region: rendered once per data version
        data = cockpit_data(region, day, known)
        below = [r for r in known[1] if r.parent_id == region.pk]
        chart = {"lights": data["lights"], "trend": data["trend"], "targets": data["targets"]}
        html = render_to_string("kechuang/cockpit_body.html", {"region": region, "data": data, "below": below,
                                                               "chart": chart})
        cache.set(last_key(region.pk, day), {"html": html, "at": timezone.localtime().strftime("%H:%M")}, TIMEOUT)
        return html

    return cached_under(page_key(known), body)


def cockpit_build(region_id: int, day: date, queued: str) -> None:
    """Build the region's cockpit as the data stand now (the worker's side of ``cockpit_enqueue``)."""
    try:
        region = Region.objects.filter(pk=region_id).first()
        if region is not None:
            cockpit_page(region, day)
    finally:
        cache.delete(queued)


def cockpit_enqueue(region: Region, day: date, key: str) -> bool:
    """Queue one build of the page under ``key`` (False: one is queued already)."""
    from kechuang.web.cockpit.tasks import build_cockpit  # the task module registers with huey on import

    queued = key + ":queued"
    if not cache.add(queued, 1, timeout=QUEUED):
        return False
    build_cockpit(region.pk, day.isoformat(), queued)
    return True


def cockpit_now(region: Region, day: date) -> tuple[str | None, str | None]:
    """The page to show at once: (body, None) when built; (last body, its HH:MM) while a new version is built;
    (None, None) when nothing is built yet. A miss queues the build."""
    known = cockpit_key(region, day)
    key = page_key(known)
    html = cache.get(key)
    if html is not None:
        return html, None
    last = cache.get(last_key(region.pk, day))  # read before the build: what was there when the data changed
    cockpit_enqueue(region, day, key)
    html = cache.get(key)  # built already (a worker that runs at once, as in the tests)
    if html is not None:
        return html, None
    return (last["html"], last["at"]) if last else (None, None)


def cockpit_data_now(region: Region, day: date) -> dict | None:
    """The cockpit's figures for the API without a cold build in the request: the figures when built, else None
    after queueing the page's build (which builds the figures too)."""
    known = cockpit_key(region, day)
    data = cache.get(key_of(known[0]))
    if data is not None:
        return data
    cockpit_enqueue(region, day, page_key(known))
    return cache.get(key_of(known[0]))  # built already (a worker that runs at once, as in the tests)
