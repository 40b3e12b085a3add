"""The persistent match-index store every library uses: one ``DuplicateIndex`` (its ``.index`` is the
``MatchIndex`` search uses) per (library, region), built from the database over the region's family (the region,
the regions above it and below it), saved under ``KECHUANG_DATA_DIR/index/<library>/<region id>/``.

Keyed by a data version: ``IndexVersion`` rows (one per library and region; ``seq`` grows with every write,
``generation`` never changes). ``index_for`` returns the index as of now:

- in memory and at the current version: as it is;
- behind: the rows written since its watermark are read; new rows are ``add``-ed incrementally (LSH inserts,
  BM25 refreshed from the kept tokens); changed rows make it stale: rebuilt at once when the family is small
  (``SYNC_LIMIT``), else in a background job (huey) while pages use it with the new rows added;
- not in memory: the newest saved snapshot of the same generation is loaded and caught up; with none, a small
  family is built at once and a large one is built in the background (``IndexBuilding`` until it is done), so
  a page never waits for a 100,000-record build.

A library registers a ``Source``: how to read its records of some regions (optionally only those changed since
a time) as ``kechuang.matching.Record`` with a version per record. Writes call ``touch(library, region_id)``
inside their transaction.
"""

from __future__ import annotations

import copy
import logging
import pickle
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.db.models import F

from kechuang.errors import KechuangError
from kechuang.matching import DuplicateIndex, Record
from kechuang.web.accounts.models import Region
from kechuang.web.libraries.models import IndexVersion

log = logging.getLogger("kechuang.web.libraries")
SYNC_LIMIT = 20_000  # a family up to this many records is (re)built within the request
SLACK = timedelta(seconds=2)  # rows written this close before a watermark are read again (clock skew, commits)
FORMAT = 1


@dataclass(frozen=True)
class Source:
    """How a library's records are read. ``rows(region_ids, since)`` yields ``(record, version, updated_at)``;
    ``count(region_ids)`` counts them."""

    rows: Callable[[list[int], datetime | None], Iterable[tuple[Record, int, datetime]]]
    count: Callable[[list[int]], int]


SOURCES: dict[str, Source] = {}


def register(library: str, source: Source) -> None:
    SOURCES[library] = source


class IndexBuilding(KechuangError):
    def __init__(self) -> None:
        super().__init__("KC-LIB-INDEX-BUILDING", "查重与检索索引正在后台建立(数据量较大),请一两分钟后再试。")


@dataclass
class Entry:
    index: DuplicateIndex
    versions: dict[str, tuple[str, int]]  # region id (str) → (generation, seq) the index holds
    watermark: datetime | None  # the latest updated_at of the rows it holds
    record_versions: dict[str, int] = field(default_factory=dict)  # record id → row version
    stale: bool = False  # holds a changed row's old text: rebuild
    source: str = ""  # the snapshot file it was saved as or loaded from

    def compatible(self, now: dict[str, tuple[str, int]]) -> bool:
        """Same generations and no region's seq went back: catching up by reading newer rows is exact."""
        return all(k in now and now[k][0] == g and now[k][1] >= s for k, (g, s) in self.versions.items())


_MEMORY: dict[tuple[str, int], Entry] = {}
_LOCK = threading.RLock()  # re-entered when huey runs a queued rebuild at once (immediate mode)
_QUEUED: dict[tuple[str, int], float] = {}  # rebuilds this process queued, and when
REQUEUE_AFTER = 600.0  # seconds: a rebuild queued longer ago (its worker stopped) is queued again


# -- versions -------------------------------------------------------------------------------------------------
def touch(library: str, region_id: int) -> None:
    """A write to ``library`` in the region (call inside the write's transaction)."""
    updated = IndexVersion.objects.filter(library=library, region_id=region_id).update(seq=F("seq") + 1)
    if not updated:
        IndexVersion.objects.get_or_create(library=library, region_id=region_id, defaults={"seq": 1})


def family(region: Region | int) -> list[int]:
    """The region, every region above it and every region below it (ids)."""
    rid = region if isinstance(region, int) else region.pk
    parents = dict(Region.objects.values_list("id", "parent_id"))
    above, cur = [], parents.get(rid)
    while cur is not None and cur not in above:
        above.append(cur)
        cur = parents.get(cur)
    return [rid, *above, *below(rid, parents)]


def below(region_id: int, parents: dict[int, int | None] | None = None) -> list[int]:
    parents = parents if parents is not None else dict(Region.objects.values_list("id", "parent_id"))
    children: dict[int, list[int]] = {}
    for child, parent in parents.items():
        children.setdefault(parent, []).append(child)
    out, todo = [], list(children.get(region_id, []))
    while todo:
        rid = todo.pop()
        out.append(rid)
        todo.extend(children.get(rid, []))
    return out


def versions_of(library: str, region_ids: list[int]) -> dict[str, tuple[str, int]]:
    rows = IndexVersion.objects.filter(library=library, region_id__in=region_ids)
    return {str(r): (g, s) for r, g, s in rows.values_list("region_id", "generation", "seq")}


# -- building, saving, loading ---------------------------------------------------------------------------------
def _folder(library: str, region_id: int) -> Path:
    return Path(settings.DATA_DIR) / "index" / library / str(region_id)


