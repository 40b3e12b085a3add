"""Tails a PDF page broke over two lines: opened near the end of a task's line and closed on a line below it.

Two shapes (fixtures README: a unit broken by the page's line break is kept, the break included):
- opened with a keyword and closed on a short line, only short lines between (a page header: 皖民生办〔 / 20241 / 2):
  ``…补贴。(牵头单位:省人力资源社会`` / ``保障厅)`` (安徽 2024 民生实事, round 20);
- opened with a unit's first characters and closed, on the next line, by a verb tail
  (``…整改复耕。〔县自然资`` / ``源局、县农业农村局、县林业局按职责分工负责,各乡(街道)落实〕``, 陕西 乡村振兴 实施方案,
  https://yihaowenku.com/doc/19507.html, round asg27): the second line is the tail's rest, its units and verbs, and
  it ends with the bracket that closes the first line's. The caller reads the joined content as a tail of verbs only
  (a bare list of names is no tail here: the two lines may be prose).
"""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.rules import simplified
from kechuang.extract.tail_words import KEYWORDS

_WRAP_GAP, _WRAP_JUNK, _WRAP_END, _VERB_REST = 4, 10, 30, 200
_CLOSE, _WRAP_CLOSE = re.compile(r"[))]"), re.compile(rf"[^()()]{{1,{_WRAP_END}}}[))][。;;]?")
_PAIRS = {"(": ")", "〔": "〕", "【": "】"}
# The opening's rest: a unit's first characters (县自然资), nothing else on it.
_UNIT_HEAD_MAX = 20
# Or the whole first names of the list, the page's break after a 、 (`…条例》(县司法局、` /
# `县应急管理局按职责分工负责)`: review 40's risk on asg54's 》 rule, the 陕西 shape broken between two names; asg57).
_UNIT_HEAD = re.compile(rf"[\u4e00-\u9fff][\u4e00-\u9fff、]{{0,{_UNIT_HEAD_MAX - 1}}}")
# The closing line's end: a verb of the tails, then the bracket (…各乡(街道)落实〕).
_VERB_END = re.compile(r"(?:牵头|配合|协助|负责|协办|主办|承办|落实)(?:落实|实施|推进)?$")


def _verb_wrap(lines: list[Line], line: Line, at: int) -> tuple[int, str, list[int], int] | None:
    """``at``: where the line's last round bracket opens."""
    text = line.text
    near = max(len(text) - _UNIT_HEAD_MAX - 1, 0)  # the bracket opens a unit's first characters at the line's end
    at = max(at, text.rfind("〔", near), text.rfind("【", near))
    if at < near or not _UNIT_HEAD.fullmatch(text, at + 1) or line.index + 1 >= len(lines):
        return None
    nxt = lines[line.index + 1]
    stripped = nxt.text.rstrip().rstrip("。;;")
    close = len(stripped) - 1
    if not 2 <= close <= _VERB_REST or stripped[close] != _PAIRS[text[at]] or nxt.text[:1].isspace():
        return None
    rest = stripped[:close]
    if rest.count(text[at]) != rest.count(_PAIRS[text[at]]) or not _VERB_END.search(simplified(rest)):
        return None  # the closing bracket closes one opened on the line; the rest ends with a verb
    content = text[at + 1:] + rest
    positions = [*range(line.start + at + 1, line.start + len(text)), *range(nxt.start, nxt.start + close)]
    return at, content, positions, nxt.index


def wrapped_tail(lines: list[Line], line: Line) -> tuple[int, str, list[int], int, bool] | None:
    """A tail opened on ``line`` and closed below it: (where it opens on the line, its content, the text offset of
    each character of the content, the index of the closing line, whether a keyword opens it)."""
    text = line.text
    at = max(text.rfind("("), text.rfind("("))
    if at >= 0 and not _CLOSE.search(text, at) and KEYWORDS.match(simplified(text[at + 1:])):
        for nxt in lines[line.index + 1:line.index + 1 + _WRAP_GAP]:
            stripped = nxt.text.strip()
            if _WRAP_CLOSE.fullmatch(stripped):
                close = nxt.text.index(stripped) + len(stripped.rstrip("。;;")) - 1
                content = text[at + 1:] + nxt.text[:close]
                positions = [*range(line.start + at + 1, line.start + len(text)), *range(nxt.start, nxt.start + close)]
                return at, content, positions, nxt.index, True
            if len(stripped) > _WRAP_JUNK or "(" in stripped or "(" in stripped:
                return None
        return None
    if not text or not ("\u4e00" <= text[-1] <= "\u9fff" or text[-1] == "、"):  # most lines end with a stop or a
        # bracket: not looked at
        return None
    wrapped = _verb_wrap(lines, line, at)
    return (*wrapped, False) if wrapped else None
