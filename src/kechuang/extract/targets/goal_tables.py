"""Tables of goals (主要指标表): a header naming the indicator column and year columns (``指标 | 单位 | 2020年 |
2025年 | 属性``), then one row per indicator. The value in a column of a year to come is a target of that year; a
base year's column (the plan's past, ``2015年完成``, 基期值, 现状值) is history, and so is a 年均增长 column of a
period that has ended.

Pages print such a table in three ways, read here alike as one stream of cells: a row per line with cells between
``|``; a row per line with cells between spaces (what a web page's table becomes as text, the spaces between CJK
cells gone: ``序号指标单位 2020年 2025年属性``); one cell per line (``地区生产总值(亿元) |`` / ``300.41 |``…). A row is
read by the kind of its cells, not by their count, because empty cells are lost in the last two printings: an
optional number, the indicator (a category before it, ``一、经济发展``, is dropped), an optional unit, then one value
(or a placeholder such as ``/``) per value column of the header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.rules import cached_per_document
from kechuang.extract.targets.cells import ATTR, BLANK_OR_ONE, CEILING_WORDS, SEQ
from kechuang.extract.targets.common import cell_spans, clean_indicator, tidy
from kechuang.extract.targets.goal_table_header import (
    HEADER_FIRST,
    HEADER_WORD,
    MAX_HEADER,
    Column,
    header,
    is_table,
    spread,
    sub_columns,
    two_level,
)
from kechuang.extract.targets.paired_cells import paired_names, paired_value
from kechuang.extract.targets.table_headers import caption_period, name_goes_on, pair_roles, wrapped_header
from kechuang.extract.targets.vocab import vocab
from kechuang.extract.targets.wrapped_cells import unit_below, wrapped_unit

_SEQ = SEQ
_VALUE = re.compile(
    r"(?P<pre>[><≥≤]|大于|不低于|不少于|超过|达到|年均增长|增长|增加|提高|下降|降低|" + "|".join(CEILING_WORDS)
    + r")?\s*[\[〔(【]?(?P<sum>累计|每年)?"
    r"(?P<num>-?\d{1,9}(?:\.\d{1,4})?)[\]〕)】]?\s*(?P<unit>个百分点|%|‰|(?!以|左|及)[\u4e00-\u9fff]{1,3}?(?:/[\u4e00-\u9fff]{1,2})?)?\s*"
    r"(?P<cmp>以上|以下|以内|左右|及以上)?(?P<note>\s{0,2}[(（][^()（）\d]{1,8}[)）])?")
_NOTE_WORDS = ("累计", "每年", "以上", "以下", "以内", "左右", "及以上", "年均", "约束性", "预期性", "力争", "暂定")
_PLACEHOLDER = BLANK_OR_ONE  # 一: a dash read as a character (targets/cells.py)
_ATTR = ATTR  # 预期性[1]: a footnote's mark (targets/cells.py)
_UNIT_IN_NAME = re.compile(r"[((](?P<unit>[^()()]{1,8})[))]$")
_BRACKETED_SHARE = ("%)", "%）", "‰)", "‰）", "%]", "%】")  # a share's unit, then the closing bracket
_PAIRED = {"(": "round", "（": "round", "[": "square", "【": "lenticular"}  # an opening bracket's kind
_CLOSER = {")": "round", "）": "round", "]": "square", "】": "lenticular"}  # a closing one's kind
_MAX_CELL = 40  # a longer cell is a sentence: the table has ended
_MAX_ROWS = 300
_MAX_NOTE = 120  # a note cell explains its row in a sentence or two (指标说明与指引: 上海 2021 公园城市)


@dataclass
class _Cell:
    text: str
    start: int  # absolute offsets in the normalised text
    end: int
    line: int  # index of its line
    unit: str | None = None  # the unit printed on the line under a bare number (wrapped_cells)


def _cells(line: Line) -> list[_Cell]:
    """The cells of a line: between ``|`` if it has any, else between spaces."""
    sep = "|" if "|" in line.text else " "
    return [_Cell(text, line.start + k, line.start + k + len(text), line.index)
            for text, k in cell_spans(line.text, sep)]


@cached_per_document(4096)
def _value(text: str) -> re.Match | None:
    m = _VALUE.fullmatch(text)
    if m is None and text[-2:] in _BRACKETED_SHARE:
        # (86.4%): a value cell in brackets with its unit inside them (崇明 2021 水务 十四五 规划's 基准值 cells, a
        # 2019 average; 普陀 2026's 【累计15】 is the bracketed bare number _VALUE reads): read inside the brackets
        # the brackets paired (a round one of either width, [ ], 【 】): 【86%) is no bracketed cell (review 34)
        m = _VALUE.fullmatch(text[1:-1]) if _PAIRED.get(text[0], "") == _CLOSER[text[-1]] else None
    if m and m.group("unit") and not (m.group("unit") in ("个百分点", "%", "‰") or _is_unit(m.group("unit"))):
        return None
    return m


@cached_per_document(4096)
def _is_unit(text: str) -> bool:
    if "/" in text and 3 <= len(text) <= 12:  # 元/平方米 (长宁 2026), 千米/平方千米 (普陀 2026): a unit per unit
        return all(_is_unit(part) for part in text.split("/"))
    return bool(text) and len(text) <= 8 and bool(vocab().unit_only.fullmatch(text))


def _is_value(text: str) -> bool:
    return bool(_PLACEHOLDER.fullmatch(text) or _value(text))


def _name_cell(text: str) -> bool:
    return len(text) <= _MAX_CELL and not (_is_value(text) or _SEQ.fullmatch(text) or _ATTR.fullmatch(text))


def _unit_cell(text: str) -> bool:
    return _is_unit(text.strip("()")) and not _value(text)


def _name_unit(name: str) -> str | None:  # 常住人口城镇化率(%): the unit the indicator's cell prints
    m = _UNIT_IN_NAME.search(name)
    return m.group("unit") if m and _is_unit(m.group("unit")) else None


def _words(text: str) -> bool:
    return len(text) <= 12 and not re.search(r"\d", text) and not _ATTR.fullmatch(text)


def _row_ends(cells: _Cells, i: int) -> bool:
    """The row ends before cell ``i``: nothing follows, or a 属性 cell, or the next row's number."""
    return not cells.has(i) or bool(_ATTR.fullmatch(cells[i].text) or _SEQ.fullmatch(cells[i].text))


