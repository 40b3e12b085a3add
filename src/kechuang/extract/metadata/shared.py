"""A document-share page's description: the title run into the text under it (round 57, meta22).

Document-share sites (`已阅读5页,还剩9页未读` / `文档简介`) print the file's text under a `文档简介` line with
its line breaks lost, so the document's title runs into what follows it, and no reader finds a title line:

- `1、1城口縣2011年蔬菜產業扶持辦法為了充分調動農民種菜積極性,…` (a page mark before it, its purpose clause
  after it: cq-chengkou-sccy2011);
- `砚山县招商引资优惠政策(试行) (砚发201120 号) 为进一步扩大对内对外开放,…` (its 文号 in brackets after it,
  after the site's own heading and stamp: yn-yanshan-zsyz2011);
- `廣東海洋經濟綜合實驗區發展規劃國家發展和改革委員會二○一一年十一月目錄…` (its cover: the issuing body and
  the month after it, then the contents: gd-guangdong-hysyq2011).

The title is the first run on the description's first line that opens with a character, ends in a kind of
document (its edition in brackets kept) and is followed by one of those: a purpose clause (为, 为了), a bracketed
number, a body and a date in Chinese numerals, or 目录. Bounded: one line, its first characters, runs of bounded
length.
"""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import printed_span, strip, unread
from kechuang.extract.rules import simplified

_CUE = re.compile(r"^\s*(?:文档简介|文檔簡介)\s*$")
_KINDS = "方案|规划|纲要|意见|办法|条例|计划|细则|预案|措施|规定|政策|要点|指引|导则|指南"
_TITLE = re.compile(rf"(?P<title>[\u4e00-\u9fff][^,,。;;::!?\s《》]{{3,60}}?(?:{_KINDS})(?:\([^()]{{1,8}}\))?)"
                    r"(?=为了?[\u4e00-\u9fff]|\s*\([^()]{0,20}\d[^()]{0,20}\)|目录"
                    r"|[\u4e00-\u9fff]{2,20}?(?:委员会|政府|厅|局|部|办公室)[〇○零一二三四五六七八九]{4}年)")
_MARK = re.compile(r"^\s*\d{1,3}、\d{0,3}")  # the site's page mark before the text (1、1)
_REACH = 300  # the title stands within the description's first characters
_LINES = 80  # the description stands under the site's banner and counts


def shared_title(lines: list[Line]) -> str | None:
    """The title a document-share page's description runs into its text (``_TITLE``), as printed, or None."""
    at = next((i for i, ln in enumerate(lines[:_LINES]) if _CUE.match(ln.text)), None)
    if at is None:
        return None
    line = next((ln for ln in lines[at + 1:at + 4] if ln.text.strip()), None)
    if line is None:
        return None
    printed = line.text[:_REACH]
    plain, pos = unread(printed)
    read = simplified(plain)
    mark = _MARK.match(read)
    m = _TITLE.search(read, mark.end() if mark else 0)
    return strip(printed_span(printed, pos, m.start("title"), m.end("title"))) if m else None
