"""Observations (region, indicator, period, value, source, note): import, row-by-row validation, template.

An import reads a tidy table (one row per value) or a wide one (one row per region and year, one column
per catalog indicator). Every problem is reported with file, row and column; an import with errors
returns nothing unless the caller asks for the valid rows.
"""

from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kechuang.errors import KechuangError
from kechuang.indicators.catalog import Catalog
from kechuang.indicators.cells import RegionIndex, parse_quantity, parse_year, value_in_unit
from kechuang.indicators.tables import Table, read_table

TIDY_FIELDS = ("region", "indicator", "period", "value", "source", "note")
HEADERS = {
    "region": ("region", "地区", "单位", "uCode", "县(市、区)"),
    "indicator": ("indicator", "indicator_id", "指标代码", "指标", "指标名称"),
    "period": ("period", "year", "年份", "年度", "Time"),
    "value": ("value", "数值", "值"),
    "source": ("source", "来源", "数据来源"),
    "note": ("note", "备注", "说明"),
}
UNIT_HEADERS = ("unit", "单位", "计量单位")
MAX_REPORTED = 200


@dataclass
class Observation:
    region: str
    indicator: str
    period: int
    value: float
    source: str = ""
    note: str = ""
    file: str = ""
    row: int = 0


@dataclass
class RowError:
    file: str
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"{Path(self.file).name} 第 {self.row} 行「{self.column}」列:{self.message}"


@dataclass
class ImportReport:
    file: str
    observations: list[Observation] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    rows: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        head = (f"{Path(self.file).name}:共 {self.rows} 行,有效观测 {len(self.observations)} 条,"
                f"错误 {len(self.errors)} 处")
        lines = [head, *(str(e) for e in self.errors[:MAX_REPORTED])]
        if len(self.errors) > MAX_REPORTED:
            lines.append(f"……另有 {len(self.errors) - MAX_REPORTED} 处错误未列出")
        return "\n".join(lines)


def observations_from_table(table: Table, catalog: Catalog | None,
                            regions: set[str] | RegionIndex | None = None) -> ImportReport:
    """Validate a table row by row; wide when it has no indicator column.

    ``regions`` is a set of names, or a :class:`RegionIndex` that resolves codes, names and short names (the
    observation then carries the region's code). A value written with a unit (``38家``, ``3.2亿元``) or a row's
    「单位」 differing from the catalog's is converted when the units are convertible and refused otherwise."""
    cols = _columns(table)
    report = ImportReport(table.path, rows=len(table.rows))
    tidy = cols["indicator"] is not None
    cells = _tidy_cells(table, cols) if tidy else _wide_cells(table, cols, catalog, report)
    seen: dict[tuple[str, str, int], int] = {}
    resolved: dict[str, str] = {}  # region text → code, and period text → year: a file repeats a few hundred of them
    years: dict[str, int] = {}
    header = table.header
    region_col = header[cols["region"]]
    period_col = header[cols["period"]]
    for row, region, indicator, ind_col, period_text, value_text, val_col, source, note, unit in cells:
        errors_before = len(report.errors)
        err = lambda column, message, row=row: report.errors.append(RowError(table.path, row, column, message))
        if not region:
            err(region_col, "地区为空")
        elif isinstance(regions, RegionIndex):
            try:
                region = resolved[region] if region in resolved else resolved.setdefault(region,
                                                                                         regions.resolve(region))
            except ValueError as exc:
                err(region_col, str(exc))
        elif regions is not None and region not in regions:
            err(region_col, f"未知的地区「{region}」")
        ind_id, found = indicator, None
        if catalog is not None:
            found = catalog.get(indicator) if indicator else None
            if found is None:
                err(ind_col, f"指标目录中没有「{indicator}」" if indicator else "指标为空")
            else:
                ind_id = found.id
        elif not indicator:
            err(ind_col, "指标为空")
        try:
            period = years[period_text] if period_text in years else years.setdefault(period_text,
                                                                                       parse_year(period_text))
        except ValueError as exc:
            err(period_col, str(exc))
            period = None
        try:
            value, written = parse_quantity(value_text)
            if value is None:
                if len(report.errors) == errors_before:
                    continue  # a blank cell is no observation, not an error
            elif found is not None:
                value = value_in_unit(value, written, found.unit, unit or None)
        except ValueError as exc:
            err(val_col, str(exc))
            value = None
        if len(report.errors) > errors_before:
            continue
        key = (region, ind_id, period)
        if key in seen:
            err(val_col, f"与第 {seen[key]} 行重复({region}、{ind_id}、{period} 年)")
            continue
        seen[key] = row
        report.observations.append(Observation(region, ind_id, period, value, source, note, table.path, row))
    return report