def _status(cells: _Cells, i: int) -> bool:
    """A value cell in words, with no number, that ends its row (基本消除 | 约束性: 黄浦 2021; 完成市下达目标 | 19,
    与全市经济增速 / 保持同步 wrapped: 长宁 2026): a state to reach, no count; it fills its column."""
    if not _words(cells[i].text):
        return False
    return _row_ends(cells, i + 1) or (cells.has(i + 1) and _words(cells[i + 1].text) and _row_ends(cells, i + 2))


# A value cell whose unit the reader does not know: a number, then a few marks or letters (4.65km/km², 38万乘次, 15分钟,
# 98%、98%: 松江 2026 综合交通“十五五”规划; 40万平方米/年: 上海 2021 公园城市指标, both one cell a line). It fills its
# column as the cells after a row's first value already do (it gives no target: _value does not read it), so that the
# rows after it are read; the table no longer ends at the first unit it does not know. A row's number alone is no such
# cell (_SEQ), nor a name that opens with a number (5G基站数: letters then words, more than the few allowed here).
_NUMBER_LED = re.compile(r"[≥≤><]?\d{1,6}(?:\.\d{1,4})?"
                         r"(?:[A-Za-z²³/%、]{1,8}\d{0,1}|[\u4e00-\u9fff]{1,4}(?:/[\u4e00-\u9fff]{1,2})?)"
                         r"(?:[、,，]?[≥≤><]?\d{1,6}(?:\.\d{1,4})?%?)?(?:以上|以下|以内|左右)?")


