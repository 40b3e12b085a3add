"""One grid reader for the year tables no layout reader reads: rows of cells under a header whose columns name years
(``序号 | 指标名称 | 单位 | 属性 | 2025年基准 | 2030年目标``, ``省（市） | 1995年招生人数 | 扩招 | 分年度招生任务 |
1996年 | 1997年 | 1998年``), printed one cell a line or with the cells of a row between ``|``.

The grid is inferred once, from the kinds of its cells and not from a document's words:

- the header is the run of text cells before the first value, less the first row's own cells before its values;
- each header cell takes a kind: the row's number (序号), a category (类别), the label (the first other one: 指标名称,
  省（市）, 街镇), a unit column (单位), an attribute column (属性: 约束性/预期性), a value column (a year, a role
  and a year, or any other heading among them: 扩招), a column of words after the values (来源, 责任单位, 指标说明);
- a header cell directly followed by two year cells or more is the upper level of a two-level header (``分年度招生任务``
  over ``1996年 | 1997年 | 1998年``); a role cell over a bracketed year (``目标值`` / ``（2025年）``) is one column;
- the rows are read by position, each cell fitting its column's kind (a row's number following the one above); the
  grid ends at the first row that does not fit, so a cell that cannot be aligned gives no target.

Each value under a column of a year to come (the plan's year or later; 完成/实际/基期/基准/现状 columns and
earlier years are history) is one target of that year: indicator = the row's label, with the upper header's name
when there is one (``江苏分年度招生任务``; 奉贤 2024's towns name their years' task from the 分年度任务量 above them,
the same shape); unit = the value's own, else the unit column's, else the label's ``(万人)``, else the column's,
else the caption's ``单位：人``.

Real tables of dev pages it reads alike (standalone, as tests/extract/test_grid49.py shows): 国办发〔1996〕32号's
内地西藏初中班 扩大招生计划表 (http://www.gov.cn/zhengce/content/2018-12/02/content_5345284.htm), 陕西 教育 十三五
(https://jyt.shaanxi.gov.cn/gk/fdnr/ghxx/202502/t20250213_3436065.html), 上海 生态空间 十五五 and 黄浦 2021 历史风貌
(see the tests). In the pipeline it runs after goal_tables and place_tables and reads only the lines they leave.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.rules import cached_per_document
from kechuang.extract.targets.cells import ATTR_OR_BLANK, BLANK, SEQ
from kechuang.extract.targets.common import cell_spans, tidy
from kechuang.extract.targets.table_headers import FIVE_YEAR_END

_ROLE = (r"目标值|目标|指标值|指标|预期值|预期|计划值|计划|规划值|规划|任务量|任务|基准值|基准|基期值|基期|现状值|现状"
         r"|完成值|完成|实际值|实际|基数")
# A header cell of a year: 1996年, 2025年目标值, 目标值（2025年）, 2024-2026年任务量 (a period: its end),
# 1995年招生人数.
_YEAR_CELL = re.compile(
    r"(?P<pre>" + _ROLE + r"|近期规划)?[（(]?(?:(?:19|20)\d{2}\s*[-—–~至]\s*)?"
    r"(?P<year>(?:19|20)\d{2})\s*年?(?:度|底|末)?"
    r"[）)]?\s*(?P<rest>[\u4e00-\u9fff（）()%]{0,10})")
_PERIOD = re.compile(r"[“\"]?(?P<plan>十[二三四五]五)[”\"]?"
                     r"(?P<role>末|期末|目标值|目标|指标|规划值|完成值|完成|现状值|现状)")
_BASE_ROLE = re.compile(r"完成|实际|基期|基数|基准|现状|已|预计")  # 2020年预计值: an estimate of the year, history
# A year column is a goal column by its year alone (2030年, 2020年 (行业测算数据): a bracketed note is no word) or with
# a goal word closing its words (2025年目标值, 2030年目标, 2025年指标, 目标值（2025年）, 分年度招生任务's years; the dev
# tables of tests/extract/test_grid49.py). Any other words name what the column counts, no goal of the year: a
# statistic (2024年人口(万人)), a project's money (2024年计划投资(万元)), a period's sum beside its year
# (2021—2025年累计), a budget (2025年预算数, 2024年执行数, 决算: the corpus README counts no budget figure as a target;
# review 36 items 2–3). Such a column is left unread.
_GOAL_WORDS = re.compile(r"(?:(?!预算|执行|决算|累计)[\u4e00-\u9fff]){0,6}?"
                         r"(?:目标值|目标|指标值|指标|预期值|预期|计划值|计划|规划值|规划|任务量|任务|近期规划|期末|末)")
_NOTE = re.compile(r"[（(][^()（）]*[)）]")
# What a year's header cell holds, in a short cell of its own: a line without it is skipped unsplit (a row of prose
# cells that names years inside its sentences costs one search).
_YEARISH = re.compile(r"(?:^|\|)[^|\n]{0,12}(?:(?:19|20)\d\d|十[二三四五]五)[^|\n]{0,14}(?:\||$)")
_BRACKET_YEAR = re.compile(r"[（(](?:19|20)\d{2}\s*年?[）)]")
_ROLE_ONLY = re.compile(r"(?:" + _ROLE + r"|近期规划)")
_VALUE = re.compile(
    r"(?P<cmp>[><≥≤＞＜]|不低于|不少于|不高于|超过|力争|达到|约)?\s*(?P<num>-?\d{1,9}(?:\.\d{1,4})?)\s*"
    r"(?P<unit>%|％|‰|[\u4e00-\u9fff]{1,4}(?:/[\u4e00-\u9fff]{1,2})?)?\s*(?P<post>以上|以下|左右|以内|及以上)?"
    r"(?:\s*[（(][^()（）]{1,10}[)）])?")
_PLACEHOLDER = BLANK
_UNIT_LINE = re.compile(r"(?:^|[\s(（])(?:[\u4e00-\u9fff]{0,4})单位[:：]\s*(?P<unit>[\u4e00-\u9fff%]{1,4})[)）]?\s*$")
LABEL_UNIT = re.compile(r"[(（](?P<unit>[^()（）]{1,6})[)）]?$")
UNIT_WORDS = re.compile(r"%|％|‰|[人个家所项座户次元吨亩米件台辆套名张床处条宗]|万[人元吨亩户个家千]?|亿元|亿|"
                         r"公里|千米|平方米|"
                         r"万平方米|平方千米|平方公里|公顷|千瓦|兆瓦|万千瓦|吨标准煤|立方米|万立方米|人次|万人次|MW|个百分点|"
                         r"[\u4e00-\u9fff]{1,2}/[\u4e00-\u9fff]{1,3}|张/千人|人/万人|件/万人|万元/人")
_SEQ_HEAD = re.compile(r"序号|编号")
_CAT_HEAD = re.compile(r"(?:指标)?(?:类别|类型|领域|类目|分类|方面|板块)")
_UNIT_HEAD = re.compile(r"(?:指标|计量)?单位")
_ATTR_HEAD = re.compile(r"(?:指标)?(?:属性|性质)|指标类型")
_ATTR = ATTR_OR_BLANK
# Columns of words after the values (来源, 责任单位, 指标说明…): read as text, never as values.
_TEXT_HEAD = re.compile(r"备注|(?:数据)?来源|(?:指标)?(?:说明|解释|口径)\S{0,4}|\S{0,6}(?:单位|部门|科室)"
                        r"|完成情况|进展情况")
_SEQ = SEQ
_SPACE = re.compile(r"\s")
_FOUR_DIGITS = re.compile(r"(?:19|20)\d\d")
_DIGIT = re.compile(r"\d")
_UNIT_LABEL = re.compile(r"单位[:：]")
_GROWTH = re.compile(r"增长|增速|增幅")
_FALL = re.compile(r"下降|降低")
_MAX_CELL = 30  # a longer label is a sentence, no grid's
_MAX_NOTE = 120
_MAX_HEADER = 40  # header cells; more is no grid this reader infers (a wide page is left to the others)
_MAX_BACK = 14  # header lines looked for above the first year cell
_MAX_ROWS = 500
_TABLE_NAME = re.compile(r"表(?:$|[(（])")
_MAX_HEAD_CELL = 16  # a longer cell above a header is its caption
_CAPTION = re.compile(r"专栏|附表|附件|表\s*\d|[一二三四五六七八九十]+、|\d{1,2}[.、．]")


class _Cell:
    __slots__ = ("end", "line", "start", "text")

    def __init__(self, text: str, start: int, end: int, line: int):
        self.text, self.start, self.end, self.line = text, start, end, line


def _split(line: Line) -> list[_Cell]:
    if "|" not in line.text:
        text = line.text.strip()
        if not text:
            return []
        k = line.text.index(text)
        return [_Cell(text, line.start + k, line.start + k + len(text), line.index)]
    return [_Cell(text, line.start + k, line.start + k + len(text), line.index)
            for text, k in cell_spans(line.text, "|")]


@cached_per_document(4096)
def _squeeze(text: str) -> str:
    return _SPACE.sub("", text) if " " in text else text


class _Period:
    """A column of a five-year period's end (“十五五”目标: 2030), read like a year's."""

    def __init__(self, year: int, rest: str):
        self.values = {"year": str(year), "pre": "", "rest": rest}

    def group(self, name: str) -> str:
        return self.values[name]


@cached_per_document(4096)
def _year(text: str):
    if "十" in text and len(text) <= 12 and (p := _PERIOD.fullmatch(_squeeze(text))):
        return _Period(FIVE_YEAR_END[p.group("plan")], p.group("role"))
    if len(text) > 24 or not _FOUR_DIGITS.search(text):
        return None
    text = _squeeze(text)
    m = _YEAR_CELL.fullmatch(text)
    if m and not m.group("pre") and not m.group("rest") and ("年" not in text or _BRACKET_YEAR.fullmatch(text)):
        return None  # a bare 2025 is a value; a bare (2022年度) dates a caption (目标值 / （2025年）: one column)
    return m


@cached_per_document(4096)
def _value(text: str) -> re.Match | None:
    # cached: a value cell is tested once as a cell (_is_value) and again when its target is built (_targets); a
    # digit found by one search, not a generator over the characters (no value without a digit _VALUE's \d reads)
    if len(text) > 24 or not _DIGIT.search(text):
        return None
    text = _squeeze(text)
    m = _VALUE.fullmatch(text)
    if m and m.group("unit") and not UNIT_WORDS.fullmatch(m.group("unit")):
        return None
    if m and m.group("unit") == "年":
        return None
    return m


@cached_per_document(4096)
def _is_value(text: str) -> bool:
    return bool(_PLACEHOLDER.fullmatch(text) or _value(text))


def _is_text(text: str) -> bool:
    """A header or label cell: short, no value, no sentence."""
    return len(text) <= _MAX_CELL and "。" not in text and "；" not in text and not _is_value(text)


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


def _leaves(head: list[_Cell]) -> list[tuple[_Cell, str]]:
    """The header's leaf columns (cell, upper name). A text cell directly followed by two year cells or more is the
    upper level over them, unless it heads the labels; a role over a bracketed year (目标值 / （2025年）) is one
    column."""
    out: list[tuple[_Cell, str]] = []
    for n, joined, upper in _leaf_plan(tuple(c.text for c in head)):
        cell = head[n]
        if joined:
            nxt = head[n + 1]
            cell = _Cell(_squeeze(cell.text) + _squeeze(nxt.text), cell.start, nxt.end, cell.line)
        out.append((cell, upper))
    return out


@cached_per_document(1024)
def _leaf_plan(texts: tuple[str, ...]) -> tuple[tuple[int, bool, str], ...]:
    """_leaves by the header's texts alone, cached: (index of the leaf's cell, joined with the next one, upper name).
    A page prints one header over many grids (a table continued on each page, a form repeated per unit: review 37's
    20,000 grids read one header each): its columns are inferred once."""
    out: list[tuple[int, bool, str]] = []
    upper, n = "", 0
    while n < len(texts):
        text = _squeeze(texts[n])
        if n + 1 < len(texts) and _ROLE_ONLY.fullmatch(text) and _BRACKET_YEAR.fullmatch(_squeeze(texts[n + 1])):
            out.append((n, True, upper))
            n += 2
            continue
        if _year(texts[n]):
            out.append((n, False, upper))
        elif n + 2 < len(texts) and _year(texts[n + 1]) and _year(texts[n + 2]) and out \
                and not _SEQ_HEAD.fullmatch(text) and "指标" not in text and not _CAT_HEAD.fullmatch(text) \
                and not _UNIT_HEAD.fullmatch(text) and not _ATTR_HEAD.fullmatch(text):
            upper = text  # 分年度招生任务 over its years
        else:
            upper = ""
            out.append((n, False, ""))
        n += 1
    return tuple(out)


def _kinds(leaves: list[tuple[_Cell, str]]) -> tuple[str, ...] | None:
    """The kind of each leaf column, or None when the header is no grid this reader aligns."""
    return _kinds_of(tuple(cell.text for cell, _upper in leaves))


@cached_per_document(1024)
def _kinds_of(texts: tuple[str, ...]) -> tuple[str, ...] | None:
    """_kinds by the leaves' texts alone, cached (a tuple: one object shared by every grid under the same header)."""
    out: list[str] = []
    for text in texts:
        text = _squeeze(text)
        if _TABLE_NAME.search(text):
            return None  # a caption (绩效目标申报表(…)) is no column
        if _year(text):
            if "label" not in out or "text" in out:
                return None
            out.append("value")
        elif _SEQ_HEAD.fullmatch(text) and "label" not in out and "seq" not in out:
            out.append("seq")
        elif _CAT_HEAD.fullmatch(text) and "label" not in out:
            out.append("cat")
        elif "label" not in out:
            out.append("label")
        elif _UNIT_HEAD.fullmatch(text) and "value" not in out:
            out.append("unit")
        elif _ATTR_HEAD.fullmatch(text):
            out.append("attr")
        elif _TEXT_HEAD.fullmatch(text) and "value" in out:
            out.append("text")
        elif "text" in out:
            return None  # a value column after a column of words: no grid this reader aligns
        elif len(text) <= 12:
            out.append("value")  # 扩招: a heading among the values (no year: read as no target)
        else:
            return None
    return tuple(out) if "value" in out and "label" in out else None


