"""Matches computed on write, kept in a table, used by the pages: a demand's achievements (``StoredMatches``) and an
achievement's demands (``StoredDemandMatches``). The mechanism of ``kechuang.web.libraries.stored`` (a batched job on
write, a watermark, the records written since scored on view, the full computation when too much was written; what
may be stale and for how long is said there).

What is stored is what does not depend on the viewer: the records the index draws for the query (``STORED``: the
``matching.CANDIDATES`` a page ranks and ``EXTRA`` in reserve) with their raw scores, shared terms, the core's
passages and the other marks (``matching.marks``), and what the re-ranking and the visibility read (fields, region,
maturity, money, enterprise). On view the stored candidates, merged with the records written since (scored exactly,
``MatchIndex.scores_of``, with the statistics of the index held), go through the same steps as the live computation:
the viewer's visibility (``matching.visible_to``: an enterprise user never sees an achievement of a region it may
not see, nor another enterprise's demand), the re-ranking, the rows read afresh (one gone is dropped), the
highlighting — so a page shows what the live computation would.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from django.db.models import F, Model, QuerySet
from django.urls import reverse
from django.utils import timezone

from kechuang.matching import Record
from kechuang.matching.index import record_tokens
from kechuang.web.libraries import stored
from kechuang.web.libraries.index_store import index_for
from kechuang.web.transfer import matching
from kechuang.web.transfer.models import Achievement, Demand, StoredDemandMatches, StoredMatches
from kechuang.web.transfer.records import ACHIEVEMENTS, DEMANDS, achievement_record, demand_record

EXTRA = 10
STORED = matching.CANDIDATES + EXTRA
KEPT = ("kind", "pk", "enterprise")  # of a candidate record's extra: what the visibility reads


@dataclass(frozen=True)
class Side:
    """One direction: the query's table and record, the candidates' library, table, record and page."""

    table: type[Model]
    query: type[Model]
    query_record: Callable[[Model], Record]
    library: str
    other: Callable[[], QuerySet]  # the candidates' rows as their record reads them
    other_record: Callable[[object], Record]
    shown: tuple[str, ...]  # what a candidate's digest covers (scored or shown)
    url_name: str
    query_is_demand: bool
    related: tuple[str, ...] = ()

    def digest(self, values) -> str:
        return stored.digest(values, self.shown)


TO_ACHIEVEMENTS = Side(StoredMatches, Demand, demand_record, ACHIEVEMENTS, Achievement.objects.all, achievement_record,
                       ("title", "summary", "holder", "fields", "region_id", "maturity", "price", "status"),
                       "kc-transfer-achievement", True, ("enterprise",))
TO_DEMANDS = Side(StoredDemandMatches, Achievement, achievement_record, DEMANDS,
                  partial(Demand.objects.annotate, enterprise_name=F("enterprise__name")), demand_record,
                  ("title", "problem", "fields", "region_id", "maturity", "budget", "status", "enterprise_id",
                   "enterprise_name"), "kc-transfer-demand", False)


def text_key(side: Side, row: Model) -> str:
    """What a record's matches depend on of the record: everything its record holds but its status."""
    rec = side.query_record(row)
    text = repr((rec.title, rec.summary, rec.applicant, rec.fields, rec.region, rec.maturity, rec.budget))
    return hashlib.sha1(text.encode()).hexdigest()


def _entry(query: Record, cand: matching.Candidate, digest: str) -> tuple[list, str]:
    """A candidate as stored: what ranking reads (``[id, raw score, ranking values, digest]``) and, apart, the
    details only a shown hit needs (shared terms, passages, marks) as one JSON line."""
    rec = cand.record
    values = [list(rec.fields), rec.region, rec.maturity, rec.budget, {k: rec.extra.get(k) for k in KEPT}]
    details = [cand.shared_terms[:12], cand.passages, matching.marks(query, rec)]
    return [rec.extra["pk"], cand.score, values, digest], json.dumps(details, ensure_ascii=False)


def _candidate(entry: list) -> matching.Candidate:
    pk, score, (fields, region, maturity, budget, extra), _ = entry
    rec = Record(id=f"{extra['kind'][0]}{pk}", title="", fields=tuple(fields), region=region, maturity=maturity,
                 budget=budget, extra=extra)
    return matching.Candidate(rec, score, [], {})


