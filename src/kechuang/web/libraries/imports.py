"""Import of projects (xlsx/csv through ``kechuang.sheets``): the upload is kept under the importer's name, read
against the project columns, each valid row checked for duplicates (against the region family's projects and
against the file's earlier rows), and written in one transaction once the user confirms: all rows, or only the
valid rows when chosen; a suspect row is imported only with a reason (its own, or one for all marked rows)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from kechuang.errors import KechuangError
from kechuang.matching import DuplicateIndex
from kechuang.matching.duplicates import THRESHOLD
from kechuang.sheets import RowError, read_table
from kechuang.web import dbstats, keyset
from kechuang.web.clock import today as clock_today
from kechuang.web.enterprises.bulk import insert_rows
from kechuang.web.history.models import Change
from kechuang.web.libraries import checking, index_store, stored_checks
from kechuang.web.libraries.columns import PROJECT_COLUMNS
from kechuang.web.libraries.models import DuplicateReview, Project, StatusChange
from kechuang.web.libraries.records import LIBRARY, record_of
from kechuang.web.libraries.services import links, normalised, reason_checked, snapshot, year_checked

SHEET = "项目"
MAX_ROWS = 5_000  # rows per file: each is checked for duplicates within the request
SUFFIXES = (".xlsx", ".xlsm", ".csv")
CHANGE_FIELDS = ("kind", "object_id", "action", "user", "before", "after", "at")


def _folder(user) -> Path:
    return Path(settings.MEDIA_ROOT) / "project-imports" / str(user.pk)


def upload_keep(user, data: bytes, name: str) -> str:
    """Keep the uploaded table for the preview and the import; its SHA-256 names it."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise KechuangError("KC-LIB-FILE", f"{name}:请上传 Excel(.xlsx)或 CSV 文件,可先下载导入模板", file=name)
    digest = hashlib.sha256(data).hexdigest()
    folder = _folder(user)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{digest}{suffix}").write_bytes(data)
    (folder / f"{digest}.name").write_text(Path(name).name[:200], "utf-8")
    return digest


def upload_path(user, digest: str) -> tuple[Path, str]:
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise KechuangError("KC-WEB-NOTFOUND", "导入文件不存在或已导入,请重新上传")
    found = [p for p in (_folder(user) / f"{digest}{s}" for s in SUFFIXES) if p.exists()]
    if not found:
        raise KechuangError("KC-WEB-NOTFOUND", "导入文件不存在或已导入,请重新上传")
    return found[0], (_folder(user) / f"{digest}.name").read_text("utf-8")


def upload_done(path: Path) -> None:
    path.unlink(missing_ok=True)
    path.with_suffix(".name").unlink(missing_ok=True)


@dataclass
class PreviewRow:
    row: int
    values: dict
    suspects: list[checking.Suspect] = field(default_factory=list)  # earlier projects above the threshold
    in_file: list[tuple[int, float]] = field(default_factory=list)  # (earlier row of the file, score)

    @property
    def suspect(self) -> bool:
        return bool(self.suspects or self.in_file)

    @property
    def best(self) -> float:
        return max([s.score for s in self.suspects] + [s for _, s in self.in_file] + [0.0])


@dataclass
class ImportPlan:
    file: str
    rows: list[PreviewRow]
    errors: list[RowError]
    warnings: list[RowError]

    @property
    def suspects(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.suspect]

    def counts(self) -> dict:
        return {"valid": len(self.rows), "suspect": len(self.suspects),
                "error_rows": len({e.row for e in self.errors})}


def import_plan(region_id: int, path: Path, file_name: str) -> ImportPlan:
    table = read_table(path, PROJECT_COLUMNS, file_name=file_name, key=("title", "applicant", "year"),
                       max_rows=MAX_ROWS)
    errors, rows = list(table.errors), []
    today = clock_today()
    for sheet_row in table.rows:
        try:
            values = normalised(sheet_row.values)
            year_checked(values, today)
        except KechuangError as exc:
            column = next((c.header for c in PROJECT_COLUMNS if c.field == exc.context.get("field")), "")
            errors.append(RowError(file_name, table.sheet, sheet_row.row, column, exc.message_zh.split(":", 1)[-1]))
            continue
        rows.append(PreviewRow(sheet_row.row, values))
    _mark_suspects(region_id, rows)
    return ImportPlan(file_name, rows, errors, list(table.warnings))


