"""A title the page prints twice: a short heading, then the document's own title in full right under it.

Sites head a page with a short form of the document's title and print the full title below it, the bodies that
issue it included: `关于公布全省首批信用建设示范县(示范园区)名单的通知` / `发表时间:…` / `陕西省发展和改革委员会 中国
人民银行西安分行 中共陕西省委精神文明建设指导委员会办公室关于公布…名单的通知` (陕西 2021), `贯彻落实《国家创新驱动发
展战略纲要》实施意见` / `中共天津市委天津市人民政府关于贯彻落实《国家创新驱动发展战略纲要》的实施意见` (天津 2016).
The full printing is the title (openings/DECISIONS.md, openings3: a notice that issues no plan keeps its full title
line with its bodies), and its bodies issue it. A notice that issues a document (…关于印发X的通知 under X) is not a
fuller printing of X, nor is a reply to it or a document that carries it out (…关于X的批复, …关于X的函, …关于贯彻落实X
的意见), unless the short heading is that reply already (贯彻落实《…纲要》实施意见, 天津 2016).
"""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import CJK, ORG_SUFFIX, unread
from kechuang.extract.metadata.title import OWN_TITLE
from kechuang.extract.rules import simplified

# (patterns of the readers below, compiled once: ``re.search(str, …)`` looks its pattern up per call)
_NOT_CORE = re.compile(r"关于|的|[《》〈〉“”\"\s]")
_SPACE = re.compile(r"\s")

_BELOW = 3  # lines (blank ones aside) between the short heading and the full title: a stamp line, a source line
_ISSUES = re.compile(r"印发|转发|发布|颁布")
_ANSWERS = re.compile(r"批复|函|贯彻|落实")  # another document about the title's: unless the title says so itself
# What the full printing adds is the bodies before 关于 (names, the spaces between them): a list's number or a label
# (2. 【标题】国务院关于…) is no body.
_BODIES = re.compile(rf"[{CJK} ]{{2,80}}?{ORG_SUFFIX.pattern[:-1]}\s*关于")


def _core(text: str) -> str:
    """A title's words without 关于, 的, marks and spaces: the short and the full printing share them."""
    return _NOT_CORE.sub("", simplified(unread(text)[0]))


# A headline that drops the document's period (…海洋功能区划的批复 over …海洋功能区划 / (2011—2020年)的批复, 国务院
# 2012; …第十一个五年规划纲要 over …发展 / 第十一个五年规划纲要(2006-2010), 吉林市 2006): the title printed again below,
# broken over one or two lines, is the same but for its period; the period is part of the title (round 45).
# (2011年—2020年) and (2011——2020年), full-width －, as printed too (review 19, F6)
_PERIOD = re.compile(r"[((]\d{4}\s{0,2}年?\s{0,2}(?:[-—–~至－]{1,2})\s{0,2}\d{4}\s{0,2}年?[))]")
_PERIOD_LINES = 6  # non-blank lines under the headline where the full printing may stand


def _with_period(below: list[Line], title: str) -> str | None:
    """The title printed below with its period (see ``_PERIOD``), on one line or up to three joined (吉林市国民经济
    和社会发展 / 第十一个五年规划纲要 / (2006-2010年): review 19, F6), or None."""
    if not any("(" in ln.text for ln in below[:_PERIOD_LINES]):
        return None  # no bracket in the lines, none in their joins below (most pages: no line joined, no search)
    texts = [_SPACE.sub("", ln.text) for ln in below[:_PERIOD_LINES]]
    for k in range(len(texts)):
        for joined in ("".join(texts[k:k + n]) for n in (1, 2, 3) if k + n <= len(texts)):
            if "(" in joined or "(" in joined:
                m = _PERIOD.search(joined)
                if m and joined[:m.start()] + joined[m.end():] == title:
                    return joined
    return None


def fuller_title(lines: list[Line], title: str) -> str | None:
    """The document's own title in full (X关于…的通知/意见, ``OWN_TITLE``), printed within a few lines under the line
    that prints ``title``, when it holds all of ``title``'s words and more, or printed with its period (``_PERIOD``);
    else None."""
    core = _core(title)
    if len(core) < 6:
        return None
    # (a line's core is its text read, less some words and marks: a line read without the core's first character
    # holds no core that holds it, and is not cut)
    at = next((ln.index for ln in lines if not ln.chrome and core[0] in simplified(unread(ln.text)[0])
               and core in _core(ln.text)), None)
    if at is None:
        return None
    printed = [ln for ln in lines[at + 1:] if ln.text.strip()][:_PERIOD_LINES]
    if (periodic := _with_period(printed, _SPACE.sub("", title))):
        return periodic
    below = printed[:_BELOW]
    for line in below:
        flat = line.text.strip()  # as printed, the spaces between its bodies kept (陕西 2021)
        m = OWN_TITLE.match(simplified(flat))
        added = set(_ANSWERS.findall(simplified(flat))) - set(_ANSWERS.findall(simplified(title)))
        if m and not _ISSUES.search(simplified(flat)) and not added and core in _core(flat) \
                and len(_core(flat)) > len(core) \
                and _BODIES.match(simplified(unread(flat[m.start("title"):m.end("title")])[0])):
            return flat[m.start("title"):m.end("title")]
    return None
