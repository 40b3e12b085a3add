"""A project's duplicate check computed on write, kept in a table (``StoredCheck``), reused by its page: the
mechanism of ``stored`` (job, watermark, rows written since, when the full check is due; what may be stale), with
the project's family as its scope.

The job stores the ``STORED`` best suspects (``TOP`` shown and ``EXTRA`` in reserve) and the block rendered from
the first ``TOP``. On view, a row written since in the family (new, or its shown text changed) is scored exactly
against the project (``duplicates.scored``: every such row with anything in common, not only the candidates a
full check would draw) and merged with the stored suspects; the stored block when the first ``TOP`` are unchanged,
else the block is rendered again from the merge (not stored: a GET writes nothing; the written project's own job
or the next full check stores). The full check (``refresh``) when ``stored.due`` or the project's text changed.
"""

from __future__ import annotations

import hashlib
from functools import partial

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from kechuang.matching.duplicates import scored
from kechuang.web.libraries import index_store, stored
from kechuang.web.libraries.columns import PROJECT_COLUMNS
from kechuang.web.libraries.models import Project, StoredCheck
from kechuang.web.libraries.records import FIELDS, LIBRARY, project_pk, record_of

TOP, EXTRA = 5, 5
STORED = TOP + EXTRA
DELTA_LIMIT, CHUNK, SLACK = stored.DELTA_LIMIT, stored.CHUNK, stored.SLACK  # (~0.05 ms a row scored on view)
SHOWN = ("title", "summary", "year", "applicant")


def text_key(project: Project) -> str:
    """What the check of a project depends on: its region (the family) and its checked text."""
    text = "\x1f".join((str(project.region_id), project.title, project.summary, project.applicant))
    return hashlib.sha1(text.encode()).hexdigest()


_shown = partial(stored.digest, names=SHOWN)  # what the block shows of a suspect


def _record(project: Project):
    return record_of({c.field: getattr(project, c.field) for c in PROJECT_COLUMNS}, project.pk)


def _render(entries: list[list], projects: dict[int, Project]) -> str:
    from kechuang.web.libraries.checking import Suspect

    suspects = [Suspect(projects[pk], score, exp, exp.get("notes", [])) for pk, score, exp, _ in entries
                if pk in projects]
    return str(render_to_string("kechuang/libraries/_suspects.html", {"suspects": suspects, "table_id": "similar"}))


def block(project: Project) -> SafeString:
    """The project page's block of the most similar projects (managers only; it names no person). One query when
    nothing was written in the family since the stored check: the row and the newest write of any project
    (``stored.row_and_newest``)."""
    row = stored.row_and_newest(StoredCheck, project.pk, Project, ("text_key", "watermark", "found", "html"))
    if row is not None and row[0] == text_key(project):
        _, watermark, found, html, newest_write = row
        written = newest_write is not None and newest_write >= watermark
        html = _reused(project, watermark, found, html) if written else html
        if html is not None:
            return mark_safe(html)
    return mark_safe(refresh([project])[project.pk])


def _reused(project: Project, watermark, found: list[list], html: str) -> str | None:
    """The stored block, or the block of the stored suspects merged with the family's rows written since; None
    when the full check is due."""
    family = index_store.family(project.region_id)
    since = stored.written_since(Project, watermark, FIELDS, {"region_id__in": family})
    kept = set(family)
    rows = [v for v in since if v["region_id"] in kept and v["id"] != project.pk]
    written = stored.changed(rows, found, _shown)
    if not written:
        return html
    if stored.due(rows, written, found, watermark, EXTRA):
        return None
    fresh = [[project_pk(m.record.id), m.score, m.explanation.to_dict(), _shown(written[project_pk(m.record.id)])]
             for m in scored(_record(project), [record_of(v, v["id"]) for v in written.values()], STORED)
             if m.score > 0]  # nothing in common: not a suspect (the full check's candidates share terms)
    merged = stored.merged(found, fresh, written, TOP)
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
    """Precompute these projects' checks in the background once the writing transaction commits (by batches)."""
    from kechuang.web.libraries.tasks import precompute_checks

    stored.queue(pks, precompute_checks)


def precompute(pks: list[int]) -> int:
    """The job: check and store these projects (those still stored), in batches of ``CHUNK``."""
    return stored.precompute(Project, pks, refresh)
