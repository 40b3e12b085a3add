"""Regulations printed chapter and article (第X章 / 第X节 / 第X条) as law databases flatten them.

北大法宝 and similar databases print each chapter on one line with its first article
(`第一章　总则　　第一条 　为规范…`; the dev opening jl-jilin-zfwz2001 prints `第一章 总  则第一条 为了充分发挥…`);
a section (第一节) between chapter and article is read the same way (no real print of it seen yet). Text
normalization drops the spaces between CJK characters, so the line reads `第一章总则第一条为规范…`: read as one
heading, the chapter gets the title `总则第一条为规范…` and the article sequence never sees its 第一条, so every later
article breaks the sequence. Here the line is cut before the inner token: the chapter (or section) keeps its short
name as title and the article is a heading of its own on the same line.

A plan's chapter may name a first or a second of something (`第二章 建成全省第一条智慧高速公路`, review 9's probe): that
measure word is no article. The cut needs the line to read as an article after the inner token — a sentence (。)
or a run past a chapter name's length — or the document to be a regulation (its title ends 办法/条例/规定/细则/章程),
and ``structure`` cuts only at the next number of the inner sequence (第一条 when no article came before). The print's
space before the token would tell too, but normalization drops the spaces between CJK characters before any rule.
"""

from __future__ import annotations

import re

_CN = "一二三四五六七八九十百零〇"
_WINDOW = 30  # a chapter's or section's name is short (总则, 科技成果转化的组织实施): the inner token lies within it
_INNER = re.compile(rf"第[{_CN}]{{1,6}}[节条]")
_DEEPER = {"stage-章": "节条", "stage-节": "条"}
_NOT_A_NAME = frozenset("。,;:、,;:!?")  # a clause before the token: 第X条 cited in prose, not an inner heading
_ARTICLE_RUN = 40  # an article's text past its token runs longer than a chapter's name (a sentence cut by the print)
# 个人所得税专项附加扣除暂行办法, 专利代理条例, …实施办法(试行): the document's title names a regulation
_REGULATION = re.compile(r"(?:办法|条例|规定|细则|章程)(?:\((?:试行|暂行|修订|草案|征求意见稿)\))?$")


def is_regulation(title: str | None) -> bool:
    """Whether a document's title names a regulation, whose chapters' lines may carry their first article."""
    return bool(title) and _REGULATION.search(title.strip()) is not None


def inner_heading(style: str, text: str, end: int, regulation: bool = False) -> int | None:
    """Offset of the section's or article's token printed on a chapter's (or a section's) line after its name,
    else None. Only the short window after the outer token is read, and only when it holds 条 or 节 (a literal test
    first). Outside a ``regulation`` the text after the token must read as an article: a sentence or a long run."""
    deeper = _DEEPER.get(style)
    if deeper is None:
        return None
    window = text[end:end + _WINDOW]
    if "条" not in window and "节" not in window:
        return None
    m = _INNER.search(window)
    if m is None or m.group()[-1] not in deeper or not window[:m.start()].strip():
        return None  # no inner token of a deeper level, or no name before it (第一章第一条 is no print seen)
    if any(c in _NOT_A_NAME for c in window[:m.start()]):
        return None
    if not regulation and len(text) - (end + m.end()) < _ARTICLE_RUN and "。" not in text[end + m.end():]:
        return None  # 第二章 建成全省第一条智慧高速公路: a measure word in a plan's chapter name
    return end + m.start()