def _fits(kind: str, text: str) -> bool:
    if kind == "seq":
        return bool(_SEQ.fullmatch(text))
    if kind in ("label", "cat"):  # never a unit (家): a row read one cell off would take it for its name
        return _is_text(text) and not _year(text) and not _ATTR.fullmatch(text) and not UNIT_WORDS.fullmatch(text)
    if kind == "unit":
        return bool(UNIT_WORDS.fullmatch(text.strip("()（）")) or _PLACEHOLDER.fullmatch(text))
    if kind == "attr":
        return bool(_ATTR.fullmatch(text))
    if kind == "value":  # a value, a placeholder, or a state in a few words (基本消除): it fills its column
        return _is_value(text) or (len(text) <= 12 and not any(ch.isdigit() for ch in text)
                                   and not _ATTR.fullmatch(text))
    return len(text) <= _MAX_NOTE and not _is_value(text)


def _head_cell(text: str) -> bool:
    """A cell above a year's that may belong to its header: short words, no caption (专栏1, 表1, …表), no 单位：人."""
    return _is_text(text) and len(text) <= _MAX_HEAD_CELL and not _CAPTION.match(text) and not text.endswith("表") \
        and not ("单位" in text and _UNIT_LABEL.search(text))


def _header(stream: _Stream, k: int):
    """(first header line, leaves, kinds, the flat cells read, index of the first row's first cell, next line) for
    the year cell on line ``k``; None when its cells fit no grid, or the line reached when no value stands within a
    header's reach."""
    lines = stream.lines
    first, n = k, k
    while n > 0 and k - n < _MAX_BACK:
        above = stream.cells(n - 1)
        if above and not all(_head_cell(c.text) for c in above):
            break
        n -= 1
        if above:
            first = n
    flat: list[_Cell] = []
    j = first
    v = None
    while j < len(lines) and v is None and len(flat) <= _MAX_HEADER + 4:
        seen = len(flat)
        flat.extend(stream.cells(j))
        j += 1
        v = next((m for m in range(seen, len(flat)) if _is_value(flat[m].text) and not _year(flat[m].text)), None)
    if v is None or v > _MAX_HEADER + 4:
        return j  # no value within a header's reach of ``first``: the lines up to ``j`` were read as one
    for back in range(5):  # the first row's cells before its first number: its label, unit, attribute
        if v - back < 2:
            break
        leaves = _leaves(flat[:v - back])
        kinds = _kinds(leaves)
        if kinds is None or next(m for m, kind in enumerate(kinds) if kind in ("seq", "value")) != back:
            continue
        if all(_fits(kinds[m], flat[v - back + m].text) for m in range(back)):
            return first, leaves, kinds, flat, v - back, j
    return None


