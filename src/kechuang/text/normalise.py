"""Normalise document text so that every later step, and every offset, works on one form.

NFKC folds full-width letters, digits and punctuation to their ASCII forms (the gold plans and
the scorer use that form); spaces between CJK characters (a common artefact of justified web
pages and PDF extraction: ``科 技 部``, ``关 于 印 发``) are removed, except where the space separates two
names: a word of three or more characters ending like an organisation (局, 委, 办公室, 政府…) followed by
another word (``县科技局 县财政局``, ``中共环县委办公室 环县人民政府办公室``) keeps one space, which later steps
read as a list separator; so do the spaces of a run of names, of a table's row printed one row a line, and the space
before a metadata bar's next label (``text.spaces``), and the space between two clauses that each state a value
(``新增學位1.16萬個 普惠率達96%``: a headline's comma). Circled numbers (①②③) are kept as printed.
Line ends become ``\\n``; a PDF's page furniture (page-number lines, form feeds, running headers, footnote marks) goes
(``text.page_furniture``, ``text.footnotes``); invisible and control characters go
(a NUL cannot be stored in PostgreSQL text, a BEL breaks the XML files the text is written to).
A text with a blank line after every line (a paste from a web page or a Word export) is rejoined as its hard wraps
say, as the plain text is, and the blank lines inside its tables go (``text.table_gaps``; robust42).
"""

from __future__ import annotations

import re
import unicodedata

from kechuang.text.footnotes import drop_footnote_marks, drop_reference_marks
from kechuang.text.number_spaces import close_number_spaces
from kechuang.text.page_furniture import drop_page_furniture
from kechuang.text.reflow import reflow
from kechuang.text.spaces import Rows, before_label, in_run_of_names
from kechuang.text.table_gaps import close_table_gaps

_INVISIBLE = re.compile(r"[\u200b-\u200f\u2028\u2029\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f]")
# its characters one by one, for ``in`` tests before the substitution (most texts hold none: the class is tried at
# every position, ten times the cost of the tests on Chinese text)
_INVISIBLE_CHARS = "".join(map(chr, [*range(0x200B, 0x2010), 0x2028, 0x2029, 0x2060, 0xFEFF, 0xAD, *range(0x00, 0x09),
                                     *range(0x0E, 0x20), 0x7F]))
_SPACE_CHARS = r" \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
# the characters of _SPACE_CHARS but the ASCII space: _SPACES matches only where the text holds one of them or two
# spaces in a row
_OTHER_SPACES = "".join(map(chr, [0x09, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000]))
# A run of them becomes one ASCII space. A lone ASCII space is left alone (no match, no copy): the pattern opens with
# the class, which the re module skips ahead to, and takes a run of two or more, or one other space character.
_SPACES = re.compile(rf"[{_SPACE_CHARS}](?:[{_SPACE_CHARS}]+|(?<=[{_SPACE_CHARS[1:]}]))")
_CJK = "\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef《》“”‘’、。"
# A run of spaces between two CJK characters or CJK punctuation.
# (the space first, then the look behind it: the scan jumps from space to space instead of trying every position)
_CJK_GAP = re.compile(rf" (?<=[{_CJK}] ) *(?=[{_CJK}])")
_WORD_BEFORE = 40  # how far back the word before a gap is read
_CJK_END = re.compile(rf"[{_CJK}]$")
# Words that end like the name of a body: the space after them separates two names.
_NAME_END = re.compile(
    r"[\u4e00-\u9fff]{2,}(局|委|办|厅|部|院|室|府|会|中心|公司|集团|银行|分行|支行|街道|管委会|办事处|联合会|协会|科协)$")
# A 文号 (year in brackets, number, 号) ends a cell: the space after it separates it from what follows.
_NUMBER_END = re.compile(r"[〔\[【(]\d{4}[〕\]】)]\d{1,5}[号號]$")
# A space between two clauses that each state a value is a clause's edge, kept (headlines and item titles print a
# space for a comma): 廈門今秋新增學位1.16萬個 普惠率達96% (m.433985.com/xinwen/guoji/2023/0830/249551.html),
# 新開工1578個 惠及居民56.2萬戶 (guwao.cn/xwzx/PoliticsNews/202211/t20221123_12489887.htm), 宁夏将新增3.6万个幼儿学位
# 普惠性幼儿园覆盖率2025年超90% (cn.apdnews.com/tag/e146175), 北京今年支持26所中小学建设 新增小学学位8340个
# (tech.jiangsulong.com/a/2019/0830/1567118460.html), 新建中小学幼儿园85所 全年统筹…资金约65亿元 (taonx.net/news/
# chengshisudi/2023/0228/3036.html) — all dev. The word before the space holds a value near its end (a number with
# its measure word or %, then a few characters: its noun, 以上/左右), not a year or a date (2021年 全市…); the
# words after it open with a word (not a measure word, a bound, or a verb of change that continues the clause:
# 由2015年118.98万人 增长到200万人, majiang.gov.cn's 贵州 “十四五” 人才 plan, dev; a comparison 比/较/同比/环比
# that continues the clause: 达到8亿元 比上年增长15%, review 36) and hold a number before any mark
# or space. Names (县科技局 县财政局: no value before) keep their own rule; a word broken by a line-wrap or a justified
# title holds no value before its space. (A reader that takes the kept space as a clause break is the caller's.)
_VALUE_END = re.compile(r"\d(?:[\d.]{0,12}%|[\d.]{0,12}[\u4e00-\u9fff](?<![年月日号號时時])[\u4e00-\u9fff]{0,10})"
                        r"(?:以上|左右|以内)?$")
