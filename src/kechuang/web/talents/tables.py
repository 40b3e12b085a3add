"""Imports of the 人才库 and the 载体 library through ``kechuang.sheets``: the upload is kept under the importer's
name, read against the library's columns, each row checked by the library's own service rules (a bad ID number
is named by row and column) and matched with the records already there (新增 / 变更 / 相同); nothing is written
until the user confirms, then all rows in one transaction, or only the valid rows when the user chose so."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from kechuang.errors import KechuangError
from kechuang.sheets import RowError, read_table
from kechuang.web.errors import http_status
from kechuang.web.history.services import change_record

SUFFIXES = (".xlsx", ".xlsm", ".csv")
NEW, CHANGED, SAME = "新增", "变更", "相同"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def attachment(data: bytes, name: str) -> HttpResponse:
    from kechuang.web.supervision.exports import file_response

    return file_response(data, name, XLSX)


def _folder(user, folder: str) -> Path:
    return Path(settings.MEDIA_ROOT) / "library-imports" / folder / str(user.pk)


def upload_keep(user, folder: str, data: bytes, name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise KechuangError("KC-WEB-FIELD", f"{name}:请上传 Excel 工作簿(.xlsx)或 CSV 文件,可先下载导入模板",
                            file=name)
    digest = hashlib.sha256(data).hexdigest()
    place = _folder(user, folder)
    place.mkdir(parents=True, exist_ok=True)
    (place / f"{digest}{suffix}").write_bytes(data)
    (place / f"{digest}.name").write_text(Path(name).name[:200], "utf-8")
    return digest


def upload_path(user, folder: str, digest: str) -> tuple[Path, str]:
    place = _folder(user, folder)
    if len(digest) == 64 and all(c in "0123456789abcdef" for c in digest):
        for suffix in SUFFIXES:
            if (place / f"{digest}{suffix}").exists():
                return place / f"{digest}{suffix}", (place / f"{digest}.name").read_text("utf-8")
    raise KechuangError("KC-WEB-NOTFOUND", "导入文件不存在或已导入,请重新上传")


def upload_done(path: Path) -> None:
    path.unlink(missing_ok=True)
    path.with_suffix(".name").unlink(missing_ok=True)


@dataclass
class PlanRow:
    row: int
    label: str
    status: str  # 新增 / 变更 / 相同
    values: dict
    target: object = None  # the record an update changes
    changes: list[str] = field(default_factory=list)


@dataclass
class ImportPlan:
    file: str
    rows: list[PlanRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)  # the fields the file has: an update changes only these

    def counts(self) -> dict[str, int]:
        out = {"new": 0, "changed": 0, "same": 0}
        names = {NEW: "new", CHANGED: "changed", SAME: "same"}
        for r in self.rows:
            out[names[r.status]] += 1
        out["error_rows"] = len({e.row for e in self.errors})
        return out


def plan_read(path: Path, name: str, columns, check: Callable[[dict], dict], key=()) -> tuple[ImportPlan, list]:
    """Read the table; each row's values through ``check`` (a service's rules; a KechuangError names its field,
    shown under that field's header). Returns the plan (errors, warnings) and the [(row, cleaned values)]."""
    table = read_table(path, columns, file_name=name, key=key, max_rows=20_000)
    plan = ImportPlan(name, errors=list(table.errors), warnings=list(table.warnings), columns=table.columns_found)
    headers = {c.field: c.header for c in columns}
    good = []
    for row in table.rows:
        try:
            good.append((row.row, check(row.values)))
        except KechuangError as exc:
            column = headers.get(exc.context.get("field", ""), "")
            plan.errors.append(RowError(name, table.sheet, row.row, column, exc.message_zh))
    plan.errors.sort(key=lambda e: e.row)
    return plan, good


def plan_commit(plan: ImportPlan, valid_only: bool, write: Callable[[list[PlanRow]], None]) -> int:
    """All rows in one transaction; refused when the file has errors unless ``valid_only``."""
    if plan.errors and not valid_only:
        raise KechuangError("KC-WEB-IMPORT", f"{plan.file}:有 {len(plan.errors)} 处错误,未导入任何数据;请修改后重新"
                            "上传,或选择“只导入无误的行”", file=plan.file)
    rows = [r for r in plan.rows if r.status != SAME]
    with transaction.atomic():
        write(rows)
    return len(rows)


