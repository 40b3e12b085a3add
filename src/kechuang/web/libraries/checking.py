"""The duplicate check of a project being entered or imported: the five most similar earlier projects of the
region's family (any department, any year) from the index store, with score, applicant relation and the matched
passages marked. Above ``THRESHOLD`` the bureau must confirm 不是重复立项 with a reason."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.safestring import SafeString

from kechuang.matching.duplicates import THRESHOLD
from kechuang.web.libraries import index_store
from kechuang.web.libraries.columns import PROJECT_COLUMNS
from kechuang.web.libraries.highlight import marked
from kechuang.web.libraries.models import Project
from kechuang.web.libraries.records import LIBRARY, project_pk, record_of

TOP = 5


@dataclass
class Suspect:
    project: Project
    score: float
    explanation: dict
    notes: list[str] = field(default_factory=list)

    @property
    def above(self) -> bool:
        return self.score >= THRESHOLD

    @property
    def percent(self) -> str:
        return f"{self.score:.0%}"

    @property
    def title_html(self):
        return marked(self.project.title, self.explanation.get("passages", {}).get("title"))

    @property
    def summary_html(self):
        return marked(self.project.summary, self.explanation.get("passages", {}).get("summary"), limit=160)

    def to_dict(self) -> dict:
        return {"project_id": self.project.pk, "title": self.project.title, "applicant": self.project.applicant,
                "year": self.project.year, "score": round(self.score, 4), "above_threshold": self.above,
                "explanation": self.explanation}


def suspects_from(matches, exclude: set[int] = frozenset()) -> list[Suspect]:
    """The core's matches as suspects (projects read in one query; ones no longer stored are dropped)."""
    return _suspects([(project_pk(m.record.id), m.score, m.explanation.to_dict()) for m in matches], exclude)


def _suspects(found: list[tuple[int | None, float, dict]], exclude) -> list[Suspect]:
    projects = Project.objects.in_bulk([pk for pk, _, _ in found if pk])
    return [Suspect(projects[pk], score, exp, exp.get("notes", [])) for pk, score, exp in found
            if pk in projects and pk not in exclude]


def check(region_id: int, values: dict, exclude_pk: int | None = None, k: int = TOP) -> list[Suspect]:
    """The ``k`` most similar earlier projects for a project's values, best first."""
    index = index_store.index_for(LIBRARY, region_id)
    rec = record_of(values, exclude_pk)
    matches = index.check(rec, k=k + 1)
    return suspects_from(matches, {exclude_pk} if exclude_pk else set())[:k]


def check_saved(project: Project, k: int = TOP) -> list[Suspect]:
    """The check of a stored project (its page): computed once per project version and index data version
    (``index_store.cached``), the suspects read back in one query."""
    found = index_store.cached(LIBRARY, project.region_id, f"check:{project.pk}:{project.version}:{k}",
                               lambda index: _checked(project, index, k))
    return _suspects(found, {project.pk})[:k]


def _checked(project: Project, index, k: int) -> list[tuple[int | None, float, dict]]:
    values = {c.field: getattr(project, c.field) for c in PROJECT_COLUMNS}
    return [(project_pk(m.record.id), m.score, m.explanation.to_dict())
            for m in index.check(record_of(values, project.pk), k=k + 1)]


def check_rendered(project: Project) -> SafeString:
    """The project page's block of the most similar projects: computed when the project was written and stored
    (``stored_checks``), brought up to date with the rows written since. Only managers are shown it, and it names
    no person (no 项目负责人): the same for every viewer who may see it."""
    from kechuang.web.libraries import stored_checks

    return stored_checks.block(project)


def above_threshold(suspects: list[Suspect]) -> list[Suspect]:
    return [s for s in suspects if s.above]
