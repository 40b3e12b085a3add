"""A meeting's news that reports a document it passed: the meeting as the lead's subject (round 28's metadata, meta28).

A government's or a congress's meeting passes documents, and the news of it names the document after the meeting:
`近日,江西省宁都县人民政府召开常务会议审议并通过了《宁都县质量兴县实施方案》` (宁都), `昨日市政府常务会原则通过《…》`
(长江日报 2011, 武汉), `近日,山西省十三届人大常委会第三十六次会议审议通过《山西省小杂粮保护促进条例》` (山西) — the
leads ``news`` reads, with a time word before the verb. The same news prints the meeting with no time before its verb,
the time opening the sentence before (`22日,四川省委副书记、省长黄强主持召开省政府第29次常务会议,研究部署低空经济发展
等工作。会议审议通过《关于促进低空经济发展的指导意见》`: 财联社 2024 on m.teamipecs.com), or a headline that names
the meeting and its verb after a colon (`四川省政府常务会议:审议通过《关于促进低空经济发展的指导意见》`, the same page),
and meetings discuss before they pass (`会议讨论并原则通过了《湘潭县妇女儿童发展规划(2011—2015年)(送审稿)》`, 湘潭
2012). The document is the one the meeting passed (openings/DECISIONS.md, openings4: a news item's document takes its
title whatever the lead's verb, 审议通过 among them) and the meeting's body places it (四川省政府常务会议:
四川省); it is no issuer (a news item names none of its own).

A congress's standing committee passes by vote (`7月30日,浙江省十三届人大常委会第三十次会议表决通过《关于促进和保障
高质量发展建设共同富裕示范区的决定》(以下简称《决定》),自公布之日起施行。`: rddy.org.cn, 浙江 2021), and its news may
name another document in a later lead (`…于7月19日正式发布《浙江高质量发展建设共同富裕示范区实施方案(2021—2025年)》`,
the next line): the page's lead is its first (``lead_document``). As every lead of a verb other than 印发, a meeting's
stands only for a page with no title of its own or one its lead's document titles (``reported_headline``).
"""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import printed_span
from kechuang.extract.metadata.held_on import Lead, held_on_document, lead_lines
from kechuang.extract.metadata.news import Reported, reported_document

# The meeting opens its clause (the line's start, a comma, a full stop, a colon), is named in at most 30
# characters and ends in 会议 / 常务会 / 常委会; a colon may stand after it (a headline); then the verb of passing and
# 《the document》.
# 审议通过的《…》 (a report the congress passed, named by a later sentence) is no lead: the verb is followed by 《.
_PASSED = re.compile(r"(?:^|[,,。;;::])\s*(?P<meeting>[^,,。;;::!?《》\s]{0,30}?(?:会议|常务会|常委会))\s*[::]?\s*"
                     r"(?:讨论并?|研究并?)?(?:审议并?|原则|表决)(?:原则)?通过了?《(?P<title>[^《》]{4,100})》")
# 会议强调,…: a speech that mentions a document, no lead (in the meeting's name or before it in its sentence)
_SPEECH = re.compile(r"指出|强调|表示|讲话|认为|要求")
_REACH = 600  # a lead stands within the first characters of its line (its first lines: held_on.lead_lines)


def passed_document(lines: list[Line], leads: list[Lead] | None = None) -> Reported | None:
    """The document a meeting's news reports passed (``_PASSED``), read from the page's first lines (``leads``: their
    ``lead_lines``, when the caller read them already)."""
    for line, pos, read in lead_lines(lines) if leads is None else leads:
        if read.find("通过", 0, _REACH) < 0:
            continue  # every match holds 通过 (_PASSED opens with a branch of ^, so it is tried at every position)
        m = _PASSED.search(read, 0, _REACH)
        if not m or _SPEECH.search(re.split(r"[。!?;]", read[:m.start("meeting")])[-1] + m.group("meeting")):
            continue
        title = printed_span(line.text, pos, m.start("title"), m.end("title"), trailing=True).strip()
        meeting = printed_span(line.text, pos, *m.span("meeting"))
        return Reported(title, [meeting], line.index, issued=False)
    return None


def lead_document(lines: list[Line]) -> Reported | None:
    """The page's lead: the first of a news lead (``news.reported_document``) and a meeting's (``passed_document``,
    ``held_on.held_on_document``), the news lead where two stand on one line."""
    read = list(lead_lines(lines))  # each line unread and simplified once for both meeting readers
    leads = [r for r in (reported_document(lines), passed_document(lines, read), held_on_document(lines, read)) if r]
    return min(leads, key=lambda r: r.line) if leads else None
