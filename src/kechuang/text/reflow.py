"""Lines broken at a right margin inside a sentence, rejoined: a PDF's text layer, and any text copied from a PDF
reader or written by ``pdftotext`` with its hard wraps (a clerk's paste).

A PDF is always read so (``text.pdf``). Any other text is rejoined only when its shape says it is hard-wrapped
(``hard_wrapped``): two or more lines, not opening like a heading, of nearly one length (the margin's), that end
inside a sentence and are followed by more text. A text whose lines are paragraphs (lengths of every size, each
ending a sentence), a heading line, a table printed one row or one cell a line, a list of short lines, a metadata
bar or a signature block has no such lines and is left as printed. Dev pages printed so: 安徽 2024 民生实事
(https://www.wuhe.gov.cn/xwzx/ztzl/ztzl/msgcjgzhly/81307938.html, ``…,2024 年我省实施 50 项民生实事,具\\n体安排如下。``)
and 漳州 2024 (https://www.fujxw.cn/shequ/651.html).
"""

from __future__ import annotations

import re
from itertools import pairwise
from statistics import median

from kechuang.text.number_spaces import MEASURE

SENTENCE_END = "。!?:;!?:;」』”)》"
HEADING_START = re.compile(
    r"([一二三四五六七八九十]+[、.]|[((][一二三四五六七八九十\d]+[))]|\d+[.、]|第[一二三四五六七八九十]+)")
# A plain text's list items open so too: a bullet (• 16次调度推进重大产业项目…) or a heading's number (a figure a
# wrap put first, 1.2万套, opens none).
ITEM_START = re.compile(r"[•·●○▪■□◆◇▶►\-*]|[一二三四五六七八九十]+[、.]|[((][一二三四五六七八九十\d]+[))]|"
                        r"\d+(?:、|\.(?!\d))|第[一二三四五六七八九十]+")
# A line of items, not a sentence's piece: a space the normaliser kept between two Chinese words (names, cells, a
# bar's fields: text.spaces), a bare figure standing as a cell (1 全区生产总值(亿元) 1000 1008.5 完成), a cell's bar, a
# metadata bar's next label (来源:… 日期:…).
_ITEMS = re.compile(r"[^\x00-\x7f] [^\x00-\x7f]| [\d.%]{1,15} |\|| [\u4e00-\u9fff]{2,8}:")  # and a bar's label
_SHORTEST = 8  # a shorter line is no wrapped line's (a heading, a cell, a name, a page number)
_MARGIN_MIN = 20  # a plain text's margin is at least this wide: a list of short lines is no wrap
_NEARLY = 0.1  # a wrapped line is within this share of the margin (half-width digits and letters move it)
_BEYOND = 5  # at most one line in this many of the margin's runs past it
_SHARE = 0.85  # a line this long against the margin runs to it (text.pdf's rule)
# a line ending on a digit is a wrap's when the next goes on with the figure (3000\n套, 300\n0套, 1\n.2万): a phone
# number or a date closing a line of a signature block is not
_FIGURE_GOES_ON = re.compile(rf"[\d.%]|{MEASURE}")
_FIGURE_TAIL = re.compile(rf"\d{{0,3}}(?:\.\d{{1,8}})?(?:%|{MEASURE})|\.\d")  # a year opens a sentence
_FOLDED_MARKS = ",;:()!?"
_TAIL_END = SENTENCE_END + "〕】]"
_PROSE_END = "。!?;;)”〕】]" + ",、,"
_SENTENCE_PIECE = re.compile(r"[,、,;;。]")
_NEARLY_CHARS = 0.03  # a text wrapped at a number of characters has lines of one length (a list's lines vary more)
_CLAUSE_END = ";:;:”’」』》"  # marks that end a clause or a quote, not a paragraph
_CLAUSE_MARK = re.compile(r"[,、,;;]")
# Chinese typesetting never opens a line with these (closing marks; not %, a bare unit cell): a line that does was
# broken by a wrap counted in characters, whatever the text's shape, and goes on the line before
_NEVER_FIRST = frozenset(",、。;:)》”’,;:)")  # not ? or !: a page's mojibake prints lines of ?
_OPENING = 3  # lines that open alike (样本_第1頁, 样本_第2頁…) are a list's, not a wrap's


