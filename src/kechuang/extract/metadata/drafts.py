"""A page that names a draft by its mark: the draft is the document when the page prints no title of its own.

A draft is named with its mark after the title, inside or after the marks (`关于公开征求《实施先进制造业强市暨智改数
转三年行动计划(2023-2025年)(征求意见稿)》意见的公告`, 威海 2023, read by ``consulted_title``; `本区…初步形成了《虹口
区养老设施布局专项规划》(征询意见稿)`, a news item of 虹口 2015 on shhk.gov.cn). A news item about a draft, or a
consultation page whose heading the excerpt lost, names the draft that way and nothing else: its title (the mark
dropped, as ``_DRAFT_MARK`` drops it after titles printed alone; openings/DECISIONS.md, second batch: a draft
marker is dropped).

A draft the text works from is not the document (`根据《X(征求意见稿)》,现就有关事项通知如下`: a notice's basis), nor is
the draft whose comments a feedback page reports on (`关于《X(征求意见稿)》公开征求意见采纳情况的说明`): both pages are
documents of their own; the page's own heading (``opening_heading``) is read before this rule.
"""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import printed_span, unread
from kechuang.extract.rules import simplified

_MARK = r"[((](?:征求意见稿|征询意见稿|草案|送审稿|公示稿)[))]"
_DRAFT = re.compile(rf"《(?P<title>[^《》]{{4,100}}?)(?:{_MARK}》|》{_MARK})")
# A basis word right before the draft's 《 (根据《…(草案)》,制定本方案; 要对照《…(草案)》): the text works from it.
_BASIS = re.compile(r"(?:根据|按照|依据|对照|参照|遵照|贯彻(?:落实)?|落实)\s*$")
# A page that reports on the comments on a draft (…征求意见采纳情况的说明, 意见反馈) is no draft.
_FEEDBACK = re.compile(r"采纳情况|采纳意见|意见反馈|反馈意见|意见.{0,4}回复")


def drafted_title(lines: list[Line]) -> str | None:
    """The first draft a line of ``lines`` names with its mark (``_DRAFT``), as printed, or None."""
    for line in lines:
        if line.chrome or "《" not in line.text:
            continue
        plain, pos = unread(line.text)
        flat = simplified(plain)
        if _FEEDBACK.search(flat):
            continue
        for m in _DRAFT.finditer(flat):
            if not _BASIS.search(flat[max(0, m.start() - 8):m.start()]):
                return printed_span(line.text, pos, m.start("title"), m.end("title"), trailing=True).strip()
    return None