# The same cells read for their target: the number, then the unit as printed (letters such as km/km2, or up to four
# characters such as 万乘次, 分钟, 万平方米), a 以内/以上 after it; ``/年`` after the unit makes the value yearly
# (40万平方米/年). Cells of this shape stand in the year columns of indicator tables printed one cell a line on three
# dev pages: 松江 2026 综合交通“十五五”规划 (www.shanghai.gov.cn/zhengce/detail?businessId=601cb072-5b55-4e1e-9a62-
# 20174cdce0ed&siteId=0082: 42万乘次, 10分钟以内, 4.8km/km2), 上海 2021 公园城市指标 (…businessId=b86192fa-e2b2-41d0-
# 9c69-1bcab540488c&siteId=0039: 40万平方米/年) and 益阳 2022 乡村振兴主要指标 (yiyang.gov.cn/yiyang/2/134/14114/37599/:
# 32亿人次, 5.5万元/人). Only in a value column of a table whose header the reader took, and never a date (_number_led;
# nor 2025年底前, a unit opening with a date's or an order's character), nor a name such as 5G (one letter).
_LOOSE_VALUE = re.compile(r"(?P<pre>[≥≤><])?(?P<sum>)(?P<num>\d{1,6}(?:\.\d{1,4})?)"
                          r"(?P<unit>[A-Za-z][A-Za-z²³/]{1,7}\d?|(?![年月日号时前后第级星])[\u4e00-\u9fff]{1,4}?)(?P<per>/年)?"
                          r"(?P<cmp>以上|以下|以内|左右)?(?P<note>)")


def _loose_value(text: str) -> re.Match | None:
    """A value cell in a unit the vocabulary does not know (15分钟, 42万乘次), read for its number and unit; a grade
    or a star (3级甲等, 4星) is none (review 46)."""
    m = _LOOSE_VALUE.fullmatch(text) if _number_led(text) else None
    if m and len(m.group("num")) >= 5 and "." not in m.group("num") and not m.group("unit")[:1].isascii() \
            and m.group("unit")[:1] not in "万萬亿億千":
        return None  # 12345热线: a number of five digits or more in a word of no measure is a name (review 46)
    return m


def _qualifier(text: str) -> bool:
    """A cell wholly in brackets under a row's name, neither a unit nor a value: the name's note printed on a line of
    its own (``供水水质综合合格率`` / ``（国标GB5749-2006）`` / 约束性 / ≥95％: 崇明 2021 水务“十四五”规划,
    www.shanghai.gov.cn/zhengce/detail?businessId=5aaa505f-5b49-450e-a2f9-1fc66081a48e&siteId=0085; ``市域绿道长度`` /
    ``（骨干绿道长度）``: 上海 2021 公园城市指标). Taken for the name before, it made the note the indicator."""
    return 4 <= len(text) <= 22 and text[-1:] in ")）" and not any(c in text[1:-1] for c in "()（）") \
        and not _is_unit(text[1:-1]) and not _value(text)


def _number_led(text: str) -> bool:
    """A value cell in a unit the reader does not know (a date, 2025年 or 6月底, is none)."""
    return len(text) <= 16 and text[:1] in _LEADS and not (text.endswith(_DATE_ENDS) and "/" not in text) \
        and _NUMBER_LED.fullmatch(text) is not None


_DATE_ENDS = ("年", "月", "日", "年度", "月底", "年底")


_LEADS = frozenset("0123456789≥≤><")


def _next_number(cells: _Cells, i: int, number: int | None) -> bool:
    """Cell ``i`` is the next row's number, not a value: the row's number plus one, a name after it (11 | 可实施…
    实施率 | 显著提升 | 90% | 12 | 工地围墙立面绿化实施率: a row short of a cell, 上海 2021 公园城市指标)."""
    text = cells[i].text
    return number is not None and _SEQ.fullmatch(text) is not None and int(text.rstrip(".、")) == number + 1 \
        and cells.has(i + 1) and _name_cell(cells[i + 1].text) and not _unit_cell(cells[i + 1].text)


