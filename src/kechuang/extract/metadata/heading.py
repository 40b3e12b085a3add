"""A page that opens with its own heading, as the browser's title bar prints it: the document's title, its number in
brackets or the site's name after a dash (六安 2021 …的通知-<site>, 湖南 2023 …的通知-湖南省人民政府门户网站)."""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import strip
from kechuang.extract.rules import simplified

# The kinds a document's title ends with (…的通知, …会议公告, …完成情况公示).
_KINDS = "通知|公告|公示|意见|决定|通报|批复|决议|报告|方案|规划|计划|办法|细则|纲要|要点"
_HEADING = re.compile(rf"^(?P<title>[^,。;:!?>|]{{6,100}}?(?:{_KINDS}))"
                      r"(?:[((](?P<number>第?\d{1,4}号)[))])?"  # 公告(第8号): the announcement's number
                      r"(?:(?:-{1,2}|_|\|)[^-_|,。;:]{2,30})?$")  # -湖南省人民政府门户网站: the site's name


def opening_heading(lines: list[Line]) -> tuple[str, str | None] | None:
    """(title as printed, number or None) of the heading the page opens with, if its first line is one."""
    first = next((ln for ln in lines if ln.text.strip()), None)
    if first is None or first.chrome:
        return None
    text = strip(first.text)
    m = _HEADING.match(simplified(text))
    if not m:
        return None
    return text[m.start("title"):m.end("title")], m.group("number")
