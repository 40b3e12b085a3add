"""The bodies a joint document prints over its text, when nothing signs it in the page's excerpt.

A joint document of several bodies prints their names above its text, as its letterhead: one line with the bodies
separated by spaces over the addressees (`國家機關事務管理局 國家發展和改革委員會 財政部 生態環境部` over
`各省、自治區、直轄市…:`, the 2022 公共机构绿色低碳 plan on mayaimage.com), or a body a line over the document's
title (`農業農村部` / `國家市場監督管理總局` / `中華全國供銷合作總社` over `關于促進茶產業健康發展的指導意見`, a
mirror of the 2021 茶产业 opinion). They issue it (openings/DECISIONS.md, openings3: a reprint that prints a joint
document's bodies over its title takes them). A signature block looks the same but stands over a date: it is read
as a signature, not here.
"""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import strip, unread
from kechuang.extract.metadata.issuer import split_orgs

_ADDRESSEES = re.compile(r"^各.{2,200}[::]$")  # 各省、自治区…: / 各市人民政府:
_BODIES_LINE = 80  # a line of bodies only: at most a few names


def _bodies(text: str) -> list[str]:
    """The bodies a line consists of, all of it (a line with anything else names none)."""
    plain = strip(unread(text)[0])
    if not plain or len(plain) > _BODIES_LINE or re.search(r"[,。;:!?、《》\d]", plain):
        return []
    orgs = split_orgs(text)
    return orgs if orgs and "".join(map(strip, orgs)) == strip(text) else []


def letterhead(lines: list[Line], title: str | None) -> list[str]:
    """The bodies of the first run of body-only lines (blank lines between them allowed) that stands right over the
    document's title or its addressees' line, when the run names two bodies or more (a joint document's)."""
    run: list[str] = []
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        found = [] if line.chrome else _bodies(text)
        if found:
            run += found
            continue
        flat = strip(text)
        if len(run) >= 2 and ((title and strip(title) in flat and len(flat) <= len(strip(title)) + 20)
                              or _ADDRESSEES.match(flat)):
            return run
        run = []
    return []
