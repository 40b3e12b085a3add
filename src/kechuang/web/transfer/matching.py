"""Matching in the transfer libraries: a demand → achievements, experts and 科技特派员; an achievement → demands.

The core (``kechuang.matching``) retrieves and explains; the index store (``kechuang.web.libraries.index_store``,
sources in ``records``) keeps one index per library over every region; this module filters the hits
to what the user may see, re-ranks them with the core's parts (fields agree, region, maturity fit, budget fit,
oriented demand → offer in both directions) and says each part in Chinese. Views never compute matches."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace

from django.urls import reverse
from django.utils.safestring import SafeString

from kechuang.matching import MatchIndex, Record
from kechuang.matching.concepts import PREFIX, concepts
from kechuang.matching.explain import common_passages
from kechuang.matching.rerank import BUDGET, FIELD, MATURITY, REGION, budget_fit, maturity_fit
from kechuang.web.libraries.index_store import cached, index_for
from kechuang.web.transfer import access
from kechuang.web.transfer.highlight import marked
from kechuang.web.transfer.models import Achievement, Demand
from kechuang.web.transfer.records import ACHIEVEMENTS, DEMANDS, achievement_record, demand_record, version_of

CANDIDATES = 30  # hits taken from the index before visibility filtering and re-ranking
MIN_SHARE = 0.05  # a hit whose text scores under 5 % of the best is noise, whatever its field or region


def people_records(region) -> list[Record]:
    """Experts and 科技特派员 of the talent library (``kechuang.web.talents.selectors.match_records``), or none
    while that library is not installed."""
    try:
        from kechuang.web.talents.selectors import match_records
    except ImportError:
        return []
    return list(match_records(region))


# ------------------------------------------------------------------------------------------ explanations


@dataclass
class Part:
    label: str
    value: float
    detail: str


@dataclass
class Hit:
    kind: str  # achievement / demand / talent / specialist
    kind_label: str
    title: str
    url: str
    score: float
    record: Record
    parts: list[Part] = field(default_factory=list)
    shared_terms: list[str] = field(default_factory=list)
    shared_fields: list[str] = field(default_factory=list)
    shared_concepts: list[str] = field(default_factory=list)  # industry classes both name (茶叶, 生猪 …)
    query_title: SafeString | str = ""
    query_text: SafeString | str = ""
    title_html: SafeString | str = ""
    text_html: SafeString | str = ""
    obj: object = None
    passages: dict = field(default_factory=dict)  # the core's passages of the record's title and summary


KIND_LABELS = {"achievement": "科技成果", "demand": "技术需求", "talent": "专家", "specialist": "科技特派员"}


def _parts(demand: Record, offer: Record, share: float, same_region: bool) -> list[Part]:
    shared = sorted(set(demand.fields) & set(offer.fields))
    mfit, bfit = maturity_fit(demand.maturity, offer.maturity), budget_fit(demand.budget, offer.budget)
    if demand.maturity is None or offer.maturity is None:
        mdetail = "需求未提成熟度要求" if demand.maturity is None else "成果未填技术成熟度"
    else:
        mdetail = f"成果 {offer.maturity} 级,需求至少 {demand.maturity} 级"
    if not demand.budget or offer.budget is None:
        bdetail = "需求未填预算" if not demand.budget else "成果未标价"
    else:
        bdetail = f"报价 {offer.budget:g} 万元,预算 {demand.budget:g} 万元"
    return [Part("文本相关度", share, f"占本次最佳匹配的 {share:.0%}"),
            Part("技术领域一致", FIELD * bool(shared), "、".join(shared) if shared else "无相同领域"),
            Part("同一地区", REGION * same_region, "同一县(市、区)" if same_region else "不同地区"),
            Part("成熟度匹配", MATURITY * mfit, mdetail),
            Part("预算匹配", BUDGET * bfit, bdetail)]


def _score(hit: Hit, query: Record, shared_terms: list[str], demand_side: Record, offer_side: Record,
           share: float) -> Hit:
    rec = hit.record
    hit.parts = _parts(demand_side, offer_side, share, bool(query.region) and query.region == rec.region)
    hit.score = sum(p.value for p in hit.parts)
    hit.shared_terms = shared_terms[:12]
    hit.shared_fields = sorted(set(query.fields) & set(rec.fields))
    return hit


def marks(query: Record, rec: Record) -> dict:
    """What ``highlight`` finds of a pair besides the core's passages (the costly part, stored with a demand's
    matches): the industry classes both name and the passages of the query's title and summary the record shares."""
    mine, theirs = (concepts(f"{r.title} {' '.join(r.fields)}") for r in (query, rec))
    rec_text = f"{rec.title}\n{rec.summary}"
    return {"concepts": [c.removeprefix(PREFIX) for c in mine if c in theirs],
            "query_title": common_passages(rec_text, query.title),
            "query_text": common_passages(rec_text, query.summary)}


