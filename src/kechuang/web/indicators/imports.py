"""Data import through the web: upload → preview (counts, first rows, every row error, 新增/变更/相同) → confirm.

The upload is kept under the data directory with the values its preview validated (``<upload>.values.json``);
confirming writes those values, classified again against the values current at that moment (so a value changed
in between becomes one more version, never lost). All or nothing unless the user chose 只导入有效行. Big files are
read and written by a background task (``tasks.py``).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from kechuang.errors import KechuangError
from kechuang.indicators.cells import RegionEntry, RegionIndex
from kechuang.indicators.observations import ImportReport, observations_from_table
from kechuang.indicators.tables import read_table
from kechuang.web.accounts.models import Region
from kechuang.web.accounts.permissions import can_write_observations, region_id_of, role_of
from kechuang.web.indicators.models import ImportBatch, Indicator
from kechuang.web.indicators.selectors import region_descendants
from kechuang.web.indicators.services import (
    Value,
    catalog_from_database,
    change_of,
    observations_bulk_record,
    observations_classify,
)

BACKGROUND_BYTES = 512 * 1024  # from this size a file is read and written by the background task
SAMPLE_ROWS = 20
SUFFIXES = (".xlsx", ".xlsm", ".csv", ".txt", ".tsv")
CHANGES = {"new": "新增", "changed": "变更", "same": "相同"}


def import_scope(user) -> Region:
    """The region whose data the user may import (the bureau's region and below; an administrator: all)."""
    region_id = region_id_of(user)
    if role_of(user) == "admin":
        return None
    if region_id is None or not can_write_observations(user, region_id):
        raise KechuangError("KC-WEB-FORBIDDEN", "只有科技局(或管理员)可以导入指标数据")
    return Region.objects.get(pk=region_id)


def region_index(scope: Region | None) -> RegionIndex:
    """Every known region (so that a region outside the scope is named as such, not as unknown)."""
    parents = dict(Region.objects.values_list("id", "name"))
    entries = [RegionEntry(code, name, parents.get(parent_id, "")) for code, name, parent_id
               in Region.objects.values_list("code", "name", "parent_id")]
    allowed = None if scope is None else {r.code for r in region_descendants(scope, include_self=True)}
    return RegionIndex(entries, allowed)


def import_upload(user, name: str, data: bytes, valid_rows: bool = False) -> ImportBatch:
    """Keep the upload and preview it (at once, or queued for the background task when the file is big)."""
    scope = import_scope(user)
    suffix = Path(name).suffix.lower()
    if not data:
        raise KechuangError("KC-DATA-EMPTY", "上传的文件是空的", file=name)
    if suffix not in SUFFIXES:
        raise KechuangError("KC-DATA-FORMAT", f"不支持的文件格式「{suffix or '无扩展名'}」,请上传 .xlsx 或 .csv",
                            file=name)
    directory = Path(settings.DATA_DIR) / "uploads" / "indicator-imports"
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{uuid.uuid4().hex}{suffix}"
    path.write_bytes(data)
    batch = ImportBatch.objects.create(region=scope or Region.objects.filter(parent__isnull=True).first(),
                                       file_name=Path(name).name[:255], sha256=hashlib.sha256(data).hexdigest(),
                                       created_by=user, upload=str(path), valid_rows=valid_rows)
    if len(data) >= BACKGROUND_BYTES:
        return _queue(batch, "preview")
    try:
        import_preview(batch)
    except KechuangError as exc:  # the batch stays as a failed one (its message), the file goes
        ImportBatch.objects.filter(pk=batch.pk).update(status=ImportBatch.FAILED, failure=exc.to_dict())
        path.unlink(missing_ok=True)
        raise
    return batch


def _queue(batch: ImportBatch, step: str) -> ImportBatch:
    from kechuang.web.indicators.tasks import run_import

    ImportBatch.objects.filter(pk=batch.pk).update(status=ImportBatch.QUEUED, next_step=step, progress=0,
                                                   failure=None)
    batch.refresh_from_db()
    run_import(batch.pk)
    batch.refresh_from_db()
    return batch


def _validate(batch: ImportBatch) -> tuple[ImportReport, list[Value]]:
    user = batch.created_by
    scope = import_scope(user)
    path = Path(batch.upload)
    if not path.is_file():
        raise KechuangError("KC-WEB-NOTFOUND", f"上传的文件「{batch.file_name}」已不在服务器上,请重新上传",
                            file=batch.file_name)
    table = read_table(path)
    table.path = batch.file_name  # errors name the file the user uploaded, not the kept copy
    if not table.rows:
        raise KechuangError("KC-DATA-EMPTY", "数据文件只有表头,没有数据行", file=batch.file_name)
    report = observations_from_table(table, catalog_from_database(scope), region_index(scope))
    region_ids = dict(Region.objects.values_list("code", "id"))
    indicator_ids = dict(Indicator.objects.values_list("code", "id"))
    values = [Value(region_ids[o.region], indicator_ids[o.indicator], o.period, o.value, o.row, o.note)
              for o in report.observations]
    batch.shape = "tidy" if table.find_column("指标代码", "indicator", "指标") is not None else "wide"
    return report, values


def import_preview(batch: ImportBatch) -> ImportBatch:
    """Validate the kept file and record the preview: counts, the first rows with 新增/变更/相同, every error."""
    report, values = _validate(batch)
    current = observations_classify(values)
    counts = {"new": 0, "changed": 0, "same": 0}
    for v in values:
        counts[change_of(v, current)] += 1
    names = dict(Region.objects.filter(pk__in={v.region_id for v in values[:SAMPLE_ROWS]}).values_list("id", "name"))
    inds = {i.pk: i for i in Indicator.objects.filter(pk__in={v.indicator_id for v in values[:SAMPLE_ROWS]})}
    sample = []
    for v in values[:SAMPLE_ROWS]:
        old = current.get((v.region_id, v.indicator_id, v.period))
        sample.append({"row": v.row, "region": names[v.region_id], "indicator": inds[v.indicator_id].name,
                       "unit": inds[v.indicator_id].unit, "period": v.period, "value": v.value,
                       "old": old[1] if old else None, "change": CHANGES[change_of(v, current)]})
    errors = [{"file": e.file, "row": e.row, "column": e.column, "message": e.message} for e in report.errors]
    _values_path(batch).write_text(json.dumps([[v.region_id, v.indicator_id, v.period, v.value, v.row, v.note]
                                               for v in values], ensure_ascii=False), encoding="utf-8")
    ImportBatch.objects.filter(pk=batch.pk).update(
        status=ImportBatch.PREVIEW, rows=report.rows, accepted=len(values),
        rejected=len({e.row for e in report.errors}),
        errors=errors, counts=counts, sample=sample, shape=batch.shape, progress=100, next_step="")
    batch.refresh_from_db()
    return batch


def import_confirm(user, batch: ImportBatch, valid_rows: bool) -> ImportBatch:
    """The user confirms the preview: write (at once, or in the background for a big file)."""
    if batch.status != ImportBatch.PREVIEW:
        raise KechuangError("KC-WEB-CONFLICT", f"这批数据的状态是「{batch.get_status_display()}」,不能再次导入",
                            batch=batch.pk)
    if batch.errors and not valid_rows:
        raise KechuangError("KC-DATA-INVALID", f"文件有 {len(batch.errors)} 处错误,未导入任何数据;修正后重新上传,"
                            "或勾选「只导入有效行」", file=batch.file_name)
    # Claim the batch: of two confirmations at the same moment (a double click), one writes, the other is told.
    if not ImportBatch.objects.filter(pk=batch.pk, status=ImportBatch.PREVIEW).update(
            valid_rows=valid_rows, status=ImportBatch.QUEUED, next_step="commit"):
        raise KechuangError("KC-WEB-CONFLICT", "这批数据已在导入或已导入,不能再次导入", batch=batch.pk)
    batch.valid_rows, batch.status = valid_rows, ImportBatch.QUEUED
    if Path(batch.upload).is_file() and Path(batch.upload).stat().st_size >= BACKGROUND_BYTES:
        return _queue(batch, "commit")
    try:
        return import_commit(batch)
    except IntegrityError:  # another import wrote the same values meanwhile: nothing of this one was written
        ImportBatch.objects.filter(pk=batch.pk).update(status=ImportBatch.PREVIEW)
        raise KechuangError("KC-WEB-CONFLICT", "导入时这些数据正被另一次导入修改,本次未写入任何数据;请刷新后重新确认",
                            batch=batch.pk) from None
    except BaseException:
        ImportBatch.objects.filter(pk=batch.pk).update(status=ImportBatch.PREVIEW)
        raise


def _values_path(batch: ImportBatch) -> Path:
    return Path(batch.upload + ".values.json")


def _previewed_values(batch: ImportBatch) -> list[Value]:
    path = _values_path(batch)
    if not path.is_file():
        raise KechuangError("KC-WEB-NOTFOUND", f"「{batch.file_name}」的预览结果已不在服务器上,请重新上传",
                            file=batch.file_name)
    return [Value(*row) for row in json.loads(path.read_text(encoding="utf-8"))]


def import_commit(batch: ImportBatch, progress=None) -> ImportBatch:
    """Write every value the preview validated through versioning, in one transaction."""
    if batch.errors and not batch.valid_rows:
        raise KechuangError("KC-DATA-INVALID", f"文件有 {len(batch.errors)} 处错误,未导入任何数据",
                            file=batch.file_name)
    values = _previewed_values(batch)
    with transaction.atomic():
        counts = observations_bulk_record(values, source_kind="import", user=batch.created_by,
                                          source_file=batch.file_name, batch=batch, progress=progress)
        ImportBatch.objects.filter(pk=batch.pk).update(
            status=ImportBatch.IMPORTED, imported_at=timezone.now(), counts=counts, accepted=len(values),
            progress=100, next_step="")
    _discard(batch)
    batch.refresh_from_db()
    return batch


def _discard(batch: ImportBatch) -> None:
    Path(batch.upload).unlink(missing_ok=True)
    _values_path(batch).unlink(missing_ok=True)


def import_reject(batch: ImportBatch) -> None:
    ImportBatch.objects.filter(pk=batch.pk, status=ImportBatch.PREVIEW).update(status=ImportBatch.REJECTED)
    _discard(batch)
