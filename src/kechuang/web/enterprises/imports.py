"""Import of the enterprise workbook through the web: the upload is kept under the importer's name, read and
validated by the core (``read_enterprises``), compared with the registry (新增 / 变更 / 相同, matched by USCC,
then by name key within the region), and written in one transaction — all rows, or only the valid rows when the
user chose so. Rows are written in bulk (10,000 enterprises × 3 years in seconds)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from kechuang.enterprises import EnterpriseImport, RowError, name_key
from kechuang.errors import KechuangError
from kechuang.web import dbstats, keyset
from kechuang.web.enterprises.bulk import insert_rows
from kechuang.web.enterprises.core import read_enterprises
from kechuang.web.enterprises.figures import FIGURE_FIELDS
from kechuang.web.enterprises.models import Enterprise, IPHolding, YearFigures
from kechuang.web.history.models import Change

ENTERPRISE_FIELDS = ("name", "name_key", "uscc", "uscc_warning", "address", "industry_code", "size", "registered_on",
                     "tech_field", "contact_name", "contact_phone", "contact_email")
SHOWN = {"name": "企业名称", "uscc": "统一社会信用代码", "address": "地址", "industry_code": "国民经济行业分类代码",
         "size": "企业规模", "registered_on": "成立日期", "tech_field": "技术领域", "contact_name": "联系人",
         "contact_phone": "联系电话", "contact_email": "电子邮箱"}
NEW, CHANGED, SAME = "新增", "变更", "相同"
CHANGE_FIELDS = ("kind", "object_id", "action", "user", "before", "after", "at")
FIGURE_INSERT = ("enterprise", "year", *FIGURE_FIELDS, "rd_items", "source", "source_file", "source_row",
                 "submitted_by", "version", "updated_at")


def _change(kind: str, object_id: int, action: str, actor, before: dict | None, after: dict | None) -> tuple:
    """A history row (``kechuang.web.history``) for ``insert_rows``."""
    return kind, object_id, action, actor.pk if actor else None, before, after, timezone.now()


def _folder(user) -> Path:
    return Path(settings.MEDIA_ROOT) / "enterprise-imports" / str(user.pk)


def upload_keep(user, data: bytes, name: str) -> str:
    """Keep the uploaded workbook for the preview and the import; its SHA-256 names it."""
    if not name.lower().endswith(".xlsx"):
        raise KechuangError("KC-ENT-FILE", f"{name}:请上传 Excel 工作簿(.xlsx),可先下载导入模板", file=name)
    digest = hashlib.sha256(data).hexdigest()
    folder = _folder(user)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{digest}.xlsx").write_bytes(data)
    (folder / f"{digest}.name").write_text(Path(name).name[:200], "utf-8")
    return digest


def upload_path(user, digest: str) -> tuple[Path, str]:
    """The kept workbook of this user and its original name; KC-WEB-NOTFOUND when there is none."""
    path = _folder(user) / f"{digest}.xlsx"
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest) or not path.exists():
        raise KechuangError("KC-WEB-NOTFOUND", "导入文件不存在或已导入,请重新上传")
    return path, (_folder(user) / f"{digest}.name").read_text("utf-8")


def upload_done(path: Path) -> None:
    path.unlink(missing_ok=True)
    path.with_suffix(".name").unlink(missing_ok=True)


@dataclass
class PreviewRow:
    row: int
    name: str
    uscc: str
    status: str  # 新增 / 变更 / 相同
    changes: list[str] = field(default_factory=list)
    years: list[str] = field(default_factory=list)  # "2024 新增"


@dataclass
class ImportPlan:
    """What an import would do: the core's rows, each enterprise row's match in the registry (or None: new), the
    owner of each figure and IP row (("file", row) or ("db", id)), the errors and warnings."""

    file: str
    data: EnterpriseImport
    matches: dict[int, Enterprise | None]
    owners: dict[tuple[str, int], tuple[str, int]]
    errors: list[RowError]
    rows: list[PreviewRow] = field(default_factory=list)

    @property
    def warnings(self) -> list[RowError]:
        return [RowError(self.file, w.sheet, w.row, w.column, w.reason, True) for w in self.data.warnings]

    def counts(self) -> dict[str, int]:
        names = {NEW: "new", CHANGED: "changed", SAME: "same"}
        out = dict.fromkeys(names.values(), 0)
        for r in self.rows:
            out[names[r.status]] += 1
        out["error_rows"] = len({(e.sheet, e.row) for e in self.errors})
        return out


def _match(region_id: int, rows) -> dict[int, Enterprise | None]:
    by_uscc = {e.uscc: e for e in Enterprise.objects.filter(uscc__in=[r.uscc for r in rows if r.uscc])
               .select_related("region")}
    by_key: dict[str, Enterprise] = {}
    for e in Enterprise.objects.filter(region_id=region_id, name_key__in=[r.name_key for r in rows]):
        by_key.setdefault(e.name_key, e)
    return {r.row: (by_uscc.get(r.uscc) if r.uscc else None) or by_key.get(r.name_key) for r in rows}


def _owners(region_id: int, data: EnterpriseImport, errors: list[RowError]) -> dict:
    """The enterprise of each figure and IP row: one of the file's (by USCC, else name key), else the registry's
    in the region; a row naming neither is an error."""
    in_file = {}
    for r in data.enterprises:
        in_file.setdefault(r.name_key, r.row)
        if r.uscc:
            in_file[r.uscc] = r.row
    named = [r for r in (*data.figures, *data.ip) if (r.uscc or name_key(r.name)) not in in_file]
    registry = Enterprise.objects.filter(region_id=region_id)
    by_uscc = dict(registry.filter(uscc__in={r.uscc for r in named if r.uscc}).values_list("uscc", "id"))
    by_key = dict(registry.filter(name_key__in={name_key(r.name) for r in named}).values_list("name_key", "id"))
    owners = {}
    for sheet, rows in (("年度数据", data.figures), ("知识产权", data.ip)):
        for r in rows:
            key = r.uscc or name_key(r.name)
            if key in in_file or name_key(r.name) in in_file:
                owners[(sheet, r.row)] = ("file", in_file.get(key) or in_file[name_key(r.name)])
            elif (r.uscc and r.uscc in by_uscc) or name_key(r.name) in by_key:
                owners[(sheet, r.row)] = ("db", by_uscc.get(r.uscc) or by_key[name_key(r.name)])
            else:
                errors.append(RowError(data.file, sheet, r.row, "企业名称", f"未找到企业「{r.name or r.uscc}」:"
                                       "请在「企业信息」表中填写(该表中此企业的行可能有错误),或先登记该企业"))
    return owners


def import_plan(region_id: int, path: Path, file_name: str) -> ImportPlan:
    data = read_enterprises(path)
    data.file = file_name
    errors = [RowError(file_name, e.sheet, e.row, e.column, e.reason) for e in data.errors]
    matches = _match(region_id, data.enterprises)
    for r in data.enterprises:  # a code registered in another region is not this bureau's to change
        found = matches[r.row]
        if found is not None and found.region_id != region_id:
            errors.append(RowError(file_name, "企业信息", r.row, "统一社会信用代码",
                                   f"该代码已登记在{found.region.name},不能在本地区重复登记"))
    plan = ImportPlan(file_name, data, matches, _owners(region_id, data, errors), errors)
    refused = {e.row for e in errors if e.sheet == "企业信息"}
    existing = _existing_years([m.pk for m in matches.values() if m is not None])
    years: dict[tuple[str, int], list] = {}
    for f in data.figures:
        years.setdefault(plan.owners.get(("年度数据", f.row), ("", 0)), []).append(f)
    for r in data.enterprises:
        if r.row in refused:
            continue
        found = matches[r.row]
        row = PreviewRow(r.row, r.name, r.uscc, NEW)
        if found is not None:
            row.changes = [SHOWN[k] for k in SHOWN if _text(getattr(r, k)) != _text(getattr(found, k))]
            row.status = CHANGED if row.changes else SAME
        for f in years.get(("file", r.row), []):
            old = existing.get((found.pk, f.year)) if found else None
            state = NEW if old is None else (SAME if _same_figures(old, f.values) else CHANGED)
            row.status = CHANGED if state != SAME and row.status == SAME else row.status
            row.years.append(f"{f.year} {state}")
        plan.rows.append(row)
    return plan


def _text(value) -> str:
    return "" if value is None else str(value)


def _existing_years(enterprise_ids) -> dict:
    return {(y.enterprise_id, y.year): y for y in YearFigures.objects.filter(enterprise_id__in=list(enterprise_ids))}


def _same_figures(old: YearFigures, values: dict) -> bool:
    return all(getattr(old, k) == values.get(k) for k in FIGURE_FIELDS)


@dataclass
class Outcome:
    created: int = 0
    updated: int = 0
    same: int = 0
    years: int = 0
    ip: int = 0
    skipped: int = 0


def import_commit(actor, region, plan: ImportPlan, valid_only: bool) -> Outcome:
    """Write the plan in one transaction: refused when the file has errors unless ``valid_only`` (then the rows
    with errors are left out)."""
    if plan.errors and not valid_only:
        raise KechuangError("KC-ENT-IMPORT", f"{plan.file}:有 {len(plan.errors)} 处错误,未导入任何数据;请修改后重新"
                            "上传,或选择“只导入无误的行”", file=plan.file)
    refused = {(e.sheet, e.row) for e in plan.errors}
    out, changes = Outcome(skipped=len(refused)), []
    with transaction.atomic():
        by_row = _enterprises_write(actor, region, plan, refused, changes, out)
        owner = {("file", row): e for row, e in by_row.items()}
        ids = {o[1] for o in plan.owners.values() if o[0] == "db"}
        owner.update({("db", e.pk): e for e in Enterprise.objects.filter(pk__in=ids)})
        out.years = _figures_write(actor, plan, refused, owner, changes)
        out.ip = _ip_write(actor, plan, refused, owner, changes)
        insert_rows(Change, CHANGE_FIELDS, changes)
        dbstats.bulk_written(Enterprise, YearFigures, IPHolding, Change,
                             rows=out.created + out.updated + out.years + out.ip)
    return out


def _enterprises_write(actor, region, plan: ImportPlan, refused: set, changes: list, out: Outcome) -> dict:
    new, updated, by_row = [], [], {}
    for r in plan.data.enterprises:
        if ("企业信息", r.row) in refused:
            continue
        values = {k: getattr(r, k) for k in ENTERPRISE_FIELDS}
        values = {k: ("" if v is None and k != "registered_on" else v) for k, v in values.items()}
        found = plan.matches.get(r.row)
        if found is None:
            new.append((r.row, Enterprise(region=region, created_by=actor, **values)))
            continue
        before = {SHOWN[k]: _text(getattr(found, k)) for k in SHOWN}
        for k, v in values.items():
            setattr(found, k, v)
        after = {SHOWN[k]: _text(getattr(found, k)) for k in SHOWN}
        by_row[r.row] = found
        if after == before:
            out.same += 1
            continue
        found.version += 1
        found.verified_at = found.verified_by = None
        updated.append(found)
        diff = [k for k in after if after[k] != before[k]]
        changes.append(_change("enterprise", found.pk, "update", actor, {k: before[k] or None for k in diff},
                               {k: after[k] or None for k in diff}))
    created = Enterprise.objects.bulk_create([e for _, e in new], batch_size=500)
    for (row, _), e in zip(new, created, strict=True):
        by_row[row] = e
        changes.append(_change("enterprise", e.pk, "create", actor, None,
                               {"企业名称": e.name, "统一社会信用代码": e.uscc or None, "来源": plan.file}))
    Enterprise.objects.bulk_update(updated, [*ENTERPRISE_FIELDS, "version", "verified_at", "verified_by"],
                                   batch_size=500)
    keyset.touch(Enterprise)  # bulk writes send no post_save: the list's count
    out.created, out.updated = len(created), len(updated)
    return by_row


def _figures_write(actor, plan: ImportPlan, refused: set, owner: dict, changes: list) -> int:
    rows = [(f, owner.get(plan.owners.get(("年度数据", f.row)))) for f in plan.data.figures
            if ("年度数据", f.row) not in refused]
    rows = [(f, e) for f, e in rows if e is not None]
    existing = _existing_years({e.pk for _, e in rows})
    new, updated, now = [], [], timezone.now()
    for f, enterprise in rows:
        values = {k: f.values.get(k) for k in FIGURE_FIELDS}
        after = {"年度": f.year, **{FIGURE_FIELDS[k][0]: v for k, v in values.items()}}
        old = existing.get((enterprise.pk, f.year))
        if old is None:
            new.append((enterprise.pk, f.year, *values.values(), {}, "import", plan.file[:255], f.row, actor.pk, 1,
                        now))
            changes.append(_change("ent-figures", enterprise.pk, "create", actor, None, after))
            continue
        if _same_figures(old, values):
            continue
        before = {"年度": f.year, **{FIGURE_FIELDS[k][0]: getattr(old, k) for k in FIGURE_FIELDS}}
        diff = ["年度", *(k for k in after if k != "年度" and after[k] != before[k])]
        for k, v in values.items():
            setattr(old, k, v)
        old.version += 1
        old.source, old.source_file, old.source_row, old.submitted_by = "import", plan.file, f.row, actor
        old.verified_at = old.verified_by = None
        updated.append(old)
        changes.append(_change("ent-figures", enterprise.pk, "update", actor, {k: before[k] for k in diff},
                               {k: after[k] for k in diff}))
    insert_rows(YearFigures, FIGURE_INSERT, new)
    YearFigures.objects.bulk_update(updated, [*FIGURE_FIELDS, "version", "source", "source_file", "source_row",
                                              "submitted_by", "verified_at", "verified_by"], batch_size=1000)
    return len(new) + len(updated)


def _ip_write(actor, plan: ImportPlan, refused: set, owner: dict, changes: list) -> int:
    rows = [(i, owner.get(plan.owners.get(("知识产权", i.row)))) for i in plan.data.ip
            if ("知识产权", i.row) not in refused]
    rows = [(i, e) for i, e in rows if e is not None]
    have = set(IPHolding.objects.filter(enterprise__in={e.pk for _, e in rows}).values_list("enterprise_id", "number"))
    new = []
    for i, enterprise in rows:
        if (enterprise.pk, i.number) in have:
            continue
        have.add((enterprise.pk, i.number))
        new.append(IPHolding(enterprise=enterprise, ip_class=i.ip_class, category=i.category or "", number=i.number,
                             title=i.title, granted_on=i.granted_on, used_for_hitech=i.used_for_hitech))
        changes.append(_change("ent-ip", enterprise.pk, "create", actor, None,
                               {"种类": i.category or None, "编号": i.number, "名称": i.title or None}))
    IPHolding.objects.bulk_create(new, batch_size=1000)
    return len(new)
