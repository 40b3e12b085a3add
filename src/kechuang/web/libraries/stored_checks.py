"""A project's duplicate check computed on write, kept in a table (``StoredCheck``), reused by its page.

When a project is written (entered, edited, imported) a background job (``tasks.precompute_checks``, batches of
``CHUNK`` projects, one index read a batch) runs the duplicate check once and stores the ``STORED`` best suspects
(``TOP`` shown and ``EXTRA`` in reserve), the block rendered from the first ``TOP``, and a watermark (the time
before the index was read, less ``SLACK`` for transactions committing late). The project's page then needs no
index and no check:

- nothing written in the family since the watermark (``updated_at`` ≥ it): the stored block;
- up to ``DELTA_LIMIT`` rows written since: each new one, or one whose shown text changed, is scored exactly
  against the project (``duplicates.scored``: every such row with anything in common, not only the candidates a
  full check would draw) and merged with the stored suspects (a row already among them replaces its entry); the
  stored block when the first ``TOP`` are unchanged, else the block is rendered again from the merge (not stored:
  a GET writes nothing; the written project's own job or the next full check stores);
- otherwise (more rows written since in the family; more than ``EXTRA`` stored suspects rewritten; a watermark
  older than ``MAX_AGE`` with rows written since; the project's text changed; no row): the full check through the
  index, stored again.

What may be stale: the candidates drawn among rows older than the watermark (BM25's top 20 depends on the
corpus's term statistics, which every write moves a little); scores are exact pair scores and never stale. It
lasts until ``DELTA_LIMIT`` rows are written in the family or ``MAX_AGE`` after the watermark, whichever first.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta

from django.db.models import Subquery
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from kechuang.matching.duplicates import scored
from kechuang.web.libraries import index_store
from kechuang.web.libraries.columns import PROJECT_COLUMNS
from kechuang.web.libraries.models import Project, StoredCheck
from kechuang.web.libraries.records import FIELDS, LIBRARY, project_pk, record_of

TOP, EXTRA = 5, 5
STORED = TOP + EXTRA
DELTA_LIMIT = 100  # rows written since the watermark scored on view (~0.05 ms each); more: the full check
READ_LIMIT = 5 * DELTA_LIMIT  # rows of every region written since read by time alone; more: by region too
MAX_AGE = timedelta(days=1)
CHUNK = 500  # projects a job checks with one index read
SLACK = index_store.SLACK


def text_key(project: Project) -> str:
    """What the check of a project depends on: its region (the family) and its checked text."""
    text = "\x1f".join((str(project.region_id), project.title, project.summary, project.applicant))
    return hashlib.sha1(text.encode()).hexdigest()


def _shown(values) -> str:
    """A digest of what the block shows of a suspect (title, summary, year, applicant)."""
    get = values.get if isinstance(values, dict) else lambda name: getattr(values, name)
    text = "\x1f".join(str(get(name)) for name in ("title", "summary", "year", "applicant"))
    return hashlib.sha1(text.encode()).hexdigest()[:16]


def _record(project: Project):
    return record_of({c.field: getattr(project, c.field) for c in PROJECT_COLUMNS}, project.pk)


def _render(entries: list[list], projects: dict[int, Project]) -> str:
    from kechuang.web.libraries.checking import Suspect

    suspects = [Suspect(projects[pk], score, exp, exp.get("notes", [])) for pk, score, exp, _ in entries
                if pk in projects]
    return str(render_to_string("kechuang/libraries/_suspects.html", {"suspects": suspects, "table_id": "similar"}))


def block(project: Project) -> SafeString:
    """The project page's block of the most similar projects (managers only; it names no person). One query when
    nothing was written in the family since the stored check: the row and the newest write of any project (one
    step back along the ``updated_at`` index; a correlated ``EXISTS … updated_at >= watermark`` was planned by
    PostgreSQL as a scan of every project, since the watermark is unknown when planning)."""
    newest = Subquery(Project.objects.order_by("-updated_at").values("updated_at")[:1])
    row = (StoredCheck.objects.filter(pk=project.pk).annotate(newest=newest)
           .values_list("text_key", "watermark", "found", "html", "newest").first())
    if row is not None and row[0] == text_key(project):
        _, watermark, found, html, newest_write = row
        written = newest_write is not None and newest_write >= watermark
        html = _reused(project, watermark, found, html) if written else html
        if html is not None:
            return mark_safe(html)
    return mark_safe(refresh([project])[project.pk])


def _reused(project: Project, watermark, found: list[list], html: str) -> str | None:
    """The stored block, or the block of the stored suspects merged with the rows written since; None when the
    full check is due. The rows are read by ``updated_at`` alone (its index; a region filter made SQLite scan the
    region's rows) and kept to the family here; by region too when other regions wrote more than ``READ_LIMIT``."""
    family = index_store.family(project.region_id)
    since = list(Project.objects.filter(updated_at__gte=watermark).order_by("updated_at")
                 .values(*FIELDS)[:READ_LIMIT + 1])
    if len(since) > READ_LIMIT:  # other regions wrote much: the family's own rows (the region index's read)
        since = list(Project.objects.filter(updated_at__gte=watermark, region_id__in=family).order_by("updated_at")
                     .values(*FIELDS)[:DELTA_LIMIT + 1])
    kept = set(family)
    rows = [v for v in since if v["region_id"] in kept and v["id"] != project.pk]
    stored = {entry[0]: entry[3] for entry in found}
    written = {v["id"]: v for v in rows if v["id"] not in stored or stored[v["id"]] != _shown(v)}  # text unchanged:
    if not written:  # same score (a status move, a row written just before the watermark)
        return html
    if (len(rows) > DELTA_LIMIT or timezone.now() - watermark > MAX_AGE
            or sum(pk in stored for pk in written) > EXTRA):
        return None
    fresh = [[project_pk(m.record.id), m.score, m.explanation.to_dict(), _shown(written[project_pk(m.record.id)])]
             for m in scored(_record(project), [record_of(v, v["id"]) for v in written.values()], STORED)
             if m.score > 0]  # nothing in common: not a suspect (the full check's candidates share terms)
    merged = sorted([entry for entry in found if entry[0] not in written] + fresh, key=lambda e: -e[1])[:TOP]
    if _same(merged, found[:TOP]):
        return html
    return _render(merged, Project.objects.in_bulk([entry[0] for entry in merged]))


def _same(a: list[list], b: list[list]) -> bool:
    return [(e[0], round(e[1], 9), e[3]) for e in a] == [(e[0], round(e[1], 9), e[3]) for e in b]


def refresh(projects: list[Project]) -> dict[int, str]:
    """The full check of these projects (through the region family's index, read once a region), stored; their
    blocks by project id. ``IndexBuilding`` while a large family's index loads."""
    by_region: dict[int, list[Project]] = {}
    for project in projects:
        by_region.setdefault(project.region_id, []).append(project)
    rows: list[StoredCheck] = []
    for region_id, group in by_region.items():
        watermark = timezone.now() - SLACK  # before the index is read: rows written since are read back on view
        index = index_store.index_for(LIBRARY, region_id)
        found = {p.pk: [(project_pk(m.record.id), m.score, m.explanation.to_dict())
                        for m in index.check(_record(p), k=STORED + 1)] for p in group}
        shown = Project.objects.in_bulk({pk for entries in found.values() for pk, _, _ in entries if pk})
        for project in group:
            entries = [[pk, score, exp, _shown(shown[pk])] for pk, score, exp in found[project.pk]
                       if pk in shown and pk != project.pk][:STORED]
            rows.append(StoredCheck(project=project, text_key=text_key(project), watermark=watermark,
                                    found=entries, html=_render(entries[:TOP], shown)))
    StoredCheck.objects.bulk_create(rows, update_conflicts=True, unique_fields=["project"],
                                    update_fields=["text_key", "watermark", "found", "html"])
    return {row.project.pk: row.html for row in rows}


def queue(pks: list[int]) -> None:
    """Precompute these projects' checks in the background once the writing transaction commits (batches of
    ``CHUNK``: an import of 100,000 queues 200 jobs, not 100,000)."""
    from django.db import transaction

    from kechuang.web.libraries.tasks import precompute_checks

    for start in range(0, len(pks), CHUNK):
        chunk = list(pks[start:start + CHUNK])
        transaction.on_commit(lambda chunk=chunk: precompute_checks(chunk))


def precompute(pks: list[int]) -> int:
    """The job: check and store these projects (those still stored), in batches of ``CHUNK``."""
    done = 0
    for start in range(0, len(pks), CHUNK):
        projects = list(Project.objects.filter(pk__in=pks[start:start + CHUNK]))
        refresh(projects)
        done += len(projects)
    return done
