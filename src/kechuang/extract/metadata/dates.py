"""Dates of a document as pages print them: signature dates in figures or Chinese numerals, dates whose 年月日
the page lost, years that lost a 〇, and dates in a page's metadata fields."""

from __future__ import annotations

import re
from functools import cache

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import org_named, unread
from kechuang.extract.rules import simplified
from kechuang.text.numerals import parse_chinese

# (patterns of the readers below, compiled once: ``re.search(str, …)`` looks its pattern up per call)
_NUMBER_YEAR = re.compile(r"〔(\d{4})〕")
_SPACES = re.compile(r"\s+")

# Years are written digit by digit, sometimes with Arabic zeros or the letter O for 〇 (二000年, 二OO六年).
SIGN_DATE = re.compile(r"(\d{4}|[一二三四五六七八九〇零○O0-9]{4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月"
                       r"(\d{1,2}|[一二三四五六七八九十]{1,3})日")
SHORT_DATE = re.compile(r"([一二三四五六七八九〇零○]{2,3})年([一二三四五六七八九十]{1,3})月"
                        r"([一二三四五六七八九十]{1,3})日")
# A signature date whose 年月日 the page lost (printed as images): 20171116 or "{ 2017 6 23" under the signer.
# Its 日 may stay when the 年月 went (2018830日 under the eight ministries of 教育部 2018 综合防控近视, round 44).
BARE_DATE = re.compile(r"[^\d\w]{0,2}\s*(20\d\d|19\d\d)(?:(\d{2,4})|\s+(\d{1,2})\s+(\d{1,2}))日?")
# A signature date whose 日, or 月 and 日, the page lost, its year kept whole (2014年5月14 under 都安's 办公室,
# 2019年1123 under 广丰's: openings10, round 44); read under a signer only (``issuer.signatures``).
CUT_DATE = re.compile(r"(20\d\d|19\d\d)年(?:(\d{1,2})月(\d{1,2})|(\d{3,4}))")


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
    year = _NUMBER_YEAR.search(doc_number or "")
    if not year:
        return None
    spelled = "".join("〇一二三四五六七八九"[int(c)] for c in year.group(1))
    for line in lines:
        if not line.text.rstrip().endswith("日"):
            continue  # the date ends its line (``fullmatch``): the line's last printed character is 日
        m = SHORT_DATE.fullmatch(_SPACES.sub("", line.text))
        if m:
            printed = m.group(1).replace("○", "〇").replace("零", "〇")
            if spelled.endswith(printed) or spelled.replace("〇", "") == printed:
                return iso(year.group(1), m.group(2), m.group(3))
    return None


_YEAR_DIGITS = re.compile(r"\d{4}")


@cache
def literal_words(words: re.Pattern) -> tuple[str, ...]:
    """The words of an alternation of plain words (日期|时间|\\[): tested with ``in``, where the re module tries the
    alternation at every position of a paragraph (ten times slower on Chinese text)."""
    parts = tuple(re.sub(r"\\(.)", r"\1", part) for part in words.pattern.split("|"))
    if any(re.escape(part) != raw for part, raw in zip(parts, words.pattern.split("|"), strict=True)):
        raise ValueError(f"not an alternation of plain words: {words.pattern}")
    return parts


def field_date(lines: list[Line], field: re.Pattern, words: re.Pattern) -> str | None:
    """The first date a field (``fields.SIGNED_FIELD``, ``PUBLISHED_FIELD``, ``INFO_LINE_DATE``: each prints its
    date with a four-digit year, and one of its ``words``) gives on the lines; a line without four digits or without
    any of the words is not searched."""
    literal = literal_words(words)
    for line in lines:
        text = line.text
        m = field.search(text) if any(map(text.__contains__, literal)) and _YEAR_DIGITS.search(text) else None
        if m and (date := iso(*[g for g in m.groups() if g is not None])):
            return date
    return None


# The date a meeting adopted the document, in brackets under its title: (二〇一六年七月八日中国共产党天津市第十届
# 委员会第九次全体会议通过), (2013年6月17日自治区人民政府第五次常务会议通过); or the date a report was delivered at one,
# as a work report prints it (——2023年2月22日在代县第十七届人民代表大会第三次会议上) and a report to a standing
# committee in brackets ((2018年9月27日在市五届人大常委会第五次会议上), 重庆 2018); or the date alone in brackets, as a
# work report (东乌旗 2022 (2022年1月5日)) and the central offices' documents print it under the title (中办国办 2024
# 关于加快建设统一开放的交通运输市场的意见 over (2024年12月12日)).
# A city's 条例 prints its province's approval after its adoption in the same brackets ((2025年9月29日延安市…
# 常务委员会第二十七次会议通过 2025年11月28日陕西省…第十九次会议批准), 延安 2025 and 衢州 2022 on dev pages; 山南 2018
# and 包头 2001 on law sites, tests/extract/test_meta47_adopted.py): the first date, its adoption, dates it (meta47).
_ADOPTED = re.compile(rf"[((]{SIGN_DATE.pattern}(?:[^()()]{{2,60}}?(?:通过|批准)(?:[^()()]{{2,60}}?批准)?"
                      rf"|在[^()()]{{2,60}}?会议上)?[))]")