def highlight(hit: Hit, query: Record, found: dict | None = None) -> Hit:
    """Shared industry classes and the passages marked in both texts (done for the hits shown only; ``found``:
    ``marks`` stored)."""
    rec, found = hit.record, found or marks(query, hit.record)
    hit.shared_concepts = found["concepts"]
    passages, query_text = hit.passages, f"{query.title}\n{query.summary}"  # the core found them for these texts
    hit.title_html = marked(rec.title, passages["title"] if "title" in passages
                            else common_passages(query_text, rec.title))
    hit.text_html = marked(rec.summary, passages["summary"] if "summary" in passages
                           else common_passages(query_text, rec.summary))
    hit.query_title = marked(query.title, found["query_title"])
    hit.query_text = marked(query.summary, found["query_text"])
    return hit


@dataclass
class Candidate:
    """A record the index drew for a query: its raw score, the shared terms and the core's passages."""

    record: Record
    score: float
    shared_terms: list[str]
    passages: dict


def candidates(query: Record, index: MatchIndex, k: int = CANDIDATES) -> list[Candidate]:
    return [Candidate(m.record, m.score, m.explanation.shared_terms, m.explanation.passages)
            for m in index.search(query, k=k, exclude=query.id)]


def ranked(query: Record, found: list[Candidate], keep, *, query_is_demand: bool, limit: int) -> list[Hit]:
    """The candidates the user may see (``keep``), re-ranked (text share of the best, fields, region, maturity,
    budget), best ``limit`` first; not highlighted."""
    found = [c for c in found if keep(c.record)]
    if not found:
        return []
    best = max(c.score for c in found) or 1.0
    hits = []
    for c in found:
        if c.score / best < MIN_SHARE:
            continue
        kind = c.record.extra.get("kind", "achievement")
        hit = Hit(kind=kind, kind_label=KIND_LABELS.get(kind, kind), title=c.record.title,
                  url=c.record.extra.get("url", ""), score=0.0, record=c.record,
                  passages={"title": [], "summary": [], **c.passages})
        demand_side, offer_side = (query, c.record) if query_is_demand else (c.record, query)
        hits.append(_score(hit, query, c.shared_terms, demand_side, offer_side, c.score / best))
    hits.sort(key=lambda h: -h.score)
    return hits[:limit]


def _ranked(query: Record, index: MatchIndex, keep, *, query_is_demand: bool, limit: int) -> list[Hit]:
    hits = ranked(query, candidates(query, index), keep, query_is_demand=query_is_demand, limit=limit)
    return [highlight(h, query) for h in hits]


def visible_to(user):
    """Whether the user may see an indexed record, from the record alone (no query per hit): its region among the
    user's, and for an enterprise user a demand of its own enterprise. The index holds no withdrawn achievement
    and no closed demand (``records``)."""
    if not access.can_use(user):
        return lambda rec: False
    regions = access.region_ids(user)
    regions = None if regions is None else {str(r) for r in regions}
    own = access.enterprise_id_of(user)

    def keep(rec: Record) -> bool:
        if own and rec.extra.get("kind") == "demand":
            return rec.extra.get("enterprise") == own
        return regions is None or rec.region in regions

    return keep


def _with_rows(hits: list[Hit], rows, url_name: str) -> list[Hit]:
    """The hits with their rows and page links; a hit whose row is gone since the index was built is dropped."""
    found = rows.in_bulk([h.record.extra["pk"] for h in hits])
    out = []
    for h in hits:
        h.obj = found.get(h.record.extra["pk"])
        if h.obj is not None:
            h.url = reverse(url_name, args=[h.obj.pk])
            out.append(h)
    return out


def seen_by(user) -> str:
    """What the hits depend on besides the record and the index: the regions the user reads, its enterprise."""
    regions = access.region_ids(user) if access.can_use(user) else []
    return f"{None if regions is None else sorted(regions)}:{access.enterprise_id_of(user)}"


def _cached_ranked(library: str, query: Record, user, *, query_is_demand: bool, limit: int) -> list[Hit]:
    """``_ranked`` computed once per query record version, index data version and visibility
    (``index_store.cached``); the rows are read afresh by ``_with_rows``."""
    key = f"{query.id}:{query.extra.get('version')}:{seen_by(user)}:{limit}"
    return cached(library, None, key, lambda index: _ranked(query, index, visible_to(user),
                                                             query_is_demand=query_is_demand, limit=limit))


