"""Pages and exports cached under data versions.

Every recorded change (``history.services.change_record``, 催办 items, assignments) gives the plan and the
departments whose pages show it a new random ``data_version``: a plan's board, 台账 and 通报 are keyed by
the plan's version, a department's task list (which spans plans) by the department's, and both by the
day (lights depend on it). A change is seen by the very next request; no process ever serves another
state, and a random token never meets a key of another database or an earlier state.
The cache (settings.CACHES) is a file cache in the data directory by default, shared by the processes of one
machine; with KECHUANG_REDIS_URL it is Redis, shared by every app server and worker (a background job's
result is read by whichever server the client asks next). Both have an atomic ``add`` (single flight).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

from django.core.cache import cache

from kechuang.web.accounts.models import Department, new_version

T = TypeVar("T")
TIMEOUT = 6 * 3600  # entries of old versions are never read again; this only bounds the disk they use
WAIT = 30.0  # how long a request waits for another one building the same entry before building it itself
POLL = 0.02


def versions_touch(plan_id: int | None = None, task_id: int | None = None,
                   department_ids: Iterable[int] = ()) -> None:
    """New versions for the plan, for the departments assigned to the task (else to the plan), and for
    ``department_ids``. Call inside the transaction of the change, after its assignments are written;
    departments an assignment is taken from are passed in ``department_ids``."""
    from kechuang.web.plans.models import Plan  # the plans app imports this module's callers

    if plan_id is not None:
        Plan.objects.filter(pk=plan_id).update(data_version=new_version())
    if task_id is not None:
        Department.objects.filter(assignments__task_id=task_id).update(data_version=new_version())
    elif plan_id is not None:
        Department.objects.filter(assignments__task__plan_id=plan_id).update(data_version=new_version())
    ids = list(department_ids)
    if ids:
        Department.objects.filter(pk__in=ids).update(data_version=new_version())


def cached(parts: tuple[Hashable, ...], build: Callable[[], T]) -> T:
    """The value cached under ``parts`` (which must include the data version), built on a miss.

    One request builds a missing entry while the others asking for it wait (after a change, twenty readers
    of the same board do not compute it twenty times); if the builder fails or takes longer than WAIT,
    the waiters build it themselves.
    """
    return cached_under(key_of(parts), build)


def key_of(parts: tuple[Hashable, ...]) -> str:
    return "kc:" + ":".join(str(p) for p in parts)


def cached_under(key: str, build: Callable[[], T]) -> T:
    """``cached`` with the key made by ``key_of`` (a background job keeps the key it was queued under)."""
    value = cache.get(key)
    if value is not None:
        return value
    lock = key + ":building"
    if not cache.add(lock, 1, timeout=int(2 * WAIT)):
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            time.sleep(POLL)
            value = cache.get(key)
            if value is not None:
                return value
            if not cache.has_key(lock):
                # the builder released the lock: it stored the entry just before (read it once more: between our
                # read and the lock's check it may have done both), or it failed — then build it here
                value = cache.get(key)
                if value is not None:
                    return value
                break
    else:
        # Another request may have stored the entry between our miss and taking the lock (it released the
        # lock after storing): read once more before building it a second time.
        value = cache.get(key)
        if value is not None:
            cache.delete(lock)
            return value
    try:
        value = build()
        cache.set(key, value, TIMEOUT)
    finally:
        cache.delete(lock)
    return value