class _Cells:
    """The cells of the lines from ``start`` on, split as they are asked for: a header that no row follows costs
    only the cells looked at (a page of 50,000 header-like lines stays linear)."""

    def __init__(self, lines: list[Line], start: int):
        self.lines, self.next, self.stop, self.items = lines, start, start + 4 * _MAX_ROWS, []

    def has(self, i: int) -> bool:
        while len(self.items) <= i and self.next < min(self.stop, len(self.lines)):
            line = self.lines[self.next]
            self.next += 1
            if not line.chrome:
                self.items.extend(_cells(line))
        return i < len(self.items)

    def __getitem__(self, i: int) -> _Cell:
        return self.items[i]


class _Reader:
    """Rows of one table from the stream of cells that follows its header."""

    def __init__(self, cols: list[Column], plan_year: int | None, caption_year: int | None):
        self.cols = cols
        self.values = [c for c in cols if c.kind == "value"]
        years = sorted({c.year for c in self.values if c.year and not c.growth})
        for c in self.values:
            if c.year is None and not c.base:
                c.year = c.year or caption_year or (years[-1] if years else None)
            past = bool(plan_year and c.year and c.year < plan_year)
            if past or (not plan_year and len(years) > 1 and c.year == years[0] and not c.growth):
                c.base = True  # a year before the plan's (or the first of several): its values are history
        self.has_unit = any(c.kind == "unit" for c in cols)
        first_value = next(k for k, c in enumerate(cols) if c.kind == "value")
        self.scores = sum(c.kind == "score" for c in cols[:first_value])  # 分值 | 3 before the 目标任务 value
        self.owners = sum(c.kind == "owner" for c in cols[first_value:])  # 监考单位 | 区发改委 after it
        self.notes = sum(c.kind == "note" for c in cols[first_value:])  # 来源 | 市统计局; 指标说明 | 突出…。
        kinds = [c.kind for c in cols]
        # 考核项目 | 序号 | 考核指标 | 考核内容: a category, the row's number, then two names (嵊泗 2021 任务清单)
        self.seq_after_cat = "cat" in kinds and "seq" in kinds[kinds.index("cat"):]
        self.max_names = max(2, sum(k in ("cat", "ind") for k in kinds))
        self.one_name = kinds.count("ind") == 1 and "seq" in kinds and "cat" not in kinds[kinds.index("seq"):]

    def _status_lead(self, cells: _Cells, i: int) -> bool:
        """Cell ``i`` is the row's first value in words, the other year columns numbers up to the row's end
        (``显著提升 | 90%``, ``降低 | 低于5%`` under 2025年指标 | 2035年指标: 上海 2021 公园城市指标,
        www.shanghai.gov.cn/zhengce/detail?businessId=b86192fa-e2b2-41d0-9c69-1bcab540488c&siteId=0039): a state for the
        nearer year, not a second name, as the words cells ``_status`` reads in a row's last value column (黄浦 2021,
        长宁 2026, 青浦 2026 ``完成市下达目标``). Without it the words were taken for the indicator and the row's
        name for a category. Only when the other year columns hold numbers up to the row's end (its number, 属性,
        nothing)."""
        n = len(self.values)
        if n < 2 or not cells.has(i + n - 1) or not _words(cells[i].text) or _is_unit(cells[i].text.strip("()")):
            return False
        if not all(_is_value(cells[k].text) or _number_led(cells[k].text) for k in range(i + 1, i + n)):
            return False
        return _row_ends(cells, i + n)

    def rows(self, cells: _Cells) -> tuple[list[tuple[_Cell, str | None, list[_Cell]]], int]:
        """(indicator cell, unit, value cells) of each row, and how many cells the table takes."""
        out: list[tuple[_Cell, str | None, list[_Cell]]] = []
        i, names = 0, 0  # names: text cells in a row before a value (a category or two, then the indicator)
        number = None  # the number of the row being read
        while cells.has(i) and len(out) < _MAX_ROWS:
            if _SEQ.fullmatch(cells[i].text):
                number = int(cells[i].text.rstrip(".、"))
                i += 1
                continue
            if len(cells[i].text) > _MAX_CELL or "。" in cells[i].text or _is_value(cells[i].text) \
                    or names > self.max_names:
                break
            name = cells[i]
            i += 1
            names += 1
            if cells.has(i + 1) and cells[i].text[:1] in "(（" and _qualifier(cells[i].text) and (
                    _is_value(cells[i + 1].text) or _ATTR.fullmatch(cells[i + 1].text)):
                i += 1  # 供水水质综合合格率 | （国标GB5749-2006） | 约束性: the name's note on a line of its own
            elif cells.has(i + 1) and cells[i].text[:1] in "(（" and _qualifier(cells[i].text) and paired_value(
                    cells[i + 1].text):  # 市域绿道长度 | （骨干绿道长度） | 2000（1000）公里: a second indicator
                name, i = _Cell(name.text + cells[i].text, name.start, cells[i].end, name.line), i + 1
            if self.one_name and i > 1 and _SEQ.fullmatch(cells[i - 2].text) and name_goes_on(
                    [cells[k].text for k in range(i, i + 3) if cells.has(k)], _name_cell, _unit_cell, _ATTR.fullmatch):
                name = _Cell(name.text + cells[i].text, name.start, cells[i].end, name.line)
                i += 1
            if self.seq_after_cat and cells.has(i) and _SEQ.fullmatch(cells[i].text):
                i += 1  # 农业高质高效 | 1 | …: the category, then the row's number
                continue
            lead = self._status_lead(cells, i)  # 显著提升 | 90%: the first year's cell in words, the last a number
            if cells.has(i) and not lead and not _is_value(cells[i].text) and not _is_unit(cells[i].text.strip("()")) \
                    and not _ATTR.fullmatch(cells[i].text) and names < self.max_names \
                    and not _number_led(cells[i].text) and not paired_value(cells[i].text) \
                    and not (cells.has(i + 1) and wrapped_unit(cells[i], cells[i + 1], _is_unit)):
                continue  # 一、经济发展 | 地区生产总值(亿元): a category, then the indicator
            names = 0
            unit = None
            for _ in range(2):  # 单位 | 家, or (件/万人) after the name; 属性 | 单位 either way round (普陀 2026)
                if cells.has(i) and _is_unit(cells[i].text.strip("()")) and not _value(cells[i].text):
                    unit, i = cells[i].text.strip("()"), i + 1
                elif cells.has(i) and _ATTR.fullmatch(cells[i].text):
                    i += 1
                elif unit is None and cells.has(i + 1) and (wrapped := wrapped_unit(cells[i], cells[i + 1], _is_unit)):
                    unit, i = wrapped, i + 2  # 万平 / 方米: a unit cell wrapped over two lines
                elif self.has_unit and unit is None and cells.has(i + 1) and cells[i].text in ("—", "-", "/") \
                        and not _value(cells[i + 1].text):
                    i += 1  # 指标单位 | —: a row measured by no unit (黄浦 2021 消除老旧小区手拎马桶 | — | 基本消除)
            if unit is None and name.text.startswith("其中") and out:
                unit = out[-1][1]  # 其中 公园绿地 | 58.46 | 17.5: a part of the row above, in its unit
            for _ in range(self.scores):  # a score column's number is no target (分值 | 3)
                if cells.has(i) and _SEQ.fullmatch(cells[i].text):
                    i += 1
            got: list[_Cell] = []
            while cells.has(i) and len(got) < len(self.values) and (_is_value(cells[i].text) or got or lead or _status(
                    cells, i) or _number_led(cells[i].text) or paired_value(cells[i].text)) \
                    and len(cells[i].text) <= _MAX_CELL \
                    and not _ATTR.fullmatch(cells[i].text) \
                    and not _next_number(cells, i, number):
                got.append(cells[i])
                i += 1
                m, own = _value(got[-1].text), unit or self.values[len(got) - 1].unit or _name_unit(name.text)
                if m and cells.has(i) and (below := unit_below(got[-1], cells[i], cells[i + 1] if cells.has(i + 1)
                                                               else None, bool(own or m.group("unit")), _is_unit,
                                                               _is_value, _name_cell)):
                    got[-1], i = replace(got[-1], unit=below), i + 1  # 128.92 / 平方公里: the value's unit below it
            if len(got) != len(self.values):
                break
            if _words(got[-1].text) and not _is_value(got[-1].text) and cells.has(i) and _words(cells[i].text) \
                    and _row_ends(cells, i + 1):
                i += 1  # 与全市经济增速 / 保持同步: a cell in words wrapped over two lines
            if cells.has(i) and _ATTR.fullmatch(cells[i].text):
                i += 1
            for _ in range(self.owners):  # the units that answer for the row (区发改委区统计局), not the next row
                if cells.has(i) and not _is_value(cells[i].text) and len(cells[i].text) <= _MAX_CELL \
                        and not (self.has_unit and cells.has(i + 1) and _unit_cell(cells[i + 1].text)):
                    i += 1  # (a cell before a unit is the next row's name: an owner cell merged over rows, 杨凌 2022)
            for _ in range(self.notes):  # a column of notes after the values: the data's source, an explanation
                if cells.has(i) and not _is_value(cells[i].text) and not _SEQ.fullmatch(cells[i].text) \
                        and len(cells[i].text) <= _MAX_NOTE:
                    i += 1
            out.append((name, unit, got))
        return out, i

    def targets(self, lines: list[Line], paths: list[str], rows) -> list[Target]:
        out = []
        for name, unit, got in rows:
            indicator = name.text
            if named := _name_unit(indicator):  # 城市生物多样性指数(鸟类): a qualifier, not a unit
                indicator, unit = indicator[:_UNIT_IN_NAME.search(indicator).start()], unit or named
            if not unit and self.has_unit:  # 高新技术企业数家: the unit cell lost its space to the name
                glued = vocab().unit_suffix.search(indicator)
                if glued and len(indicator) - len(glued.group()) >= 2:
                    indicator, unit = indicator[:glued.start()], glued.group()
            indicator = clean_indicator(indicator.lstrip("★☆*"))
            for col, cell in zip(self.values, got, strict=True):
                for part, part_cell in _parts(indicator, cell):
                    t = self._target(lines, paths, part, unit, col, name, part_cell)
                    if t:
                        out.append(t)
        return out

    def _target(self, lines, paths, indicator, unit, col, name, cell) -> Target | None:
        m = _value(cell.text) or _loose_value(cell.text)
        if not m or col.base or not col.year or len(indicator) < 2:
            return None
        value = float(m.group("num"))
        pre, own_unit = m.group("pre") or "", m.group("unit")
        unit = own_unit or unit or cell.unit or col.unit
        kind, recurring = "level", m.group("sum") == "每年" or "年均" in (m.group("note") or "") or (
            m.re is _LOOSE_VALUE and m.group("per") is not None)  # 每年6900, 5(年均), 40万平方米/年
        if own_unit == "个百分点" and pre in ("提高", "增长"):
            kind = "increase"
        elif col.growth or col.rate or pre in ("增长", "年均增长", "下降", "降低") or (
                unit == "%" and re.search(r"增长|增速|增幅", indicator)):
            kind, unit = "growth", "%" if col.growth or col.rate else (unit or "%")
            recurring = recurring or col.growth or "年均" in pre + indicator  # 每年5 in a growth row too
            if pre in ("下降", "降低") or re.search(r"下降|降低", indicator):
                value = -abs(value)
        # ≥30（初中） names a part of the row (review 18, F7); 98(力争), 5(年均): no part of it (review 20, F8)
        note = (m.group("note") or "").strip()
        indicator += note if note[1:-1] not in _NOTE_WORDS else ""
        cmp = m.group("cmp") or (note[1:-1] if note[1:-1] in _NOTE_WORDS[2:7] else None) or (
            "以上" if pre in (">", "≥", "大于", "不低于", "不少于", "超过") else None) or (
            "以下" if pre in CEILING_WORDS else None)  # 低于5% (tables43)
        return Target(indicator=indicator, kind=kind, value=tidy(value), unit=unit, year=col.year,
                      recurring=recurring, quote=_quote(lines, name, cell), path=paths[name.line],
                      start=name.start, end=cell.end, comparator=cmp)


