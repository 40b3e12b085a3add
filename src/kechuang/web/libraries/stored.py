"""Results computed when a record is written and kept in a table, read by its page: the mechanism the project
page's duplicate check (``stored_checks``) and the demand page's matches (``transfer.stored_matches``) share.

A background job (batches of ``CHUNK`` records, queued when the write commits: an import of 100,000 queues 200
jobs, not 100,000) computes a record's result through the library's index and stores its ``STORED`` best entries
(each ``[id, score, …, shown digest]``) with ``text_key`` (what the result depends on of the record itself) and a
watermark (the time before the index was read, less ``SLACK`` for transactions committing late). On view, one
query reads the row and the newest write of the other side (``row_and_newest``); then:

- nothing written since the watermark: the stored entries;
- up to ``DELTA_LIMIT`` rows written since (``written_since``): each new one, or one whose shown text changed
  (``digest``), is scored exactly against the record and merged with the stored entries (``merged``);
- more rows written since, more than ``EXTRA`` stored entries rewritten, a watermark older than ``MAX_AGE`` with
  rows written since (``due``), the record's own text changed, no row: the full computation, stored again.

What may be stale: the candidates drawn among rows older than the watermark (an index's top candidates depend on
the corpus's term statistics, which every write moves a little); the scores are exact and never stale. It lasts
until ``DELTA_LIMIT`` rows are written or ``MAX_AGE`` after the watermark, whichever first.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import timedelta

from django.db.models import Model, QuerySet, Subquery
from django.utils import timezone

from kechuang.web.libraries import index_store

DELTA_LIMIT = 100  # rows written since the watermark scored on view; more: the full computation
READ_LIMIT = 5 * DELTA_LIMIT  # rows of every region written since read by time alone; more: by region too
MAX_AGE = timedelta(days=1)
CHUNK = 500  # records a job computes with one index read
SLACK = index_store.SLACK


def digest(values, names: tuple[str, ...]) -> str:
    """A digest of what a result shows or scores of a row (a dict of values or a model instance)."""
    get = values.get if isinstance(values, dict) else lambda name: getattr(values, name)
    text = "\x1f".join(str(get(name)) for name in names)
    return hashlib.sha1(text.encode()).hexdigest()[:16]


def row_and_newest(stored: type[Model], pk: int, source: type[Model], names: tuple[str, ...]):
    """The stored row's ``names`` and the newest ``updated_at`` of ``source`` in one query (one step back along its
    ``updated_at`` index; a correlated ``EXISTS … updated_at >= watermark`` was planned by PostgreSQL as a scan of
    every row, the watermark being unknown when planning). None when nothing is stored."""
    newest = Subquery(source.objects.order_by("-updated_at").values("updated_at")[:1])
    return stored.objects.filter(pk=pk).annotate(newest=newest).values_list(*names, "newest").first()


def written_since(source: type[Model] | QuerySet, watermark, names: tuple[str, ...],
                  narrow: dict | None = None) -> list[dict]:
    """The rows of ``source`` (a model, or its rows as a queryset) written since ``watermark`` (by ``updated_at``
    alone: its index; a region filter made SQLite scan the region's rows), or, past ``READ_LIMIT`` of them, those
    matching ``narrow`` (say, the family's regions) up to ``DELTA_LIMIT + 1``."""
    source = source if isinstance(source, QuerySet) else source.objects.all()
    rows = list(source.filter(updated_at__gte=watermark).order_by("updated_at").values(*names)[:READ_LIMIT + 1])
    if len(rows) > READ_LIMIT and narrow:
        rows = list(source.filter(updated_at__gte=watermark, **narrow).order_by("updated_at")
                    .values(*names)[:DELTA_LIMIT + 1])
    return rows


def changed(rows: list[dict], found: list[list], shown: Callable[[dict], str]) -> dict[int, dict]:
    """The rows new to the stored entries or whose shown digest moved (by id); the others score as stored (a status
    move, a row written just before the watermark)."""
    stored = {entry[0]: entry[-1] for entry in found}
    return {v["id"]: v for v in rows if v["id"] not in stored or stored[v["id"]] != shown(v)}


def due(rows: list[dict], written: dict[int, dict], found: list[list], watermark, extra: int) -> bool:
    """Whether the full computation is due instead of scoring the rows written since."""
    return (len(rows) > DELTA_LIMIT or timezone.now() - watermark > MAX_AGE
            or sum(entry[0] in written for entry in found) > extra)


def merged(found: list[list], fresh: list[list], written: dict[int, dict], limit: int) -> list[list]:
    """The stored entries but those rewritten, and the fresh ones, best first (entry[1] is the score)."""
    return sorted([entry for entry in found if entry[0] not in written] + fresh, key=lambda e: -e[1])[:limit]


def queue(pks: list[int], task: Callable[[list[int]], object]) -> None:
    """``task(chunk)`` for these records in batches of ``CHUNK``, once the writing transaction commits."""
    from django.db import transaction

    for start in range(0, len(pks), CHUNK):
        chunk = list(pks[start:start + CHUNK])
        transaction.on_commit(lambda chunk=chunk: task(chunk))


def precompute(model: type[Model], pks: list[int], refresh: Callable[[list], object], related=()) -> int:
    """The job: compute and store the results of these records (those still stored), in batches of ``CHUNK``."""
    done = 0
    for start in range(0, len(pks), CHUNK):
        rows = model.objects.filter(pk__in=pks[start:start + CHUNK])
        rows = list(rows.select_related(*related) if related else rows)
        refresh(rows)
        done += len(rows)
    return done
