"""The persistent match-index store every library uses: one index per (library, region), built from the database
over the region's family (the region, the regions above it and below it) — or one per library over every region
(``Source.scope == "all"``: the transfer libraries, filtered per user afterwards) — saved under
``KECHUANG_DATA_DIR/index/<library>/<region id or "all">/``. The index is what the source makes: a
``DuplicateIndex`` (its ``.index`` is the ``MatchIndex`` search uses) for the duplicate check, or a plain
``MatchIndex``.

Keyed by a data version: ``IndexVersion`` rows (one per library and region; ``seq`` grows with every write,
``generation`` never changes). ``index_for`` returns the index as of now:

- in memory and at the current version: as it is;
- behind: the rows written since its watermark are read; new rows are ``add``-ed incrementally (LSH inserts,
  BM25 delta segment), a changed row is removed and added again (only it is segmented again), a row the source
  no longer shows (a withdrawn achievement) is removed; a large delta is merged in a thread (``index_merge``);
- not in memory: the newest saved snapshot of the same generation is loaded and caught up; with none, a small
  family is built at once and a large one is built in the background (``IndexBuilding`` until it is done), so
  a page never waits for a 100,000-record build;
- a large family (``SYNC_LIMIT``) not in memory: its snapshot is loaded in a background thread (``preload``;
  a server worker loads every saved snapshot so when it starts): ``IndexBuilding`` at once, never a wait of
  seconds.

A library registers a ``Source``: how to read its records of some regions (optionally only those changed since
a time) as ``kechuang.matching.Record`` with a version per record. Writes call ``touch(library, region_id)``
inside their transaction (rows are never deleted: a library hides a record through ``Source.shown``).
"""

from __future__ import annotations

import logging
import pickle
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.db.models import F

from kechuang.errors import KechuangError
from kechuang.gc_pause import gc_paused
from kechuang.matching import DuplicateIndex, MatchIndex, Record
from kechuang.web.accounts import regions
from kechuang.web.accounts.models import Region
from kechuang.web.libraries import index_merge
from kechuang.web.libraries.models import IndexVersion

log = logging.getLogger("kechuang.web.libraries")
SYNC_LIMIT = 20_000  # a family up to this many records is (re)built within the request
SLACK = timedelta(seconds=2)  # rows written this close before a watermark are read again (clock skew, commits)
FORMAT = 1
Index = DuplicateIndex | MatchIndex


def _always(record: Record) -> bool:
    return True


@dataclass(frozen=True)
class Source:
    """How a library's records are read. ``rows(region_ids, since)`` yields ``(record, version, updated_at)``
    (``region_ids`` None: every region); ``count(region_ids)`` counts them. ``scope``: ``"family"`` (one index per
    region's family) or ``"all"`` (one index of every region); ``make`` builds the index from records
    (``DuplicateIndex`` or ``MatchIndex``); ``shown`` says whether a record belongs in the index (rows still read
    and versioned, so a record hidden later leaves it)."""

    rows: Callable[[list[int] | None, datetime | None], Iterable[tuple[Record, int, datetime]]]
    count: Callable[[list[int] | None], int]
    scope: str = "family"
    make: Callable[[list[Record]], Index] = DuplicateIndex
    shown: Callable[[Record], bool] = _always


SOURCES: dict[str, Source] = {}


def register(library: str, source: Source) -> None:
    SOURCES[library] = source


class IndexBuilding(KechuangError):
    def __init__(self) -> None:
        super().__init__("KC-LIB-INDEX-BUILDING", "查重与检索索引正在后台建立(数据量较大),请一两分钟后再试。")


@dataclass
class Entry:
    index: Index
    versions: dict[str, tuple[str, int]]  # region id (str) → (generation, seq) the index holds
    watermark: datetime | None  # the latest updated_at of the rows it holds
    record_versions: dict[str, int] = field(default_factory=dict)  # record id → row version (shown or not)
    source: str = ""  # the snapshot file it was saved as or loaded from

    def compatible(self, now: dict[str, tuple[str, int]]) -> bool:
        """Same generations and no region's seq went back: catching up by reading newer rows is exact."""
        return all(k in now and now[k][0] == g and now[k][1] >= s for k, (g, s) in self.versions.items())


