"""Headings at every level: 一、/(一)/1./(1)/①/第一阶段/第一条…, their hierarchy and their paths.

Levels are not fixed by style: the first style met is the top level, a new style goes one level
deeper, and a style already open closes everything below it (how people read outlines).
A candidate is accepted only when its number continues the sequence of its style, so a line
that merely starts with "3." inside prose does not become a heading. A number followed by a title that starts
with digits (``11.121人才梯队项目``) is a heading only when it is exactly the next number of its sequence.
"""

from __future__ import annotations

import re
from functools import partial
from typing import NamedTuple

from kechuang.extract.articles import inner_heading, is_regulation
from kechuang.extract.lines import Line
from kechuang.extract.model import Heading
from kechuang.text.numerals import parse_chinese

_CN = "一二三四五六七八九十百"
_PATTERNS = (
    ("cn", re.compile(rf"([{_CN}]{{1,4}})[、.](?![{_CN}][、,]|[{_CN}]{{0,2}}季度)")),  # not 一、二、三、四季度
    ("pcn", re.compile(rf"\(([{_CN}]{{1,4}})\)[、.]?")),
    ("num", re.compile(r"(\d{1,3})[、.](\d?)")),
    ("pnum", re.compile(r"\((\d{1,3})\)[、.]?")),
    ("circ", re.compile(r"([\u2460-\u2473])[、.]?")),
    ("stage", re.compile(rf"第([{_CN}零〇]{{1,6}})(阶段|部分|章|节|条|篇)[::、.\s]?")),
)
_TOKEN_LEADS = frozenset(_CN + "(第" + "".join(map(chr, range(0x2460, 0x2474))))  # the first characters of _PATTERNS
# The patterns a line's first character can open, in _PATTERNS' order (a digit: num only); the others are not tried.
_LEAD_STYLES = {**dict.fromkeys(_CN, ("cn",)), "(": ("pcn", "pnum"), "第": ("stage",),
                **dict.fromkeys(map(chr, range(0x2460, 0x2474)), ("circ",))}
_BY_LEAD = {lead: tuple((style, pattern) for style, pattern in _PATTERNS if style in styles)
            for lead, styles in _LEAD_STYLES.items()}
_BY_DIGIT = tuple((style, pattern) for style, pattern in _PATTERNS if style == "num")
_DECIMAL = re.compile(r"\d{1,6}(%|‰|万|亿|倍|元|个百分点|平方|千|百)")
_TRAILING = " ,.;:、!?,。;:"
# A notice's list of attachments opens 附件:1.X (dev nx-xingqing-zymbrw2018, zj-jinhua-xczxzc2023; 南通 2006, 安庆 2007)
_ATTACHMENTS = re.compile(r"\s*附件\s*[::]\s*(\d{1,2})\s*[.、]")
# An attachment's label on a line of its own (附件, 附件2, 附件:, 附件1:X任务分解表): when the body has headings, an
# attachment that numbers its headings again from 一 has them under a root token 附件/附件N (the held-out annotators'
# convention; gov.cn 国办发〔2019〕4号 and 〔2018〕114号 and 〔2018〕126号, a body 一…五 then 附件 一、…). A bare
# `附件:` opens a list of attachments on the lines below (1.X / 2.Y: 宣城 2020), which are no headings either.
_LABEL = re.compile(r"\s*附件\s*(\d{0,2})\s*(?:([::])\s*(.{0,80})|\s+(\S.{0,80}))?$")
_MAX_TITLE = 200
# The numbers of tokens of one or two of _CN's characters (十二, 二十, 九十九…: nearly every token met), as
# ``parse_chinese`` reads them: a table fixed at import, not a cache of what documents hold; others are parsed
_CN_NUMBERS = {raw: number for raw in (*_CN, *(a + b for a in _CN for b in _CN))
               if (number := parse_chinese(raw)) is not None and number > 0}


class _Open(NamedTuple):
    """An open heading of the stack (a named tuple, built by ``_new_open`` without a Python frame: one a heading)."""

    style: str
    token: str
    number: int


_new_open = partial(tuple.__new__, _Open)