def matches_for_demand(user, demand: Demand, limit: int = 10) -> list[Hit]:
    """Achievements the user may see that could answer the demand, best first, each explained."""
    hits = _cached_ranked(ACHIEVEMENTS, _versioned(demand_record(demand), demand), user, query_is_demand=True,
                          limit=limit)
    return _with_rows(hits, Achievement.objects.all(), "kc-transfer-achievement")


def demand_hits(user, demand: Demand, index: MatchIndex, limit: int = 10) -> list[Hit]:
    """``matches_for_demand`` from the index at hand, not cached here: for a caller that caches what it makes of
    them under the same inputs (the demand page's block), so a first view reads versions and writes the cache once."""
    hits = _ranked(demand_record(demand), index, visible_to(user), query_is_demand=True, limit=limit)
    return _with_rows(hits, Achievement.objects.all(), "kc-transfer-achievement")


def _versioned(rec: Record, row) -> Record:
    return replace(rec, extra={**rec.extra, "version": version_of(row.updated_at)})


def people_for_demand(demand: Demand, limit: int = 5) -> list[Hit]:
    """Experts and 科技特派员 of the demand's region who could answer it (no ID numbers: the talent library
    gives none)."""
    index = people_index(demand.region)
    if index is None:
        return []
    return _ranked(demand_record(demand), index, lambda r: True, query_is_demand=True, limit=limit)


_PEOPLE: dict[int, tuple[str, MatchIndex | None]] = {}  # region id → (talent table version, its people's index)
_PEOPLE_LOCK = threading.Lock()
_BUILDING: dict[int, threading.Lock] = {}  # region id → the lock its one builder holds


def people_index(region) -> MatchIndex | None:
    """The index of the region's experts and 特派员, kept in the process until the talent table changes (its
    version is renewed by every committed write: ``keyset``). Built per demand page before: 10,000 talents were
    segmented and indexed on every view. One thread of the process builds it while the others asking wait for
    it (0.7–2.5 s of CPU for 10,000 people: four threads building it at once kept a worker's requests past their
    timeouts)."""
    from kechuang.web.keyset import table_version
    from kechuang.web.talents.models import Talent

    version = table_version(Talent)  # read before the rows: a write meanwhile makes the next call rebuild
    with _PEOPLE_LOCK:
        found = _PEOPLE.get(region.pk)
        building = _BUILDING.setdefault(region.pk, threading.Lock())
    if found is not None and found[0] == version:
        return found[1]
    with building:
        with _PEOPLE_LOCK:
            found = _PEOPLE.get(region.pk)
        if found is not None and found[0] == version:
            return found[1]  # built by the thread this one waited for
        # the talent library gives the people of the region (its records name the region by name)
        people = [replace(p, region=str(region.pk)) for p in people_records(region)]
        index = MatchIndex(people) if people else None
        with _PEOPLE_LOCK:
            _PEOPLE[region.pk] = (version, index)
    return index


def demands_for_achievement(user, achievement: Achievement, limit: int = 10) -> list[Hit]:
    """Demands the user may see that the achievement could answer (an enterprise user: its own only)."""
    hits = _cached_ranked(DEMANDS, _versioned(achievement_record(achievement), achievement), user,
                          query_is_demand=False, limit=limit)
    return _with_rows(hits, Demand.objects.select_related("enterprise"), "kc-transfer-demand")


def search_achievements(user, query: str, limit: int = 10) -> list[Hit]:
    """Achievements for a free-text query (a need typed in a box); the core refuses an empty query, one over its
    length limit or one of stop words only, with its Chinese message."""
    from kechuang.matching import query_tokens

    query_tokens(query)  # KC-MATCH-EMPTY / -TOO-LONG / -STOPWORDS
    keep = visible_to(user)
    out = []
    for m in index_for(ACHIEVEMENTS).search(query, k=CANDIDATES):
        if keep(m.record):
            out.append(Hit(kind="achievement", kind_label="科技成果", title=m.record.title,
                           url=reverse("kc-transfer-achievement", args=[m.record.extra["pk"]]), score=m.score,
                           record=m.record, shared_terms=m.explanation.shared_terms[:12],
                           title_html=marked(m.record.title, m.explanation.passages.get("title")),
                           text_html=marked(m.record.summary[:300], [p for p in m.explanation.passages.get(
                               "summary", []) if p[1] <= 300])))
    return out[:limit]
