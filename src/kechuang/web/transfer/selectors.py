"""Reads of the transfer libraries: filtered lists, history, and ``search_hits`` for the search across all
libraries (``kechuang.web.libraries.registry``)."""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.urls import reverse

from kechuang.web.enterprises.models import Enterprise
from kechuang.web.history.models import Change
from kechuang.web.libraries import textsearch
from kechuang.web.params import int_or_none
from kechuang.web.transfer import access
from kechuang.web.transfer.models import Achievement, Demand, Docking

PAGE_SIZE = 50
FIRMS = 500  # enterprises whose name holds a demand list's query, added to the text index's candidates by id
#: what each list shows, for ``keyset_page(shown=…)``: one query a page, no column it does not show
DEMAND_SHOWN = ("title", "is_demo", "fields", "budget", "deadline", "status", "enterprise__name")
ACHIEVEMENT_SHOWN = ("title", "is_demo", "holder", "holder_kind", "fields", "maturity", "modes", "price", "status")
DOCKING_SHOWN = ("held_on", "is_demo", "demand__title", "demand__enterprise__name", "partner_kind", "partner_name",
                 "achievement__title", "form", "outcome", "contract_amount", "contract_no", "registered")


def demands_shown(rows: QuerySet) -> QuerySet:
    return rows.select_related(None).select_related("enterprise").only(*DEMAND_SHOWN)


def achievements_shown(rows: QuerySet) -> QuerySet:
    return rows.select_related(None).only(*ACHIEVEMENT_SHOWN)


def achievement_values(rows: QuerySet) -> QuerySet:
    """What the achievement list shows as plain values (``list_rows`` writes the rows): no model instances."""
    return rows.select_related(None).values("id", *ACHIEVEMENT_SHOWN)


def dockings_shown(rows: QuerySet) -> QuerySet:
    return rows.select_related(None).select_related("demand__enterprise", "achievement").only(*DOCKING_SHOWN)
#: history kinds of this app (kechuang.web.history)
KINDS = {"tech_demand": "技术需求", "tech_achievement": "科技成果", "tech_docking": "对接记录"}


def _text_filter(rows: QuerySet, q: str, spec: textsearch.Spec, *names: str) -> QuerySet:
    """``q`` a substring of one of ``names``: the candidates read from the list's text index (``spec``), the exact
    ``icontains`` on top. A demand's enterprise name is not in the index: its few enterprises are added by id."""
    q = (q or "").strip()[:100]
    if not q:
        return rows
    cond = Q()
    for name in names:
        cond |= Q(**{f"{name}__icontains": q})
    if "enterprise__name" not in names:
        return textsearch.narrowed(rows, q, spec).filter(cond)
    firms = list(Enterprise.objects.filter(name__icontains=q).values_list("pk", flat=True)[:FIRMS + 1])
    if len(firms) > FIRMS:  # a word of many enterprises' names: the index would not narrow much
        return rows.filter(cond)
    return textsearch.narrowed(rows, q, spec, also=Q(enterprise_id__in=firms)).filter(cond)


def _field_filter(rows: QuerySet, field_label: str) -> QuerySet:
    label = (field_label or "").strip()[:30]
    # JSON lists: a substring test on the stored text works on SQLite and PostgreSQL alike
    return rows.filter(fields__icontains=label) if label else rows


def demand_list(user, q: str = "", status: str = "", field: str = "", enterprise: str = "") -> QuerySet:
    rows = _text_filter(access.demands_visible(user), q, textsearch.DEMAND, "title", "problem", "enterprise__name")
    rows = _field_filter(rows, field)
    if status in dict(Demand.STATUSES):
        rows = rows.filter(status=status)
    if int_or_none(enterprise) is not None:
        rows = rows.filter(enterprise_id=int_or_none(enterprise))
    return rows.order_by("-id")


def achievement_list(user, q: str = "", status: str = "", field: str = "", holder_kind: str = "",
                     maturity: str = "") -> QuerySet:
    rows = _text_filter(access.achievements_visible(user), q, textsearch.ACHIEVEMENT, "title", "summary", "holder")
    rows = _field_filter(rows, field)
    if status in dict(Achievement.STATUSES):
        rows = rows.filter(status=status)
    if holder_kind:
        rows = rows.filter(holder_kind=holder_kind)
    if int_or_none(maturity) is not None:
        rows = rows.filter(maturity__gte=int_or_none(maturity))
    return rows.order_by("-id")


def docking_list(user, outcome: str = "", year: str = "") -> QuerySet:
    rows = access.dockings_visible(user)
    if outcome in dict(Docking.OUTCOMES):
        rows = rows.filter(outcome=outcome)
    if int_or_none(year) is not None:
        rows = rows.filter(held_on__year=int_or_none(year))
    return rows.order_by("-held_on", "-id")


def demand_history(demand: Demand) -> QuerySet:
    dockings = list(demand.dockings.values_list("id", flat=True))
    return Change.objects.filter(Q(kind="tech_demand", object_id=demand.pk)
                                 | Q(kind="tech_docking", object_id__in=dockings))


def achievement_history(achievement: Achievement) -> QuerySet:
    return Change.objects.filter(kind="tech_achievement", object_id=achievement.pk)


def search_hits(user, query: str, limit: int) -> list[dict]:
    """Demands and achievements for the search box: achievements by the matcher (explained terms as the
    snippet), demands the user may see by their text. Keys: kind, title, snippet, url, score."""
    from kechuang.web.transfer.matching import search_achievements

    if not access.can_use(user):
        return []
    from kechuang.web.libraries.index_store import IndexBuilding

    try:
        found = search_achievements(user, query, limit)
    except IndexBuilding:  # the demands are still found by their text
        found = []
    out = [{"kind": "科技成果", "title": h.title, "snippet": "、".join(h.shared_terms) or h.record.summary[:80],
            "url": h.url, "score": round(h.score, 4)} for h in found]
    for d in demand_list(user, q=query)[:limit]:
        out.append({"kind": "技术需求", "title": d.title, "snippet": d.problem[:80],
                    "url": reverse("kc-transfer-demand", args=[d.pk]), "score": 0.0})
    return out[:limit * 2]