def _match(text: str) -> tuple[str, str, int, int] | None:
    """(style, token, number, end of the numbering) for a line that opens with a numbering token.

    The style ``num-digit`` is a ``num`` heading whose title starts with a digit (``11.121人才梯队项目``)."""
    first = text[:1]
    patterns = _BY_LEAD.get(first) or (_BY_DIGIT if first.isdecimal() else None)
    if patterns is None:
        return None  # every style opens with one of them or a digit (\d: a decimal digit, as str.isdecimal reads it)
    for style, pattern in patterns:
        m = pattern.match(text)
        if not m:
            continue
        raw = m.group(1)
        if style == "circ":  # "①…;②…;③…" in one paragraph is an inline enumeration, not headings
            return None if chr(ord(raw) + 1) in text else (style, raw, ord(raw) - 0x2460 + 1, m.end())
        number = int(raw) if raw.isdigit() else _CN_NUMBERS.get(raw) or parse_chinese(raw.replace("〇", "零"))
        if number is None or number <= 0:
            continue
        if style == "cn":
            token = raw
        elif style == "pcn" or style == "pnum":
            token = f"({raw})"
        elif style == "num":
            token = raw
            if m.group(2):  # the title starts with a digit; "1.5亿元", "2.5%的企业" are decimals, not headings
                if _DECIMAL.match(text, m.end(1) + 1):
                    return None
                return "num-digit", token, number, m.end(1) + 1
        else:
            token = f"第{raw}{m.group(2)}"
            style = f"stage-{m.group(2)}"
        return style, token, number, m.end()
    return None


def is_numbered(text: str) -> bool:
    """Whether a line opens with a heading's numbering token of any style (一、, (一), 1., 3.2, ①, 第一章…): such a
    line is a heading of a document, never a document's title."""
    stripped = text.lstrip()
    return _match(stripped) is not None or bool(_DECIMAL_HEADING.match(stripped))


_DECIMAL_HEADING = re.compile(r"\d{1,2}\.\d{1,2}\s?(?!\d)")  # 3.2 应急预案, 4.3响应措施: a section of a section


def _title(text: str, offset: int, stop: int | None = None) -> tuple[str, int, int]:
    """The heading's title: its text up to the first 。 or the end of the line (or ``stop``: the token of an inner
    heading printed on the same line), trailing punctuation off."""
    rest = text[offset:stop]
    stripped = rest.lstrip(" ::")
    lead, rest = len(rest) - len(stripped), stripped
    stop = rest.find("。")
    title = rest if stop < 0 else rest[:stop]
    title = title[:_MAX_TITLE].rstrip(_TRAILING)
    start = offset + lead
    return title, start, start + len(title)


def _accept(style: str, number: int, stack: list[_Open], last_seen: dict[str, int]) -> int | None:
    """Stack depth at which the heading opens, or None when the number breaks the sequence."""
    if style == "num-digit":  # only exactly the next number of an open or earlier sequence
        depth = next((d for d, item in enumerate(stack) if item.style == "num"), None)
        expected = stack[depth].number + 1 if depth is not None else last_seen.get("num", -9) + 1
        if number != expected or number == 1:
            return None
        return depth if depth is not None else len(stack)
    for depth, item in enumerate(stack):
        if item.style == style:
            return depth if item.number < number <= item.number + 2 else None
    if number == 1 or number == last_seen.get(style, -9) + 1:
        return len(stack)
    if not stack and (number <= 2 or style == "cn"):
        return 0
    return None


def _label(text: str) -> tuple[str, bool] | None:
    """(root token, opens a list below) of an attachment's label line (附件 → 附件, 附件2: → 附件2), else None."""
    m = _LABEL.match(text)
    if not m:
        return None
    return f"附件{m.group(1)}", bool(m.group(2)) and not m.group(3) and not m.group(1)


def _restarts(style: str, number: int, stack: list[_Open]) -> bool:
    """Whether a heading after an attachment's label numbers again from one: 一、, or the body's top style from 1."""
    return number == 1 and bool(stack) and (style == "cn" or style == stack[0].style)


_CHAPTERS = frozenset(("stage-章", "stage-节"))  # the styles ``_on_line`` reads an inner heading after


