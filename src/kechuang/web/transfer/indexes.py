"""The match index of each transfer library (achievements, demands), kept current without re-reading everything.

Per process, one ``MatchIndex`` per library with the state it was built at (row count, last id, last edit time).
A page asks ``index_for``: when the rows changed, only the rows edited since are segmented again (an edit, a new
record, a withdrawal) and the index is assembled from the kept tokens of the others; the first build of a
process loads the copy saved under ``KECHUANG_DATA_DIR/index/`` (no jieba) and refreshes it to the rows'
state, or builds and saves one when there is none. BM25 itself is rebuilt from the kept tokens at the next
search after a change (seconds at 100,000 records, docs/benchmarks.md). Swap ``index_for`` for the persistent
index store of the project library (``kechuang.web.libraries.index_store``: background rebuilds) once merged."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.db.models import Count, Max

from kechuang.errors import KechuangError
from kechuang.matching import MatchIndex, Record
from kechuang.matching.index import record_tokens
from kechuang.web.transfer.models import Achievement, Demand
from kechuang.web.vouchers.money import wan_number

_LOCK = threading.Lock()


def achievement_record(a: Achievement) -> Record:
    return Record(id=f"a{a.pk}", title=a.title, summary=a.summary, applicant=a.holder, fields=tuple(a.fields),
                  region=str(a.region_id), maturity=a.maturity, budget=wan_number(a.price),
                  extra={"kind": "achievement", "pk": a.pk})


def demand_record(d: Demand) -> Record:
    return Record(id=f"d{d.pk}", title=d.title, summary=d.problem, applicant=d.enterprise.name,
                  fields=tuple(d.fields), region=str(d.region_id), maturity=d.maturity, budget=wan_number(d.budget),
                  extra={"kind": "demand", "pk": d.pk, "enterprise": d.enterprise_id})


def _achievements():
    return Achievement.objects.all(), {"status": Achievement.WITHDRAWN}, achievement_record


def _demands():
    return Demand.objects.select_related("enterprise"), {"status": Demand.CLOSED}, demand_record


LIBRARIES = {"achievement": _achievements, "demand": _demands}


@dataclass
class Kept:
    state: tuple  # (count of all rows, last id, last edit time)
    index: MatchIndex


_KEPT: dict[str, Kept] = {}
_BUILDING: dict[str, threading.Thread] = {}
BACKGROUND_ABOVE = 5_000  # rows: a larger library is (re)indexed in a background thread
RECHECK = 2.0  # seconds a process trusts its index before it counts the rows again (its own writes: at once)
_CHECKED: dict[str, float] = {}


def changed(library: str) -> None:
    """This process wrote to the library: the next ``index_for`` looks at the rows again (call after writes)."""
    _CHECKED.pop(library, None)


def _state(rows) -> tuple:
    found = rows.aggregate(n=Count("id"), last=Max("id"), at=Max("updated_at"))
    return found["n"], found["last"] or 0, found["at"].timestamp() if found["at"] else 0.0


def _folder(library: str, state: tuple) -> Path:
    key = hashlib.sha1(repr(state).encode()).hexdigest()[:16]
    return Path(settings.DATA_DIR) / "index" / f"transfer-{library}-{key}"


def _saved(library: str) -> list[Path]:
    """Saved copies of the library's index, the newest first (never one being written)."""
    found = [p for p in (Path(settings.DATA_DIR) / "index").glob(f"transfer-{library}-*")
             if ".tmp" not in p.name and (p / "state.json").exists()]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def _load(folder: Path) -> Kept | None:
    try:
        return Kept(tuple(json.loads((folder / "state.json").read_text("utf-8"))), MatchIndex.load(folder))
    except (OSError, ValueError, KechuangError):
        return None


