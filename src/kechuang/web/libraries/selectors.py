"""Reads of the projects library: the filtered list, a project's page (status steps, duplicate reviews on both
sides, history), the export rows, and ``search_hits`` for the search across all libraries."""

from __future__ import annotations

from django.db.models import Max, Min, Q, QuerySet

from kechuang.web.history.models import Change
from kechuang.web.history.selectors import history_rows
from kechuang.web.keyset import cached_read
from kechuang.web.libraries import index_store, textsearch
from kechuang.web.libraries.access import projects_visible, regions_seen
from kechuang.web.libraries.highlight import marked
from kechuang.web.libraries.models import DuplicateReview, Project
from kechuang.web.libraries.records import LIBRARY, project_pk
from kechuang.web.params import digits

PAGE_SIZE = 50
FILTERS = ("q", "year", "department", "status", "applicant", "category")
HISTORY_KINDS = ("project", "project-status", "project-review")


LIST_COLUMNS = ("title", "is_demo", "year", "applicant", "department_name", "category", "budget", "status")


def project_list(user, q: str = "", year: str = "", department: str = "", status: str = "", applicant: str = "",
                 category: str = "") -> QuerySet:
    """The projects the user sees, filtered: ``q`` in the title or the applicant, the year, the funding department,
    the status, the applicant, the plan category (text filters are substrings). Summaries are searched by the
    search box (BM25 over the index store): a substring scan of 100,000 summaries costs ~100 ms a page."""
    rows = projects_visible(user).select_related("region")
    q = " ".join(q.split())
    if q:
        rows = textsearch.narrowed(rows, q).filter(Q(title__icontains=q) | Q(applicant__icontains=q))
    if digits(year.strip()):
        rows = rows.filter(year=int(year))
    if department.strip():
        rows = rows.filter(department_name__icontains=department.strip())
    if status in dict(Project.STATUSES):
        rows = rows.filter(status=status)
    if applicant.strip():
        rows = rows.filter(applicant__icontains=applicant.strip())
    if category.strip():
        rows = rows.filter(category__icontains=category.strip())
    return rows.order_by("-year", "-id")


def project_years(user) -> list[int]:
    """The years of the filter: from the latest to the earliest project the user sees (their span read once per
    state of the projects table: with several regions the MIN/MAX is a scan, ~10 ms at 20,000 on SQLite)."""
    rows = projects_visible(user).order_by().values("year")
    span = cached_read(rows, lambda: rows.aggregate(first=Min("year"), last=Max("year")), "years")
    if span["first"] is None:
        return []
    return list(range(span["last"], max(span["first"], span["last"] - 29) - 1, -1))


def project_reviews(project: Project, user) -> list[tuple[DuplicateReview, Project]]:
    """The duplicate reviews naming the project, on either side, each with the other project — only those whose
    other project the user may see (an enterprise user never reads another enterprise's project through them)."""
    naming = DuplicateReview.objects.filter(Q(project=project) | Q(other=project))
    if not naming.values_list("pk", flat=True).order_by()[:1]:  # most projects: one query without joins (the
        return []  # three-table join's build was ~0.5 ms), no visibility subquery built and compiled
    rows = list(naming.select_related("project", "other", "by"))
    pairs = [(r, r.other if r.project_id == project.pk else r.project) for r in rows]
    seen = set(projects_visible(user).filter(pk__in={o.pk for _, o in pairs}).values_list("pk", flat=True))
    return [(r, o) for r, o in pairs if o.pk in seen]


def project_history(project: Project, limit: int = 100) -> list:
    return history_rows(Change.objects.filter(kind__in=HISTORY_KINDS, object_id=project.pk)[:limit])


def search_hits(user, query: str, limit: int = 20, year: int | None = None) -> list[dict]:
    """Projects matching a free-text query (BM25 over title, summary and fields), only those the user sees:
    kind, title, highlighted snippet, url, score. The core's Chinese error for an empty, too long or
    stop-word-only query (``KC-MATCH-…``)."""
    from django.urls import reverse

    from kechuang.matching import query_tokens
    from kechuang.web.accounts.models import Region
    from kechuang.web.accounts.permissions import region_id_of

    query_tokens(query)  # refuses a bad query before any index is read
    seen = regions_seen(user)
    region_id = region_id_of(user)
    if seen is None:  # administrators: the family of every top region (all regions)
        roots = Region.objects.filter(parent__isnull=True).values_list("id", flat=True)
        indexes = [index_store.index_for(LIBRARY, root) for root in roots]
    elif region_id is None:  # users without a region search nothing here
        return []
    else:
        indexes = [index_store.index_for(LIBRARY, region_id)]
    k = max(limit * 3, 30)
    matches = sorted((m for index in indexes for m in index.index.search(query, k=k)), key=lambda m: -m.score)[:k]
    pks = [project_pk(m.record.id) for m in matches]
    visible = projects_visible(user).filter(pk__in=[p for p in pks if p])
    if year:
        visible = visible.filter(year=year)
    projects = visible.in_bulk()
    out = []
    for pk, m in zip(pks, matches, strict=True):
        project = projects.get(pk)
        if project is None or (seen is not None and project.region_id not in seen):
            continue
        passages = m.explanation.passages
        snippet = marked(project.summary, passages.get("summary"), limit=120) if project.summary else ""
        out.append({"kind": "项目", "title": project.title, "title_html": marked(project.title, passages.get("title")),
                    "snippet": snippet, "url": reverse("kc-project", args=[project.pk]), "score": round(m.score, 3),
                    "year": project.year,
                    "meta": f"{project.year}年 · {project.applicant} · {project.get_status_display()}"})
        if len(out) >= limit:
            break
    return out