def _on_line(text: str, found: tuple[str, str, int, int] | None, last_seen: dict[str, int], regulation: bool
             ) -> list[tuple[tuple[str, str, int, int], int | None]]:
    """The headings a line opens, each with where its title stops: one, or a chapter (section) and the section or
    article a database prints after its name on the same line (``articles.inner_heading``) — only when that token
    is the next of its sequence (第一条 when no article came before; 第三章 开通第二条城际铁路 is one title)."""
    if not found:
        return []
    if found[0] != "stage-章" and found[0] != "stage-节":
        return [(found, None)]
    out: list[tuple[tuple[str, str, int, int], int | None]] = []
    while found:
        at = inner_heading(found[0], text, found[3], regulation)
        inner = _match(text[at:]) if at is not None else None
        if inner and inner[2] != last_seen.get(inner[0], 0) + 1:
            inner = None
        out.append((found, at if inner else None))
        found = (inner[0], inner[1], inner[2], inner[3] + at) if inner else None
    return out


def extract_headings(lines: list[Line], body_start: int, title: str | None = None
                     ) -> tuple[list[Heading], list[str], list[str]]:
    """Return the headings, the path governing each line ("" before the first heading), and warnings. ``title`` is
    the document's: a regulation's chapter lines may carry their first article (``articles``)."""
    regulation = is_regulation(title)
    headings: list[Heading] = []
    paths = [""] * len(lines)
    warnings: list[str] = []
    stack: list[_Open] = []
    last_seen: dict[str, int] = {}
    current = ""
    listed = 0  # the next number of an attachment list (附件:1.X / 2.Y): its items are no headings
    root = label = ""  # the attachment whose headings these are (附件, 附件2), and the last label seen
    prefixes: list[str] = []  # the path of each open heading of ``stack`` (its parent's, a slash, its token)
    for line in lines:
        index, _, _, text, chrome = line
        if index < body_start or chrome or not text:
            paths[index] = current
            continue
        first = text[0]  # only a line opening with a token's first character or a digit is tried (_match's gate)
        found = _match(text) if first in _BY_LEAD or first.isdecimal() else None
        if "附件" in text:  # both attachment patterns need it (a gate: most lines hold none)
            opened = _ATTACHMENTS.match(text)
            labelled = None if opened or found else _label(text)
        else:
            opened = labelled = None
        if opened or (found and found[0] in ("num", "num-digit") and found[2] == listed):
            listed = int(opened.group(1)) + 1 if opened else listed + 1
            found = None
        elif labelled:
            label, listed = labelled[0], 1 if labelled[1] else 0
        elif listed and text.strip():  # (a line of spaces keeps the list's next number)
            listed = 0
        if found is None:  # no heading on the line (``_on_line`` would give none)
            paths[index] = current
            continue
        # (a chapter or section may carry an inner heading on its line: ``_on_line``; any other style opens one)
        on_line = _on_line(text, found, last_seen, regulation) if found[0] in _CHAPTERS else ((found, None),)
        for heading, stop in on_line:
            style, token, number, end = heading
            title, t_start, t_end = _title(text, end, stop)
            plain = "num" if style == "num-digit" else style
            if label and title and _restarts(plain, number, stack):
                root = label  # the attachment numbers again from one: a tree of its own under its label
                stack.clear()
                prefixes.clear()
                last_seen.clear()
                style = plain  # its 1. vouched for by the label, a digit after it or not (附件2 / 1.5G基站建设)
            depth = _accept(style, number, stack, last_seen)
            digit_led, style = style == "num-digit", plain
            if depth is not None and title:
                label = ""  # a label governs the first heading after it only
                del stack[depth:]
                del prefixes[depth:]
                stack.append(_new_open((style, token, number)))
                last_seen[style] = number
                # "/".join of the root and the open tokens, from the parent's path: not joined again from the top
                parent = prefixes[-1] if prefixes else root
                current = f"{parent}/{token}" if parent else token
                prefixes.append(current)
                headings.append(Heading(current, title, token, depth + 1, index, line.start, line.end,
                                        line.start + t_start, line.start + t_end))
            elif depth is None and title and len(text) < 80 and not digit_led:
                warnings.append(f"第 {index + 1} 行以编号“{token}”开头但编号不连续,"
                                f"未作为标题:{text[:30]}")
        paths[index] = current
    return headings, paths, warnings