def build(library: str, region_id: int) -> Entry:
    """Read the family's records and build their index (jieba, BM25, MinHash)."""
    ids = family(region_id)
    versions = versions_of(library, ids)  # read first: rows written meanwhile are caught up later
    records, record_versions, watermark = [], {}, None
    for rec, version, updated in SOURCES[library].rows(ids, None):
        records.append(rec)
        record_versions[rec.id] = version
        watermark = updated if watermark is None or updated > watermark else watermark
    index = DuplicateIndex(records)
    if len(index):
        index.index.scores({})  # BM25 built now, not on the first query
    return Entry(index, versions, watermark, record_versions)


def save(library: str, region_id: int, entry: Entry) -> Path:
    folder = _folder(library, region_id)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"index-{time.time_ns()}.pkl"
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as fh:
        pickle.dump({"format": FORMAT, "entry": _without_bm25(entry)}, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    entry.source = path.name
    for old in sorted(folder.glob("index-*.pkl"))[:-2]:  # keep the two newest
        old.unlink(missing_ok=True)
    return path


def _without_bm25(entry: Entry) -> Entry:
    """The entry to save, without its BM25 retrievers: rebuilt from the kept tokens on load (no jieba), as
    unpickled bm25s retrievers score about ten times slower than freshly built ones (measured: 0.17 ms against
    0.014 ms a call at 20,000 records). Shallow copies: the live index is never touched by another thread."""
    dup = copy.copy(entry.index)
    dup.index = copy.copy(entry.index.index)
    dup.index._retrievers, dup.index._stale = {}, True
    return replace(entry, index=dup)


def _newest(library: str, region_id: int) -> str:
    return max((p.name for p in _folder(library, region_id).glob("index-*.pkl")), default="")


def _load_saved(library: str, region_id: int, now: dict) -> Entry | None:
    """The newest saved snapshot compatible with the database as it is now (the store's own files only)."""
    for path in sorted(_folder(library, region_id).glob("index-*.pkl"), reverse=True):
        try:
            with path.open("rb") as fh:
                data = pickle.load(fh)
        except Exception:  # a half-written or foreign file: skip it
            log.warning("index snapshot %s unreadable", path)
            continue
        entry = data.get("entry") if isinstance(data, dict) and data.get("format") == FORMAT else None
        if entry is not None and entry.compatible(now):
            entry.source = path.name
            if len(entry.index):
                entry.index.index.scores({})  # BM25 from the kept tokens, before any query
            return entry
    return None


def _catch_up(library: str, entry: Entry, ids: list[int], now: dict) -> None:
    since = entry.watermark - SLACK if entry.watermark else None
    new = []
    for rec, version, updated in SOURCES[library].rows(ids, since):
        known = entry.record_versions.get(rec.id)
        if known is None:
            new.append(rec)
        elif known != version:
            entry.stale = True
        entry.record_versions[rec.id] = version
        entry.watermark = updated if entry.watermark is None or updated > entry.watermark else entry.watermark
    if new:
        entry.index.add(new)
    entry.versions = now


def index_for(library: str, region: Region | int) -> DuplicateIndex:
    """The index of the region's family as of now (see the module's docstring); ``IndexBuilding`` when a large
    family has no index yet."""
    region_id = region if isinstance(region, int) else region.pk
    key = (library, region_id)
    ids = family(region_id)
    now = versions_of(library, ids)
    with _LOCK:
        entry = _MEMORY.get(key)
        if entry is not None and entry.versions == now and not entry.stale:
            return entry.index
        if entry is None or not entry.compatible(now) or (entry.stale and _newest(library, region_id) > entry.source):
            saved = _load_saved(library, region_id, now)  # another process's build (a worker's rebuild)
            if saved is not None:
                _QUEUED.pop(key, None)
                entry = saved
            elif entry is not None and not entry.compatible(now):
                entry = None
        if entry is None:
            if SOURCES[library].count(ids) > SYNC_LIMIT:
                queue_rebuild(library, region_id)
                raise IndexBuilding()
            entry = build(library, region_id)
            _MEMORY[key] = entry
            _save_quietly(library, region_id, entry)
            return entry.index
        if entry.versions != now:
            _catch_up(library, entry, ids, now)
        if entry.stale:
            if len(entry.index) <= SYNC_LIMIT:
                entry = build(library, region_id)
                _save_quietly(library, region_id, entry)
            else:
                queue_rebuild(library, region_id)
        _MEMORY[key] = entry
        return entry.index


def _save_quietly(library: str, region_id: int, entry: Entry) -> None:
    try:
        save(library, region_id, entry)
    except OSError as exc:  # a full or read-only disk costs the next process a build, not this request
        log.warning("index snapshot not saved: %s", exc)


def queue_rebuild(library: str, region_id: int) -> None:
    """Rebuild in the background (once per process until it ran)."""
    key = (library, region_id)
    if time.monotonic() - _QUEUED.get(key, -REQUEUE_AFTER) < REQUEUE_AFTER:
        return
    _QUEUED[key] = time.monotonic()
    from kechuang.web.libraries.tasks import rebuild_index  # registers with huey on import

    rebuild_index(library, region_id)


def rebuild(library: str, region_id: int) -> Entry:
    """The job: build, save, and take it in this process."""
    entry = build(library, region_id)
    save(library, region_id, entry)
    with _LOCK:
        _MEMORY[(library, region_id)] = entry
        _QUEUED.pop((library, region_id), None)
    return entry


def forget() -> None:
    """Drop the indexes held in memory (tests, benchmarks)."""
    with _LOCK:
        _MEMORY.clear()
        _QUEUED.clear()
