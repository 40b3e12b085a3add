"""A page that asks for comments on a draft (关于公开征求《X(征求意见稿)》意见的公告): which title it carries.

The draft is the document when the page prints it under its own heading (威海 2023: `实施先进制造业强市暨智改数转三年
行动计划(2023-2025年)` / `(征求意见稿)` under the 公告; 金华 2023: `附件1:` / `金华市区乡村振兴支持政策(三十条)`), in
that heading's form; a 公告 (公示, 通知) for comments that prints no draft — the draft an attachment — issues nothing
of its own and keeps its own title as printed (openings/DECISIONS.md, openings4 and openings5: 王益 2022, 常州 2023;
dev 中山 2019 `关于公开征求《…》(征求意见稿)意见的公示(截止日期:2019年6月6日)`, its closing date no part of it).
Round 49 (meta16; DECISIONS.md, "Round 49 gold questions": the draft's title wherever the page prints the draft): a
mirror's traditional characters are read in simplified ones (`關于《…》公開征求意見的公告`), a draft mark may
join 草案 to its kind (`(草案征求意見稿)`), and the draft's heading may carry its attachment label glued
(`附件石家莊市…條例(草案征求意見稿)`, 石家莊 2023; `附件1:` on its own line, 金华 2023; a label with a colon lists
the attachment, `附件：X`, review 21's F11).
"""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import strip
from kechuang.extract.rules import simplified

# (patterns of the readers below, compiled once: ``re.search(str, …)`` looks its pattern up per call)
_ASKED = re.compile("征求|徵求|听取|聽取")

_MARKS = r"[((](?:草案)?(?:征求意见稿|草案|送审稿|修订稿)[))]"
# an attachment label glued before the draft's heading (附件石家莊市…); after a colon the line lists the attachment
_LABEL = re.compile(r"^附件\d{0,2}(?=[\u4e00-\u9fff])")
# the heading: 关于(公开)(征求|对)…《X(mark)》(mark)…意见的公告, its closing date in brackets after it
_CONSULTATION = re.compile(r"关于(?:公开)?(?:征求|对)?[^《》]{0,10}《(?P<title>[^《》]{4,120}?)"
                           rf"(?:{_MARKS})?》[^《》]{{0,16}}?意见的?(?:公告|通知|函|启事|公示)"
                           # the closing bracket: (截止日期:…), (征求意见截止时间:…), (反馈截止日期:…): review 21
                           r"(?P<closing>[((][^()()]{0,6}?截止[^()()]{0,20}[))])?$")
_BELOW = 400  # lines of the page searched for the draft's own heading
# what a heading and the quoted name may differ by: brackets (支持政策三十条 / 支持政策(三十条)), spaces
_LOOSE = str.maketrans("", "", "()()")


def consulted_title(lines: list[Line], head: int = 60) -> tuple[str, int] | None:
    """The title of a consultation page whose heading is among the first ``head`` lines, and the heading's line: the
    draft as its own heading prints it, when printed below; else the page's own heading as printed (without its
    closing date)."""
    for k, line in enumerate(lines[:head]):
        if len(line.text) <= 200 and _ASKED.search(line.text):
            m = _CONSULTATION.search(simplified(strip(line.text)))  # a character for a character
            if m:
                draft = m.group("title")
                printed = _draft_heading(lines[k + 1:k + 1 + _BELOW], draft)
                if printed:
                    return printed, line.index
                heading = line.text.strip()
                closing = m.group("closing")
                return (heading[:heading.rindex(closing[0])].rstrip() if closing else heading), line.index
    return None


def _draft_heading(lines: list[Line], draft: str) -> str | None:
    """The draft's own heading among ``lines`` (its draft mark after it or on the next line dropped), as printed."""
    target = re.sub(_MARKS, "", strip(draft)).translate(_LOOSE)
    for line in lines:
        printed = strip(line.text)
        glued = _LABEL.match(printed) if printed.startswith("附件") else None
        printed = printed[glued.end():] if glued else printed
        read = simplified(printed)
        end = m.start() if (m := re.search(rf"{_MARKS}$", read)) else len(read)
        if end and read[:1] == target[:1] and read[:end].translate(_LOOSE) == target:
            return printed[:end]
    return None
