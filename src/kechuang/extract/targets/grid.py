"""One grid reader for the planning tables no layout reader reads: rows of a label (a place, an item) and one value
per column, under a header whose columns name years (``省（市） | 1995年招生人数 | 扩招 | 分年度招生任务 | 1996年 |
1997年 | 1998年``), printed one cell a line or with its cells between ``|``.

The grid is inferred once, from its cells and not from a document's words: the header is the run of text cells
before the first row (a label cell followed by a value cell); a header cell directly followed by two year cells or
more is the upper level of a two-level header (``分年度招生任务`` over ``1996年 | 1997年 | 1998年``), so the leaf
columns are the header's cells without it; the rows give the grid's width (label + values), and a table whose leaf
columns do not match that width is left unread, as is any row of another width (a cell that cannot be aligned gives
no target). Each value under a column of a year to come (the plan's year or later; ``完成``/``实际``/``基期``/``现状``
columns and earlier years are history) is one target of that year: indicator = the row's label with the upper
header's name (``江苏分年度招生任务``), unit = the value's own, else the label's ``(人)``, else the caption's
``单位：人``.

The family (places or items as rows, year columns, the caption's unit), on dev pages: 奉贤 2024 and 嘉定 2026 违法用地
任务量分解表 (read by place_tables, whose towns' rows it generalises:
https://www.shanghai.gov.cn/zhengce/detail?businessId=0084cc7ed4bb222e2b569be8b8369e9019cd&siteId=0084), and the
内地西藏初中班 扩大招生计划表 of 国办发〔1996〕32号 (provinces as rows under a two-level header:
http://www.gov.cn/zhengce/content/2018-12/02/content_5345284.htm). It runs after goal_tables and place_tables and
reads only lines they have not taken.
"""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.targets.common import tidy

# A header cell of a year: 1996年, 2025年目标, 2024-2026年任务量 (a period: its end), 1995年招生人数.
_YEAR_CELL = re.compile(r"(?:(?:19|20)\d{2}\s*[-—–~至]\s*)?(?P<year>(?:19|20)\d{2})\s*年(?:度|底|末)?\s*"
                        r"(?P<rest>[\u4e00-\u9fff（）()%]{0,10})")
_BASE_ROLE = re.compile(r"完成|实际|基期|基数|基准|现状|已")
_VALUE = re.compile(r"(?P<cmp>[><≥≤]|不低于|不少于|超过|力争)?\s*(?P<num>\d{1,9}(?:\.\d{1,4})?)\s*"
                    r"(?P<unit>%|％|‰|[\u4e00-\u9fff]{1,3}(?:/[\u4e00-\u9fff]{1,2})?)?")
_PLACEHOLDER = re.compile(r"/|—+|-+|–|无|\\")
_UNIT_LINE = re.compile(r"(?:^|[\s(（])(?:[\u4e00-\u9fff]{0,4})单位[:：]\s*(?P<unit>[\u4e00-\u9fff%]{1,4})[)）]?\s*$")
_LABEL_UNIT = re.compile(r"[(（](?P<unit>[^()（）]{1,6})[)）]$")
_UNIT_WORDS = re.compile(r"%|‰|[人个家所项座户次元吨亩米件台辆套名张床]|万[人元吨亩户]?|亿元|公里|平方米|千瓦|兆瓦")
_MAX_CELL = 20  # a longer cell is a sentence, no grid's
_MAX_HEADER = 40  # header cells; more is no grid this reader infers (a wide page is left to the others)
_MAX_BACK = 12  # header lines looked for above the first year cell
_MAX_ROWS = 500


class _Cell:
    __slots__ = ("text", "start", "end", "line")

    def __init__(self, text: str, start: int, end: int, line: int):
        self.text, self.start, self.end, self.line = text, start, end, line


def _split(line: Line) -> list[_Cell]:
    if "|" not in line.text:
        text = line.text.strip()
        if not text:
            return []
        k = line.text.index(text)
        return [_Cell(text, line.start + k, line.start + k + len(text), line.index)]
    out, pos = [], 0
    for part in line.text.split("|"):
        stripped = part.strip()
        if stripped:
            k = line.text.index(stripped, pos)
            out.append(_Cell(stripped, line.start + k, line.start + k + len(stripped), line.index))
        pos += len(part) + 1
    return out


def _year(text: str) -> re.Match | None:
    return _YEAR_CELL.fullmatch(text) if "年" in text and len(text) <= _MAX_CELL else None


def _value(text: str) -> re.Match | None:
    if len(text) > 14 or "年" in text:
        return None
    m = _VALUE.fullmatch(text)
    if m and m.group("unit") and not _UNIT_WORDS.fullmatch(m.group("unit")):
        return None
    return m


def _is_value(text: str) -> bool:
    return bool(_PLACEHOLDER.fullmatch(text) or _value(text))