def plan_row(plan: ImportPlan, row: int, values: dict, found, compared_fields: tuple[str, ...],
             present: list[str]) -> None:
    """Add a row to the plan: new when ``found`` is None, else changed or same on the ``present`` fields (the
    columns the file has; a field whose column is absent keeps the record's value)."""
    if found is None:
        plan.rows.append(PlanRow(row, values["name"], NEW, values))
        return
    values = {**values, **{k: getattr(found, k) for k in compared_fields if k not in present}}
    model = type(found)
    changes = [str(model._meta.get_field(k).verbose_name) for k in present if getattr(found, k) != values[k]]
    plan.rows.append(PlanRow(row, values["name"], CHANGED if changes else SAME, values, found, changes))


def rows_write(actor, region, kind: str, model, rows: list[PlanRow], compared_fields: tuple[str, ...],
               snapshot: Callable, source: str) -> None:
    """Create the new rows and update the changed ones (version + 1), one history entry each (kind ``kind``)."""
    for r in rows:
        if r.target is None:
            made = model.objects.create(region=region, created_by=actor, **r.values)
            change_record(actor, kind, made.pk, "create", after={**snapshot(made), "来源": source})
            continue
        before = snapshot(r.target)
        for key in compared_fields:
            setattr(r.target, key, r.values[key])
        r.target.version += 1
        r.target.save()
        change_record(actor, kind, r.target.pk, "update", before=before, after=snapshot(r.target))


@dataclass
class Importer:
    """What the generic import pages need from a library."""

    folder: str  # where uploads are kept
    title: str  # 导入人才
    import_url: str  # URL names
    template_url: str
    confirm_url: str
    list_url: str
    region_id: Callable  # (user) -> region id, PermissionDenied unless the user manages the library
    plan: Callable  # (region id, path, name) -> ImportPlan
    commit: Callable  # (actor, region id, plan, valid_only) -> int
    sheets: str = ""  # the sheets and columns, said on the upload page


def _context(importer: Importer) -> dict:
    return {"importer": importer, "template_url": reverse(importer.template_url),
            "confirm_url": reverse(importer.confirm_url), "import_url": reverse(importer.import_url)}


def import_page(request, importer: Importer):
    region_id = importer.region_id(request.user)
    context = _context(importer)
    if request.method == "GET":
        return render(request, "kechuang/talents/import.html", context)
    upload = request.FILES.get("file")
    try:
        if upload is None:
            raise KechuangError("KC-WEB-FIELD", "请选择要导入的文件", field="file")
        if upload.size > settings.MAX_UPLOAD_BYTES:
            raise KechuangError("KC-WEB-TOO-LARGE", f"{upload.name}:文件过大", file=upload.name)
        digest = upload_keep(request.user, importer.folder, upload.read(), upload.name)
        path, name = upload_path(request.user, importer.folder, digest)
        plan = importer.plan(region_id, path, name)
    except KechuangError as exc:
        return render(request, "kechuang/talents/import.html", {**context, "error": exc}, status=http_status(exc))
    return render(request, "kechuang/talents/import.html", {**context, "plan": plan, "digest": digest,
                                                            "counts": plan.counts()})


def confirm_page(request, importer: Importer):
    region_id = importer.region_id(request.user)
    context = _context(importer)
    digest = request.POST.get("digest", "")
    try:
        path, name = upload_path(request.user, importer.folder, digest)
    except KechuangError as exc:
        return render(request, "kechuang/talents/import.html", {**context, "error": exc}, status=404)
    plan = None
    try:
        plan = importer.plan(region_id, path, name)
        written = importer.commit(request.user, region_id, plan, request.POST.get("valid_only") == "1")
    except KechuangError as exc:
        extra = {"plan": plan, "digest": digest, "counts": plan.counts()} if plan else {}
        return render(request, "kechuang/talents/import.html", {**context, **extra, "error": exc},
                      status=http_status(exc))
    upload_done(path)
    skipped = len({e.row for e in plan.errors})
    messages.success(request, f"已导入“{name}”:写入 {written} 行(新增 {plan.counts()['new']}、变更 "
                              f"{plan.counts()['changed']})" + (f";跳过有错误的 {skipped} 行" if skipped else ""))
    return redirect(importer.list_url)
