"""A title whose zeros the page's headline lost (`…“十四五”規劃(221—225年)` over the plan's own cover
`…“十四五”規劃 / (2021—2025年)`, 重庆 2022 on qianyanfinance; `…第十四个五年规划和二三五年远景目标纲要` in a notice's
text over the cover's `…二○三五年远景目标纲要`, 黔江 2021): some mirrors drop every `0` and `○` of a text they
copy, and the same page prints the title whole elsewhere. The title is taken in that printed form (round 59)."""

from __future__ import annotations

import re

from kechuang.extract.lines import Line

# A year or a year range that lost its zero: 221 for 2021, 二三五年 for 二○三五年 (the cue the repair is gated on).
_LOST = re.compile(r"(?<!\d)2\d\d(?!\d)|二[一二三四五六七八九]{2}年")
_ZEROS = frozenset("0〇○零Oo")
_WINDOW = 400  # lines of the page searched for the title's whole printing
_CHARS = 40_000  # and at most so many characters of them
_FOUND = 8  # printings compared


def _keyed(text: str) -> tuple[str, list[int]]:
    """The text without spaces and zeros, and where each of its characters stands in ``text``."""
    keep = [i for i, c in enumerate(text) if not c.isspace() and c not in _ZEROS]
    return "".join(text[i] for i in keep), keep


def with_zeros(lines: list[Line], title: str) -> str:
    """The title as the page prints it elsewhere with the zeros it lost, else the title."""
    if not _LOST.search(title):
        return title
    key, _ = _keyed(title)
    if len(key) < 6:
        return title
    text = "\n".join(ln.text for ln in lines[:_WINDOW])[:_CHARS]
    flat, at = _keyed(text)
    lost = sum(c in _ZEROS for c in title)
    found = []  # (not on a line of its own, printed form)
    start = flat.find(key)
    for _ in range(_FOUND):
        if start < 0:
            break
        begin = at[start]
        printed = "".join(text[begin:at[start + len(key) - 1] + 1].split())
        if sum(c in _ZEROS for c in printed) > lost and not _LOST.search(printed):
            found.append((text[text.rfind("\n", 0, begin) + 1:begin].strip() != "", printed))
        start = flat.find(key, start + 1)
    # the title's own line (its cover) before a line that quotes it (文件标题 …关于印发X的通知)
    return next((p for inside, p in found if not inside), found[0][1]) if found else title


def zeros_lost(cited: str, title: str) -> bool:
    """Whether a cited title is the document's own with the zeros a mirror dropped (the notice's 《…二三五年…纲要》
    for its plan's …二○三五年…纲要): no basis of its own."""
    return cited != title and _LOST.search(cited) is not None and _keyed(cited)[0] == _keyed(title)[0]