def _rows(stream: _Stream, start_line: int, flat: list[_Cell], at: int, kinds: tuple[str, ...]):
    """The rows from cell ``at`` of ``flat`` on (more lines read as needed), each cell fitting its column's kind and
    each row's number following the one above; the grid ends at the first row that does not fit."""
    lines = stream.lines
    j = start_line
    rows, i = [], at
    width = len(kinds)
    seq = kinds.index("seq") if "seq" in kinds else None
    number = None

    def has(m: int) -> bool:
        nonlocal j
        while len(flat) <= m and j < len(lines):
            flat.extend(stream.cells(j))
            j += 1
        return m < len(flat)

    last_line = flat[at].line
    bare = [k for k in kinds if k != "cat"] if "cat" in kinds else None  # a row under a merged category cell
    while len(rows) < _MAX_ROWS and has(i + len(bare or kinds) - 1):
        shape = kinds
        if not (has(i + width - 1) and all(_fits(kinds[m], flat[i + m].text) for m in range(width))):
            if bare is None or not all(_fits(bare[m], flat[i + m].text) for m in range(len(bare))):
                break
            shape = bare
        end = i + len(shape)
        piped = "|" in lines[flat[i].line].text and sum(c.line == flat[i].line for c in flat[i:end]) > 1
        if piped and (flat[i].line != flat[end - 1].line or (i > 0 and flat[i - 1].line == flat[i].line) or (
                has(end) and flat[end].line == flat[end - 1].line)):
            break  # a row of |-cells is one whole line: a row that is not is misaligned
        if seq is not None:
            got = int(flat[i + shape.index("seq")].text.rstrip(".、"))
            if number is not None and got != number + 1:
                break
            number = got
            if has(end + 1) and _wrapped(flat[end].text) and _SEQ.fullmatch(flat[end + 1].text) \
                    and int(flat[end + 1].text.rstrip(".、")) == got + 1:
                end += 1  # 与全市经济增速 / 保持同步: the last cell in words wrapped over two lines (长宁 2026)
        elif has(end) and _is_value(flat[end].text) and shape[0] in ("label", "cat"):
            break  # a value where the next row's label should stand: the row is wider than the header
        rows.append((shape, flat[i:end]))
        last_line = flat[end - 1].line
        i = end
    return rows, last_line