def _is_text(text: str) -> bool:
    """A header or label cell: short, no value, no sentence."""
    return len(text) <= _MAX_CELL and not _is_value(text) and "。" not in text and "，" not in text


class _Stream:
    """The cells of the lines, split once each (a line looked at from several triggers costs one split)."""

    def __init__(self, lines: list[Line], taken: set[int]):
        self.lines, self.taken, self.cache = lines, taken, {}

    def cells(self, k: int) -> list[_Cell]:
        if k not in self.cache:
            line = self.lines[k]
            self.cache[k] = [] if line.chrome or k in self.taken else _split(line)
        return self.cache[k]


def _unit_above(lines: list[Line], k: int) -> str | None:
    for line in lines[max(0, k - 3):k]:
        if "单位" in line.text and (m := _UNIT_LINE.search(line.text.strip(" |"))):
            return m.group("unit")
    return None


_SEQ_HEAD = re.compile(r"序号|编号")
_UNIT_HEAD = re.compile(r"(?:计量)?单位")
# Columns of words after the values (属性 约束性, 责任单位, 指标说明…): read as text, never as values.
_TEXT_HEAD = re.compile(r"(?:指标)?属性|性质|备注|(?:数据)?来源|(?:指标)?(?:说明|解释|口径)\S{0,4}|\S{0,4}(?:单位|部门|科室)")
_SEQ = re.compile(r"\d{1,3}[.、]?")
_MAX_NOTE = 120


def _kinds(leaves: list[tuple[_Cell, str]]) -> list[str] | None:
    """The kind of each leaf column: seq, label (the first other one), unit, value, text (after the values)."""
    out: list[str] = []
    for cell, _upper in leaves:
        text = re.sub(r"\s", "", cell.text)
        if not out and _SEQ_HEAD.fullmatch(text):
            out.append("seq")
        elif "label" not in out:
            if _year(text):
                return None
            out.append("label")
        elif _UNIT_HEAD.fullmatch(text) and "value" not in out:
            out.append("unit")
        elif _TEXT_HEAD.fullmatch(text) and not _year(text) and "value" in out:
            out.append("text")
        elif "text" in out:
            return None  # a value column after a text one: no grid this reader aligns
        else:
            out.append("value")
    return out if "value" in out else None


def _fits(kind: str, text: str) -> bool:
    if kind == "seq":
        return bool(_SEQ.fullmatch(text))
    if kind == "label":
        return _is_text(text) and not _year(text)
    if kind == "unit":
        return bool(_UNIT_WORDS.fullmatch(text.strip("()（）")) or _PLACEHOLDER.fullmatch(text))
    if kind == "value":
        return _is_value(text)
    return len(text) <= _MAX_NOTE and not _is_value(text)


def _header(stream: _Stream, k: int):
    """(first header line, leaf columns with their kinds, the flat cells read, index of the first row's first cell,
    next line to read) for the year cell on line ``k``. The header is the text cells before the first value, less
    the cells of the first row that precede its values (its number, label, unit: as many as the header's own
    columns before its first value column say)."""
    lines = stream.lines
    first = k
    while first > 0 and k - first < _MAX_BACK:
        above = stream.cells(first - 1)
        if not above or not all(_is_text(c.text) and not _year(c.text) for c in above) \
                or any("单位" in c.text and len(c.text) > 2 for c in above) or any(c.text.endswith("表") for c in above):
            break
        first -= 1
    flat: list[_Cell] = []
    j = first
    v = None
    while j < len(lines) and v is None and len(flat) <= _MAX_HEADER + 3:
        flat.extend(stream.cells(j))
        j += 1
        v = next((n for n, c in enumerate(flat) if _is_value(c.text) and not _year(c.text)), None)
    if v is None or v > _MAX_HEADER + 3:
        return None
    for back in (1, 2, 3):
        if v - back < 2:
            break
        leaves = _leaves(flat[:v - back])
        kinds = _kinds(leaves)
        if kinds is None:
            continue
        lead = kinds.index("value")  # row cells before the first value
        if lead == back and all(_fits(kinds[n], flat[v - back + n].text) for n in range(back)):
            return first, leaves, kinds, flat, v - back, j
    return None


def _leaves(head: list[_Cell]) -> list[tuple[_Cell, str]]:
    """The header's leaf columns (cell, upper name): a text cell directly followed by two year cells or more is
    the upper level over them, unless it heads the labels (the first columns: 序号, 指标名称)."""
    out: list[tuple[_Cell, str]] = []
    upper, n = "", 0
    while n < len(head):
        cell = head[n]
        if _year(cell.text):
            out.append((cell, upper))
        elif n + 2 < len(head) and _year(head[n + 1].text) and _year(head[n + 2].text) and out \
                and not (len(out) == 1 and _SEQ_HEAD.fullmatch(out[0][0].text)) and "指标" not in cell.text:
            upper = cell.text  # 分年度招生任务 over its years
        else:
            upper = ""
            out.append((cell, ""))
        n += 1
    return out


