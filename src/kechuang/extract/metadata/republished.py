"""A news headline that reports a document's release (`<place>发布<X>`) over the document's own printing: the
document is X as the page prints it below, its issuer's 关于 form when it has one.

Dev pages (round 47): 四川广安市发布加快推进…的实施意见 over `原文公告如下:` /
广安市人民政府办公室关于加快推进…的实施意见 (sonicwebsitehost 2016); 2022年莱州市发布柞村镇关于停办寒同山枫叶节公告 over
`莱州市:柞村镇关于停办寒同山枫叶节的公告` (ccschy 2022, the place before a colon the reprint's); 咸宁市人民政府办公室 /
发布 / 咸宁市提振消费专项行动若干措施 (xarmt 2025, the verb on a line of its own). A title whose 发布 stands inside a
document's own name (关于建立…公告发布机制的通知, 对外发布信息暂行办法) is no headline: its part before 发布 holds 关于
or the part after it is found nowhere.
"""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import strip, unread
from kechuang.extract.rules import simplified

_VERB = re.compile("发布|發布")
_HEAD = 20  # a headline's part before its verb: a place, a year, a body
_LINES = 80  # the page's head, where the document's own printing stands under its headline
_PREFIX = re.compile(r"^[^::]{2,8}[::]")  # a reprint's place before the title (莱州市:)


def _fold(text: str) -> str:
    return simplified(text).replace("的", "")


def republished_title(lines: list[Line], title: str | None) -> str | None:
    """The document a `…发布X` headline reports, as printed on its own line below (see the module's doc)."""
    if not title or ("发布" not in title and "發布" not in title):  # the literal cue before any pattern
        return None
    verb = list(_VERB.finditer(title))[-1]
    head, reported = title[:verb.start()], strip(title[verb.end():])
    if len(head) > _HEAD or "关于" in simplified(head) or len(reported) < 6:
        return None
    want = _fold(reported)
    for line in lines[:_LINES]:
        if line.chrome or len(line.text) > 200 or (reported[-1] not in line.text and "(" not in line.text):
            continue
        flat = strip(unread(line.text)[0])
        flat = _PREFIX.sub("", flat) if len(flat) > 12 else flat
        folded = _fold(flat)
        if flat == strip(title) or not folded.endswith(want) or len(flat) > 80:
            continue
        issuer = folded[:len(folded) - len(want)]
        if not issuer or issuer.endswith(("关于", "关於")):
            return flat
    return None