def _wrapped(text: str) -> bool:
    return len(text) <= 12 and not any(ch.isdigit() for ch in text) and not _ATTR.fullmatch(text)


def _grids(lines: list[Line], paths: list[str], plan_year: int | None, taken: set[int]):
    """(first line, last line, targets) of each year grid in ``lines`` outside the lines ``taken``."""
    stream = _Stream(lines, taken)
    k = 0
    while k < len(lines):
        text = lines[k].text
        k += 1
        if "年" not in text and "五" not in text:
            continue
        # a year's header cell stands on a short line, or among |-cells (a line of prose is no header: skipped unsplit)
        if (len(text) > 40 and "|" not in text) or len(text) > 2000 or k - 1 in taken or lines[k - 1].chrome \
                or not _YEARISH.search(text.strip()):
            continue
        if not any(_year(c.text) or _BRACKET_YEAR.fullmatch(_squeeze(c.text)) for c in stream.cells(k - 1)):
            continue
        found = _header(stream, k - 1)
        if isinstance(found, int):
            # No value within a header's reach: the year cells up to the line reached belong to that header-like run,
            # and each would re-read it (14 lines back, ~44 cells on: 40,000 lines of 2025年目标 took 3 times the
            # start's time; review 36 item 4). Skip on to the last _MAX_BACK lines before the line reached, whose
            # headers may close on a value after it: each line is read a bounded number of times.
            k = max(k, found - _MAX_BACK)
            continue
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
        got: list[Target] = []
        for shape, row in rows:
            cols = leaves if shape is kinds else [leaf for leaf, kind in zip(leaves, kinds, strict=True)
                                                  if kind != "cat"]
            got.extend(_targets(lines, paths, plan_year, years, unit, cols, shape, row[:len(shape)]))
        yield first, last, got
        k = max(k, last + 1)


