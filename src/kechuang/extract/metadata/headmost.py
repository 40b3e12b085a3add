"""The last resort for a page no title reader read: the most title-like line of its head.

A page's head may print the document's title on a line of its own but in a frame no reader expects: a table row
closed by its cell bar (`…关于进一步加快发展服务业的若干意见 |`, a law library's row under its banner; the title in
the row's two cells, `X X |`, read once), or with the page's information label run onto it
(`…先进工作者的决定时间:2019-…`). The line is taken when it holds a title that ends with a document's kind (方案,
规划, 意见, 决定, 通知…, its period in brackets) and then that frame.
Bounded: the first lines only, each pattern linear (character classes with bounded counts).
"""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import strip
from kechuang.extract.rules import simplified

# The kinds a document's title ends with, read in simplified characters.
_KINDS = "方案|规划|纲要|意见|办法|条例|计划|报告|通知|决定|细则|预案|公报|措施|规定|要点|通告|公告|批复"
# the frame after the title: a table's cell bar(s) closing the row, or an information label run on (时间:, 来源:)
_FRAME = r"(?:\s*\|[\s|]{0,8}$|(?:发布时间|发布日期|时间|日期|来源)[::])"
_HEAD_TITLE = re.compile(rf"^\s*(?P<title>[^,，。;；:：!?《》|]{{6,80}}?(?:{_KINDS})(?:\([^()]{{1,14}}\))?){_FRAME}")
_HEAD_LINES = 12  # lines of the page's head searched


def head_title(lines: list[Line]) -> str | None:
    """The title a line of the page's first lines holds in a row's frame or before a run-on label, or None."""
    for line in lines[:_HEAD_LINES]:
        if line.chrome:
            continue
        m = _HEAD_TITLE.match(simplified(line.text))
        if m:
            title = line.text[m.start("title"):m.end("title")].strip()
            half = title[:len(title) // 2]  # a row whose two cells print the title twice (X X |): read once
            return strip(half if len(title) % 2 and title == f"{half} {half}" else title)
    return None


# A line of the head that opens with the bodies that issued the document, its verb and the document in 《》, with no
# time before them (the time words a news lead opens with are ``news._LEAD``'s) or only the year: a headline or a lead
# (`中共中央办公厅国务院办公厅印发《关于全面推行林长制的意见》…`, `常德市政府首次發布《…實施方案》,明確…`,
# `2018年,海南省出臺《海南省鄉村振興戰略規劃(2018-2022年)》,…`).
_QUOTED_LEAD = re.compile(r"^\s*(?:\d{4}年\s*[,，]\s*)?[^,，。;；:：!?《》\s]{2,40}?(?:首次|正式|联合)?"
                          rf"(?:印发|发布|出台|公布)了?《(?P<title>[^《》]{{4,100}}?(?:{_KINDS})(?:\([^()]{{1,14}}\))?)》")


def quoted_lead_title(lines: list[Line]) -> str | None:
    """The document a line of the page's head says its bodies issued (``_QUOTED_LEAD``), as printed, or None."""
    for line in lines[:_HEAD_LINES * 2]:
        if line.chrome or "《" not in line.text:
            continue
        m = _QUOTED_LEAD.match(simplified(line.text))
        if m:
            return strip(line.text[m.start("title"):m.end("title")])
    return None
