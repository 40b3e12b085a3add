"""Literal cues a metadata reader cannot match without: tested once on the page's head, so that a reader whose cue
the head lacks is not run (perf2, docs/benchmarks.md "Fixed cost per document, part 2").

A short text (a passage, a page's opening) is all head: each of some sixty readers walks its lines with a regex or
two, and most find nothing. A gate here is a *necessary* condition of a reader's match — a character its patterns
require — tested with ``in`` on the lines joined once (a C-speed scan), never a rule: where the cue is present the
reader runs as before, so every output stays as it was (``benchmarks/extract_outputs.py`` compares them all).

``printed``: the cue as the lines print it (readers that match the raw text). ``read``: the cue in simplified
characters — the lines read through ``simplified`` (a character for a character, so the joined text's translation
holds each line's) — for readers that match lines read in simplified characters and without their phonetic readings
(removing a reading never adds a character).
"""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata import (
    central_issue,
    consultation,
    issuer,
    made,
    named_areas,
    national,
    ownprovince,
    republished,
    shared,
    title,
    zeros,
)
from kechuang.extract.metadata import cited_number as cited
from kechuang.extract.metadata import imprint as imprints
from kechuang.extract.metadata import lead_date as leads
from kechuang.extract.metadata.common import head_text as _head
from kechuang.extract.printed_words import in_simplified
from kechuang.extract.rules import simplified

_YEAR = re.compile(r"\d{4}")  # a dated field's four-digit year (``dates.field_date`` searches no line without one)


def _joined(lines: list[Line]) -> str:
    return "\n".join([ln.text for ln in lines])


def printed(lines: list[Line], *words: str, count: int | None = None) -> bool:
    """Whether any of ``words`` stands in the lines as printed (in ``lines[:count]``, when ``count`` is given:
    ``lines`` are then the document's lines)."""
    text = _joined(lines) if count is None else _head(lines, count)
    # (a word one of whose characters the text lacks is not there: a character is found by a scan many times faster
    # than a word of two, 征求, 聽取, is found absent)
    return any((len(word) == 1 or all(map(text.__contains__, word))) and word in text for word in words)


def read(lines: list[Line], *words: str, count: int | None = None) -> bool:
    """Whether any of ``words`` stands in the lines read in simplified characters (told without translating the
    lines where ``printed_words.in_simplified`` can: spd29); in ``lines[:count]``, when ``count`` is given (``lines``
    are then the document's lines)."""
    text = _joined(lines) if count is None else _head(lines, count)
    found = in_simplified(text, words)
    if found is None:
        text = simplified(text)
        return any(w in text for w in words)
    return found


def has_year(text: str) -> bool:
    """Whether a line holds four digits: ``dates.field_date`` searches no other for its date."""
    return _YEAR.search(text) is not None


# Readers gated by their cue (each returns what the reader returns, None where the cue is missing)

def consulted_title(lines: list[Line]) -> tuple[str, int] | None:
    """``consultation.consulted_title``: its heading is a line of the first sixty holding 征求 or 听取, as printed."""
    return consultation.consulted_title(lines) if printed(lines, "征求", "听取", "徵求", "聽取", count=60) else None


def own_title(lines: list[Line], count: int | None = None) -> str | None:
    """``title.own_title`` of ``lines[:count]`` (of ``lines`` when no ``count`` is given): ``OWN_TITLE`` holds
    ``ABOUT`` (关于, 關於, 关(guān)于), read in simplified characters."""
    return title.own_title(lines[:count]) if read(lines, "关", "關", count=count) \
        and read(lines, "于", "於", count=count) else None


def cited_number(lines: list[Line], own: str | None) -> str | None:
    """``cited.cited_number``: the page's title cited in 《》 beside a 文号, which closes with 号 or 號."""
    return cited.cited_number(lines, own) \
        if own and printed(lines, "号", "號", count=60) and printed(lines, "《", count=60) else None


def order_of(lines: list[Line], count: int | None = None) -> tuple[str, str | None] | None:
    """``issuer.order_of`` of the head ``lines[:count]``: ``ORDER_NUMBER`` names an order (…令), as printed."""
    return issuer.order_of(lines[:count]) if printed(lines, "令", count=count) else None


def notice_of(lines: list[Line]) -> tuple[str, str, str, int] | None:
    """``title.notice_of``: it reads only a line of the first sixty holding 于, 於 or 印 (``_ISSUING``'s cue)."""
    return title.notice_of(lines) if read(lines, "于", "於", "印", count=60) else None


def republished_title(lines: list[Line], found: str | None) -> str | None:
    """``republished.republished_title``: a headline's verb 发布 (發布) stands in the title found, as printed."""
    return republished.republished_title(lines, found) if found and ("发布" in found or "發布" in found) else None


def national_headline(lines: list[Line]) -> str | None:
    """``national.national_headline``: the body ``_OPENING`` reads ends with 部, 局, 院, 厅, 委 or 署, read in
    simplified characters; else ``central_issue.issued_centrally`` (round 60): the document it issues is in 《》."""
    return (national.national_headline(lines) if read(lines, "部", "局", "院", "厅", "委", "署", count=3)
            else None) or (
        "全国" if printed(lines, "《", count=central_issue.LINES) and central_issue.issued_centrally(lines) else None)


def own_province(texts: list[str]) -> str | None:
    """``ownprovince.own_province``: 我省, 全省 and 本省 all hold 省, printed so in either script."""
    return ownprovince.own_province(texts) if any("省" in t for t in texts) else None


def lead_date(lines: list[Line], found: str | None) -> str | None:
    """``lead_date.lead_date``: its lead names the document in 《》, as printed."""
    return leads.lead_date(lines, found) if printed(lines, "《", count=leads.LEAD_LINES) else None


def made_title(lines: list[Line]) -> str | None:
    """``made.made_title``: its verb 制定, 制订 or 编制 stands in the opening, read in simplified characters; else
    ``shared.shared_title``: a document-share page's 简介 (簡介) line, as printed."""
    return (made.made_title(lines) if read(lines, "制定", "制订", "编制", count=made.HEAD_LINES) else None) or (
        shared.shared_title(lines) if printed(lines, "简介", "簡介", count=80) else None)


def zeros_lost(cited: str, title: str | None) -> bool:
    """``zeros.zeros_lost``: the document's own title restored with its zeros (``zeros.with_zeros``)."""
    return bool(title) and zeros.zeros_lost(cited, title)


def imprint(lines: list[Line], count: int | None = None) -> list[str] | None:
    """``imprint.imprint`` of the head ``lines[:count]``: its month line holds 月 (read in simplified characters too:
    月 is one character)."""
    body = imprints.imprint(lines[:count]) if printed(lines, "月", count=count) else None
    return [body] if body else None


def named_area(title: str | None) -> str | None:
    """``named_areas.named_area``: the title holds one of its kinds' words (``named_areas.CUES``), as printed."""
    return named_areas.named_area(title) if title and any(c in title for c in named_areas.CUES) else None