def margin(lengths: list[int], shortest: int = _SHORTEST) -> float:
    """The right margin: the median of the longer half of the lengths over ``shortest``; 0 if none."""
    kept = sorted(x for x in lengths if x > shortest)
    return median(kept[len(kept) // 2:]) if kept else 0


def rejoin(lines: list[str], starts: re.Pattern = HEADING_START) -> list[str]:
    """Join a line to the next when it runs to the right margin (in characters) and does not end a sentence, unless
    the next line opens like a heading (``starts``): a PDF's lines."""
    full = margin([len(x) for x in lines])
    if not full:
        return lines
    out: list[str] = []
    for line in lines:
        if (out and out[-1] and line and len(out[-1]) >= _SHARE * full and out[-1][-1] not in SENTENCE_END
                and not starts.match(line)):
            out[-1] += line
        else:
            out.append(line)
    return out


def widths(lines: list[str]) -> list[int]:
    """Each line's printed width: two for a Chinese character or mark, one for a half-width digit or letter, as
    GB18030 encodes them, the marks NFKC folded to ASCII (,;:()!?) counted as the full-width ones printed (a PDF's
    margin holds as many Chinese characters a line, more digits)."""
    return [len(line.encode("gb18030")) + sum(map(line.count, _FOLDED_MARKS)) for line in lines]


def _wrap_margin(lines: list[str], sizes: list[int], full: float, nearly: float = _NEARLY) -> bool:
    """Whether the lines are hard-wrapped at the margin ``full`` (``hard_wrapped``); ``nearly``: how far a wrapped
    line's size is from the margin at most (a share of it)."""
    if len(lines) < 2 or full < 2 * _MARGIN_MIN:
        return False
    low, high = full * (1 - nearly), full * (1 + nearly)
    at_margin = beyond = short = prose = open_tails = 0
    openings: list[str] = []
    for k in range(len(lines) - 1):
        line, size, after = lines[k], sizes[k], lines[k + 1]
        if 2 * size < low:
            short += line != "" and line[-1] not in SENTENCE_END
        elif size > high:
            beyond += 1
        elif size >= low:
            at_margin += 1
            # a sentence's piece holds a clause's mark (a title, a heading, a name has none: 江苏省政府办公厅关于…的实施
            # 意见 twice over a page's lead, teniu.cc, and a title over its bar, 鄂爾多斯 2025, stay apart)
            if open_end(line) and after and (not line[-1].isdigit() or _FIGURE_GOES_ON.match(after)) \
                    and _SENTENCE_PIECE.search(line) and not _ITEMS.search(line) and not ITEM_START.match(after):
                openings.append(line[:_OPENING])
                # one such piece is enough when the next line closes the sentence or a clause (a passage cut after a
                # clause: 市城管执法委、); not an addressee's colon closing a page's opening
                prose += _CLAUSE_MARK.search(line) is not None and after[-1] in _PROSE_END
                # a paragraph's tail (the line after a wrapped one, short of the margin) closes its sentence
                open_tails += sizes[k + 1] < low and after[-1] not in _TAIL_END
    wrapped = len(openings)
    # a list's lines of about one width (a headline's goals, 地区生产总值增长4.5%左右,在实际工作中努力争取更好结果 /
    # 一般公共预算收入增长2.5%左右: 51tgb.com's 辽宁 2026 goals, dev) leave their short lines open
    return bool((wrapped >= 2 or prose) and 2 * wrapped >= at_margin and _BEYOND * beyond <= at_margin
                and short <= wrapped and len(set(openings)) > wrapped // 2 and open_tails <= max(1, wrapped // 4))


def hard_wrapped(lines: list[str]) -> bool:
    """Whether a text's (stripped) lines were broken at a right margin (widths as printed: ``widths``). Its wrapped
    lines are of nearly the margin's width, end inside a sentence (on a figure only when the next
    line goes on with it) and are followed by a line of text that opens like no item; there are two or more of them,
    opening differently, at least half of the lines that reach the margin; few lines run past the margin (a table's
    rows, paragraphs of every length) and the lines that stop short of half of it without ending a sentence (a
    paragraph's tail, a heading; a table printed one cell a line has more) are no more than the wrapped ones."""
    return bool(_wrapped_sizes(lines))


def _wrapped_sizes(lines: list[str]) -> tuple[list[int], float] | None:
    """The line sizes and margin a hard wrap is read by: printed widths (a PDF's text copied), else character counts
    doubled (a text wrapped at a number of characters); None when the lines are not hard-wrapped."""
    # one cheap pass first: a wrapped line is long (a margin of twenty Chinese characters or more), ends open and
    # holds a clause's mark; there are two, or one of a sentence (``_wrap_margin``'s prose)
    candidates = [(line, after) for line, after in pairwise(lines)
                  if len(line) >= _MARGIN_MIN and after and open_end(line) and _SENTENCE_PIECE.search(line)]
    if not candidates:
        return None
    if len(candidates) == 1:
        line, after = candidates[0]
        if after[-1] not in _PROSE_END or not _CLAUSE_MARK.search(line):
            return None
    for sizes, nearly in ((widths(lines), _NEARLY), ([2 * len(line) for line in lines], _NEARLY_CHARS)):
        for full in (margin(sizes, 2 * _SHORTEST), max(sizes)):  # a few lines' margin is their longest
            if _wrap_margin(lines, sizes, full, nearly):
                return sizes, full
    return None


def reflow(lines: list[str]) -> list[str]:
    """The lines rejoined when they are hard-wrapped (``hard_wrapped``), else those a wrap broke for sure
    (``_broken``). A line is joined to the next when it runs to the margin (``_SHARE`` of it) and ends no sentence,
    or when it reaches the margin (within ``_NEARLY``) and ends on a clause's mark or a closing quote (; : ”, the
    margin fell after it); a line opening like a list's item (a bullet, a heading's number) is never joined to the
    line before unless a wrap broke it for sure."""
    if _wrapped_sizes(lines) is None:
        return _broken(lines)
    # a line's share of the margin, the larger of its printed width's and its characters' (a line of many figures
    # is narrow for its characters in a PDF's copy, long for them in a text wrapped at a number of characters)
    shares = [0.0] * len(lines)
    for sizes, shortest in ((widths(lines), 2 * _SHORTEST), ([len(line) for line in lines], _SHORTEST)):
        full = margin(sizes, shortest)
        if full:
            shares = [max(a, b / full) for a, b in zip(shares, sizes, strict=True)]
    out: list[str] = []
    last, share = "", 0.0  # the last line read and its share of the margin
    for line, line_share in zip(lines, shares, strict=True):
        if last and line and not _ITEMS.search(last) and not _ITEMS.search(line) and not heading_line(last) and (
                _goes_on(last, line) or (not ITEM_START.match(line) and (
                (share >= _SHARE and open_end(last))
                or (share >= 1 - _NEARLY and last[-1] in _CLAUSE_END)))):
            out[-1] += line
        else:
            out.append(line)
        last, share = line, line_share
    return out


def _broken(lines: list[str]) -> list[str]:
    """The lines with those a wrap broke for sure joined to the line before: a line that opens with a mark no line
    opens with (``_NEVER_FIRST``), or with a figure's decimal part, percent sign or measure word after a line that
    ends on a digit (提高到2\n.5%, 建设30\n个); the same list when there are none."""
    out: list[str] | None = None  # made at the first join only
    for k in range(1, len(lines)):
        last, line = lines[k - 1], lines[k]
        if last and line and (line[0] in _NEVER_FIRST or last[-1].isdigit()) and _goes_on(last, line) \
                and not _ITEMS.search(last) and not _ITEMS.search(line):
            if out is None:
                out = lines[:k]
            out[-1] += line
        elif out is not None:
            out.append(line)
    return lines if out is None else out


# A heading's number as the extractor reads one (extract/structure._PATTERNS, which kechuang.text may not import):
# 一、 / (一) / 1. / (1) / ① / 第一章 (a stage's word after 第: 第一副召集人 is none)
_HEADING_NUMBER = re.compile(r"[一二三四五六七八九十百]{1,4}[、.]|[((](?:[一二三四五六七八九十百]{1,4}|\d{1,3})[))]"
                             r"|\d{1,3}[、.]|[\u2460-\u2473]|第[一二三四五六七八九十百零〇]{1,6}(?:阶段|部分|章|节|条|篇)")


def heading_line(line: str) -> bool:
    """Whether ``line`` is a heading's alone: it opens with a heading's number (``_HEADING_NUMBER``) and stops short of
    any margin (``_MARGIN_MIN``), so no wrap broke it and the line after it is never joined onto it (一、总则, a blank
    line, then ,继续…: a comma there opens the text's line, not a wrap's; debt42)."""
    return len(line) < _MARGIN_MIN and _HEADING_NUMBER.match(line) is not None


def _goes_on(last: str, line: str) -> bool:
    """Whether ``line`` (not empty) goes on ``last`` (not empty) for sure (``_broken``): a line opening with a mark no
    line opens with, after a line that is no heading's alone (``heading_line``); or a long line of a sentence (no short
    cell: a row's number 3 before 人均公园绿地面积; no dateline: 2022-09-01 16:06:16 before 日前) ends on a digit and
    the next goes on with the figure's decimal part, percent sign or measure word, or its last digits and a measure
    word (培训36\n0人)."""
    if line[0] in _NEVER_FIRST:
        return not heading_line(last)
    return last[-1].isdigit() and len(last) >= _MARGIN_MIN and not _ITEMS.search(last) \
        and _FIGURE_TAIL.match(line) is not None


def open_end(line: str) -> bool:
    """Whether a (non-empty) line ends inside a sentence: on no sentence's mark, or on a bracket closing a Latin word
    (a pinyin annotation, 個(gè), or an abbreviation, (R&D), inside the sentence)."""
    return line[-1] not in SENTENCE_END or (line[-1] == ")" and len(line) > 1 and line[-2].isalpha() \
        and line[-2] < "\u0250")