def grid_tables(lines: list[Line], paths: list[str], plan_year: int | None,
                taken: set[int]) -> tuple[list[Target], set[int]]:
    """Targets of the year grids in ``lines`` that the lines ``taken`` (by the other table readers) leave, and the
    indexes of the lines the grids take."""
    out: list[Target] = []
    used: set[int] = set()
    for first, last, got in _grids(lines, paths, plan_year, taken):
        out.extend(got)
        used.update(range(first, last + 1))
    return out, used


def with_grids(lines: list[Line], paths: list[str], plan_year: int | None, found: list[Target],
               taken: set[int]) -> tuple[list[Target], set[int]]:
    """The layout readers' targets (``found``, their lines ``taken``) with the grids': a grid on lines no reader took
    is added; a grid a layout reader read too replaces that reading when it aligns more of its cells (力争2000座, a
    row the layout reader stopped before: 上海 2021 公园城市 指标体系)."""
    # The grids are disjoint runs of lines (each found after the last one's end), so each takes a range of the
    # layout targets sorted once by start, found by bisection: grids × targets was quadratic on a page of many small
    # grids (review 36: 20,000 grids, 23 s). Order as before: the kept layout targets, then each grid's in turn.
    order = sorted(range(len(found)), key=lambda m: found[m].start)
    starts = [found[m].start for m in order]
    dropped = bytearray(len(found))
    added: list[Target] = []
    used = set(taken)
    for first, last, got in _grids(lines, paths, plan_year, set()):
        a = bisect_left(starts, lines[first].start)
        b = bisect_right(starts, lines[last].end)
        if not any(n in taken for n in range(first, last + 1)) or len(got) > b - a:
            for m in order[a:b]:
                dropped[m] = 1
            added.extend(got)
            used.update(range(first, last + 1))
    return [t for m, t in enumerate(found) if not dropped[m]] + added, used