def _columns(table: Table) -> dict[str, int | None]:
    """The columns by role; a missing or renamed required column is an error naming the header found."""
    cols = {k: table.find_column(*names) for k, names in HEADERS.items()}
    cols["unit"] = table.find_column(*UNIT_HEADERS)
    if cols["unit"] == cols["region"]:  # a file whose region column is headed 单位 has no unit column
        cols["unit"] = None
    found = "、".join(h for h in table.header if h) or "(空)"
    missing = []
    if cols["region"] is None:
        missing.append("地区")
    if cols["period"] is None:
        missing.append("年份")
    if cols["indicator"] is not None and cols["value"] is None:
        missing.append("数值")
    if missing:
        names = "」「".join(missing)
        raise KechuangError("KC-DATA-COLUMN-MISSING", f"缺少「{names}」列(表头为:{found});"
                            "请使用导入模板的列名:地区、指标代码、年份、数值", file=table.path, column=missing[0])
    return cols


def _tidy_cells(table: Table, cols):
    get = lambda row, k: row[cols[k]].strip() if cols[k] is not None else ""
    ind_header = table.header[cols["indicator"]]
    val_header = table.header[cols["value"]]
    for i, row in enumerate(table.rows):
        yield (i + 2, get(row, "region"), get(row, "indicator"), ind_header, get(row, "period"),
               row[cols["value"]], val_header, get(row, "source"), get(row, "note"), get(row, "unit"))


def _wide_cells(table: Table, cols, catalog, report):
    skip = {c for c in cols.values() if c is not None} | {j for j, h in enumerate(table.header)
                                                          if h in ("指标名称",)}
    value_cols = [j for j in range(len(table.header)) if j not in skip and table.header[j]]
    if catalog is not None:
        unknown = [table.header[j] for j in value_cols if catalog.get(table.header[j]) is None]
        for name in unknown:
            report.errors.append(RowError(table.path, 1, name,
                                          f"指标目录中没有「{name}」(宽表的列名应为指标代码或名称)"))
        value_cols = [j for j in value_cols if table.header[j] not in unknown]
    get = lambda row, k: row[cols[k]].strip() if cols[k] is not None else ""
    for i, row in enumerate(table.rows):
        for j in value_cols:
            yield (i + 2, get(row, "region"), table.header[j], table.header[j], get(row, "period"), row[j],
                   table.header[j], get(row, "source"), get(row, "note"), "")


def import_observations(path: str | Path, catalog: Catalog | None, *, regions: set[str] | RegionIndex | None = None,
                        valid_rows: bool = False, sheet: str | None = None) -> ImportReport:
    """Read and validate ``path``; with errors, raise unless ``valid_rows`` (then only valid rows are kept)."""
    table = read_table(path, sheet)
    if not table.rows:
        raise KechuangError("KC-DATA-EMPTY", "数据文件只有表头,没有数据行", file=str(path))
    report = observations_from_table(table, catalog, regions)
    if report.errors and not valid_rows:
        raise KechuangError("KC-DATA-INVALID", f"数据有 {len(report.errors)} 处错误,未导入任何数据:\n"
                            + report.summary() + "\n修正后重新导入,或加 --valid-rows 只导入无误的行",
                            file=str(path))
    return report


def read_store(path: str | Path) -> list[Observation]:
    path = Path(path)
    if not path.exists():
        return []
    report = observations_from_table(read_table(path), None)
    if report.errors:
        raise KechuangError("KC-DATA-STORE", "观测数据库文件已损坏:\n" + report.summary(), file=str(path))
    return report.observations


def append_to_store(path: str | Path, new: list[Observation], replace: bool = False) -> tuple[int, int]:
    """Add observations to a tidy CSV store atomically; an existing key is an error unless ``replace``."""
    path = Path(path)
    existing = read_store(path)
    index = {(o.region, o.indicator, o.period): k for k, o in enumerate(existing)}
    clashes = [o for o in new if (o.region, o.indicator, o.period) in index]
    if clashes and not replace:
        first = clashes[0]
        raise KechuangError("KC-DATA-DUPLICATE", f"{len(clashes)} 条观测在数据库中已存在(如 {first.region}、"
                            f"{first.indicator}、{first.period} 年,来自第 {first.row} 行);加 --replace 覆盖",
                            file=first.file, row=first.row)
    replaced = 0
    for o in new:
        key = (o.region, o.indicator, o.period)
        if key in index:
            existing[index[key]] = o
            replaced += 1
        else:
            index[key] = len(existing)
            existing.append(o)
    _write_store(path, existing)
    return len(new) - replaced, replaced


def _write_store(path: Path, observations: list[Observation]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".obs-", suffix=".csv")
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(TIDY_FIELDS)
            for o in observations:
                writer.writerow([o.region, o.indicator, o.period, repr(o.value), o.source, o.note])
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def observation_dicts(observations: list[Observation]) -> list[dict]:
    return [asdict(o) for o in observations]
