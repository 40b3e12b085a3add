"""A 解读 page known by its own heading (【文字解读】《X》的解读, 文字解读:X, 关于《X》的政策解读, 解读《X》):
the page is annotated for the plan it explains (tests/fixtures/real/openings/DECISIONS.md), so its heading names
the plan, and the page's own 发布机构, signer and stamp are the explanation's, not the plan's (round 48).

``explaining_heading`` returns the plan's name as the heading prints it, and whether that name is a plan (a heading
naming the notice that issues the plan, 【政策解读】…关于印发X的通知, leaves the title and issuer to the notice's
reading, its stamp still no date of the plan's)."""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import PLAN_TITLE, strip
from kechuang.extract.metadata.dates import iso
from kechuang.extract.metadata.lead_date import lead_date
from kechuang.extract.rules import simplified

_HEAD_LINES = 40  # the page's heading stands at its head
# the name quoted: (关于)《X》(的)(政策|文件)解读, after a column tag (【文字解读】); or 解读《X》
# (round 49: the tag may stand before a bar, 文字解读┃关于对沂水县《X》的解读, and the plan's place before its 《)
_QUOTED = re.compile(r"^(?:【[^【】]{0,6}】|[\u4e00-\u9fff]{0,4}解读 ?[┃|丨｜] ?)?"
                     r"(?:关于对?(?:[\u4e00-\u9fff]{1,10}?[省市县区州旗盟](?=《))?)?《(?P<name>[^《》]{4,120})》的?(?:政策|文件)?解读$"
                     r"|^解读《(?P<after>[^《》]{4,120})》$")
# the name unquoted after a column tag: 文字解读:X, 【政策解读】X
_TAGGED = re.compile(r"^(?:【[\u4e00-\u9fff]{0,4}解读】|[\u4e00-\u9fff]{0,4}解读[::])(?P<name>[^《》::]{4,120})$")
_NOTICE = re.compile(r"关于(?:印发|转发)[^《》]{4,120}的通知$")
# the date the page states the plan was issued on (《方案》经区人民政府同意,于2019年1月17日正式印发实施)
_STATED = re.compile(r"于(\d{4})年(\d{1,2})月(\d{1,2})日(?:正式)?印发")
# a line that is the document's own title (…关于印发X的通知, X alone): a page printing it before the 解读 line prints
# the document itself, and that line only links its 解读 (政策解读链接: / 相关解读, 民乐 2020, 安溪 2021: review 22, F1)
_OWN_TITLE = re.compile(r"关于[^。,，;；]{2,160}的(?:通知|意见|决定)$")


def explaining_heading(lines: list[Line]) -> tuple[str, bool] | None:
    """(the name the heading gives, whether it names the plan itself) for a page headed as a 解读 of one; None when a
    line over it is the document's own title (the page prints the document and links its 解读: review 22, F1)."""
    above: list[str] = []  # the lines over the heading, read (stripped only when a heading is found)
    for line in lines[:_HEAD_LINES]:
        if line.chrome:
            continue
        simple = simplified(line.text)  # a character for a character (offsets hold), the line's key (spd30)
        # 解读 is two characters the stripped line holds only where the line holds each (no strip of every line)
        if "解" not in simple or "读" not in simple or "解读" not in (read := strip(simple)):
            above.append(simple)
            continue
        printed = strip(line.text)
        m = _QUOTED.match(read)
        group = ("name" if m.group("name") else "after") if m else "name"
        if not m:
            m = _TAGGED.match(read)
            if not (m and (_NOTICE.search(m.group("name")) or PLAN_TITLE.search(m.group("name")))):
                continue
        named = read[m.start(group):m.end(group)]
        if any(named in t and (t == named or _OWN_TITLE.search(t)) for t in map(strip, above)):
            return None  # the page prints the document: the line is a link to its 解读
        return printed[m.start(group):m.end(group)], not _NOTICE.search(named)
    return None


def stated_date(lines: list[Line], title: str | None = None) -> str | None:
    """The issue date a 解读 states for its plan (…于2019年1月17日正式印发实施), if it states one, or its lead's date
    for the plan (2022年8月22日,米易縣人民政府辦公室印發《…》: ``lead_date``, round 55)."""
    for line in lines:
        if "印" in line.text and (m := _STATED.search(strip(line.text))):
            return iso(*m.groups())
    return lead_date(lines, title)
