"""Reads of the 人才库: the filtered list (personal data masked for all but the region's bureau), a talent's
history, the 科技特派员 board, the matching records (contract with lib-transfer) and the search hits (contract
with the search across all libraries)."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet
from django.urls import reverse

from kechuang.matching import Record
from kechuang.web.history.models import Change
from kechuang.web.history.selectors import history_rows
from kechuang.web.libraries import textsearch
from kechuang.web.params import digits
from kechuang.web.talents.access import can_read_library, own_talent_id, sees_personal, talents_visible
from kechuang.web.talents.apps import KINDS
from kechuang.web.talents.identity import mask_id, mask_phone
from kechuang.web.talents.models import CATEGORIES, Assignment, ServiceLog, Talent

PAGE_SIZE = 50
FILTERS = ("q", "category", "field", "state")
LOG_FILTERS = ("specialist", "kind", "year")
#: what the lists show, for ``keyset_page(shown=…)``
TALENT_SHOWN = ("region_id", "name", "is_demo", "categories", "title", "affiliation", "fields", "id_number", "contact",
                "left_on")
LOG_SHOWN = ("on", "is_demo", "specialist__name", "assignment__target_name", "place", "kind", "people_trained")


def talents_shown(rows: QuerySet) -> QuerySet:
    return rows.select_related(None).only(*TALENT_SHOWN)


def specialists_shown(rows: QuerySet) -> QuerySet:
    return talents_shown(rows).prefetch_related("assignments")


def logs_shown(rows: QuerySet) -> QuerySet:
    return (rows.select_related(None).prefetch_related(None).select_related("specialist", "assignment")
            .only(*LOG_SHOWN).annotate(photo_count=Count("photos")))


def talent_list(user, q: str = "", category: str = "", field: str = "", state: str = "") -> QuerySet:
    """The talents the user sees: ``q`` in the name, unit or expertise; a category code; a field; 在库/出库."""
    rows = talents_visible(user).select_related("region")
    q = " ".join((q or "").split())[:100]
    if q:
        rows = textsearch.narrowed(rows, q, textsearch.TALENT)
        rows = rows.filter(Q(name__icontains=q) | Q(affiliation__icontains=q) | Q(expertise__icontains=q)
                           | Q(fields__icontains=q))
    if category in dict(CATEGORIES):
        rows = rows.filter(categories__contains=f",{category},")
    field = " ".join((field or "").split())[:50]
    if field:
        rows = rows.filter(fields__icontains=field)
    if state == "in":
        rows = rows.filter(left_on__isnull=True)
    elif state == "out":
        rows = rows.filter(left_on__isnull=False)
    return rows.order_by("name", "id")


def shown(user, talent: Talent) -> Talent:
    """The talent with ``id_shown`` and ``contact_shown``: in full for the region's bureau, masked otherwise."""
    full = sees_personal(user, talent.region_id)
    talent.personal_full = full
    talent.id_shown = talent.id_number if full else mask_id(talent.id_number)
    talent.contact_shown = talent.contact if full else mask_phone(talent.contact)
    return talent


def talent_history(talent: Talent, limit: int = 200) -> list:
    return history_rows(Change.objects.filter(kind__in=[k for k in KINDS if k != "village"],
                                              object_id=talent.pk)[:limit])


def specialists(user) -> QuerySet:
    return talent_list(user, category="specialist")


def board_rows(rows: list[Talent], year: int) -> list[tuple]:
    """The board's rows: each 特派员 with the year's figures (days served, logs, people trained) and evaluation."""
    from kechuang.web.talents.models import SpecialistEvaluation
    from kechuang.web.talents.specialists import year_figures

    figures = year_figures([t.pk for t in rows], year)
    grades = {e.specialist_id: e for e in SpecialistEvaluation.objects.filter(specialist__in=rows, year=year)}
    empty = {"days": 0, "logs": 0, "trained": 0}
    return [(t, figures.get(t.pk, empty), grades.get(t.pk)) for t in rows]


def logs_visible(user) -> QuerySet:
    own = own_talent_id(user)
    rows = ServiceLog.objects.select_related("specialist", "assignment").prefetch_related("photos")
    if own is not None:
        return rows.filter(specialist_id=own)
    return rows.filter(specialist__in=talents_visible(user).values("id"))


def log_list(user, specialist: str = "", kind: str = "", year: str = "") -> QuerySet:
    rows = logs_visible(user)
    specialist = " ".join((specialist or "").split())[:64]
    if digits(specialist):
        rows = rows.filter(specialist_id=int(specialist))
    elif specialist:
        rows = rows.filter(specialist__name__icontains=specialist)
    if kind in dict(ServiceLog.KINDS):
        rows = rows.filter(kind=kind)
    if digits(year):
        rows = rows.filter(on__year=int(year))
    return rows


def own_assignments(user) -> QuerySet:
    """The assignments a log may be written for: the 特派员's own, or all of the bureau's region."""
    from kechuang.web.accounts.permissions import region_id_of, role_of

    own = own_talent_id(user)
    rows = Assignment.objects.select_related("specialist").order_by("specialist__name", "-starts_on")
    if own is not None:
        return rows.filter(specialist_id=own)
    if role_of(user) in ("bureau", "admin"):
        return rows if role_of(user) == "admin" else rows.filter(region_id=region_id_of(user))
    return rows.none()


def match_records(region) -> list[Record]:
    """Experts and 特派员 of the region (in the library now) as matching records; never personal data."""
    rows = (Talent.objects.filter(region=region, left_on__isnull=True)
            .filter(Q(categories__contains=",expert,") | Q(categories__contains=",specialist,")
                    | Q(categories__contains=",high_level,")))
    out = []
    url = reverse("kc-talent", args=[0]).removesuffix("0/")  # reversed once: 100,000 records read in seconds
    columns = ("id", "name", "title", "affiliation", "fields", "expertise", "categories")
    for pk, name, title, unit, fields, expertise, categories in rows.order_by("id").values_list(*columns).iterator(
            chunk_size=5000):
        kind = "specialist" if ",specialist," in categories else "talent"
        out.append(Record(id=f"talent:{pk}", title=f"{name} · {title or '专家'}", summary=expertise[:2000],
                          applicant=unit, fields=tuple(f for f in fields.split("、") if f), region=region.name,
                          extra={"kind": kind, "pk": pk, "url": f"{url}{pk}/", "name": name, "title": title,
                                 "affiliation": unit}))
    return out


def search_hits(user, query: str, limit: int) -> list[dict]:
    """Talents whose name, unit, fields or expertise contain the query (what the user may see; no personal data)."""
    query = " ".join((query or "").split())[:100]
    if not query or limit <= 0 or not (can_read_library(user) or own_talent_id(user)):
        return []
    rows = talent_list(user, q=query)[:limit]
    hits = []
    for t in rows:
        score = 1.0 if query in t.name else 0.8 if query in t.fields or query in t.affiliation else 0.6
        snippet = "、".join(t.category_names) + f" · {t.title or '—'} · {t.affiliation or '—'}"
        if t.expertise:
            at = t.expertise.find(query)
            snippet += " · " + (t.expertise[max(at - 20, 0): at + 60] if at >= 0 else t.expertise[:80])
        hits.append({"kind": "人才", "title": t.name, "snippet": snippet,
                     "url": reverse("kc-talent", args=[t.pk]), "score": score})
    return sorted(hits, key=lambda h: -h["score"])