_VALUE_AFTER = re.compile(r"(?![万亿千百]?[个家所项名座条处人户台套元次件种株头吨米亩]|以上|左右|以内|及以上|多|"
                          r"增长|提高|提升|下降|降低|达到|增加|减少|扩大|缩小|[到至为]|比(?![重例率值])|较|同比|环比)"
                          r"[\u4e00-\u9fff][^\s\d|,，;；。:：、]{0,16}\d")
_VALUE_WORD = 12  # the value ends the word's last characters: a number further back is no clause's value
_MANY_BLANK = re.compile(r"\n\n\n+")  # \n{3,} as a literal prefix the re module searches for, not tried everywhere
# What NFKC may change: runs of characters other than CJK ideographs (U+4E00–9FFF), ASCII, the Chinese punctuation
# below and circled numbers, each with the ASCII character before it (e + U+0301 composes to é). The characters left
# out are unchanged by NFKC and never compose with a neighbour but as such an ASCII first (no canonical decomposition
# has them second), so folding only the runs gives the text NFKC of the whole gives, at a third of the cost on
# Chinese text. Circled numbers (①–⑳) number a heading level or an item; NFKC would fold them into bare digits.
_STABLE = "、。“”‘’《》【】〔〕「」『』"
# ``[^\x00-\x7f\u4e00-\u9fff\u2460-\u2473{_STABLE}]+`` written as the ranges its class holds, a class then its
# repetition: the re module skips ahead only to a pattern that opens with a class (not a repetition), and tests a class
# of ranges faster than a negated one (2.7 times faster on the seeds; tests/extract/test_speed32_spd37.py proves every
# code point matched alike)
_FOLDABLE_CLASS = ("[\x80-\u2017\u201a\u201b\u201e-\u245f\u2474-\u3000\u3003-\u3009\u3012\u3013\u3016-\u4dff"
                   "\ua000-\U0010ffff]")
_FOLDABLE = re.compile(f"{_FOLDABLE_CLASS}{_FOLDABLE_CLASS}*")


def nfkc_runs(text: str) -> str:
    """NFKC of the text, folding only the runs of ``_FOLDABLE`` (each with the ASCII character before it). The runs
    are found by their class alone, the ASCII character added by hand: a pattern opening with an optional ASCII
    character is tried at every position, and cost 2.5 times as much on Chinese text."""
    out, last = [], 0
    for m in _FOLDABLE.finditer(text):
        start, end = m.span()
        if start and text[start - 1] < "\x80":  # never part of the run before: runs are maximal
            start -= 1
        out += (text[last:start], unicodedata.normalize("NFKC", text[start:end]))
        last = end
    out.append(text[last:])
    return "".join(out)


def _close_gap(m: re.Match, rows: Rows) -> str:
    """Remove the gap, or keep one space where it separates a name (县科技局 县财政局), the cells of a table's row,
    the names of a run (安监站 安监所) or a metadata bar's fields (``text.spaces``)."""
    text, start = m.string, m.start()
    if rows.holds(start) or in_run_of_names(text, start, m.end()) or before_label(text, m.end()):
        return " "
    before = text[max(0, start - _WORD_BEFORE):start]
    word = before[max(before.rfind(" "), before.rfind("\n")) + 1:]
    following = text[m.end():m.end() + 2]
    if _NUMBER_END.search(word):
        return " "  # a 文号 cell before the title: 财科教【2017】6号 财政部…关于…的通知
    # (no line break among the two: $ matches before a last \n, and the break is gone once the line is stripped)
    if _NAME_END.search(word) and len(following) == 2 and "\n" not in following and _CJK_END.search(following) \
            and following[0] not in "《“‘、。":
        return " "
    # the last cell of a table's row printed with spaces, a body's name (1 居民消费价格涨幅3%左右 发展改革委)
    ahead = text[m.end():m.end() + _LAST_CELL + 1]  # bounded: a line of many gaps is read once, not once a gap
    end = ahead.find("\n")
    last = ahead[:end] if end >= 0 else (ahead if m.end() + len(ahead) == len(text) else "")
    if last and len(last) <= _LAST_CELL and " " not in last and _NAME_END.search(last.rstrip("。;;")):
        return " "
    # two clauses that each state a value (新增學位1.16萬個 普惠率達96%)
    return " " if _valued_clauses(word, text, m.end()) else ""


