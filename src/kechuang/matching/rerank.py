"""Optional re-ranking of matches: field agreement, region, maturity and budget, each stated in the explanation.

    final = bm25_share + FIELD·[fields agree] + REGION·[same region] + MATURITY·maturity_fit + BUDGET·budget_fit

``bm25_share`` is the match's BM25 score over the best score of the list (0–1), so the text still leads.
"""

from __future__ import annotations

from kechuang.matching.index import Match
from kechuang.matching.records import Record

FIELD, REGION, MATURITY, BUDGET = 0.15, 0.05, 0.10, 0.10


def maturity_fit(wanted: int | None, offered: int | None) -> float:
    """1 when the achievement is at least as mature as the demand needs, falling by 0.25 a level below."""
    if wanted is None or offered is None:
        return 0.0
    return max(0.0, 1.0 - 0.25 * max(0, wanted - offered))


def budget_fit(budget: float | None, price: float | None) -> float:
    """1 when the price is within the demand's budget, falling to 0 at twice the budget."""
    if not budget or price is None:
        return 0.0
    return max(0.0, min(1.0, 2.0 - price / budget))


def rerank(query: Record, matches: list[Match]) -> list[Match]:
    if not matches:
        return []
    best = max(m.score for m in matches) or 1.0
    out = []
    for m in matches:
        rec, exp = m.record, m.explanation
        parts = {"bm25_share": m.score / best,
                 "fields": FIELD * bool(set(query.fields) & set(rec.fields)),
                 "region": REGION * bool(query.region and query.region == rec.region),
                 "maturity": MATURITY * maturity_fit(query.maturity, rec.maturity),
                 "budget": BUDGET * budget_fit(query.budget, rec.budget)}
        exp.parts.update(parts)
        if parts["region"]:
            exp.notes.append("同一地区")
        if parts["maturity"]:
            exp.notes.append(f"技术成熟度 {rec.maturity} 级,满足需求")
        if parts["budget"]:
            exp.notes.append("报价在需求预算之内" if parts["budget"] >= BUDGET else "报价略超预算")
        out.append(Match(rec, sum(parts.values()), exp))
    out.sort(key=lambda m: -m.score)
    return out
