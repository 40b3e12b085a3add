"""Read an uploaded table against its columns: every cell parsed by its kind, every problem a row error naming
file, sheet, row and column in Chinese; nothing is half-read (the caller writes only when ``ok`` or the user
chooses the valid rows)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from kechuang.errors import KechuangError
from kechuang.indicators.tables import parse_period
from kechuang.sheets import cells
from kechuang.sheets.columns import Column, fold_header, header_map
from kechuang.sheets.errors import RowError
from kechuang.sheets.files import read_lines

HEADER_SEARCH_ROWS = 10
_LIST_SPLIT = re.compile(r"[、,,;;\n]+")


@dataclass(frozen=True)
class SheetRow:
    """One accepted row: ``row`` as Excel numbers it, ``values`` by column field (absent columns are absent)."""

    row: int
    values: dict


@dataclass
class Table:
    file: str
    sheet: str
    rows: list[SheetRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    columns_found: list[str] = field(default_factory=list)  # fields present in the header

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def refused_rows(self) -> set[int]:
        return {error.row for error in self.errors}


def read_table(path: str | Path, columns, *, file_name: str | None = None, sheet: str | None = None,
               key: tuple[str, ...] = (), max_rows: int = 100_000) -> Table:
    """Read ``path`` (.xlsx/.xlsm/.csv) against ``columns``. ``key``: fields whose values may not repeat within
    the file (a repeat is refused naming the first row). More than ``max_rows`` rows, or an unreadable file,
    raises ``KechuangError("KC-SHEET-FILE")``."""
    path = Path(path)
    file_name = file_name or path.name
    title, lines = read_lines(path, file_name, sheet)
    table = Table(file_name, title)
    known = header_map(columns)
    header, header_row = _find_header(lines, known, len(columns))
    positions = _positions(header, header_row, known, table)
    found = {column.field for _, column, _ in positions}
    table.columns_found = [column.field for column in columns if column.field in found]
    missing = [column.header for column in columns if column.required and column.field not in found]
    if missing:
        table.errors.append(RowError(file_name, title, header_row, "、".join(missing),
                                     "缺少必填列(可下载导入模板对照表头)"))
        return table
    body = [(number, line) for number, line in enumerate(lines[header_row:], start=header_row + 1)
            if any(_blank(value) is False for value in line)]
    if len(body) > max_rows:
        raise KechuangError("KC-SHEET-FILE", f"「{file_name}」有 {len(body):,} 行,超过单次导入上限 {max_rows:,} 行,"
                            "请拆分后再导入", file=file_name)
    seen: dict[tuple, int] = {}
    for number, line in body:
        values, errors = _row(line, positions, file_name, title, number)
        if not errors and key:
            errors = _repeat(values, key, seen, number, positions, file_name, title)
        if errors:
            table.errors += errors
        else:
            table.rows.append(SheetRow(number, values))
    return table


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _find_header(lines: list[list], known: dict, width: int) -> tuple[list, int]:
    """The first of the first ten rows naming two known columns (one when the table has one column): a title row
    such as "某县科技计划项目表" may come first. Row 1 when none does."""
    need = 1 if width == 1 else 2
    for number, line in enumerate(lines[:HEADER_SEARCH_ROWS], start=1):
        if sum(1 for title in line if not _blank(title) and fold_header(title) in known) >= need:
            return line, number
    return (lines[0] if lines else []), 1


def _positions(header: list, header_row: int, known: dict, table: Table) -> list[tuple[int, Column, str]]:
    positions, taken = [], set()
    for index, title in enumerate(header):
        if _blank(title):
            continue
        column = known.get(fold_header(title))
        if column is None:
            table.warnings.append(RowError(table.file, table.sheet, header_row, str(title).strip(),
                                           "无法识别的列,已忽略", True))
        elif column.field in taken:
            table.warnings.append(RowError(table.file, table.sheet, header_row, str(title).strip(),
                                           f"与前面的「{column.header}」列重复,已忽略", True))
        else:
            taken.add(column.field)
            positions.append((index, column, str(title).strip()))
    return positions


def _row(line: list, positions, file_name: str, sheet: str, number: int) -> tuple[dict, list[RowError]]:
    values, errors = {}, []
    for index, column, title in positions:
        try:
            values[column.field] = parse_cell(column, line[index] if index < len(line) else None)
        except cells.CellError as exc:
            errors.append(RowError(file_name, sheet, number, title, str(exc)))
        except KechuangError as exc:
            errors.append(RowError(file_name, sheet, number, title, exc.message_zh))
    return values, errors


def _repeat(values: dict, key: tuple[str, ...], seen: dict, number: int, positions, file_name: str,
            sheet: str) -> list[RowError]:
    folded = tuple(_fold(values.get(name)) for name in key)
    if not any(folded):
        return []
    if folded in seen:
        title = next((t for _, c, t in positions if c.field == key[0]), key[0])
        return [RowError(file_name, sheet, number, title, f"与第 {seen[folded]} 行重复")]
    seen[folded] = number
    return []


def _fold(value) -> str:
    if value is None:
        return ""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(value))).lower()


def parse_cell(column: Column, value: object):
    """One cell by its column's kind; ``None`` (or ``()`` for lists) when blank. Raises ``cells.CellError``."""
    kind = column.kind
    if kind in ("money", "people", "number", "int"):
        units = {"money": cells.MONEY_UNITS, "people": cells.PEOPLE_UNITS}.get(kind, {"": 1.0})
        parsed = cells.number(value, units)
        if parsed is None and column.required:
            raise cells.CellError("必填")
        if kind == "int" and parsed is not None:
            if not parsed.is_integer():
                raise cells.CellError(f"「{cells.text(value)}」应为整数")
            return int(parsed)
        return parsed
    if kind == "date":
        parsed = cells.date(value)
        if parsed is None and column.required:
            raise cells.CellError("必填")
        return parsed
    if kind == "yes_no":
        return cells.yes_no(value)
    text = _user_text(value, keep_lines=kind == "longtext") if kind in ("text", "longtext") else cells.text(value)
    if not text:
        if column.required:
            raise cells.CellError("必填")
        return () if kind == "list" else ("" if kind in ("text", "longtext") else None)
    limit = column.limit
    if limit is not None and len(text) > limit:
        raise cells.CellError(f"长度 {len(text):,} 字,超过上限 {limit:,} 字")
    if kind in ("text", "longtext"):
        return text
    if kind == "year":
        year = parse_period(text)
        if year is None:
            raise cells.CellError(f"「{text[:20]}」不是年度(如 2025)")
        return year
    if kind == "choice":
        return _choice(column, text)
    if kind == "list":
        return tuple(dict.fromkeys(part.strip() for part in _LIST_SPLIT.split(text) if part.strip()))
    raise AssertionError(kind)


def _user_text(value: object, keep_lines: bool) -> str:
    """Text as the user wrote it (full-width brackets stay; titles are shown as typed), stripped; numbers as
    clerks see them (2023, not 2023.0). Long text keeps its line breaks, normalised to ``\\n``; short text has
    them turned into spaces."""
    if not isinstance(value, str):
        return cells.text(value)
    text = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    return text if keep_lines else " ".join(part for part in (line.strip() for line in text.split("\n")) if part)


def _choice(column: Column, text: str):
    folded = _fold(text)
    for label, stored in column.choices.items():
        if _fold(label) == folded:
            return stored
    labels = "、".join(column.choices)
    raise cells.CellError(f"「{text[:20]}」不是可选值,应为:{labels}")