def _valued_clauses(word: str, text: str, after: int) -> bool:
    # the digit tested first, most gaps have none
    tail = word[-_VALUE_WORD:]
    return any(c.isdigit() for c in tail) and bool(_VALUE_END.search(tail)) and bool(_VALUE_AFTER.match(text, after))


def valued_clauses_meet(text: str, start: int, end: int) -> bool:
    """Whether the gap ``text[start:end]`` separates two clauses that each state a value, by the rule the normaliser
    keeps such a space with (``_VALUE_END``/``_VALUE_AFTER``): a reader of text passed as normalised splits where
    the normaliser would have kept the space (paragraph._read_clauses). Reads a bounded stretch either side."""
    before = text[max(0, start - _WORD_BEFORE):start]
    word = before[max(before.rfind(" "), before.rfind("\n")) + 1:]
    return _valued_clauses(word, text, end)


_LAST_CELL = 30


def _one_blank(lines: list[str]) -> list[str]:
    """The lines with each run of blank lines made one and the blank lines at both ends dropped (normalising twice
    must change nothing: a text with three breaks between two lines read otherwise than the two breaks it prints)."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


_MORE_PASSES = 3  # (bounded: every pass that changes anything joins lines, and a text has few layouts)


def _rejoin(lines: list[str], blank: bool) -> list[str]:
    """The lines a wrap broke rejoined (``reflow``); the same list when none are."""
    joined = reflow(lines)
    if blank and len(joined) > 2 and not any(joined[1::2]):
        # a blank line after every line: a hard-wrapped text so printed is rejoined as the plain one is
        # (its blank lines kept between the paragraphs the rejoined lines make); read after the lines a wrap broke
        # for sure are joined (推进改革, a line ,继续, a blank line, ,继续: what a second pass sees)
        wrapped = joined[::2]
        rejoined_lines = reflow(wrapped)
        if rejoined_lines is not wrapped:
            joined = [part for line in rejoined_lines for part in (line, "")][:-1]
    return joined


def normalise(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x0b" in text:
        text = text.replace("\x0b", "\n")
    if any(map(text.__contains__, _INVISIBLE_CHARS)):
        text = _INVISIBLE.sub("", text)
    text = drop_footnote_marks(text)  # before NFKC, which folds a mark into a digit (50%¹ to 50%1)
    text = nfkc_runs(text)
    text = drop_reference_marks(text)  # 策略[1], after NFKC (［1］ is [1] then)
    if "  " in text or any(map(text.__contains__, _OTHER_SPACES)):
        text = _SPACES.sub(" ", text)
    # page numbers, running headers and page breaks go, a sentence they cut joined (after the folds: －3－ is -3-)
    text = drop_page_furniture(text)
    text = close_number_spaces(text)
    rows = Rows(text)
    closed = _CJK_GAP.sub(lambda m: _close_gap(m, rows), text)
    if closed != text:  # a figure's space is read again beside the closed gaps, as a second pass reads it
        closed = close_number_spaces(closed)  # (85 所科 技 局: 85 所科技局, then 85所科技局)
    text = closed
    lines = [line.strip() for line in text.split("\n")]
    if "" in lines:  # runs of blank lines as one and none at the ends, as the result prints them: what reads
        lines = _one_blank(lines)  # the lines (a blank line after every line?) then sees what a second pass sees
    # blank lines between lines are asked of the stripped lines, not of the text: a line of spaces is a blank line as
    # the result prints it (",\n \n," reads as ",\n\n," does: what a second pass sees)
    blank = "" in lines
    joined = _rejoin(lines, blank)
    rejoined = joined is not lines
    for _ in range(_MORE_PASSES):  # lines once joined may show a margin or a layout the pieces hid: read them again
        if not rejoined or (again := _rejoin(joined, blank)) is joined:  # as a second pass would (idempotency)
            break
        joined = again
    if blank:
        joined = close_table_gaps(joined)
    text = "\n".join(joined)
    if rejoined:
        text = close_number_spaces(text, rejoined=True)  # a figure a wrap broke (1\n.2 万套) is whole now
    return _MANY_BLANK.sub("\n\n", text).strip("\n")
