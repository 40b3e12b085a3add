"""A page that names a draft by its mark: the draft is the document when the page prints no title of its own.

A draft is named with its mark after the title, inside or after the marks (`关于公开征求《实施先进制造业强市暨智改数
转三年行动计划(2023-2025年)(征求意见稿)》意见的公告`, 威海 2023, read by ``consulted_title``; `本区…初步形成了《虹口
区养老设施布局专项规划》(征询意见稿)`, a news item of 虹口 2015 on shhk.gov.cn). A news item about a draft, or a
consultation page whose heading the excerpt lost, names the draft that way and nothing else: its title (the mark
dropped, as ``_DRAFT_MARK`` drops it after titles printed alone; openings/DECISIONS.md, second batch: a draft
marker is dropped).
"""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import printed_span, unread
from kechuang.extract.rules import simplified

_MARK = r"[((](?:征求意见稿|征询意见稿|草案|送审稿|公示稿)[))]"
_DRAFT = re.compile(rf"《(?P<title>[^《》]{{4,100}}?)(?:{_MARK}》|》{_MARK})")


def drafted_title(lines: list[Line]) -> str | None:
    """The first draft a line of ``lines`` names with its mark (``_DRAFT``), as printed, or None."""
    for line in lines:
        if line.chrome or "《" not in line.text:
            continue
        plain, pos = unread(line.text)
        m = _DRAFT.search(simplified(plain))
        if m:
            return printed_span(line.text, pos, m.start("title"), m.end("title"), trailing=True).strip()
    return None
