"""Blank lines between a table's rows or cells, closed: a page pasted from a web page, a Markdown file or a Word
export often puts a blank line after every line, and the table readers read a table's rows (a row of ``|`` bars a
line) or its cells (one cell a line) as one run of lines, so a blank line between them cut the table after its
header (robust42). A blank line between two rows of bars goes; so do the blank lines of a run of at least
``_RUN`` short lines (cells: no sentence's end) each followed by one blank line, at least ``_FIGURES`` of them a
bare figure (a table's values) — a title block (two or three lines) or a list of names is no such run, and a blank
line before or after the table, or between paragraphs, is kept. Dev pages whose tables are so printed once a blank
line follows every line: https://www.redwoodcoonhounds.com/public/15401/105053833.html,
https://public.dengfeng.gov.cn/D49Y/2044017.jhtml (rows of bars); the 奉贤 and 松江 plans of www.shanghai.gov.cn
(one cell a line).
"""

from __future__ import annotations

import re

_CELL = 16  # a cell printed on its own line is at most this long
_RUN = 8  # cells in a run
_FIGURES = 2  # bare figures among them
_FIGURE = re.compile(r"[-\d.%]{1,12}")
_SENTENCE_END = "。;;!?!?"


def _is_cell(line: str) -> bool:
    return 0 < len(line) <= _CELL and line[-1] not in _SENTENCE_END and "|" not in line


def _is_row(line: str) -> bool:
    return line.count("|") >= 2


def close_table_gaps(lines: list[str]) -> list[str]:
    """``lines`` without the blank lines between a table's rows or cells; the same list when none goes."""
    drop: set[int] = set()
    n = len(lines)
    i = 1
    while i < n - 1:
        if lines[i] or not lines[i - 1]:
            i += 1
            continue
        if _is_row(lines[i - 1]) and _is_row(lines[i + 1]):
            drop.add(i)
            i += 2
            continue
        # a run of cells each followed by one blank line: lines[i - 1], lines[i + 1], lines[i + 3]...
        if _is_cell(lines[i - 1]):
            j, last, cells, figures = i - 1, i - 1, 0, 0
            while j < n and _is_cell(lines[j]) and (j + 1 >= n or not lines[j + 1]):
                cells += 1
                figures += bool(_FIGURE.fullmatch(lines[j]))
                last = j
                if j + 2 < n and not lines[j + 2]:
                    break  # two blank lines: the run ends
                j += 2
            if cells >= _RUN and figures >= _FIGURES:
                drop.update(range(i, last, 2))  # the blank lines between its cells, not the one after the last
            i = last + 2
            continue
        i += 1
    if not drop:
        return lines
    return [line for k, line in enumerate(lines) if k not in drop]
