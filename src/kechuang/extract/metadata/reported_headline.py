"""Whether a news lead's document stands for the page's title (round 55, meta20).

A news print's headline names the document its lead reports in other words:
`肥东县发布全民科学素质行动规划纲要实施方案` over `近日,肥东县人民政府办公室印发《肥东县全民科学素质行动规划纲要实施方案
(2021—2025年)》` (feidongkexie 2021); `歙县人民政府发布松材线虫病防控应急预案` over `日前,歙县人民政府向…发布了
《歙县松材线虫病防控应急预案》` (ahlknet); `國家林草局等十部門部署加快推進竹產業創新發展` over `近日,國家林業和草原局、…
10部門聯合印發《關于加快推進竹產業創新發展的意見》` (a mirror of 林草中国's item, 2021, whose readings printed with a
space, `(mén )`, text/readings.py reads since the same round). The page is annotated for the
lead's document, in the lead's words (openings/DECISIONS.md, openings4: news prints take the document their lead
names in 《》; openings18: not the headline's shorter name for it). A headline reports it when, after a body and a
verb of release (发布, 部署, 出台), it names a part of the lead's title; a document's own title that holds the verb
(关于建立…信息发布机制的通知) opens with 关于 before it, and a headline on another matter names no part of it.
"""

from __future__ import annotations

import re

from kechuang.extract.metadata.common import strip, unread
from kechuang.extract.rules import simplified

_VERB = re.compile("发布|部署|出台")  # read in simplified characters
_HEAD = 20  # the headline's part before its verb: a place, a year, a body
_REPORTED = 6  # the part after the verb names the matter, not a word (发布通知)


def lead_stands(title: str | None, reported: str) -> bool:
    """Whether the lead's document (``reported``, its title as the lead prints it) stands for the page's ``title``:
    no title read, a headline that says it was issued (中办国办印发《…》) or quotes it, the lead's title with the line
    above it (the bodies a joint document prints over its title), or a headline that reports it in other words."""
    if not title or re.search("印[发發]|《", title) or strip(title).endswith(strip(reported)):
        return True
    read = _fold(title)
    verbs = list(_VERB.finditer(read))
    if not verbs:
        return False
    head, matter = read[:verbs[-1].start()], read[verbs[-1].end():]
    return len(head) <= _HEAD and "关于" not in head and len(matter) >= _REPORTED and matter in _fold(reported)


def _fold(text: str) -> str:
    """A text read for comparison: without readings and spaces, in simplified characters, without 的."""
    return simplified(strip(unread(text)[0])).replace("的", "")