def _mark_suspects(region_id: int, rows: list[PreviewRow]) -> None:
    """Each row against the family's projects, and against the file's earlier rows."""
    if not rows:
        return
    index = index_store.index_for(LIBRARY, region_id)
    records = [record_of({**r.values, "id": f"r{r.row}"}) for r in rows]
    among = DuplicateIndex(records)
    order = {rec.id: i for i, rec in enumerate(records)}
    for i, (row, rec) in enumerate(zip(rows, records, strict=True)):
        row.suspects = [s for s in checking.suspects_from(index.check(rec)) if s.score >= THRESHOLD]
        for m in among.check(rec):
            if m.score >= THRESHOLD and order[m.record.id] < i:
                row.in_file.append((int(m.record.id[1:]), m.score))


@dataclass
class Outcome:
    created: int = 0
    skipped: int = 0
    reviewed: int = 0


def import_commit(actor, region, plan: ImportPlan, valid_only: bool, reasons: dict[int, str],
                  reason_all: str = "") -> Outcome:
    """Write the plan in one transaction; refused (nothing written) when the file has errors and not
    ``valid_only``, or when a suspect row has no reason."""
    if plan.errors and not valid_only:
        raise KechuangError("KC-LIB-IMPORT", f"{plan.file}:有 {len(plan.errors)} 处错误,未导入任何数据;"
                            "请修改后重新上传,或选择“只导入有效行”", file=plan.file)
    reason_all = reason_checked(reason_all)
    given = {row: reason_checked(reasons.get(row)) or reason_all for row in (r.row for r in plan.suspects)}
    missing = [row for row, reason in given.items() if not reason]
    if missing:
        rows = "、".join(str(r) for r in missing[:20])
        raise KechuangError("KC-LIB-DUPLICATE", f"{plan.file}:第 {rows} 行疑似重复立项,"
                            "请逐行填写理由或填写一条适用于全部标记行的理由;未导入任何数据",
                            file=plan.file, field="reason")
    today, now = clock_today(), timezone.now()
    with transaction.atomic():
        made = Project.objects.bulk_create([
            Project(region=region, created_by=actor, status_on=today, source_file=plan.file[:255], source_row=r.row,
                    **r.values, **links(region.pk, r.values)) for r in plan.rows], batch_size=500)
        by_row = {r.row: p for r, p in zip(plan.rows, made, strict=True)}
        StatusChange.objects.bulk_create([StatusChange(project=p, status=p.status, on=today, note=f"导入:{plan.file}",
                                                       by=actor) for p in made], batch_size=1000)
        reviews = []
        for r in plan.suspects:
            project = by_row[r.row]
            pairs = [(s.project, s.score) for s in r.suspects] + [(by_row[row], score) for row, score in r.in_file]
            reviews += [DuplicateReview(project=project, other=other, score=score, source="import", by=actor,
                                        decision=DuplicateReview.NOT_DUPLICATE, reason=given[r.row])
                        for other, score in pairs]
        DuplicateReview.objects.bulk_create(reviews, batch_size=1000)
        changes = [("project", p.pk, "create", actor.pk, None,
                    {**snapshot(p), "来源": f"{plan.file} 第 {p.source_row} 行"}, now) for p in made]
        changes += [("project-review", rv.project.pk, "create", actor.pk, None,
                     {"相似项目": rv.other.title, "相似度": f"{rv.score:.0%}", "结论": "不是重复立项",
                      "理由": rv.reason}, now) for rv in reviews]
        insert_rows(Change, CHANGE_FIELDS, changes)
        index_store.touch(LIBRARY, region.pk)
        keyset.touch(Project)  # bulk_create sends no post_save: the list's count
        stored_checks.queue([p.pk for p in made])
        dbstats.bulk_written(Project, StatusChange, DuplicateReview, Change, rows=len(made) + len(reviews))
    return Outcome(created=len(made), skipped=len({e.row for e in plan.errors}), reviewed=len(reviews))
