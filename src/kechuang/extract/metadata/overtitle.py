"""The bodies a document that is its own title prints on lines of their own over that title; a title printed twice;
a 文号 printed after the title on its line.

A 批复, a 通报 or a 决定 prints its issuer over its 关于 line (呂梁市人民政府 / 關于呂梁市公園體系規劃…的 / 批 復, 吕梁
2022), two issuers on two lines (中共邵陽縣委 / 邵陽縣人民政府 / 關于表彰…的通報, 邵阳县 2018): the title keeps them
(openings/DECISIONS.md, openings5 and openings8), joined by a space between two bodies, whichever reader found the title
(a page's 標題 field prints it without them).
"""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import CJK, org_named, strip
from kechuang.extract.metadata.fields import READING, TITLE_KIND
from kechuang.extract.metadata.title import ABOUT_RE
from kechuang.extract.rules import simplified
from kechuang.text.readings import READING as PHONETIC

_BODY_LINE = re.compile(rf"[{CJK}()()]{{3,30}}")
_BODIES = 2  # at most two bodies over a title


def _is_body(text: str) -> bool:
    return bool(_BODY_LINE.fullmatch(text)) and bool(org_named(simplified(text)))


def bodies_over(lines: list[Line], title_lines: tuple[int, int] | None, title: str | None) -> str | None:
    """``title`` with the bodies printed right over its first line (none, or one already in it, opening it before
    关于), or None when no body stands there."""
    if not title or not title_lines:
        return None
    about = ABOUT_RE.search(simplified(title))
    if not about or about.start() > 30 or (about.start() and not _is_body(strip(title[:about.start()]))):
        return None
    bodies: list[str] = []
    k, room = title_lines[0] - 1, _BODIES - (1 if about.start() else 0)
    while k >= 0 and len(bodies) < room and not lines[k].chrome and _is_body(above := strip(lines[k].text)) \
            and above not in title:  # a letterhead that repeats the body in the title adds nothing
        bodies.insert(0, above)
        k -= 1
    if not bodies:
        return None
    return " ".join(bodies) + (" " if about.start() else "") + title


_OPENING = 8  # characters of a title's opening (国务院办公厅关于) that, printed again inside it, mark a second printing


def printed_once(title: str | None) -> str | None:
    """A title the page printed twice into one, read once: its opening with 关于 found again later in it (a headline
    run into the title's own lines, `…的复函(2000年10号)国务院办公厅关于…的复函`; a heading repeating its first part,
    `国务院办公厅关于发展银发经济国务院办公厅关于发展银发经济增进…`) — the last printing, whole."""
    if not title or len(title) < 2 * _OPENING:
        return title
    opening = title[:_OPENING]
    again = title.rfind(opening)
    return title[again:] if again > 0 and ABOUT_RE.search(simplified(opening)) else title


# A 文号 printed after the title on its line, in brackets or after a space (…的实施意见(池政〔2017〕101号), …的通报
# 内政办字〔2015〕123号, 听证会公告 自然资听公字〔2023〕1号, …的通知 常政發(fā)〔2023〕1號): no part of the title.
_NUMBER = rf"(?:[{CJK}]{READING}){{2,12}}[〔\[【]\s*\d{{4}}\s*[〕\]】]\s*第?\d{{1,5}}\s*[号號]{READING}"
_TITLE_NUMBER = re.compile(rf"(.{{2,200}}{TITLE_KIND}){READING}\s*[((]?\s*{_NUMBER}\s*[))]?")


def without_number(title: str | None) -> str | None:
    """The title without the 文号 printed after it on its line (see ``_TITLE_NUMBER``)."""
    if not title or (not title.endswith(("号", "號", ")", ")")) and not PHONETIC.search(title[-8:])):
        return title
    m = _TITLE_NUMBER.fullmatch(simplified(title))
    return title[:m.end(1)] if m else title
