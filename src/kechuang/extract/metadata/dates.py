"""Dates of a document as pages print them: signature dates in figures or Chinese numerals, dates whose 年月日
the page lost, years that lost a 〇, and dates in a page's metadata fields."""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.text.numerals import parse_chinese

# Years are written digit by digit, sometimes with Arabic zeros or the letter O for 〇 (二000年, 二OO六年).
SIGN_DATE = re.compile(r"(\d{4}|[一二三四五六七八九〇零○O0-9]{4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月"
                       r"(\d{1,2}|[一二三四五六七八九十]{1,3})日")
SHORT_DATE = re.compile(r"([一二三四五六七八九〇零○]{2,3})年([一二三四五六七八九十]{1,3})月"
                        r"([一二三四五六七八九十]{1,3})日")
# A signature date whose 年月日 the page lost (printed as images): 20171116 or "{ 2017 6 23" under the signer.
BARE_DATE = re.compile(r"[^\d\w]{0,2}\s*(20\d\d|19\d\d)(?:(\d{2,4})|\s+(\d{1,2})\s+(\d{1,2}))")


def iso(year: str, month: str, day: str) -> str | None:
    year = year.replace("○", "〇").replace("O", "〇")
    if not year.isdigit():
        year = year.translate(str.maketrans("0123456789", "〇一二三四五六七八九"))
    y = int(year) if year.isdigit() else parse_chinese(year)
    m = int(month) if month.isdigit() else parse_chinese(month)
    d = int(day) if day.isdigit() else parse_chinese(day)
    if not (y and m and d) or not (1900 < y < 2200 and 1 <= m <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def run_together(year: str, rest: str) -> str | None:
    """A date whose 年月日 the page lost: 20171116, 2021106, 2024110. Four digits are month and day as printed
    (1116, 0623); two or three are read only when one split gives a month and a day written without a leading
    zero, as signatures write them (106 → 10-6, 110 → 1-10, 411 → 4-11)."""
    if len(rest) == 4:
        return iso(year, rest[:2], rest[2:])
    readings = {d for k in range(1, len(rest)) if not rest[k].startswith("0") and not rest.startswith("0")
                and (d := iso(year, rest[:k], rest[k:]))}
    return readings.pop() if len(readings) == 1 else None


def short_year_date(lines: list[Line], doc_number: str | None) -> str | None:
    """A Chinese signature date whose year lost digits (一二年一月十二日, 二一二年四月一日: 〇 dropped by the page),
    completed from the 文号's year when that year reads so; without a 文号, nothing."""
    year = re.search(r"〔(\d{4})〕", doc_number or "")
    if not year:
        return None
    spelled = "".join("〇一二三四五六七八九"[int(c)] for c in year.group(1))
    for line in lines:
        m = SHORT_DATE.fullmatch(re.sub(r"\s+", "", line.text))
        if m:
            printed = m.group(1).replace("○", "〇").replace("零", "〇")
            if spelled.endswith(printed) or spelled.replace("〇", "") == printed:
                return iso(year.group(1), m.group(2), m.group(3))
    return None


_YEAR_DIGITS = re.compile(r"\d{4}")


def field_date(lines: list[Line], field: re.Pattern, words: re.Pattern) -> str | None:
    """The first date a field (``fields.SIGNED_FIELD``, ``PUBLISHED_FIELD``, ``INFO_LINE_DATE``: each prints its
    date with a four-digit year, and one of its ``words``) gives on the lines; a line without four digits or without
    any of the words is not searched."""
    for line in lines:
        text = line.text
        m = field.search(text) if words.search(text) and _YEAR_DIGITS.search(text) else None
        if m and (date := iso(*[g for g in m.groups() if g is not None])):
            return date
    return None


# The date a meeting adopted the document, in brackets under its title: (二〇一六年七月八日中国共产党天津市第十届
# 委员会第九次全体会议通过), (2013年6月17日自治区人民政府第五次常务会议通过); or the date a report was delivered at one,
# as a work report prints it (——2023年2月22日在代县第十七届人民代表大会第三次会议上) and a report to a standing
# committee in brackets ((2018年9月27日在市五届人大常委会第五次会议上), 重庆 2018); or the date alone in brackets, as a
# work report (东乌旗 2022 (2022年1月5日)) and the central offices' documents print it under the title (中办国办 2024
# 关于加快建设统一开放的交通运输市场的意见 over (2024年12月12日)).
_ADOPTED = re.compile(rf"[((]{SIGN_DATE.pattern}(?:[^()()]{{2,60}}?(?:通过|批准)|在[^()()]{{2,60}}?会议上)?[))]")


def adopted_date(lines: list[Line]) -> str | None:
    """The adoption date printed in brackets on a line of its own (see ``_ADOPTED``), if any."""
    for line in lines:
        m = _ADOPTED.fullmatch("".join(line.text.split()))
        if m:
            return iso(*m.groups()[:3])
    return None
