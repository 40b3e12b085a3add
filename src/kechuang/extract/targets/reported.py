"""Progress tables: the cells of a reported column (进展情况, 任务进度, 1-11月推进情况…) state what was done, not
what is to be done, so their numbers are history (tests/fixtures/real/README.md, "Progress and monthly tables").

Two printings of a table are read: a row per line with cells between ``|`` (a row that does not open with its
number continues the numbered row above it and lacks the 序号 cell), and one cell per line (``序号`` alone on a
line, then the header's cells, then each row's number alone on a line followed by its cells)."""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.targets.vocab import vocab

_NUMBER_CELL = re.compile(r"\s*\d{1,3}\s*")
_SERIAL = re.compile(r"\s*(?:序号|编号)\s*")
_MAX_HEADER_CELLS = 12


def _bar_cells(text: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a ``|`` row, within the line."""
    out, pos = [], 0
    for part in text.split("|"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out


def _reported(cell: str) -> bool:
    return bool(vocab().reported_column.search(cell.strip()))


def reported_spans(lines: list[Line]) -> list[tuple[int, int]]:
    """Absolute (start, end) spans of the reported cells of the progress tables in ``lines``. One pass."""
    spans: list[tuple[int, int]] = []
    bar_column: int | None = None  # index of the reported column of the ``|`` table being read
    line_column: int | None = None  # of the one-cell-per-line table being read
    header: list[str] | None = None  # cells of a one-cell-per-line header being read
    row_cell = -1  # cells read of the current one-cell-per-line row
    for line in lines:
        text = line.text
        if "|" in text:
            cells = _bar_cells(text)
            names = [text[s:e] for s, e in cells]
            if any(_SERIAL.fullmatch(n) for n in names):
                bar_column = next((k for k, n in enumerate(names) if _reported(n)), None)
                continue
            if bar_column is not None:
                shift = 0 if _NUMBER_CELL.fullmatch(names[0]) else 1  # a continued row has no 序号 cell
                k = bar_column - shift
                if 0 <= k < len(cells):
                    spans.append((line.start + cells[k][0], line.start + cells[k][1]))
            continue
        bar_column = None
        if not text.strip():
            continue
        if _SERIAL.fullmatch(text):
            header, line_column = [], None
            continue
        if header is not None:
            if _NUMBER_CELL.fullmatch(text) or len(header) >= _MAX_HEADER_CELLS:
                line_column = next((k for k, n in enumerate(header) if _reported(n)), None)
                header = None
            else:
                header.append(text)
                continue
        if line_column is None:
            continue
        if _NUMBER_CELL.fullmatch(text):
            row_cell = 0
            continue
        if row_cell == line_column:
            spans.append((line.start, line.end))
        row_cell += 1
    return spans