_MEMORY: dict[tuple[str, int | None], Entry] = {}
_LOCK = threading.RLock()  # re-entered when huey runs a queued rebuild at once (immediate mode)
_QUEUED: dict[tuple[str, int | None], float] = {}  # rebuilds this process queued, and when
_LOADING: set[tuple[str, int | None]] = set()  # snapshots ``preload`` is loading in its thread
_REJECTED: dict[tuple[str, int | None], str] = {}  # the newest snapshot found unusable (not loaded again)
REQUEUE_AFTER = 600.0  # seconds: a rebuild queued longer ago (its worker stopped) is queued again


# -- versions -------------------------------------------------------------------------------------------------
def touch(library: str, region_id: int) -> None:
    """A write to ``library`` in the region (call inside the write's transaction)."""
    updated = IndexVersion.objects.filter(library=library, region_id=region_id).update(seq=F("seq") + 1)
    if not updated:
        IndexVersion.objects.get_or_create(library=library, region_id=region_id, defaults={"seq": 1})


def family(region: Region | int) -> list[int]:
    """The region, every region above it and every region below it (ids; the tree of ``accounts.regions``)."""
    return regions.family(region if isinstance(region, int) else region.pk)


def versions_of(library: str, region_ids: list[int] | None) -> dict[str, tuple[str, int]]:
    rows = IndexVersion.objects.filter(library=library)
    if region_ids is not None:
        rows = rows.filter(region_id__in=region_ids)
    return {str(r): (g, s) for r, g, s in rows.values_list("region_id", "generation", "seq")}


def _key(library: str, region: Region | int | None) -> tuple[str, int | None]:
    """The index a library keeps for the region: its family's, or the one of every region (``None``)."""
    if SOURCES[library].scope == "all":
        return library, None
    return library, region if isinstance(region, int) else region.pk


def _regions(region_id: int | None) -> list[int] | None:
    return None if region_id is None else family(region_id)


def match_index(index: Index) -> MatchIndex:
    """The BM25 part of an index (a ``DuplicateIndex`` holds one)."""
    return index.index if isinstance(index, DuplicateIndex) else index


# -- building, saving, loading ---------------------------------------------------------------------------------
def _folder(library: str, region_id: int | None) -> Path:
    return Path(settings.DATA_DIR) / "index" / library / ("all" if region_id is None else str(region_id))


def build(library: str, region_id: int | None) -> Entry:
    """Read the family's (or every region's) records and build their index (jieba, BM25, MinHash)."""
    source, ids = SOURCES[library], _regions(region_id)
    versions = versions_of(library, ids)  # read first: rows written meanwhile are caught up later
    records, record_versions, watermark = [], {}, None
    for rec, version, updated in source.rows(ids, None):
        if source.shown(rec):
            records.append(rec)
        record_versions[rec.id] = version
        watermark = updated if watermark is None or updated > watermark else watermark
    index = source.make(records)
    if len(index):
        match_index(index).scores({})  # BM25 built now, not on the first query
    return Entry(index, versions, watermark, record_versions)


def save(library: str, region_id: int | None, entry: Entry) -> Path:
    folder = _folder(library, region_id)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"index-{time.time_ns()}.pkl"
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as fh:
        pickle.dump({"format": FORMAT, "entry": entry}, fh, protocol=pickle.HIGHEST_PROTOCOL)  # BM25 arrays too
    tmp.replace(path)
    entry.source = path.name
    for old in sorted(folder.glob("index-*.pkl"))[:-2]:  # keep the two newest
        old.unlink(missing_ok=True)
    return path


def _unpickled(path: Path):
    """The snapshot's objects, with the cyclic garbage collector paused: it would walk the growing heap again
    and again while ~10 million small objects are created (measured: a third of the load's CPU)."""
    with gc_paused(), path.open("rb") as fh:
        return pickle.load(fh)


