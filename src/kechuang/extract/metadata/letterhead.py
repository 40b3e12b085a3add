"""The bodies a joint document prints over its text, when nothing signs it in the page's excerpt.

A joint document of several bodies prints their names above its text, as its letterhead: one line with the bodies
separated by spaces over the addressees (`國家機關事務管理局 國家發展和改革委員會 財政部 生態環境部` over
`各省、自治區、直轄市…:`, the 2022 公共机构绿色低碳 plan on mayaimage.com), or a body a line over the document's
title (`農業農村部` / `國家市場監督管理總局` / `中華全國供銷合作總社` over `關于促進茶產業健康發展的指導意見`, a
mirror of the 2021 茶产业 opinion). They issue it (openings/DECISIONS.md, openings3: a reprint that prints a joint
document's bodies over its title takes them). A signature block looks the same but stands over a date: it is read
as a signature, not here. A portal's header (`某县人民政府门户网站` / `某县人民政府` / `某县科学技术局`, one body a
line) stands over any page, a plan's title or its addressees, and names no issuer: bodies over a title issue it when
the title is a notice's or an opinion's own (``OWN_TITLE``: …关于…的意见, as the 茶产业 opinion's), bodies over the
addressees when they share one line (as the 2022 plan's).
"""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import strip, unread
from kechuang.extract.metadata.issuer import split_orgs
from kechuang.extract.metadata.title import OWN_TITLE
from kechuang.extract.rules import per_document, simplified

_ADDRESSEES = re.compile(r"^各.{2,200}[::]$")  # 各省、自治区…: / 各市人民政府:
_BODIES_LINE = 80  # a line of bodies only: at most a few names
_NOT_BODIES = re.compile(r"[,。;:!?、《》\d]")


def line_bodies(text: str) -> list[str]:
    """The bodies a line consists of, all of it (a line with anything else names none)."""
    return list(_line_bodies(text))  # (a list of its own: a caller may extend it)


@per_document  # a head line is read by ``letterhead`` and by ``headbody.headed_by``: once a document
def _line_bodies(text: str) -> tuple[str, ...]:
    plain = strip(unread(text)[0])
    if not plain or len(plain) > _BODIES_LINE or _NOT_BODIES.search(plain):
        return ()
    orgs = split_orgs(text)
    return tuple(orgs) if orgs and "".join(map(strip, orgs)) == strip(text) else ()


def letterhead(lines: list[Line], title: str | None) -> list[str]:
    """The bodies of the first run of body-only lines (blank lines between them allowed) that names two bodies or
    more (a joint document's) and stands right over the document's title, when that is a notice's or an opinion's
    own (``OWN_TITLE``), or over its addressees' line, when the run is one line of bodies (a portal's header prints
    one body a line)."""
    own = bool(title and OWN_TITLE.match(simplified(strip(title))))
    if not own and not any(t[:1] == "各" and t[-1:] == ":" for t in [ln.text.strip() for ln in lines]):
        return []  # no run stands over an own title or an addressees' line (``_ADDRESSEES``): none is read
    run: list[str] = []
    printed = 0  # the lines the run stands on
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        found = [] if line.chrome else line_bodies(text)
        if found:
            run += found
            printed += 1
            continue
        flat = strip(text)
        if len(run) >= 2 and ((own and strip(title) in flat and len(flat) <= len(strip(title)) + 20)
                              or (printed == 1 and _ADDRESSEES.match(flat))):
            return run
        run, printed = [], 0
    return []
