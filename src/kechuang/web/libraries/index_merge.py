"""Merging a held index's BM25 delta in the background (``kechuang.matching.index``: a write adds to a small
delta segment; past ``merge_limit`` the write itself would merge, seconds for 100,000 records).

Once the delta and the removed records reach half that limit, ``index_store.index_for`` starts a thread here: it
builds a new main segment over the records as they were (the held index keeps answering and taking writes), then,
under the store's lock (the writes, ``_catch_up``, hold it too), replays the writes made meanwhile onto it and puts
it in place of the held one and saves a snapshot (``on_merged``, still under the lock, as a build's is saved), so that
the next process starts from the merged index rather than from the last snapshot and its delta. A search that
already holds the old index finishes on it (it is not changed)."""

from __future__ import annotations

import logging
import threading
import time

from kechuang.matching import DuplicateIndex

log = logging.getLogger("kechuang.web.libraries")
_MERGING: set[tuple[str, int | None]] = set()


def wanted(index) -> bool:
    return (index.index if isinstance(index, DuplicateIndex) else index).merge_due


def wait(timeout: float = 60.0) -> None:
    """Until no merge runs (or ``timeout``): a merge still running for a key would keep a new index held under the
    same key from being merged (``start`` runs one at a time per key)."""
    deadline = time.monotonic() + timeout
    while _MERGING and time.monotonic() < deadline:
        time.sleep(0.02)


def start(key: tuple[str, int | None], lock, memory: dict, on_merged=None) -> threading.Thread | None:
    """Merge the index held under ``key`` in a thread (once at a time per key); call with ``lock`` held.
    ``on_merged(entry)`` runs under ``lock`` once the merged index is in place (the store saves a snapshot)."""
    if key in _MERGING:
        return None
    _MERGING.add(key)
    thread = threading.Thread(target=_run, args=(key, lock, memory, on_merged), name="kechuang-index-merge",
                              daemon=True)
    thread.start()
    return thread


def _run(key: tuple[str, int | None], lock, memory: dict, on_merged=None) -> None:
    try:
        started = time.perf_counter()
        with lock:
            entry = memory.get(key)
            if entry is None:
                return
            held = entry.index
            mi = held.index if isinstance(held, DuplicateIndex) else held
            plan = mi.merge_plan()
        new = mi.merged(plan)  # seconds for 100,000 records: the held index answers meanwhile
        with lock:
            current = memory.get(key)
            if current is None or current.index is not held or not mi.replay_onto(new, plan):
                return  # rebuilt, dropped or merged meanwhile
            if isinstance(held, DuplicateIndex):
                held.index = new
            else:
                current.index = new
            if on_merged is not None:
                on_merged(current)
        log.info("index %s merged in the background in %.1f s", key, time.perf_counter() - started)
    except Exception:  # logged: the delta keeps answering and a write merges past the limit
        log.exception("index %s not merged", key)
    finally:
        with lock:
            _MERGING.discard(key)
