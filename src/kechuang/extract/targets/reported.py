"""Progress tables: the cells of a reported column (进展情况, 任务进度, 1-11月推进情况…) state what was done, not
what is to be done, so their numbers are history (tests/fixtures/real/README.md, "Progress and monthly tables").

Two printings of a table are read: a row per line with cells between ``|`` (a row that does not open with its
number continues the numbered row above it and lacks the 序号 cell), and one cell per line, with or without a bar
closing each cell (``序号`` alone on a line, then the header's cells, then each row's number alone on a line followed
by its cells; or, without 序号, a run of three or more header cells, then each row's cells in the header's order:
目标任务 / 执行措施 / 工作进展、取得成效 / … over a row of paragraphs)."""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.targets.vocab import vocab

_NUMBER_CELL = re.compile(r"\s*\d{1,3}\s*")
_SERIAL = re.compile(r"\s*(?:序号|编号)\s*")
_MAX_HEADER_CELLS = 12
_ONE_CELL = re.compile(r"([^|]*?)\s*\|\s*")  # 进展情况 | : one cell closed by its bar, alone on its line
_HEADER_CELL = re.compile(r"[^。;;,,::|\d]{2,16}")  # a header cell: a short name, no sentence, no number
_HEADER_MOST = 16  # _HEADER_CELL's longest


def _bar_cells(text: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a ``|`` row, within the line."""
    out, pos = [], 0
    for part in text.split("|"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out


def _reported(cell: str) -> bool:
    return bool(vocab().reported_column.search(cell.strip()))


def _row_reported(row: list[tuple[int, int, str]], width: int, column: int) -> list[tuple[int, int]]:
    """The reported cells of one row of a one-cell-per-line table whose header had ``width`` cells.

    A shorter row: header cells broke across lines (责任 / 领导, 第二季度 / 完成情况:
    泗洲头 2024 二季度执行情况); a reported last column is the row's last cell (another
    column is not moved: a short row may lack its last cells, 绍兴 2020 一季度进展情况表).
    A longer row repeats a unit and its progress (市人社局 / 上半年… / 市农业农村局 / …:
    芜湖 2023 三季度完成情况): a cell after a short name, past the column, is reported too."""
    if len(row) < width and column == width - 1:  # the last column: the row's last cell, however the header broke
        return [row[-1][:2]] if row else []
    out = [row[column][:2]] if column < len(row) else []
    out += [row[k][:2] for k in range(column + 2, len(row)) if _HEADER_CELL.fullmatch(row[k - 1][2].strip())]
    return out


def reported_spans(lines: list[Line]) -> list[tuple[int, int]]:
    """Absolute (start, end) spans of the reported cells of the progress tables in ``lines``. One pass."""
    spans: list[tuple[int, int]] = []
    bar_column: int | None = None  # index of the reported column of the ``|`` table being read
    serial = 0  # index of its 序号 column
    line_column: int | None = None  # of the one-cell-per-line table being read
    header: list[str] | None = None  # cells of a one-cell-per-line header being read
    row_cell = -1  # cells read of the current one-cell-per-line row
    row: list[tuple[int, int, str]] = []  # the cells of the current row of a one-cell-per-line table with 序号
    header_width = 0  # the number of cells its header was printed in
    run: list[str] = []  # the short cells just read: the header of a table without 序号, when one is reported
    width = 0  # the number of columns of a table without 序号 being read (0: none)
    for line in lines:
        text = line.text
        one = _ONE_CELL.fullmatch(text) if "|" in text else None  # the cell's bar: no line without one matches
        if one:
            text = one.group(1)
        elif "|" in text:
            cells = _bar_cells(text)
            names = [text[s:e] for s, e in cells]
            serial_at = next((k for k, n in enumerate(names) if _SERIAL.fullmatch(n)), None)
            if serial_at is not None:
                bar_column = next((k for k, n in enumerate(names) if _reported(n)), None)
                serial = serial_at
                continue
            if bar_column is not None:
                # a row opening with its number lacks the merged cells before 序号 (大类 | 序号 | 工作任务 | … over
                # rows `2 | 任务 | …`); a continued row has no 序号 cell either
                if serial < len(names) and _NUMBER_CELL.fullmatch(names[serial]):
                    shift = 0
                elif _NUMBER_CELL.fullmatch(names[0]):
                    shift = serial
                else:
                    shift = 1
                k = bar_column - shift
                if 0 <= k < len(cells):
                    spans.append((line.start + cells[k][0], line.start + cells[k][1]))
            continue
        bar_column = None
        stripped = text.strip()  # (once a line: the tests below read it twice)
        if not stripped:
            continue
        if "号" in text and _SERIAL.fullmatch(text):  # (序号, 编号: a line with no 号, nearly all, is not matched)
            if line_column is not None and not width:
                spans += _row_reported(row, header_width, line_column)
            header, line_column, run, width, row = [], None, [], 0, []
            continue
        free = header is None and (line_column is None or width > 0)  # not inside a numbered table
        if free and len(stripped) <= _HEADER_MOST and _HEADER_CELL.fullmatch(stripped):  # (a longer line is no cell)
            run.append(text)
            if width:  # a short cell of a row (责任分工: 木李镇经济发展办公室)
                row_cell += 1
            continue
        if free and len(run) >= 3 and (column := next(
                (k for k, n in enumerate(run) if _reported(n)), None)) is not None:
            line_column, width, row_cell = column, len(run), 0  # this paragraph is the first cell of a row
        run = []
        if width:
            if row_cell % width == line_column:
                spans.append((line.start, line.end))
            row_cell += 1
            continue
        if header is not None:
            if _NUMBER_CELL.fullmatch(text) or len(header) >= _MAX_HEADER_CELLS:
                line_column = next((k for k, n in enumerate(header) if _reported(n)), None)
                header_width, header = len(header), None
            else:
                header.append(text)
                continue
        if line_column is None:
            continue
        if _NUMBER_CELL.fullmatch(text):
            spans += _row_reported(row, header_width, line_column)
            row, row_cell = [], 0
            continue
        if row_cell >= 0:
            row.append((line.start, line.end, text))
            row_cell += 1
    if line_column is not None and not width:
        spans += _row_reported(row, header_width, line_column)
    return spans
