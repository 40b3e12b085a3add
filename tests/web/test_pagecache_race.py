"""The page cache's single flight under an interleaving that a loaded machine produces (split from
test_pagecache.py, which holds the rest of the cache's behaviour)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_a_waiter_that_sees_the_lock_released_reads_the_entry_before_building_it(monkeypatch):
    """The builder stores the entry and then releases the lock; a waiter may read "no entry" just before the store
    and "no lock" just after the release. It must read the entry once more rather than build it a second time
    (this interleaving built twice under load on the Redis run of 2026-12-02)."""
    import time

    from kechuang.web import pagecache
    from kechuang.web.pagecache import cache, cached, key_of

    parts = ("released", time.time_ns())
    key, lock = key_of(parts), key_of(parts) + ":building"
    cache.add(lock, 1, timeout=60)  # another request is building
    real_get, reads = cache.get, []

    def builder_finishes_right_after_the_waiters_read(k, *args, **kwargs):
        value = real_get(k, *args, **kwargs)
        if k == key:
            reads.append(value)
            if len(reads) == 2:  # the waiter's first poll misses; then the builder stores and releases
                cache.set(key, "页面", 60)
                cache.delete(lock)
        return value

    monkeypatch.setattr(pagecache.cache, "get", builder_finishes_right_after_the_waiters_read)
    builds = []
    assert cached(parts, lambda: builds.append(1) or "again") == "页面"
    assert builds == [] and reads[:2] == [None, None]
