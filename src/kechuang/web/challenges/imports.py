"""Import of enterprises' needs into a 榜单 at 需求征集: the sheet read by ``kechuang.sheets`` (errors by file, row
and column), every enterprise name matched against the region's registry, a preview, and then — only when the
bureau confirms — all rows written in one transaction (or only the valid ones when it chose 只导入有效行)."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePath

from django.db import transaction

from kechuang.errors import KechuangError
from kechuang.sheets import RowError, SheetRow, read_table, write_template
from kechuang.web.challenges.columns import NEED_COLUMNS, NEED_EXAMPLE
from kechuang.web.challenges.flow import locked, record, require
from kechuang.web.challenges.models import Challenge, Need
from kechuang.web.enterprises.models import Enterprise
from kechuang.web.history.services import change_record

SUFFIXES = {".xlsx", ".xlsm", ".csv"}
MAX_ROWS = 2_000


@dataclass
class NeedPreview:
    file: str
    rows: list[SheetRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    enterprises: dict[int, Enterprise | None] = field(default_factory=dict)  # Excel row → enterprise

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def valid_rows(self) -> list[SheetRow]:
        bad = {e.row for e in self.errors}
        return [r for r in self.rows if r.row not in bad]


def template() -> bytes:
    return write_template(None, {"需求": NEED_COLUMNS}, examples={"需求": NEED_EXAMPLE})


def preview(challenge: Challenge, name: str, data: bytes) -> NeedPreview:
    """Read and check the file; nothing is written."""
    suffix = PurePath(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise KechuangError("KC-SHEET-FILE", f"「{name}」不是 xlsx 或 csv 文件,请用导入模板填写", file=name)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"upload{suffix}"
        path.write_bytes(data)
        table = read_table(path, NEED_COLUMNS, file_name=name, key=("title", "enterprise"), max_rows=MAX_ROWS)
    out = NeedPreview(name, table.rows, list(table.errors), list(table.warnings))
    names = {r.values.get("enterprise") for r in table.rows if r.values.get("enterprise")}
    known = {e.name: e for e in Enterprise.objects.filter(region_id=challenge.region_id, name__in=names)}
    for r in table.rows:
        firm = r.values.get("enterprise")
        if firm and firm not in known:
            out.errors.append(RowError(name, table.sheet, r.row, "企业名称", f"“{firm}”不在本县企业名录中"))
        out.enterprises[r.row] = known.get(firm)
    return out


def needs_import(user, challenge: Challenge, found: NeedPreview, only_valid: bool, today: date) -> int:
    """Write the previewed needs: all of them, or with ``only_valid`` the valid rows; refused whole otherwise."""
    require(user, challenge, "need")
    if found.errors and not only_valid:
        raise KechuangError("KC-SHEET-ROWS", f"「{found.file}」有 {len({e.row for e in found.errors})} 行有误,未导入;"
                            "请修改后重新上传,或选择“只导入有效行”", file=found.file)
    rows = found.valid_rows
    if not rows:
        raise KechuangError("KC-SHEET-ROWS", f"「{found.file}」没有可导入的行", file=found.file)
    with transaction.atomic():
        challenge = locked(challenge)
        require(user, challenge, "need")
        made = Need.objects.bulk_create([
            Need(challenge=challenge, enterprise=found.enterprises.get(r.row), title=r.values["title"],
                 problem=r.values["problem"], demand_ref=r.values.get("demand_ref") or "", submitted_by=user)
            for r in rows])
        for need in Need.objects.filter(challenge=challenge).order_by("-id")[:len(made)]:
            change_record(user, "challenge_need", need.pk, "create", after={"need": need.title,
                                                                            "demand_ref": need.demand_ref})
        skipped = len({e.row for e in found.errors})
        record(user, challenge, f"导入需求 {len(made)} 条", today, f"文件“{found.file}”" +
               (f",跳过有误的 {skipped} 行" if skipped else ""))
    return len(made)