def _targets(lines, paths, plan_year, years, unit, leaves, kinds, row) -> list[Target]:
    out = []
    label = row[kinds.index("label")]
    name, own = label.text, None
    if "unit" in kinds and UNIT_WORDS.fullmatch(row[kinds.index("unit")].text.strip("()（）")):
        own = row[kinds.index("unit")].text.strip("()（）")
    if (m := LABEL_UNIT.search(name)) and UNIT_WORDS.fullmatch(m.group("unit")):
        name, own = name[:m.start()], own or m.group("unit")
    name = name.lstrip("★☆*").strip()
    for (col, upper), kind, cell in zip(leaves, kinds, row, strict=True):
        ym = _year(col.text) if kind == "value" else None
        vm = _value(cell.text)
        if not ym or not vm:
            continue
        words = (ym.group("pre") or "") + (ym.group("rest") or "")
        if _BASE_ROLE.search(words):
            continue
        if words and (words := _NOTE.sub("", words) if "(" in words or "（" in words else words) \
                and not _GOAL_WORDS.fullmatch(words):
            continue  # 2024年人口(万人), 2025年预算数: a column of no goal
        year = int(ym.group("year"))
        if (plan_year and year < plan_year) or (not plan_year and len(years) > 1 and year == years[0]):
            continue  # a year before the plan's (or the first of several when the plan has none): history
        value = float(vm.group("num"))
        if value == 0:
            continue  # a zero commits to nothing (fifth batch)
        head_unit = LABEL_UNIT.search(_squeeze(col.text))
        cell_unit = vm.group("unit")
        u = (cell_unit.replace("％", "%") if cell_unit else None) or own or (
            head_unit.group("unit") if head_unit and UNIT_WORDS.fullmatch(head_unit.group("unit")) else None) or unit
        if u:
            u = u.replace("％", "%")
        kind_, recurring = "level", False
        if u == "%" and _GROWTH.search(name):
            kind_, recurring = "growth", "年均" in name
            if _FALL.search(name):
                value = -abs(value)
        base = lines[label.line].start
        quote = "\n".join(ln.text for ln in lines[label.line:cell.line + 1])[label.start - base:cell.end - base]
        cmp = vm.group("post") or ("以上" if vm.group("cmp") in (">", "≥", "＞", "不低于", "不少于", "超过") else None)
        out.append(Target(indicator=name + upper, kind=kind_, value=tidy(value), unit=u, year=year,
                          recurring=recurring, quote=quote, path=paths[label.line], start=label.start, end=cell.end,
                          comparator=cmp))
    return out
