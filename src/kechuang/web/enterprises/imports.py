"""Import of the enterprise workbook through the web: the upload is kept under the importer's name, read and
validated by the core (``read_enterprises``), compared with the registry (新增 / 变更 / 相同, matched by USCC,
then by name key within the region), and written in one transaction — all rows, or only the valid rows when
the user chose so. Rows are written in bulk (10,000 enterprises × 3 years in seconds)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction

from kechuang.errors import KechuangError
from kechuang.web.enterprises.core import read_enterprises
from kechuang.web.enterprises.figures import FIGURE_FIELDS
from kechuang.web.enterprises.models import Enterprise, IPHolding, YearFigures
from kechuang.web.history.models import Change

ENTERPRISE_FIELDS = ("name", "name_key", "uscc", "uscc_warning", "address", "industry_code", "size", "registered_on",
                     "tech_field", "contact_name", "contact_phone", "contact_email")
SHOWN = {"name": "企业名称", "uscc": "统一社会信用代码", "address": "地址", "industry_code": "行业代码", "size": "规模",
         "registered_on": "成立日期", "tech_field": "技术领域", "contact_name": "联系人", "contact_phone": "联系电话",
         "contact_email": "电子邮箱"}
NEW, CHANGED, SAME, ERROR = "新增", "变更", "相同", "有错误"


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
    (folder / f"{digest}.name").write_text(name[:200], "utf-8")
    return digest


def upload_path(user, digest: str) -> tuple[Path, str]:
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise KechuangError("KC-WEB-NOTFOUND", "导入文件不存在,请重新上传")
    path = _folder(user) / f"{digest}.xlsx"
    if not path.exists():
        raise KechuangError("KC-WEB-NOTFOUND", "导入文件不存在或已导入,请重新上传")
    return path, (_folder(user) / f"{digest}.name").read_text("utf-8")


@dataclass
class PreviewRow:
    row: int
    name: str
    uscc: str
    status: str  # 新增 / 变更 / 相同 / 有错误
    changes: list[str] = field(default_factory=list)
    years: list[str] = field(default_factory=list)  # "2024 新增"
    errors: list[str] = field(default_factory=list)


@dataclass
class Plan:
    """What an import would do: per enterprise row its status, the errors and warnings of the file."""

    file: str
    rows: list[PreviewRow]
    errors: list
    warnings: list
    refused_rows: set = field(default_factory=set)  # (sheet, row) refused by an error
    data: object = None  # the core's EnterpriseImport
    matches: dict = field(default_factory=dict)  # enterprise row → existing Enterprise

    def counts(self) -> dict[str, int]:
        """{"new", "changed", "same", "error"}: enterprise rows by status."""
        names = {NEW: "new", CHANGED: "changed", SAME: "same", ERROR: "error"}
        out = dict.fromkeys(names.values(), 0)
        for r in self.rows:
            out[names[r.status]] += 1
        return out


def _value(enterprise: Enterprise, key: str):
    return getattr(enterprise, key) or ("" if key != "registered_on" else None)


def _match(region_id: int, rows) -> dict:
    by_uscc = {e.uscc: e for e in Enterprise.objects.filter(uscc__in=[r.uscc for r in rows if r.uscc])}
    by_key: dict[str, Enterprise] = {}
    for e in Enterprise.objects.filter(region_id=region_id, name_key__in=[r.name_key for r in rows]):
        by_key.setdefault(e.name_key, e)
    return {r.row: (by_uscc.get(r.uscc) if r.uscc else None) or by_key.get(r.name_key) for r in rows}


def import_plan(region_id: int, path: Path, file_name: str) -> Plan:
    data = read_enterprises(path)
    errors = list(data.errors)
    matches = _match(region_id, data.enterprises)
    for r in data.enterprises:  # a code registered in another region is not this bureau's to change
        found = matches[r.row]
        if found is not None and found.region_id != region_id:
            errors.append(_row_error(data, "企业信息", r.row, "统一社会信用代码",
                                     f"该代码已登记在{found.region.name},不能在本地区重复登记"))
            matches[r.row] = None
    refused = {(e.sheet, e.row) for e in errors}
    years_by_ent: dict[str, list] = {}
    for f in data.figures:
        years_by_ent.setdefault(f.uscc or f.name, []).append(f)
    existing_years = _existing_years([m for m in matches.values() if m is not None])
    rows = []
    for r in data.enterprises:
        found = matches[r.row]
        row = PreviewRow(r.row, r.name, r.uscc, NEW)
        row.errors = [e.reason for e in errors if e.sheet == "企业信息" and e.row == r.row]
        if found is not None:
            row.changes = [SHOWN[k] for k in SHOWN if str(getattr(r, k) or "") != str(_value(found, k) or "")]
            row.status = CHANGED if row.changes else SAME
        for f in years_by_ent.get(r.uscc or r.name, []) + ([] if not r.uscc else years_by_ent.get(r.name, [])):
            old = existing_years.get((found.pk, f.year)) if found else None
            state = NEW if old is None else (SAME if _same_figures(old, f.values) else CHANGED)
            if state == CHANGED and row.status == SAME:
                row.status = CHANGED
            row.years.append(f"{f.year} {state}")
        if row.errors or ("企业信息", r.row) in refused:
            row.status = ERROR
        rows.append(row)
    return Plan(file_name, rows, errors, list(data.warnings), refused, data, matches)


def _row_error(data, sheet, row, column, reason):
    from kechuang.enterprises import RowError

    return RowError(data.file, sheet, row, column, reason)


def _existing_years(enterprises) -> dict:
    rows = YearFigures.objects.filter(enterprise__in=[e.pk for e in enterprises])
    return {(y.enterprise_id, y.year): y for y in rows}


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


def import_commit(actor, region, plan: Plan, valid_only: bool) -> Outcome:
    """Write the plan: refused when the file has errors unless ``valid_only`` (then the refused rows, and the
    figures and IP of refused enterprises, are left out)."""
    if plan.errors and not valid_only:
        raise KechuangError("KC-ENT-IMPORT", f"{plan.file}:有 {len(plan.errors)} 处错误,未导入任何数据;请修改后重新"
                            "上传,或选择“只导入无误的行”", file=plan.file)
    data, out = plan.data, Outcome()
    with transaction.atomic():
        changes, by_ref = [], {}
        new_rows, updated = [], []
        for r in data.enterprises:
            if ("企业信息", r.row) in plan.refused_rows:
                out.skipped += 1
                continue
            values = {k: getattr(r, k) if getattr(r, k) is not None else None for k in ENTERPRISE_FIELDS}
            values = {k: ("" if v is None and k != "registered_on" else v) for k, v in values.items()}
            found = plan.matches.get(r.row)
            if found is None:
                new_rows.append((r, Enterprise(region=region, created_by=actor, **values)))
                continue
            before = {SHOWN[k]: str(_value(found, k) or "") for k in SHOWN}
            for k, v in values.items():
                setattr(found, k, v)
            after = {SHOWN[k]: str(_value(found, k) or "") for k in SHOWN}
            if after != before:
                found.version += 1
                found.verified_at = found.verified_by = None
                updated.append(found)
                diff = [k for k in after if after[k] != before[k]]
                changes.append(Change(kind="enterprise", object_id=found.pk, action="update", user=actor,
                                      before={k: before[k] for k in diff}, after={k: after[k] for k in diff}))
            else:
                out.same += 1
            by_ref[r.uscc or r.name] = by_ref[r.name] = found
        created = Enterprise.objects.bulk_create([e for _, e in new_rows], batch_size=500)
        for (r, _), e in zip(new_rows, created, strict=True):
            by_ref[r.uscc or r.name] = by_ref[r.name] = e
            changes.append(Change(kind="enterprise", object_id=e.pk, action="create", user=actor,
                                  after={"企业名称": e.name, "统一社会信用代码": e.uscc or None, "来源": plan.file}))
        Enterprise.objects.bulk_update(updated, [*ENTERPRISE_FIELDS, "version", "verified_at", "verified_by"],
                                       batch_size=500)
        out.created, out.updated = len(created), len(updated)
        out.years = _figures_write(actor, plan, by_ref, changes)
        out.ip = _ip_write(plan, by_ref, changes, actor)
        Change.objects.bulk_create(changes, batch_size=1000)
    return out


def _figures_write(actor, plan: Plan, by_ref: dict, changes: list) -> int:
    rows = [f for f in plan.data.figures if ("年度数据", f.row) not in plan.refused_rows
            and (f.uscc or f.name) in by_ref]
    existing = _existing_years({by_ref[f.uscc or f.name] for f in rows})
    new, updated = [], []
    for f in rows:
        enterprise = by_ref[f.uscc or f.name]
        values = {k: f.values.get(k) for k in FIGURE_FIELDS}
        old = existing.get((enterprise.pk, f.year))
        labelled = {"年度": f.year, **{FIGURE_FIELDS[k][0]: v for k, v in values.items()}}
        if old is None:
            new.append(YearFigures(enterprise=enterprise, year=f.year, source="import", source_file=plan.file,
                                   source_row=f.row, submitted_by=actor, **values))
            changes.append(Change(kind="ent-figures", object_id=enterprise.pk, action="create", user=actor,
                                  after=labelled))
        elif not _same_figures(old, values):
            before = {"年度": f.year, **{FIGURE_FIELDS[k][0]: getattr(old, k) for k in FIGURE_FIELDS}}
            diff = [k for k in labelled if labelled[k] != before[k]]
            for k, v in values.items():
                setattr(old, k, v)
            old.version += 1
            old.source, old.source_file, old.source_row, old.submitted_by = "import", plan.file, f.row, actor
            old.verified_at = old.verified_by = None
            updated.append(old)
            changes.append(Change(kind="ent-figures", object_id=enterprise.pk, action="update", user=actor,
                                  before={"年度": f.year, **{k: before[k] for k in diff}},
                                  after={"年度": f.year, **{k: labelled[k] for k in diff}}))
    YearFigures.objects.bulk_create(new, batch_size=1000)
    YearFigures.objects.bulk_update(updated, [*FIGURE_FIELDS, "version", "source", "source_file", "source_row",
                                              "submitted_by", "verified_at", "verified_by"], batch_size=1000)
    return len(new) + len(updated)


def _ip_write(plan: Plan, by_ref: dict, changes: list, actor) -> int:
    rows = [i for i in plan.data.ip if ("知识产权", i.row) not in plan.refused_rows and (i.uscc or i.name) in by_ref]
    have = set(IPHolding.objects.filter(enterprise__in={by_ref[i.uscc or i.name].pk for i in rows})
               .values_list("enterprise_id", "number"))
    new = []
    for i in rows:
        enterprise = by_ref[i.uscc or i.name]
        if (enterprise.pk, i.number) in have:
            continue
        have.add((enterprise.pk, i.number))
        new.append(IPHolding(enterprise=enterprise, ip_class=i.ip_class, category=i.category, number=i.number,
                             title=i.title, granted_on=i.granted_on, used_for_hitech=i.used_for_hitech))
        changes.append(Change(kind="ent-ip", object_id=enterprise.pk, action="create", user=actor,
                              after={"种类": i.category, "编号": i.number, "名称": i.title or None}))
    IPHolding.objects.bulk_create(new, batch_size=1000)
    return len(new)