def _parts(indicator: str, cell: _Cell) -> list[tuple[str, _Cell]]:
    """The indicators a value cell gives: two when the cell and the row's name pair them (paired_cells), else the
    name's; a name that pairs under a cell of one value is the name as printed."""
    if (pair := paired_value(cell.text)) and (names := paired_names(indicator, pair[2])):
        return [(names[0], replace(cell, text=pair[0])), (names[1], replace(cell, text=pair[1]))]
    return [(indicator, cell)]


def _quote(lines: list[Line], first: _Cell, last: _Cell) -> str:
    """The source text from the indicator's cell to the value's (over several lines when a cell is a line)."""
    base = lines[first.line].start
    text = "\n".join(ln.text for ln in lines[first.line:last.line + 1])
    return text[first.start - base:last.end - base]


def _caption_year(lines: list[Line], k: int, plan_year: int | None) -> int | None:
    """The year a table's caption (the two lines above its header) names: 2025年主要指标."""
    for line in reversed(lines[max(0, k - 2):k]):
        found = [int(y) for y in re.findall(r"(\d{4})年", line.text) if not plan_year or int(y) >= plan_year]
        if found:
            return found[-1]
    return next((y for line in reversed(lines[max(0, k - 2):k]) if (y := caption_period(line.text, plan_year))), None)


