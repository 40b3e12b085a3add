"""Workbooks we hand out: the empty import template (headers, a 填写说明 sheet with every column's note and
示例数据 rows) and exports of library lists. User text is written formula-safe (``kechuang.reports.cells``)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from kechuang.reports.cells import append_row
from kechuang.sheets.columns import Column


def _save(workbook, path: str | Path | None) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = buffer.getvalue()
    if path is not None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_bytes(data)
    return data


def _header(ws, columns, required_mark: bool) -> None:
    from openpyxl.styles import Font

    ws.append([column.header + ("*" if required_mark and column.required else "") for column in columns])
    for cell, column in zip(ws[1], columns, strict=True):
        cell.font = Font(bold=True)
        ws.column_dimensions[cell.column_letter].width = min(60, max(12, 2 * len(column.header) + 2))
    ws.freeze_panes = "A2"


def write_template(path: str | Path | None, sheets: dict[str, tuple[Column, ...]],
                   examples: dict[str, list] | None = None) -> bytes:
    """The empty import workbook: one sheet per entry of ``sheets`` (required headers marked *) and 填写说明
    (every column, whether required, its note and the accepted values; ``examples`` as 示例数据 rows, never on a
    sheet that is imported)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, columns in sheets.items():
        _header(workbook.create_sheet(name), columns, required_mark=True)
    notes = workbook.create_sheet("填写说明")
    notes.append(["工作表", "列", "必填", "说明"])
    for name, columns in sheets.items():
        for column in columns:
            note = column.note
            if column.choices:
                note = (note + ";" if note else "") + "可选:" + "、".join(column.choices)
            append_row(notes, [name, column.header, "是" if column.required else "", note])
    notes.append([])
    notes.append(["表头行可放在前 10 行内;列的顺序不限;金额单位为万元,可写 1,234.5 或 1,234.5万元、2亿元。"
                  "以下为示例数据,导入时不读取本表。"])
    for name, row in (examples or {}).items():
        append_row(notes, [f"示例数据 · {name}", *row])
    for cell in notes[1]:
        cell.font = Font(bold=True)
    notes.column_dimensions["A"].width, notes.column_dimensions["B"].width = 18, 30
    notes.column_dimensions["D"].width = 60
    return _save(workbook, path)


def export_value(column: Column, value):
    """A stored value as the export writes it: choices as their labels, lists joined with 、, yes/no in Chinese."""
    if value is None:
        return None
    if column.kind == "choice":
        return column.label_of(value)
    if column.kind == "list":
        return "、".join(str(v) for v in value) if not isinstance(value, str) else value
    if column.kind == "yes_no":
        return "是" if value else "否"
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None)
    return value


def write_rows(path: str | Path | None, sheets: dict[str, tuple[tuple[Column, ...], list[dict]]]) -> bytes:
    """An export: per sheet, its header and one row per dict (values by column field). The result reads back
    through ``read_table`` with the same columns."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=False)
    workbook.remove(workbook.active)
    for name, (columns, rows) in sheets.items():
        ws = workbook.create_sheet(name)
        _header(ws, columns, required_mark=False)
        for row in rows:
            append_row(ws, [export_value(column, row.get(column.field)) for column in columns])
    return _save(workbook, path)
