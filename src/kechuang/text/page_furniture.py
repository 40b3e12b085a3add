"""Page furniture of a text copied out of a PDF or a Word file: page-number lines, the page break itself and a
running header or footer repeated at each break, dropped, and the two halves of a sentence the break cut joined
(furniture42).

A page-number line stands alone on its line and is dashed (``— 3 —``, ``—1—``, ``- 16 -``; ``－3－`` folds to
``-3-``) or written ``第3页`` / ``第 3 页 共 12 页``. Dev pages print the dashed forms between two halves of a
sentence or a table of contents: 利辛 2025 (https://www.lixin.gov.cn/Jcsd/show/2235790.html, ``有效预防、积极应`` /
``— 4 —`` / ``对食品安全事故``), 石柱 2023 (http://cqszx.gov.cn/zwgk_260/fdzdgknr/yjgl/xjyjya_xzf/202304/
t20230427_11919358.html, ``— 1 —``), 海口 2020 (http://drc.haikou.gov.cn/xxxgk/fdzdgknr/gwztc/bg/202008/
t1107054.shtml, ``—1—``) and 内蒙古 2020 (https://www.nmg.gov.cn/zwgk/zfxxgk/zfxxgkml/gzxzgfxwj/cxhj/202012/
W020201215700077458917/files/basic-html/page22.html, ``- 16 -``). A bare number alone on a line is never read as a
page number (a table's number column printed one cell a line, a numbered list, a year are content).

A page break (``\\f``, a page-number line, or both, with the blank lines around them) is a site. The line after a
site that is the same at two or more sites is a running header (the line before, a running footer) and goes with
it; a line printed once is never taken for one (a sentence's tail after a break looks the same). The two halves
join when the line before the site ends inside a sentence (``reflow.open_end``) and is a sentence's piece (long, or
holding a clause mark; no heading) and the line after opens like no heading or item; else they stay on two lines
(one blank line between them where the site held one). A hard-wrapped text is rejoined by ``reflow`` afterwards as
if the page had not broken.
"""

from __future__ import annotations

import re
from collections import Counter

from kechuang.text.reflow import ITEM_START, open_end

# the page-number forms, on a line folded as the normaliser folds (NFKC, spaces made one)
_PAGE_NUMBER = re.compile(r"(?:[—–-]{1,2} ?\d{1,4} ?[—–-]{1,2}|第 ?\d{1,4} ?页(?: ?[,,]? ?共 ?\d{1,4} ?页)?)")
# where one may stand: a number between a dash or 第 and a dash or 页, one class first so that the scan jumps between
# candidates (a date's -09- is one, checked and passed over)
_CANDIDATE = re.compile(r"[—–\-第] ?\d{1,4} ?[—–\-页]")
_LONGEST = 24  # a page-number line is shorter than this
_PIECE = 20  # a line this long ending inside a sentence is a sentence's piece (reflow's narrowest margin)
_HEADER_LONGEST = 20  # a running header printed once is a short line (a county office's name, a short title)
_HEADER_SHARE = 0.8  # and shorter than the page's last line
_NO_HEADER = re.compile(r"[,,。;;::!?、\d |]")  # a line holding these is a sentence's piece, a figure's or a row's
_CLAUSE_MARKS = re.compile(r"[,,。;;::!?、]")
_SENTENCE_ENDS = re.compile(r"[。;;!?]")


def is_page_number(line: str) -> bool:
    """Whether a (folded) line is a page number alone: dashed or 第…页."""
    line = line.strip()
    return len(line) < _LONGEST and _PAGE_NUMBER.fullmatch(line) is not None


def _holds_page_number(text: str) -> bool:
    for m in _CANDIDATE.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        if is_page_number(text[start:end if end >= 0 else len(text)]):
            return True
    return False