# Or after a dash, as a congress line (——2021年12月11日日喀则市第二届人民代表大会 / 第二次会议通过, 日喀则 2021 纲要; a
# report's ——2022年1月7日在市第十六届人民代表大会第一次会议上, 锡林浩特 2022), the line perhaps broken before its verb
# (round 44).
_DASHED = re.compile(rf"——{SIGN_DATE.pattern}(?:在[^()()]{{2,60}}?会议上|[^()()]{{2,60}}?(?:通过|批准))")


def adopted_date(lines: list[Line], bracketed: int | None = None) -> str | None:
    """The adoption date printed in brackets on a line of its own among the first ``bracketed`` lines (see
    ``_ADOPTED``), or after a dash on any of them (``_DASHED``, read with the next printed line when the verb is cut
    off: a page may print its title twice, the congress line under the second), if any."""
    texts = ["".join(line.text.split()) for line in lines]
    for k, text in enumerate(texts):
        if bracketed is None or k < bracketed:
            # a mirror's line in traditional characters with readings (會議通過…常務(wù)委員會, 衢州 2022): read plain
            read = simplified(unread(text)[0]) if text.startswith(("(", "（")) else text
            m = _ADOPTED.fullmatch(read)
        else:
            m = None
        if not m and text.startswith("——") and "日" in text:
            below = next((t for t in texts[k + 1:k + 3] if t), "")
            m = _DASHED.fullmatch(text) or _DASHED.fullmatch(text + below)
        if m:
            return iso(*m.groups()[:3])
    return None


# A signature run on inside one long line, the page's line breaks lost (round 44): after the notice's last
# sentence or its attachment line, the signer, a space and its date (…请认真组织实施。 微山县人民政府办公室
# 2019年9月22日 (此件公开发布) 微山县…, 微山 2019; …请认真抓好贯彻落实。 中共城步…领导小组 2021年9月3日
# 城步…方案, 城步 2021; 附件:…名单 信阳市人民政府 2018年12月3日 责编:…, 信阳 2018 on a reprint; 附件:…
# 纲要(2011-2020年) 科学技术部 二一二年四月一日来源…, 科技部 2012, its year's 〇 lost). Lines are read as
# normalised, the spaces between CJK words gone (…名单信阳市人民政府 2018年…): the signer is what ends with a
# body's suffix before the space; running text puts no space before a date. A deadline is no signature: a task
# table flattened into the line prints a unit and its date (。 县科技局 2021年6月30日前), the date going on.
_INLINE = re.compile(r"(?:。|附件[::](?:[^\s。]{1,80}\s{1,4})?)([^\s。,,;;::、]{2,80})\s{1,4}"
                     r"(\d{4}|[一二三四五六七八九〇零○O]{3,4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月"
                     r"(\d{1,2}|[一二三四五六七八九十]{1,3})日(?![\d前底起止至以之内])")
_ZERO = str.maketrans("○零O", "〇〇〇")


def whole_year(printed: str) -> str:
    """A Chinese year that lost one 〇 (二一二 → 二〇一二), when only one place for it gives a year from 1949 to 2099;
    else the year as printed."""
    year = printed.translate(_ZERO)
    if len(year) != 3 or year.isdigit():
        return year
    digits = year.translate(str.maketrans("〇一二三四五六七八九", "0123456789"))
    readings = {y for k in range(4) if 1949 <= (y := int(digits[:k] + "0" + digits[k:])) <= 2099}
    return str(readings.pop()) if len(readings) == 1 else year


def inline_signed(lines: list[Line]) -> str | None:
    """The date of a signature run on inside a line (see ``_INLINE``): the first whose signer is a body's name."""
    for line in lines:
        text = line.text
        if "日" not in text or not ("。" in text or "附件" in text):
            continue
        for m in _INLINE.finditer(text):
            if org_named(m.group(1)) and (date := iso(whole_year(m.group(2)), m.group(3), m.group(4))):
                return date
    return None
