"""Projects as the matching core's records (``kechuang.matching.Record``): the only place they are built, and
the projects library's source for the index store."""

from __future__ import annotations

from datetime import datetime

from kechuang.matching import Record
from kechuang.web.libraries import index_store
from kechuang.web.libraries.models import Project
from kechuang.web.params import digits

LIBRARY = "projects"
FIELDS = ("id", "title", "summary", "applicant", "fields", "region_id", "year", "department_name", "budget",
          "version", "updated_at")


def record_id(pk: int) -> str:
    return f"p{pk}"


def project_pk(record_id_: str) -> int | None:
    return int(record_id_[1:]) if record_id_.startswith("p") and digits(record_id_[1:]) else None


def record_of(values: dict, pk: int | None = None) -> Record:
    """A record from a project's values (a saved project's, or a form's and an import row's before saving)."""
    fields = values.get("fields") or ""
    fields = tuple(f for f in fields.split("、") if f) if isinstance(fields, str) else tuple(fields)
    return Record(id=record_id(pk) if pk else str(values.get("id", "new")), title=values.get("title") or "",
                  summary=values.get("summary") or "", applicant=values.get("applicant") or "", fields=fields,
                  region=str(values.get("region_id") or ""), year=values.get("year"),
                  department=values.get("department_name") or "", budget=values.get("budget"))


def _rows(region_ids: list[int], since: datetime | None):
    rows = Project.objects.filter(region_id__in=region_ids)
    if since is not None:
        rows = rows.filter(updated_at__gte=since)
    for values in rows.order_by("id").values(*FIELDS).iterator(chunk_size=5000):
        yield record_of(values, values["id"]), values["version"], values["updated_at"]


def _count(region_ids: list[int]) -> int:
    return Project.objects.filter(region_id__in=region_ids).count()


index_store.register(LIBRARY, index_store.Source(rows=_rows, count=_count))
