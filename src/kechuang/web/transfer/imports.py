"""Import of demands or achievements from xlsx/csv: the upload is kept under the importer's name (its SHA-256),
read by ``kechuang.sheets`` (renamed columns, duplicate rows, over-long text named by file/row/column), each row
validated by the same rules as the forms, shown as a preview, and written in one transaction only when the user
confirms — every row, or only the valid rows when the user chose so. Nothing is written on an error."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction

from kechuang.errors import KechuangError
from kechuang.sheets import RowError, read_table
from kechuang.web import dbstats
from kechuang.web.enterprises.models import Enterprise
from kechuang.web.history.models import Change
from kechuang.web.history.services import change_record
from kechuang.web.libraries.index_store import touch
from kechuang.web.transfer import services, stored_matches
from kechuang.web.transfer.columns import LIBRARIES
from kechuang.web.transfer.models import Achievement, Demand
from kechuang.web.transfer.records import ACHIEVEMENTS, DEMANDS

SUFFIXES = (".xlsx", ".xlsm", ".csv")
MAX_ROWS = 20_000


def _folder(user) -> Path:
    return Path(settings.MEDIA_ROOT) / "transfer-imports" / str(user.pk)


def upload_keep(user, data: bytes, name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise KechuangError("KC-WEB-FIELD", f"{name}:请上传 Excel 工作簿(.xlsx)或 CSV 文件,可先下载导入模板",
                            file=name)
    if not data:
        raise KechuangError("KC-WEB-EMPTY", f"{name}:文件是空的", file=name)
    digest = hashlib.sha256(data).hexdigest()
    folder = _folder(user)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{digest}{suffix}").write_bytes(data)
    (folder / f"{digest}.name").write_text(Path(name).name[:200], "utf-8")
    return digest


def upload_path(user, digest: str) -> tuple[Path, str]:
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise KechuangError("KC-WEB-NOTFOUND", "导入文件不存在或已导入,请重新上传")
    folder = _folder(user)
    for suffix in SUFFIXES:
        path = folder / f"{digest}{suffix}"
        if path.exists():
            return path, (folder / f"{digest}.name").read_text("utf-8")
    raise KechuangError("KC-WEB-NOTFOUND", "导入文件不存在或已导入,请重新上传")


def upload_done(path: Path) -> None:
    path.unlink(missing_ok=True)
    path.with_suffix(".name").unlink(missing_ok=True)


@dataclass
class Row:
    row: int
    values: dict  # ready for the model
    shown: dict  # as the preview shows them


@dataclass
class ImportPlan:
    library: str
    file: str
    rows: list[Row] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    total: int = 0

    @property
    def refused(self) -> set[int]:
        return {e.row for e in self.errors}

    @property
    def valid(self) -> list[Row]:
        return [r for r in self.rows if r.row not in self.refused]


def _enterprises(region_id: int) -> dict[str, Enterprise]:
    out = {}
    for e in Enterprise.objects.filter(region_id=region_id).only("id", "name", "uscc", "region_id"):
        out[e.name.strip()] = e
        if e.uscc:
            out[e.uscc.upper()] = e
    return out


def _text(value) -> str:
    return "" if value is None else ("、".join(value) if isinstance(value, tuple) else str(value))


def import_plan(user, region, library: str, path: Path, file_name: str) -> ImportPlan:
    columns = LIBRARIES[library][1]
    key = ("enterprise", "title") if library == "demand" else ("title", "holder")
    table = read_table(path, columns, file_name=file_name, key=key, max_rows=MAX_ROWS)
    plan = ImportPlan(library, file_name, errors=list(table.errors), warnings=list(table.warnings),
                      total=len(table.rows))
    headers = {c.field: c.header for c in columns}
    firms = _enterprises(region.pk) if library == "demand" else {}
    for row in table.rows:
        values = {k: _text(v) for k, v in row.values.items()}
        try:
            if library == "demand":
                name = values.get("enterprise", "").strip()
                firm = firms.get(name) or firms.get(name.upper())
                if firm is None:
                    raise services.bad(f"企业“{values.get('enterprise', '')}”不在本地区企业名录中", "enterprise")
                data = services.DemandInput(**{k: v for k, v in values.items() if k != "enterprise"})
                ready = {**services.demand_values(data), "enterprise": firm}
            else:
                data = services.AchievementInput(**values)
                ready = services.achievement_values(user, region.pk, data)
        except KechuangError as exc:
            column = headers.get(exc.context.get("field", ""), "")
            plan.errors.append(RowError(file_name, table.sheet, row.row, column, exc.message_zh))
            continue
        plan.rows.append(Row(row.row, ready, values))
    plan.errors.sort(key=lambda e: e.row)
    return plan


def import_commit(user, region, plan: ImportPlan, valid_only: bool) -> tuple[int, int]:
    """(written, skipped). All rows in one transaction; refused rows stop it unless ``valid_only``."""
    if plan.errors and not valid_only:
        raise KechuangError("KC-WEB-FIELD", f"{plan.file}:有 {len(plan.refused) or len(plan.errors)} 处错误,"
                            "请修改后重新上传,或选择“只导入有效行”", file=plan.file)
    rows = plan.valid
    if not rows:
        raise KechuangError("KC-WEB-FIELD", f"{plan.file}:没有可导入的有效行", file=plan.file)
    written = []
    with transaction.atomic():
        for row in rows:
            if plan.library == "demand":
                made = Demand.objects.create(region=region, created_by=user, **row.values)
                change_record(user, "tech_demand", made.pk, "create", after=services.demand_snapshot(made))
            else:
                made = Achievement.objects.create(region=region, created_by=user, **row.values)
                change_record(user, "tech_achievement", made.pk, "create", after=services.achievement_snapshot(made))
            written.append(made.pk)
        touch(DEMANDS if plan.library == "demand" else ACHIEVEMENTS, region.pk)
        dbstats.bulk_written(Demand if plan.library == "demand" else Achievement, Change, rows=len(rows))
        side = stored_matches.TO_ACHIEVEMENTS if plan.library == "demand" else stored_matches.TO_DEMANDS
        stored_matches.queue(written, side)  # their matches computed by batched jobs after the commit
    return len(rows), plan.total - len(rows)