def _rows(stream: _Stream, start_line: int, flat: list[_Cell], at: int, kinds: list[str]):
    """The rows from cell ``at`` of ``flat`` on (more lines read as needed), each cell fitting its column's kind;
    the grid ends at the first row that does not fit (a cell that cannot be aligned gives no target)."""
    lines = stream.lines
    j = start_line
    rows, i = [], at
    width = len(kinds)

    def has(n: int) -> bool:
        nonlocal j
        while len(flat) <= n and j < len(lines):
            flat.extend(stream.cells(j))
            j += 1
        return n < len(flat)

    last_line = flat[at].line
    while len(rows) < _MAX_ROWS and has(i + width - 1):
        if not all(_fits(kinds[n], flat[i + n].text) for n in range(width)):
            break
        end = i + width
        if "|" in lines[flat[i].line].text and (flat[i].line != flat[end - 1].line or (
                i > 0 and flat[i - 1].line == flat[i].line) or (has(end) and flat[end].line == flat[end - 1].line)):
            break  # a row of |-cells is one whole line: a row that is not is misaligned
        if kinds[0] != "seq" and has(end) and _is_value(flat[end].text):
            break  # a value where the next row's label should stand: the row is wider than the header
        rows.append(flat[i:i + width])
        last_line = flat[i + width - 1].line
        i += width
    return rows, last_line


def grid_tables(lines: list[Line], paths: list[str], plan_year: int | None,
                taken: set[int]) -> tuple[list[Target], set[int]]:
    """Targets of the year grids in ``lines`` that the lines ``taken`` (by the other table readers) leave, and the
    indexes of the lines the grids take."""
    out: list[Target] = []
    used: set[int] = set()
    stream = _Stream(lines, taken)
    k = 0
    while k < len(lines):
        line = lines[k]
        k += 1
        if "年" not in line.text or k - 1 in taken or line.chrome:
            continue
        if not any(_year(c.text) for c in stream.cells(k - 1)):
            continue
        found = _header(stream, k - 1)
        if found is None:
            continue
        first, leaves, kinds, flat, at, nxt = found
        years = sorted({int(m.group("year")) for (c, _u), kind in zip(leaves, kinds, strict=True)
                        if kind == "value" and (m := _year(c.text))})
        if not years:
            continue
        rows, last = _rows(stream, nxt, flat, at, kinds)
        if not rows:
            continue
        unit = _unit_above(lines, first)
        for row in rows:
            out.extend(_targets(lines, paths, plan_year, years, unit, leaves, kinds, row))
        used.update(range(first, last + 1))
        k = max(k, last + 1)
    return out, used


def _targets(lines, paths, plan_year, years, unit, leaves, kinds, row) -> list[Target]:
    out = []
    label = row[kinds.index("label")]
    name, own = label.text, None
    if "unit" in kinds and _UNIT_WORDS.fullmatch(row[kinds.index("unit")].text.strip("()（）")):
        own = row[kinds.index("unit")].text.strip("()（）")
    if m := _LABEL_UNIT.search(name):
        if _UNIT_WORDS.fullmatch(m.group("unit")):
            name, own = name[:m.start()], own or m.group("unit")
    for (col, upper), kind, cell in zip(leaves, kinds, row, strict=True):
        ym = _year(col.text) if kind == "value" else None
        vm = _value(cell.text)
        if not ym or not vm or _BASE_ROLE.search(ym.group("rest") or ""):
            continue
        year = int(ym.group("year"))
        if (plan_year and year < plan_year) or (not plan_year and len(years) > 1 and year == years[0]):
            continue  # a year before the plan's (or the first of several when the plan has none): history
        value = float(vm.group("num"))
        if value == 0:
            continue  # a zero commits to nothing (fifth batch)
        head_unit = _LABEL_UNIT.search(col.text)
        cell_unit = vm.group("unit")
        u = (cell_unit.replace("％", "%") if cell_unit else None) or own or (
            head_unit.group("unit") if head_unit and _UNIT_WORDS.fullmatch(head_unit.group("unit")) else None) or unit
        base = lines[label.line].start
        quote = "\n".join(ln.text for ln in lines[label.line:cell.line + 1])[label.start - base:cell.end - base]
        cmp = "以上" if vm.group("cmp") in (">", "≥", "不低于", "不少于", "超过") else None
        out.append(Target(indicator=name + upper, kind="level", value=tidy(value), unit=u, year=year,
                          recurring=False, quote=quote, path=paths[label.line], start=label.start, end=cell.end,
                          comparator=cmp))
    return out
