"""Planning tables by place, printed one cell a line: a task table whose rows are towns (街镇) and whose planned
columns are a period's task, each year's task or each dated milestone of the year (奉贤 2024–2026 and 嘉定 2026
违法用地 task tables: ``2024-2026年任务量 | 2024年 | 2025年 | 2026年``, ``2026年任务量 | 3月底前完成20% | … |
其中CD类整治任务量``).

Each planned cell is one target of its column's year (a period's: its end; a milestone's: the table's
year), the indicator the place with the column (``青村镇2025年任务量``), the unit the caption's
(``面积单位：亩``). The stock columns before them (存量, 图斑个数, 类型) are the base the plan works on:
history. The planned columns are the last cells of a row, so a row is read from its right: the text a
merged column prints in its first row only (``完成制定方案、…``) shifts nothing."""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.targets.common import tidy

_CAPTION = re.compile(r"任务(?:量)?(?:分解)?表")
_UNIT = re.compile(r"单位[:：]\s*(?P<unit>[\u4e00-\u9fff]{1,4})\s*$")
_PERIOD = re.compile(r"(?P<first>\d{4})[-—–](?P<last>\d{4})年(?P<rest>任务量)?")
_YEAR = re.compile(r"(?P<year>\d{4})年(?P<rest>任务量)?")
_MILESTONE = re.compile(r"(?P<when>(?:\d{1,2}[-—]?)?\d{1,2}月(?:底|中旬|上旬|下旬)?前?)完成(?:\d{1,3}%)?")
_PART = re.compile(r"其中(?P<name>[\u4e00-\u9fffA-Z]{1,12}任务量)")
_PLACE = re.compile(r"(?!街镇$|乡镇$|街道$)[\u4e00-\u9fff]{1,8}(?:镇|乡|街道|工业区|新区|园区|开发区)")
_NUMBER = re.compile(r"\d{1,7}(?:\.\d{1,4})?")
_SEQ = re.compile(r"\d{1,3}")
# A total row (合计/小计/总计) or what follows the table (附件2, a contact list) ends it: its numbers are no town's.
_END = re.compile(r"(?:合计|小计|总计|附件\s*\d*|附表\s*\d*)[:：]?")
_MAX_HEADER = 60


def _columns(header: list[str], year: int | None) -> list[tuple[str, int | None]]:
    """The planned columns a header names, in order: (label, year)."""
    out: list[tuple[str, int | None]] = []
    for k, text in enumerate(header):
        if m := _PERIOD.fullmatch(text):
            out.append((text if m.group("rest") else text + "任务量", int(m.group("last"))))
        elif m := _YEAR.fullmatch(text):  # 2024年 / 30% (its share); 2026年 / 任务量 (a cell wrapped)
            out.append((text + "任务量" if not m.group("rest") else text, int(m.group("year"))))
        elif (m := _MILESTONE.fullmatch(text)) and "%" in text:
            out.append((m.group("when") + "完成任务量", year))
        elif (m := _PART.fullmatch(text)) and k > 0:
            out.append((m.group("name"), year))
    return out


def _row_full(rows: list[tuple[Line, list[Line]]]) -> bool:
    """Whether the last row has as many cells as the widest row above it (the first row has no measure)."""
    return len(rows) > 1 and len(rows[-1][1]) >= max(len(cells) for _place, cells in rows[:-1])


def _rows(lines: list[Line], start: int, numbered: bool) -> tuple[list[tuple[Line, list[Line]]], int]:
    """(place line, number cells) of each row from ``start`` on, and the index after the table."""
    rows: list[tuple[Line, list[Line]]] = []
    k = start
    while k < len(lines) and len(rows) < 100:
        text = lines[k].text.strip()
        if _PLACE.fullmatch(text):
            rows.append((lines[k], []))
        elif rows and _NUMBER.fullmatch(text):
            rows[-1][1].append(lines[k])
        elif numbered and _SEQ.fullmatch(text):
            pass
        elif not rows or len(text) > 20 or not text or _END.fullmatch(text) or _row_full(rows):
            break  # a text cell (完成制定方案、) belongs to a row still short of the cells the rows above have
        k += 1
    if numbered:  # the row's number before the next place is no cell of the row above
        for n, (_place, cells) in enumerate(rows[:-1]):
            nxt = rows[n + 1][0].index
            if cells and cells[-1].index == nxt - 1 and _SEQ.fullmatch(cells[-1].text.strip()):
                cells.pop()
    return rows, k


def place_tables(lines: list[Line], paths: list[str], plan_year: int | None) -> tuple[list[Target], set[int]]:
    """Targets of the planning tables by place in ``lines``, and the indexes of the lines they take."""
    out: list[Target] = []
    taken: set[int] = set()
    for c, line in enumerate(lines):
        if line.chrome or len(line.text) > 60 or not _CAPTION.search(line.text):
            continue
        years = [int(y) for y in re.findall(r"(\d{4})年", line.text)]
        year = years[-1] if years else plan_year
        unit, header, k = None, [], c + 1
        while k < len(lines) and k - c <= _MAX_HEADER and not _PLACE.fullmatch(lines[k].text.strip()):
            text = lines[k].text.strip()
            if m := _UNIT.search(text):
                unit = m.group("unit")
            elif text:
                header.append(text)
            k += 1
        columns = _columns(header, year)
        if not unit or len(columns) < 2 or k >= len(lines):
            continue
        rows, end = _rows(lines, k, "序号" in header)
        read = [(place, cells) for place, cells in rows if len(cells) >= len(columns)]
        if not read:
            continue
        for place, cells in read:
            for (label, col_year), cell in zip(columns, cells[-len(columns):], strict=True):
                value = float(cell.text)
                if value == 0:
                    continue  # a zero task commits to nothing (fifth batch)
                quote = "\n".join(ln.text for ln in lines[place.index:cell.index + 1])
                out.append(Target(indicator=place.text.strip() + label, kind="level", value=tidy(value), unit=unit,
                                  year=col_year, recurring=False, quote=quote, path=paths[place.index],
                                  start=place.start, end=cell.end))
        taken.update(range(c, end))
    return out, taken