def _load_saved(library: str, region_id: int | None, now: dict) -> Entry | None:
    """The newest saved snapshot compatible with the database as it is now (the store's own files only)."""
    for path in sorted(_folder(library, region_id).glob("index-*.pkl"), reverse=True):
        try:
            data = _unpickled(path)
        except Exception:  # a half-written or foreign file: skip it
            log.warning("index snapshot %s unreadable", path)
            continue
        entry = data.get("entry") if isinstance(data, dict) and data.get("format") == FORMAT else None
        if entry is not None and entry.compatible(now):
            entry.source = path.name
            if len(entry.index):
                match_index(entry.index).scores({})  # BM25 rebuilt only if saved stale (or by an older version)
            return entry
    return None


def _catch_up(library: str, entry: Entry, ids: list[int] | None, now: dict) -> None:
    """Read the rows written since the watermark: a new one is added, a changed one removed and added again
    (only they are segmented), one the source no longer shows removed."""
    source = SOURCES[library]
    since = entry.watermark - SLACK if entry.watermark else None
    changed, new = [], []
    for rec, version, updated in source.rows(ids, since):
        known = entry.record_versions.get(rec.id)
        entry.watermark = updated if entry.watermark is None or updated > entry.watermark else entry.watermark
        if known == version:
            continue
        if known is not None:
            changed.append(rec.id)
        if source.shown(rec):
            new.append(rec)
        entry.record_versions[rec.id] = version
    if changed:
        entry.index.remove(changed)
    if new:
        entry.index.add(new)
    entry.versions = now


def index_for(library: str, region: Region | int | None = None, now: dict | None = None) -> Index:
    """The index of the region's family (or of every region, for an ``"all"`` source) as of now (see the
    module's docstring), or as of the versions ``now`` the caller just read (``cached``: not read twice).
    ``IndexBuilding`` when a large family has no index in memory: its snapshot is loaded in a background thread
    (``preload``), or, with none usable, built by a background job."""
    key = _key(library, region)
    region_id = key[1]
    if key in _LOADING and key not in _MEMORY:
        raise IndexBuilding()
    ids = _regions(region_id)
    now = versions_of(library, ids) if now is None else now
    with _LOCK:
        entry = _MEMORY.get(key)
        if entry is not None and entry.versions == now:
            return entry.index
        if entry is None or not entry.compatible(now):
            if SOURCES[library].count(ids) > SYNC_LIMIT:
                newest = _newest(library, region_id)
                if newest and newest != _REJECTED.get(key):
                    preload([key])  # a page never waits for a 100,000-record load
                else:
                    queue_rebuild(library, region_id)
                raise IndexBuilding()
            entry = _load_saved(library, region_id, now)
        if entry is None:
            entry = build(library, region_id)
            _MEMORY[key] = entry
            _save_quietly(library, region_id, entry)
            return entry.index
        if entry.versions != now:
            _catch_up(library, entry, ids, now)
            if index_merge.wanted(entry.index):
                index_merge.start(key, _LOCK, _MEMORY,
                                  on_merged=lambda merged: _save_quietly(library, region_id, merged))
        _MEMORY[key] = entry
        return entry.index


def cached(library: str, region: Region | int | None, key: str, compute: Callable[[Index], object]):
    """``compute(index)`` cached (Django's cache) under ``key`` and the index's data version: a page that shows
    a record's check or matches computes them once per record version and index version; any write to the
    library makes a new key. ``key`` must name everything else the result depends on (record, version, user's
    visibility). A hit needs no index in memory (no 503 while a worker loads it)."""
    import hashlib

    from django.core.cache import cache

    library_key = _key(library, region)
    now = versions_of(library, _regions(library_key[1]))
    digest = hashlib.sha1(repr((sorted(now.items()), library_key, key)).encode()).hexdigest()
    name = f"kc-index-result:{library}:{digest}"
    found = cache.get(name)
    if found is None:
        found = compute(index_for(library, region, now))
        cache.set(name, found, timeout=24 * 3600)
    return found


# -- loading when a server worker starts -----------------------------------------------------------------------
def saved_keys() -> list[tuple[str, int | None]]:
    """(library, region id or None) of every saved snapshot folder of the registered sources."""
    out: list[tuple[str, int | None]] = []
    for library, source in SOURCES.items():
        root = Path(settings.DATA_DIR) / "index" / library
        for folder in sorted(root.iterdir()) if root.is_dir() else []:
            if source.scope == "all" and folder.name == "all":
                out.append((library, None))
            elif source.scope != "all" and folder.name.isdigit():
                out.append((library, int(folder.name)))
    return out


