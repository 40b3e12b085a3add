"""The raw lines of an uploaded table: .xlsx/.xlsm through calamine (numbers as floats, dates as ``datetime``),
.csv/.tsv/.txt decoded (UTF-8 with or without BOM, GB18030 …) and split. Anything else is refused by name."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from kechuang.errors import KechuangError
from kechuang.text.decode import decode_bytes

MAX_BYTES = 100 * 1024 * 1024
SKIPPED_SHEETS = ("填写说明",)


def _fail(file_name: str, message: str) -> KechuangError:
    return KechuangError("KC-SHEET-FILE", message, file=file_name)


def read_lines(path: Path, file_name: str, sheet: str | None = None) -> tuple[str, list[list]]:
    """(sheet title, rows of raw cell values). ``sheet`` None: the first sheet that is not a 填写说明 sheet."""
    if not path.is_file():
        raise _fail(file_name, f"找不到文件「{file_name}」")
    if path.stat().st_size > MAX_BYTES:
        raise _fail(file_name, f"「{file_name}」超过 100 MB,请拆分后再导入")
    suffix = Path(file_name).suffix.lower() or path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx(path, file_name, sheet)
    if suffix in (".csv", ".tsv", ".txt"):
        return "", _csv(path, file_name)
    if suffix == ".xls":
        raise _fail(file_name, f"「{file_name}」是旧版 .xls 文件,请在 Excel 中另存为 .xlsx 后再导入")
    raise _fail(file_name, f"「{file_name}」不是 .xlsx 或 .csv 文件,请使用导入模板")


def _xlsx(path: Path, file_name: str, sheet: str | None) -> tuple[str, list[list]]:
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except (CalamineError, OSError, ValueError) as exc:
        raise _fail(file_name, f"无法打开「{file_name}」:文件可能已损坏或不是 Excel 工作簿") from exc
    try:
        names = workbook.sheet_names
        if sheet is not None and sheet not in names:
            raise _fail(file_name, f"「{file_name}」中没有名为「{sheet}」的工作表")
        title = sheet if sheet is not None else next((n for n in names if n not in SKIPPED_SHEETS), names[0])
        rows = workbook.get_sheet_by_name(title).to_python(skip_empty_area=False)
    except CalamineError as exc:
        raise _fail(file_name, f"无法读取「{file_name}」的工作表,文件可能已损坏") from exc
    finally:
        workbook.close()
    return title, [list(row) for row in rows]


def _csv(path: Path, file_name: str) -> list[list]:
    try:
        text, _ = decode_bytes(path.read_bytes(), file_name)
    except KechuangError as exc:
        raise _fail(file_name, f"无法识别「{file_name}」的编码,请另存为 UTF-8 的 CSV") from exc
    text = text.lstrip("\ufeff")
    sample = text[:4096]
    delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    try:
        return [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as exc:
        raise _fail(file_name, f"「{file_name}」的 CSV 格式有误:{exc}") from exc
