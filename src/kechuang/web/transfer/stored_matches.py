"""A demand's matches computed on write, kept in a table (``StoredMatches``), used by its page: the mechanism of
``kechuang.web.libraries.stored`` (a batched job on write, a watermark, the achievements written since scored on
view, the full computation when too much was written; what may be stale and for how long is said there).

What is stored is what does not depend on the viewer: the achievements the index draws for the demand (``STORED``:
the ``matching.CANDIDATES`` a page ranks and ``EXTRA`` in reserve) with their raw scores, shared terms, the core's
passages and the other marks (``matching.marks``), and what the re-ranking reads (fields, region, maturity, price).
On view the stored candidates, merged with the achievements written since (scored exactly, ``MatchIndex.scores_of``,
with the statistics of the index held), go through the same steps as the live computation: the viewer's visibility
(``matching.visible_to``: an enterprise user never sees an achievement of a region it may not see), the re-ranking,
the rows read afresh (one gone is dropped), the highlighting — so the page shows what the live computation would.
"""

from __future__ import annotations

import hashlib
from functools import partial

from django.urls import reverse
from django.utils import timezone

from kechuang.matching import Record
from kechuang.matching.index import record_tokens
from kechuang.web.libraries import stored
from kechuang.web.libraries.index_store import index_for
from kechuang.web.transfer import matching
from kechuang.web.transfer.models import Achievement, Demand, StoredMatches
from kechuang.web.transfer.records import ACHIEVEMENTS, achievement_record, demand_record

EXTRA = 10
STORED = matching.CANDIDATES + EXTRA
SHOWN = ("title", "summary", "holder", "fields", "region_id", "maturity", "price", "status")  # scored or shown
FIELDS = ("id", *SHOWN)
_shown = partial(stored.digest, names=SHOWN)


def text_key(demand: Demand) -> str:
    """What a demand's matches depend on of the demand: everything its record holds but its status."""
    rec = demand_record(demand)
    text = repr((rec.title, rec.summary, rec.applicant, rec.fields, rec.region, rec.maturity, rec.budget))
    return hashlib.sha1(text.encode()).hexdigest()


def _entry(query: Record, cand: matching.Candidate, shown: str) -> list:
    rec = cand.record
    return [rec.extra["pk"], cand.score, cand.shared_terms[:12], cand.passages, matching.marks(query, rec),
            [list(rec.fields), rec.region, rec.maturity, rec.budget], shown]


def _candidate(entry: list) -> matching.Candidate:
    pk, score, terms, passages, _, (fields, region, maturity, budget), _ = entry
    rec = Record(id=f"a{pk}", title="", fields=tuple(fields), region=region, maturity=maturity, budget=budget,
                 extra={"kind": "achievement", "pk": pk})
    return matching.Candidate(rec, score, terms, passages)


def hits_for(user, demand: Demand, limit: int = 10) -> list[matching.Hit]:
    """The achievements the user may see that could answer the demand, best first, explained (``IndexBuilding``
    while the index loads and the stored matches need it)."""
    query = demand_record(demand)
    found = found_for(demand, query)
    hits = matching.ranked(query, [_candidate(e) for e in found[:matching.CANDIDATES]], matching.visible_to(user),
                           query_is_demand=True, limit=limit)
    marks = {entry[0]: entry[4] for entry in found}
    rows = Achievement.objects.in_bulk([h.record.extra["pk"] for h in hits])
    out = []
    for hit in hits:
        row = rows.get(hit.record.extra["pk"])
        if row is None:  # gone since: dropped, as the live computation drops it
            continue
        hit.record, hit.title, hit.obj = achievement_record(row), row.title, row
        hit.url = reverse("kc-transfer-achievement", args=[row.pk])
        out.append(matching.highlight(hit, query, marks[row.pk]))
    return out


def found_for(demand: Demand, query: Record) -> list[list]:
    """The stored entries brought up to date (one query when no achievement was written since), or the full
    computation, stored."""
    row = stored.row_and_newest(StoredMatches, demand.pk, Achievement, ("text_key", "watermark", "found"))
    if row is not None and row[0] == text_key(demand):
        _, watermark, found, newest = row
        if newest is None or newest < watermark:
            return found
        merged = _reused(query, watermark, found)
        if merged is not None:
            return merged
    return refresh([demand])[demand.pk]


def _reused(query: Record, watermark, found: list[list]) -> list[list] | None:
    """The stored entries merged with the achievements written since, scored exactly; None when the full
    computation is due. Not stored (a GET writes nothing but a full computation)."""
    rows = stored.written_since(Achievement, watermark, FIELDS)
    written = stored.changed(rows, found, _shown)
    if not written:
        return found
    if stored.due(rows, written, found, watermark, EXTRA):
        return None
    index = index_for(ACHIEVEMENTS)
    qtok, fresh = record_tokens(query), []
    for key, score in index.scores_of(query, [f"a{pk}" for pk in written]).items():
        if score <= 0:  # nothing in common: the index would not draw it
            continue
        slot = index.position(key)
        exp = index.explain(query, qtok, slot, score)
        cand = matching.Candidate(index.slots[slot], score, exp.shared_terms, exp.passages)
        fresh.append(_entry(query, cand, _shown(written[cand.record.extra["pk"]])))
    return stored.merged(found, fresh, written, STORED)


def refresh(demands: list[Demand]) -> dict[int, list[list]]:
    """The full computation for these demands through the achievements' index (read once), stored; their entries
    by demand id."""
    watermark = timezone.now() - stored.SLACK  # before the index is read: rows written since are read back on view
    index = index_for(ACHIEVEMENTS)
    drawn = {d.pk: (demand_record(d), matching.candidates(demand_record(d), index, k=STORED)) for d in demands}
    pks = {c.record.extra["pk"] for _, cands in drawn.values() for c in cands}
    shown = {v["id"]: _shown(v) for v in Achievement.objects.filter(pk__in=pks).values(*FIELDS)}
    rows = [StoredMatches(demand=d, text_key=text_key(d), watermark=watermark,
                          found=[_entry(drawn[d.pk][0], c, shown[c.record.extra["pk"]]) for c in drawn[d.pk][1]
                                 if c.record.extra["pk"] in shown]) for d in demands]
    StoredMatches.objects.bulk_create(rows, update_conflicts=True, unique_fields=["demand"],
                                      update_fields=["text_key", "watermark", "found"])
    return {row.demand.pk: row.found for row in rows}


def queue(pks: list[int]) -> None:
    """Compute these demands' matches in the background once the writing transaction commits (by batches)."""
    from kechuang.web.transfer.tasks import precompute_matches

    stored.queue(pks, precompute_matches)


def precompute(pks: list[int]) -> int:
    """The job: compute and store these demands' matches, in batches of ``stored.CHUNK``."""
    return stored.precompute(Demand, pks, refresh, related=("enterprise",))
