"""The heading of a reply to a deputy's proposal or a member's motion printed without 关于
(对县政协十届三次会议第来信号提案的 / 答 复, 湘阴 2019; 对县人大第十七届第三次会议第63号建议的 / 答  复, 湘阴 2019):
the reply is its own document, and its heading, broken by the page's layout with its last word letter-spaced on a
line of its own, is its title. A portal prints the item's name over the document (对县十七届人大三次会议第63号
建议的答复): the document's own heading, the last printing, is the title, as the document prints it."""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import strip
from kechuang.extract.rules import simplified

_REPLY = re.compile(r"对[^,。;:!?《》]{4,60}?(?:建议|提案|议案)的(?:答复|复函|答复函)")
_SENTENCE = re.compile(r"[,。;:!?]")
_RUN_ON = 2  # lines the heading runs on to (答 复 on a line of its own)
_RUN_ON_CHARS = 30  # the longest continuation line


def reply_title(lines: list[Line]) -> str | None:
    """The last heading of a reply (对…建议/提案的答复) among ``lines``, joined over its broken lines, or None."""
    found = None
    for k, line in enumerate(lines):
        flat = strip(line.text)
        if not flat.startswith("对") or len(flat) > 70 or _SENTENCE.search(flat):
            continue
        text = flat
        if _REPLY.fullmatch(simplified(text)):
            found = text
            continue
        for nxt in [ln for ln in lines[k + 1:k + 1 + 2 * _RUN_ON] if ln.text.strip()][:_RUN_ON]:
            part = strip(nxt.text)
            if len(part) > _RUN_ON_CHARS or _SENTENCE.search(part):
                break
            text += part
            if _REPLY.fullmatch(simplified(text)):
                found = text
                break
    return found