def preload(keys: list[tuple[str, int | None]] | None = None) -> threading.Thread | None:
    """Load the saved snapshots of every registered source (or of ``keys``) in a background thread, so that a
    worker answers at once; meanwhile ``index_for`` of a key being loaded raises ``IndexBuilding`` (the 503
    page), never a wait of seconds. Called by the gunicorn hook ``post_worker_init`` (``web/gunicorn_conf.py``)."""
    with _LOCK:
        todo = [k for k in (saved_keys() if keys is None else keys) if k not in _MEMORY and k not in _LOADING]
        _LOADING.update(todo)
    if not todo:
        return None
    thread = threading.Thread(target=_load_all, args=(todo,), name="kechuang-index-load", daemon=True)
    thread.start()
    return thread


def load_saved_now(between: Callable[[], None] = lambda: None) -> int:
    """Load every saved snapshot not in memory, here and now, calling ``between()`` after each (gunicorn's
    heartbeat): what a server worker does before it accepts a request (``gunicorn_conf.post_worker_init``). Loading
    in a thread while requests ran stalled them: unpickling holds the interpreter lock for tenths of a second at a
    time. Returns how many were loaded."""
    loaded = 0
    for key in saved_keys():
        if key in _MEMORY:
            continue
        try:
            _load_one(*key)
            loaded += key in _MEMORY
        except Exception:  # logged: the page falls back to a background load or build
            log.exception("index snapshot of %s not loaded", key)
        between()
    return loaded


def _load_all(keys: list[tuple[str, int | None]]) -> None:
    from django.db import connection

    try:
        for key in keys:
            try:
                _load_one(*key)
            except Exception:  # logged: the page falls back to a build
                log.exception("index snapshot of %s not loaded", key)
            finally:
                with _LOCK:
                    _LOADING.discard(key)
    finally:
        connection.close()


def _load_one(library: str, region_id: int | None) -> None:
    key, newest = (library, region_id), _newest(library, region_id)
    started, cpu = time.perf_counter(), time.process_time()
    entry = _load_saved(library, region_id, versions_of(library, _regions(region_id)))
    with _LOCK:
        if entry is None:
            _REJECTED[key] = newest  # of another database or format: the next page queues a build
        elif key not in _MEMORY:
            _MEMORY[key] = entry
            _QUEUED.pop(key, None)
    log.info("index %s loaded in %.1f s (CPU %.1f s)", key, time.perf_counter() - started, time.process_time() - cpu)


def _newest(library: str, region_id: int | None) -> str:
    return max((p.name for p in _folder(library, region_id).glob("index-*.pkl")), default="")


def _save_quietly(library: str, region_id: int | None, entry: Entry) -> None:
    try:
        save(library, region_id, entry)
    except OSError as exc:  # a full or read-only disk costs the next process a build, not this request
        log.warning("index snapshot not saved: %s", exc)


def queue_rebuild(library: str, region_id: int | None) -> None:
    """Rebuild in the background (once per process until it ran)."""
    key = (library, region_id)
    if time.monotonic() - _QUEUED.get(key, -REQUEUE_AFTER) < REQUEUE_AFTER:
        return
    _QUEUED[key] = time.monotonic()
    from kechuang.web.libraries.tasks import rebuild_index  # registers with huey on import

    rebuild_index(library, region_id)


def rebuild(library: str, region_id: int | None) -> Entry:
    """The job: build, save, and take it in this process."""
    entry = build(library, region_id)
    save(library, region_id, entry)
    with _LOCK:
        _MEMORY[(library, region_id)] = entry
        _QUEUED.pop((library, region_id), None)
    return entry


def forget() -> None:
    """Drop the indexes held in memory (tests, benchmarks), once background merges have ended."""
    index_merge.wait()
    with _LOCK:
        _MEMORY.clear()
        _QUEUED.clear()
        _LOADING.clear()
        _REJECTED.clear()
