"""A meeting's news whose lead names the document the meeting was held on (round 63, meta28).

A plan is reviewed, put to the public and presented at meetings, and their news names the document as the meeting's
subject: `12月9日,《界首市食用菌产业发展规划(2023—2027年)》评审会在合肥召开。` (reportway.org 2023, 界首), `11月16日,
《宣城市美好乡村休闲养生旅游概念规划》公开征求意见座谈会在旌德县召开。` (安徽旅游政务网 2013 on 51760.cn, 宣城), or the
press conference's speaker presents or explains it (`德州市政府新聞辦舉辦…新聞發布會—市商務局專場。德州市商務局
三級調研員馮立潮介紹《德州市優化消費環境若干措施》的基本內容`: 2023 on m.floorcoveringcontractor.com, 德州;
`内蒙古自治区政府新闻办召开新闻发布会,深入解读《内蒙古自治区“十四五”无障碍环境建设实施方案》`, 内蒙古 on
m.ytjhdl.cn). The page is annotated for that document (openings/DECISIONS.md, openings4: a news item's document
takes its title whatever the lead's verb; the corpus README, openings12–24: 界首's review-meeting news titled by the
plan its lead names), with no issuer of its own.

The lead is read as the news leads are (``passed.lead_document``: the page's first lead wins) and, as every lead of a
verb other than 印发, stands only for a page with no title of its own or one its document titles.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import printed_span, unread
from kechuang.extract.metadata.news import Reported
from kechuang.extract.rules import simplified

# 《X》 opening its clause, a draft's or a period's note after it, then the meeting held on it (评审会, 公开征求意见
# 座谈会, 论证会, 审查会) and, within the sentence, where it was held (在…召开, 举行).
_HELD = re.compile(r"(?:^|[,,。;;::])\s*《(?P<title>[^《》]{4,100})》(?:[((][^()()]{1,20}[))])?"
                   r"(?:公开)?(?:征求意见)?(?:专家)?(?:评审|座谈|论证|审查)(?:会议|会)[^,,。;;《》]{0,30}?(?:召开|举行)")
# a press conference (新闻发布会), then within 150 characters (sentences and all: the run stops at no 。, only at
# another 《》 or a ! ?) the speaker presents or explains 《X》 (review 30, F4)
_PRESENTED = re.compile(r"发布会[^《》!?]{0,150}?(?:介绍|解读)了?《(?P<title>[^《》]{4,100})》")
_LINES = 30  # a lead stands at the top of the item, under its headline and stamp
_REACH = 600  # and within the first characters of its line


def lead_lines(lines: list[Line]) -> Iterator[tuple[Line, list[int] | None, str]]:
    """The page's first lines (``_LINES``) that name a document (《), not chrome: each with the map of its readings
    (``unread``) and its text read (readings out, simplified), for a lead's pattern to search within ``_REACH``."""
    for line in lines[:_LINES]:
        if line.chrome or "《" not in line.text:
            continue
        plain, pos = unread(line.text)
        yield line, pos, simplified(plain)


Lead = tuple[Line, list[int] | None, str]


def held_on_document(lines: list[Line], leads: list[Lead] | None = None) -> Reported | None:
    """The document a meeting's news names as the meeting's subject (``_HELD``, ``_PRESENTED``); ``leads``: the
    page's ``lead_lines`` when the caller read them already (``passed.lead_document``)."""
    for line, pos, read in lead_lines(lines) if leads is None else leads:
        # (every match of ``_HELD`` holds 召开 or 举行 within the reach: a line with neither is not searched by it,
        # which opens with a branch of ^ and so is tried at every position)
        held = read.find("召开", 0, _REACH) >= 0 or read.find("举行", 0, _REACH) >= 0
        m = (_HELD.search(read, 0, _REACH) if held else None) or _PRESENTED.search(read, 0, _REACH)
        if m:
            title = printed_span(line.text, pos, m.start("title"), m.end("title"), trailing=True).strip()
            return Reported(title, [], line.index, issued=False)
    return None