def goal_tables(lines: list[Line], paths: list[str], plan_year: int | None) -> tuple[list[Target], set[int]]:
    """Targets of the goal tables in ``lines`` and the indexes of the lines the tables take. A table's category
    rows (一、经济发展) may look like the body's first heading, so tables are looked for from the first line."""
    out: list[Target] = []
    taken: set[int] = set()
    k = 0
    while k < len(lines):
        line = lines[k]
        k += 1
        head = line.text.strip(" |")
        if not head or head[0] not in HEADER_FIRST or line.chrome or len(head) > 120 or not HEADER_WORD.match(head):
            continue
        cols, first, j = header(head), k - 1, k
        if cols is None:
            continue
        while len(_cells(line)) == 1 and j < len(lines) and len(cols) <= MAX_HEADER:
            # one cell a line: the header goes on below, a cell wrapped over lines (“十五五” / 目标值) read whole
            texts = [ln.text.strip(" |") for ln in lines[j:j + 3]]
            extra, step = wrapped_header(texts, header) if texts[0] else ([], 1)
            if extra is None:
                break
            cols, j = cols + extra, j + step
        cols = pair_roles(two_level(cols))
        if len(cols) > MAX_HEADER or not is_table(cols, _caption_year(lines, first, plan_year)):
            k = max(k, j)  # header words only: no other table starts among them
            continue
        at = next((n for n in range(j, min(j + 3, len(lines))) if lines[n].text.strip(" |")), j)
        below = lines[at].text.strip(" |") if at < len(lines) else ""
        if (subs := sub_columns(below)) and (spreaded := spread(cols, subs)):
            cols, j = spreaded, at + 1  # 2022年计划 over 绝对值 | 增长%: a header of two levels
            below = next((ln.text.strip(" |") for ln in lines[j:j + 3] if ln.text.strip(" |")), "")
        if header(below) is not None:
            continue  # a header under a header: the first is a caption or a repeated header, not a table
        cells = _Cells(lines, j)
        reader = _Reader(cols, plan_year, _caption_year(lines, first, plan_year))
        rows, used = reader.rows(cells)
        if not rows:
            k = max(k, j)
            continue
        last = cells[used - 1].line
        taken.update(range(first, last + 1))
        out.extend(reader.targets(lines, paths, rows))
        k = last + 1
    return out, taken
