"""The issuer's letterhead over a notice's own title: the body named alone on its line, the title under it.

A document printed as GB/T 9704 lays it out prints the issuing body's name (发文机关标志) on a line of its own, then
its 文号 and the title, which then names no issuer or names it without its place: `沙县人民政府` / `关于加快第三产业
发展的实施意见(试行)` / `沙政〔2012478` (沙县 2012); `中共梅州市委  梅州市人民政府` / `印发《梅州市实施乡村振兴
战略规划` (梅州 2018); `贵阳市人民政府办公厅` / `——————————` / `筑府办函〔2020〕78号` / `市人民政府办公厅关于印发`
(贵阳 2020); `江蘇省人民政府` / `蘇政復(fù)〔2011〕53號` / `省政府關(guān)于調(diào)整海安縣` (a mirror of 江苏 2011).
On the dev split the shape (bodies that each name a place, over a title opening with 关于, 印发 or a placeless body
and 关于, blank lines, a rule or a 文号 between) stands over 56 pages' titles and names their issuer on every one.
A portal's header names a place's government over any page, over a menu or a headline: a title that opens with 关于
right under the line, blank lines only between, is a letter's only when an addressee (…:) or a 文号 follows it
(review 20, F7: a page's text often has no menu between the site's name and a 关于… headline); 关于我们 is no title.
The bodies stand in when nothing else names the issuer, and name in full a placeless issuer the title gave
(市人民政府办公厅 → 贵阳市人民政府办公厅).
"""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.abbreviated import abbreviates
from kechuang.extract.metadata.common import strip, unread
from kechuang.extract.metadata.fields import DOC_NUMBER
from kechuang.extract.metadata.letterhead import line_bodies
from kechuang.extract.metadata.region import region_of
from kechuang.extract.metadata.signed_inline import inline_signers
from kechuang.extract.rules import simplified

# A notice's own title with no place of its own: 关于…, 印发…, or a placeless body's name then 关于 (省政府关于…,
# 市人民政府办公厅关于…, 县人民政府关于…).
_PLACELESS_TITLE = re.compile(r"(?:关于(?!我们)|印发(?!日期|时间)|[省市县区州旗]?(?:人民)?政府(?:办公厅|办公室)?关于)")
# A letter's parts under its title: the addressee (各乡(镇)人民政府…: / 南通市人民政府:) or the 文号 (review 20, F7)
_LETTER_LINES = 6
_RULE = re.compile(r"[—\-─_=━]{3,80}")  # the red rule under a letterhead, as a page prints it
_HEAD_LINES = 80


def _skipped(text: str) -> bool:
    """A line between the letterhead and the title: blank, the rule, or the 文号."""
    flat = strip(unread(text)[0])
    return not flat or _RULE.fullmatch(flat) is not None or DOC_NUMBER.fullmatch(flat) is not None


def headed_by(lines: list[Line]) -> list[str]:
    """The bodies of the first letterhead line over a placeless notice title (see the module's doc), or []."""
    head = lines[:_HEAD_LINES]
    for k, line in enumerate(head):
        if line.chrome or not line.text.strip() or len(line.text) > 100:
            continue
        bodies = line_bodies(line.text)
        if not bodies or not all(region_of(simplified(b)) for b in bodies):
            continue
        j = k + 1
        while j < len(head) and _skipped(head[j].text):
            j += 1
        title = simplified(strip(unread(head[j].text)[0])) if j < len(head) else ""
        if _PLACELESS_TITLE.match(title) and (not title.startswith("关于") or _letter(head, k, j)):
            return bodies
    return []


def _letter(head: list[Line], k: int, j: int) -> bool:
    """Whether the page shows the line over a 关于… title (line ``j``) to be a letterhead, not a portal's site
    name right over a headline (盐城市人民政府 / 关于…拟立项名单的公示 / 根据…: review 20, F7): a rule or a 文号
    between them, or an addressee's line (ending with a colon) or a 文号 (bare or in brackets) among the lines of text
    under the title."""
    if any(t.text.strip() for t in head[k + 1:j]):
        return True  # not only blank lines: a rule or the 文号
    under = [t.text for t in head[j + 1:j + 1 + 2 * _LETTER_LINES] if t.text.strip()][:_LETTER_LINES]
    return any((flat := strip(unread(t)[0])).endswith((":", "：")) or DOC_NUMBER.fullmatch(_unbracketed(flat))
               for t in under)


def _unbracketed(flat: str) -> str:
    """A line without the brackets a 文号 under a published 意见's title stands in (（沪府发〔2009〕1号）: review 21,
    F5)."""
    return flat[1:-1].strip() if len(flat) > 2 and flat[0] in "(（" and flat[-1] in ")）" else flat


__all__ = ["abbreviates", "headed_by", "in_full"]


def in_full(lines: list[Line], issuer: list[str], limit: int) -> list[str]:
    """The issuer, when nothing named it, from a signature run on in a line (``signed_inline``, within 60 lines of
    ``limit``, where the plan's title starts) or the letterhead over the title; named in full by the letterhead when
    every body of it is placeless (each then the end of one of the letterhead's bodies); else as it is."""
    if issuer and any(region_of(o) for o in issuer):
        return issuer
    if not issuer:
        return inline_signers(lines[:limit + 60]) or headed_by(lines)
    bodies = headed_by(lines)
    full = [b for b in bodies if any(strip(b).endswith(strip(o)) for o in issuer)]
    return full if len(full) == len(issuer) else issuer
