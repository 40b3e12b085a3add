"""Read a data table (CSV or XLSX) into a header and rows of strings, keeping file and row numbers.

Every later error can then name the file, the row (as the user sees it: the header is row 1) and
the column. Numbers are parsed by :func:`parse_number`, which accepts what clerks type
(``1,234.5``, ``12.5%`` read as 12.5, full-width digits, blanks and ``NA`` for missing) and nothing else.
"""

from __future__ import annotations

import csv
import io
import math
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from kechuang.errors import KechuangError
from kechuang.text.decode import decode_bytes

MAX_TABLE_BYTES = 200 * 1024 * 1024
MISSING = frozenset({"", "na", "n/a", "nan", "null", "none", "-", "--", "—", "…", "无", "缺失", "#n/a"})


@dataclass
class Table:
    """A rectangular table of strings. ``rows[i]`` is spreadsheet row ``i + 2`` (row 1 is the header)."""

    path: str
    header: list[str]
    rows: list[list[str]]
    sheet: str | None = None

    def column(self, name: str) -> int:
        try:
            return self.header.index(name)
        except ValueError:
            raise KechuangError(
                "KC-DATA-COLUMN-MISSING", f"缺少列「{name}」;表头为:{'、'.join(self.header)}",
                file=self.path, column=name) from None

    def find_column(self, *names: str) -> int | None:
        """Index of the first header matching one of ``names`` (case and width insensitive)."""
        folded = [_fold(h) for h in self.header]
        for name in names:
            key = _fold(name)
            if key in folded:
                return folded.index(key)
        return None


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().lower().replace(" ", "").replace("_", "")


def read_table(path: str | Path, sheet: str | None = None) -> Table:
    """Read ``path`` (``.csv``, ``.txt``, ``.tsv`` or ``.xlsx``); raise a coded error when it cannot."""
    path = Path(path)
    if not path.is_file():
        raise KechuangError("KC-DATA-NOT-FOUND", "找不到数据文件", file=str(path))
    if path.stat().st_size > MAX_TABLE_BYTES:
        raise KechuangError("KC-DATA-TOO-LARGE", "数据文件超过 200 MB,请拆分后再导入", file=str(path))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        table = _read_xlsx(path, sheet)
    elif suffix in (".csv", ".txt", ".tsv", ""):
        table = _read_csv(path)
    elif suffix == ".xls":
        raise KechuangError("KC-DATA-FORMAT", "不支持旧版 .xls 文件,请在 Excel 中另存为 .xlsx 后再导入",
                            file=str(path))
    else:
        raise KechuangError("KC-DATA-FORMAT", f"不支持的数据文件格式「{suffix}」,请使用 CSV 或 XLSX",
                            file=str(path))
    if not table.header or not any(h.strip() for h in table.header):
        raise KechuangError("KC-DATA-EMPTY", "数据文件为空或没有表头", file=str(path))
    return table


def _read_csv(path: Path) -> Table:
    raw = path.read_bytes()
    try:
        text, _ = decode_bytes(raw)
    except KechuangError as exc:
        raise KechuangError("KC-DATA-ENCODING", "无法识别数据文件的编码,请另存为 UTF-8 的 CSV",
                            file=str(path)) from exc
    text = text.lstrip("\ufeff")
    sample = text[:4096]
    delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        lines = [row for row in reader]
    except csv.Error as exc:
        raise KechuangError("KC-DATA-CSV", f"CSV 格式错误:{exc}", file=str(path)) from exc
    lines = [row for row in lines if any(cell.strip() for cell in row)]
    if not lines:
        return Table(str(path), [], [])
    header = [h.strip() for h in lines[0]]
    return Table(str(path), header, [_pad(row, len(header)) for row in lines[1:]])


def _read_xlsx(path: Path, sheet: str | None) -> Table:
    """Read a sheet with calamine (Rust; an order of magnitude faster than openpyxl on large sheets): cached
    formula values, numbers as floats, dates as ``datetime``."""
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except (CalamineError, OSError, ValueError) as exc:
        raise KechuangError("KC-DATA-XLSX", "无法打开 Excel 文件,文件可能已损坏或不是 .xlsx",
                            file=str(path)) from exc
    try:
        if sheet is not None and sheet not in workbook.sheet_names:
            raise KechuangError("KC-DATA-SHEET", f"工作簿中没有名为「{sheet}」的工作表", file=str(path))
        title = sheet if sheet is not None else workbook.sheet_names[0]
        rows = workbook.get_sheet_by_name(title).to_python(skip_empty_area=False)
    except CalamineError as exc:
        raise KechuangError("KC-DATA-XLSX", "无法读取 Excel 工作表,文件可能已损坏", file=str(path)) from exc
    finally:
        workbook.close()
    lines = [[_cell_text(v) for v in row] for row in rows]
    lines = [row for row in lines if any(cell.strip() for cell in row)]
    if not lines:
        return Table(str(path), [], [], title)
    header = [h.strip() for h in lines[0]]
    while header and not header[-1]:
        header.pop()
    return Table(str(path), header, [_pad(row, len(header)) for row in lines[1:]], title)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        # calamine reads every number as a float: 2023.0 is the 2023 a clerk typed (a year, a code, a count)
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value)


def _pad(row: list[str], width: int) -> list[str]:
    row = list(row[:width])
    return row + [""] * (width - len(row))


def parse_period(text: str) -> int | None:
    """A year as clerks write it (2023, 2023年, 2023年度, 2023.0); ``None`` when it is not one."""
    value = unicodedata.normalize("NFKC", text).strip().removesuffix("年度").removesuffix("年")
    try:
        number = float(value)
    except ValueError:
        return None
    return int(number) if number == int(number) and 1900 <= number <= 2200 else None


def parse_number(text: str) -> float | None:
    """Parse a cell: ``None`` for a missing value; raise ``ValueError`` for text that is not a number."""
    cell = unicodedata.normalize("NFKC", text).strip()
    if cell.lower() in MISSING:
        return None
    # "2.5%" is 2.5 in a column whose unit is %, as statistical yearbooks print it.
    cell = cell.removesuffix("%").replace(",", "").replace(" ", "")
    if not cell or len(cell) > 64:
        raise ValueError(text)
    value = float(cell)  # raises ValueError for text
    if not math.isfinite(value):
        raise ValueError(text)
    return value