def drop_page_furniture(text: str) -> str:
    """The text without its page furniture (module docstring); the text itself when it holds none. Form feeds are
    read as page breaks and go."""
    if "\f" not in text and not _holds_page_number(text):
        return text
    # the lines, a page break (None) between the pieces of a line a form feed cut
    items: list[str | None] = []
    for line in text.split("\n"):
        pieces = line.split("\f")
        for k, piece in enumerate(pieces):
            if k:
                items.append(None)
            if piece or len(pieces) == 1:  # no blank line where a form feed opened or closed a line
                items.append(piece)
    furniture = [item is None or is_page_number(item) for item in items]
    blank = [item is not None and not item.strip() for item in items]
    # the sites: runs of furniture and blank lines holding furniture, as (first, end) index ranges
    sites: list[tuple[int, int]] = []
    k = 0
    while k < len(items):
        if furniture[k] or blank[k]:
            end = k
            while end < len(items) and (furniture[end] or blank[end]):
                end += 1
            if any(furniture[k:end]):
                sites.append((k, end))
            k = end
        else:
            k += 1
    drop = [False] * len(items)
    for first, end in sites:
        drop[first:end] = [True] * (end - first)
    # running headers (the line after a site) and footers (the line before) repeated at two or more sites; never a
    # heading's or an item's line (a section may open two pages)
    for lines in ([end for _, end in sites], [first - 1 for first, _ in sites]):
        marks = [_text(items, at) for at in lines]
        counts = Counter(marks)
        for line, at in zip(marks, lines, strict=True):
            if line and counts[line] >= 2 and not ITEM_START.match(line):
                drop[at] = True
    # a running header printed once (an excerpt of one break), between the two halves of one sentence
    for first, end in sites:
        if end < len(items) and not drop[end] and _lone_header(items, first, end):
            drop[end] = True
    return _joined(items, drop, blank)


def _text(items: list[str | None], at: int) -> str:
    """The stripped line at ``at`` ('' for none, a break or a blank line)."""
    item = items[at] if 0 <= at < len(items) else None
    return item.strip() if item else ""


def _lone_header(items: list[str | None], first: int, end: int) -> bool:
    """Whether the line after the site ``[first, end)`` is a running header printed once: the site holds a page
    number, the line is short (shorter than the page's last line too), holds no clause mark, figure, space or bar and
    opens like no item, and the line before the site and the line after it are the halves of one sentence."""
    header, before, after = _text(items, end), _text(items, first - 1), _text(items, end + 1)
    return (0 < len(header) <= _HEADER_LONGEST and len(header) < _HEADER_SHARE * len(before)
            and any(item is not None and item.strip() for item in items[first:end])
            and not _NO_HEADER.search(header) and not ITEM_START.match(header) and _joins(before, after))


def _joins(before: str, after: str) -> bool:
    """Whether the two halves a page break cut are one sentence's or one table row's (module docstring): ``before``
    ends inside a sentence (``reflow.open_end``) and is a sentence's piece — long (a page's last line runs to its
    margin) or holding a clause mark — not a heading (an item's number and no sentence's end inside), and ``after``
    opens like no heading or item; or ``before`` is a row of bars cut inside a cell
    (``专项整治行业名称 | 时间安排 | 责`` / ``任单位 |``). A row of bars is never joined to a line of prose
    before or after it."""
    if not before or not after or not open_end(before) or ITEM_START.match(after):
        return False
    if "|" in before:
        return not before.endswith("|")
    return ("|" not in after and (len(before) >= _PIECE or _CLAUSE_MARKS.search(before) is not None)
            and not (ITEM_START.match(before) and not _SENTENCE_ENDS.search(before)))


def _joined(items: list[str | None], drop: list[bool], blank: list[bool]) -> str:
    """The lines kept; each run of dropped lines read as no break where the halves around it join, else as one
    line break (two where it held a blank line: a paragraph's end)."""
    out: list[str] = []
    cut = held_blank = False  # a dropped line since the last line kept, and a blank one among them
    for item, dropped, empty in zip(items, drop, blank, strict=True):
        if dropped:
            cut, held_blank = True, held_blank or empty
            continue
        line = item or ""
        if cut and out and _joins(out[-1].strip(), line.strip()):
            out[-1] = out[-1].rstrip() + line.lstrip()
        else:
            if cut and held_blank and out:
                out.append("")
            out.append(line)
        cut = held_blank = False
    return "\n".join(out)
