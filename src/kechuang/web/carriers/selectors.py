"""Reads of the 载体/平台 library: the filtered list, the counts per level and kind, a carrier's history, and the
search hits of the search across all libraries."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet
from django.urls import reverse

from kechuang.web.accounts.models import Role
from kechuang.web.accounts.permissions import role_of
from kechuang.web.carriers.access import carriers_visible
from kechuang.web.carriers.models import KINDS, LEVELS, Carrier
from kechuang.web.history.models import Change
from kechuang.web.history.selectors import history_rows
from kechuang.web.talents.access import READERS

PAGE_SIZE = 50
FILTERS = ("q", "kind", "level", "status")
LIST_SHOWN = ("name", "is_demo", "kind", "level", "host_enterprise__name", "host_name", "recognised_on", "document_no",
              "status")


def carriers_shown(rows: QuerySet) -> QuerySet:
    return rows.select_related(None).select_related("host_enterprise").only(*LIST_SHOWN)


def carrier_list(user, q: str = "", kind: str = "", level: str = "", status: str = "") -> QuerySet:
    rows = carriers_visible(user).select_related("region", "host_enterprise")
    q = " ".join((q or "").split())[:100]
    if q:
        rows = rows.filter(Q(name__icontains=q) | Q(host_name__icontains=q) | Q(fields__icontains=q)
                           | Q(document_no__icontains=q))
    if kind in dict(KINDS):
        rows = rows.filter(kind=kind)
    if level in dict(LEVELS):
        rows = rows.filter(level=level)
    if status in ("active", "revoked"):
        rows = rows.filter(status=status)
    return rows.order_by("name", "id")


def level_kind_table(rows: QuerySet) -> dict:
    """Counts of the carriers shown (有效 only) by kind (rows) and level (columns), with totals."""
    counts = {(r["kind"], r["level"]): r["n"] for r in
              rows.filter(status="active").values("kind", "level").annotate(n=Count("id"))}
    kinds = [(k, name) for k, name in KINDS if any(counts.get((k, lv), 0) for lv, _ in LEVELS)]
    return {"levels": LEVELS, "rows": [(name, [counts.get((k, lv), 0) for lv, _ in LEVELS],
                                        sum(counts.get((k, lv), 0) for lv, _ in LEVELS)) for k, name in kinds],
            "totals": [sum(n for (_, lv2), n in counts.items() if lv2 == lv) for lv, _ in LEVELS],
            "total": sum(counts.values())}


def carrier_history(carrier: Carrier, limit: int = 200) -> list:
    return history_rows(Change.objects.filter(kind__in=("carrier", "carrier-eval"), object_id=carrier.pk)[:limit])


def search_hits(user, query: str, limit: int) -> list[dict]:
    """Carriers whose name, host, fields or document number contain the query (what the user may see)."""
    query = " ".join((query or "").split())[:100]
    if not query or limit <= 0 or role_of(user) not in (*READERS, Role.ENTERPRISE):
        return []
    hits = []
    for c in carrier_list(user, q=query)[:limit]:
        score = 1.0 if query in c.name else 0.7
        hits.append({"kind": "载体/平台", "title": c.name,
                     "snippet": f"{c.get_level_display()}{c.get_kind_display()} · 依托 {c.host_name} · "
                                f"{c.recognised_on:%Y-%m-%d} 认定 · {c.get_status_display()}",
                     "url": reverse("kc-carrier", args=[c.pk]), "score": score})
    return sorted(hits, key=lambda h: -h["score"])