def _build(library: str, state: tuple) -> MatchIndex:
    """A new process's index: the saved copy of this state; else the newest saved copy refreshed to this state;
    else built from all rows. Saved when it was not loaded as is."""
    for folder in _saved(library):
        kept = _load(folder)
        if kept is None:
            continue
        if kept.state == state:
            return kept.index
        if state[0] >= kept.state[0]:  # no row deleted since: refresh only the rows edited since
            index = _refresh(library, kept, state)
            _save(index, library, state)
            return index
        break
    rows, hidden, to_record = LIBRARIES[library]()
    index = MatchIndex([to_record(r) for r in rows.exclude(**hidden).iterator(chunk_size=2000)])
    _save(index, library, state)
    return index


def _save(index: MatchIndex, library: str, state: tuple) -> None:
    """Write under a temporary name and rename (no process reads half an index); older copies go."""
    folder = _folder(library, state)
    tmp = folder.with_name(f"{folder.name}.tmp{os.getpid()}-{threading.get_ident()}")
    index.save(tmp)
    (tmp / "state.json").write_text(json.dumps(list(state)), "utf-8")
    try:
        tmp.rename(folder)
    except OSError:  # another process saved the same state first
        shutil.rmtree(tmp, ignore_errors=True)
    for old in _saved(library):
        if old != folder:
            shutil.rmtree(old, ignore_errors=True)


def _refresh(library: str, kept: Kept, state: tuple) -> MatchIndex:
    """The kept index with the rows edited since its state segmented again (added, changed or hidden)."""
    if state[0] < kept.state[0]:  # rows were deleted: start again from the rows
        rows, hidden, to_record = LIBRARIES[library]()
        return MatchIndex([to_record(r) for r in rows.exclude(**hidden).iterator(chunk_size=2000)])
    rows, hidden, to_record = LIBRARIES[library]()
    since = datetime.fromtimestamp(kept.state[2], tz=UTC) - timedelta(milliseconds=1)  # float timestamps round
    changed = list(rows.filter(updated_at__gte=since))
    fresh = {f"{library[0]}{r.pk}": r for r in changed}
    records, tokens = [], []
    for rec, tok in zip(kept.index.records, kept.index.tokens, strict=True):
        if rec.id not in fresh:
            records.append(rec)
            tokens.append(tok)
    for row in fresh.values():
        if not all(getattr(row, k) == v for k, v in hidden.items()):
            rec = to_record(row)
            records.append(rec)
            tokens.append(record_tokens(rec))
    index = MatchIndex()
    index.add(records, tokens)
    return index


class IndexPending(KechuangError):
    """The library's index is being built in the background and no earlier one is kept in this process."""

    def __init__(self, library: str):
        super().__init__("KC-MATCH-PENDING", "匹配索引正在建立(库较大时首次约需一两分钟),请稍后刷新本页。",
                         library=library)


def _update(library: str, state: tuple) -> MatchIndex:
    kept = _KEPT.get(library)
    index = _refresh(library, kept, state) if kept else _build(library, state)
    if len(index):
        index.scores({})  # BM25 built here, not at the first search
    _KEPT[library] = Kept(state, index)
    return index


def _in_background(library: str, state: tuple) -> None:
    from django.db import connection

    try:
        _update(library, state)
    finally:
        _BUILDING.pop(library, None)
        connection.close()


def index_for(library: str) -> MatchIndex:
    """The library's index at the rows' current state (see the module's note). Above ``BACKGROUND_ABOVE`` rows a
    change is indexed in a background thread: until it is done the kept index answers (one change behind), and a
    process without one raises ``IndexPending`` (the page says so instead of waiting)."""
    kept = _KEPT.get(library)
    if kept and time.monotonic() - _CHECKED.get(library, -RECHECK) < RECHECK:
        return kept.index
    state = _state(LIBRARIES[library]()[0])
    _CHECKED[library] = time.monotonic()
    if kept and kept.state == state:
        return kept.index
    if state[0] > BACKGROUND_ABOVE:
        with _LOCK:
            if library not in _BUILDING:
                _BUILDING[library] = threading.Thread(target=_in_background, args=(library, state), daemon=True)
                _BUILDING[library].start()
        if kept:
            return kept.index
        raise IndexPending(library)
    with _LOCK:
        kept = _KEPT.get(library)
        if kept and kept.state == state:
            return kept.index
        return _update(library, state)