def hits_for(user, row: Model, side: Side = TO_ACHIEVEMENTS, limit: int = 10) -> list[matching.Hit]:
    """The records the user may see that match ``row`` (a demand: achievements; an achievement: demands), best
    first, explained (``IndexBuilding`` while the index loads and the stored matches need it). The details of the
    shown hits only are parsed (all 40 were most of a view's CPU)."""
    query = side.query_record(row)
    found, details = found_for(side, row, query)
    hits = matching.ranked(query, [_candidate(e) for e in found[:matching.CANDIDATES]], matching.visible_to(user),
                           query_is_demand=side.query_is_demand, limit=limit)
    rows = side.other().in_bulk([h.record.extra["pk"] for h in hits])
    out = []
    for hit in hits:
        other = rows.get(hit.record.extra["pk"])
        if other is None:  # gone since: dropped, as the live computation drops it
            continue
        terms, passages, marks = json.loads(details[other.pk])
        hit.shared_terms, hit.passages = terms[:12], {"title": [], "summary": [], **passages}
        hit.record, hit.title, hit.obj = side.other_record(other), other.title, other
        hit.url = reverse(side.url_name, args=[other.pk])
        out.append(matching.highlight(hit, query, marks))
    return out


def demands_for_achievement(user, achievement: Achievement) -> list[matching.Hit]:
    """The achievement page's demands (``matching.demands_for_achievement``, stored)."""
    return hits_for(user, achievement, TO_DEMANDS)


def found_for(side: Side, row: Model, query: Record) -> tuple[list[list], dict[int, str]]:
    """The stored entries brought up to date (one query when nothing was written since on the other side), or the
    full computation, stored; with their details by id."""
    model = side.other().model
    stored_row = stored.row_and_newest(side.table, row.pk, model, ("text_key", "watermark", "found", "details"))
    if stored_row is not None and stored_row[0] == text_key(side, row):
        _, watermark, found, lines, newest = stored_row
        details = dict(zip((e[0] for e in found), lines.split("\n"), strict=True)) if found else {}
        if newest is None or newest < watermark:
            return found, details
        merged = _reused(side, query, watermark, found, details)
        if merged is not None:
            return merged, details
    return refresh([row], side)[row.pk]


def _reused(side: Side, query: Record, watermark, found: list[list], details: dict[int, str]) -> list[list] | None:
    """The stored entries merged with the records written since, scored exactly (their details added to
    ``details``); None when the full computation is due. Not stored (a GET writes nothing but a full
    computation)."""
    rows = stored.written_since(side.other(), watermark, ("id", *side.shown))
    written = stored.changed(rows, found, side.digest)
    if not written:
        return found
    if stored.due(rows, written, found, watermark, EXTRA):
        return None
    index = index_for(side.library)
    qtok, fresh = record_tokens(query), []
    prefix = "a" if side.library == ACHIEVEMENTS else "d"
    for key, score in index.scores_of(query, [f"{prefix}{pk}" for pk in written]).items():
        if score <= 0:  # nothing in common: the index would not draw it
            continue
        slot = index.position(key)
        exp = index.explain(query, qtok, slot, score)
        cand = matching.Candidate(index.slots[slot], score, exp.shared_terms, exp.passages)
        entry, details[cand.record.extra["pk"]] = _entry(query, cand, side.digest(written[cand.record.extra["pk"]]))
        fresh.append(entry)
    return stored.merged(found, fresh, written, STORED)


def refresh(rows: list[Model], side: Side = TO_ACHIEVEMENTS) -> dict[int, tuple[list[list], dict[int, str]]]:
    """The full computation for these records through the other side's index (read once), stored; their entries
    and details by record id."""
    watermark = timezone.now() - stored.SLACK  # before the index is read: rows written since are read back on view
    index = index_for(side.library)
    drawn = {r.pk: (side.query_record(r), matching.candidates(side.query_record(r), index, k=STORED)) for r in rows}
    pks = {c.record.extra["pk"] for _, cands in drawn.values() for c in cands}
    shown = {v["id"]: side.digest(v) for v in side.other().filter(pk__in=pks).values("id", *side.shown)}
    out, made = {}, []
    for r in rows:
        query, cands = drawn[r.pk]
        entries = [_entry(query, c, shown[c.record.extra["pk"]]) for c in cands if c.record.extra["pk"] in shown]
        found = [entry for entry, _ in entries]
        out[r.pk] = found, {entry[0]: line for entry, line in entries}
        made.append(side.table(pk=r.pk, text_key=text_key(side, r), watermark=watermark, found=found,
                               details="\n".join(line for _, line in entries)))
    side.table.objects.bulk_create(made, update_conflicts=True, unique_fields=[side.table._meta.pk.name],
                                   update_fields=["text_key", "watermark", "found", "details"])
    return out


def queue(pks: list[int], side: Side = TO_ACHIEVEMENTS) -> None:
    """Compute these records' matches in the background once the writing transaction commits (by batches)."""
    from kechuang.web.transfer.tasks import precompute_matches

    stored.queue(pks, partial(precompute_matches, reverse=side is TO_DEMANDS))


def precompute(pks: list[int], side: Side = TO_ACHIEVEMENTS) -> int:
    """The job: compute and store these records' matches, in batches of ``stored.CHUNK``."""
    return stored.precompute(side.query, pks, partial(refresh, side=side), related=side.related)
