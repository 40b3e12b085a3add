"""Tables of tasks (任务分解表) to text: one numbered task line per row, with its annotation.

A table whose header names 牵头/责任/配合 columns is a table of tasks, in Word files and in web pages alike:
``序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限`` → ``1.重点任务。完成时限:…。(牵头单位:…;配合单位:…)``, so that
the headings, assignments and targets steps read it as they read a numbered task with its annotation.
Columns of people (分管领导, 责任人, 联系人) and remarks (备注) are left out: they name no unit.
"""

from __future__ import annotations

import re

from kechuang.text.role_words import ROLE_WORDS
from kechuang.text.traditional import t2s_table

# A role column's label in the task line's annotation, for each role of the one vocabulary (text/role_words.py, which
# the extractor's label grammar reads too). First match wins, a lead's word before a cooperating one's before a
# responsible one's: 协同责任单位 cooperates, 牵头责任单位 and 牵头负责单位 lead. An HTML table's 协同单位 column
# was read as nothing while this held a copy of the words.
_ROLE_LABELS = {"lead": "牵头单位", "cooperating": "配合单位", "responsible": "责任单位"}


def role_headers() -> tuple[tuple[str, str], ...]:
    """(role word, its column's label) for each word of ``ROLE_WORDS``, a lead's words first, then a cooperating
    one's, then a responsible one's (in the vocabulary's order within a role)."""
    order = list(_ROLE_LABELS)
    return tuple((word, _ROLE_LABELS[role]) for word, role in
                 sorted(ROLE_WORDS.items(), key=lambda item: order.index(item[1])))


ROLE_HEADERS = role_headers()
# 负责 names the responsible column as the tails' verb does (负责科室, 仙居 政务公开; 负责单位); 相关部门 / 涉项部门
# label the units of a task (tails7). Whole column names only: 负责 is a common verb of data cells (由县科技局负责统计,
# 负责全面工作) and of other columns (负责工作, 负责内容).
_FUZE_COLUMN = re.compile(r"(?:主要|牵头)?负责(?:单位|部门|科室|股室)")  # as extract/bar_rows._COLUMN
_WHOLE_ONLY = {"负责": _FUZE_COLUMN, "相关": re.compile(r"相关(?:单位|部门)"), "涉项": re.compile(r"涉项(?:单位|部门)")}
# A header's cells are column names: short, no sentence punctuation (a data row with 负责/责任 in a sentence is none)
_HEADER_CELL_MAX = 16
_SENTENCE_PUNCT = re.compile(r"[,，。;；:：!！?？]")
# A column of a year's target values (2025年目标 | 5): its header line is printed as a goal table's and its values
# stay joined to their indicator by a space, so the targets step reads 技术合同成交额(亿元) 5 under 指标 2025年目标
_YEAR_COLUMN = re.compile(r"20\d\d年")
_VALUE_CELL = re.compile(r"[\d.]+%?")
_DROPPED = re.compile(r"领导|责任人|负责人|负责同志|联系人|备注|联系电话")
_NUMBER_HEADERS = ("序号", "编号", "序")
_CN_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}")
MAX_CELLS = 64  # a wider "table" is layout, not a table of tasks


def _simplified(header: list[str]) -> list[str]:
    """A header's cells read in simplified characters (負責科室 of a traditional-character page → 负责科室)."""
    table = t2s_table()
    return [cell.translate(table) for cell in header]


def _header_like(header: list[str]) -> bool:
    """Whether a row's cells can be column names: short, without sentence punctuation."""
    return all(len(cell) <= _HEADER_CELL_MAX and not _SENTENCE_PUNCT.search(cell) for cell in header)


def is_task_header(header: list[str]) -> bool:
    return len(header) <= MAX_CELLS and _header_like(header) and bool(_roles(header))


def _roles(header: list[str]) -> dict[int, str]:
    roles: dict[int, str] = {}
    for i, cell in enumerate(_simplified(header)):
        if _DROPPED.search(cell) and "单位" not in cell and "部门" not in cell:
            continue
        for key, label in ROLE_HEADERS:
            if key in cell and i not in roles and (key not in _WHOLE_ONLY or _WHOLE_ONLY[key].fullmatch(cell.strip())):
                roles[i] = label
    return roles


def task_lines(rows: list[list[str]]) -> list[str]:
    """The text of a table: task lines when its header names role columns, else its rows joined by spaces."""
    rows = [[re.sub(r"\s+", " ", c).strip() for c in r] for r in rows]
    rows = [r for r in rows if any(r)]
    if not rows:
        return []
    header = _simplified(rows[0])  # 序號 | 責任單位 of a traditional-character page read as 序号 | 责任单位
    roles = _roles(header) if len(header) <= MAX_CELLS and _header_like(header) else {}
    if not roles:
        return [" ".join(c for c in r if c) for r in rows]
    number_col = next((i for i, c in enumerate(header) if c in _NUMBER_HEADERS), None)
    time_col = next((i for i, c in enumerate(header) if "时限" in c or "时间" in c), None)
    dropped = {i for i, c in enumerate(header) if _DROPPED.search(c) and i not in roles}
    skipped = set(roles) | dropped | {number_col, time_col}
    text_cols = [i for i in range(len(header)) if i not in skipped]
    year_cols = {i for i in text_cols if _YEAR_COLUMN.search(header[i])}
    lines = [" ".join(rows[0][i] for i in sorted(set(text_cols) | set(roles)))] if year_cols else []
    for row in rows[1:]:
        cells = row + [""] * (len(header) - len(row))
        number = cells[number_col].strip().rstrip(".、") if number_col is not None else ""
        body = ""
        for i in text_cols:
            if cells[i]:
                value = i in year_cols and _VALUE_CELL.fullmatch(cells[i])
                body += (" " if value else "。") * bool(body) + cells[i].rstrip("。")
        # 技术合同成交额(亿元) 5 (责任单位:…): a full stop after the value loses the target
        stop = " " if year_cols and _VALUE_CELL.fullmatch(body.rsplit(" ", 1)[-1]) else "。"
        if time_col is not None and cells[time_col]:
            body += f"。完成时限:{cells[time_col]}"
        note = ";".join(f"{roles[i]}:{cells[i]}" for i in sorted(roles) if cells[i])
        prefix = f"{number}." if number.isdigit() else f"{number}、" if _CN_NUMBER.fullmatch(number) else number
        lines.append(f"{prefix}{body}{stop}" + (f"({note})" if note else ""))
    return lines
