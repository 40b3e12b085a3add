"""A page whose headline opens with a central body's name and names no place: a national document (全国).

News prints and mirrors of central documents often print no place anywhere in their opening: the headline
names the body that acts (`國家林草局等十部門部署加快推進竹產業創新發展`, a mirror of 林草中国 2021;
`農業農村部答復人大代表關於富硒農業發展`, a news print of the ministry's 2021 reply;
`重磅!國務院辦公廳關于印發推進運輸結構調整三年行動計劃…的通知`, a mirror of the 2018 notice), and the spec places
a central body's document in 全国 (openings/DECISIONS.md, openings16).
Read last, where no other rule placed the page: a headline that opens with a local body names its place first. Not
a reply granting a place's request (国务院关于同意宁波省级高新技术产业开发区升级…的批复: placed by its subject, as
``reply_place`` places replies), nor an ordinal or a title's words up to a 部 read as
a ministry (中国第一部促进茶产业发展的地方性法规; 关于…部门…的通知): only a central body's own name counts.
"""

from __future__ import annotations

import re
from functools import cache

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import unread
from kechuang.extract.rules import load_rules, simplified

# a news tag before the headline (重磅!, 权威发布:), then the body: the shortest run of characters up to a body's
# own last character (部, 局, 院, 厅, 委, 署); bounded and lazy, one pass over the headline's opening
_OPENING = re.compile(r"(?:[\u4e00-\u9fff]{1,4}[!!::]\s*)?(?P<body>[\u4e00-\u9fff]{1,12}?[部局院厅委署])")
_HEADLINE_LINES = 3  # the headline is the page's first printed line


def national_headline(lines: list[Line]) -> str | None:
    """全国 when the page's first printed line opens with a central body's name (see the module's doc)."""
    line = next((ln for ln in lines[:_HEADLINE_LINES] if ln.text.strip() and not ln.chrome), None)
    if line is None:
        return None
    headline = simplified(unread(line.text.strip())[0])
    m = _OPENING.match(headline)
    if not m or headline.startswith("关于同意", m.end()):
        return None
    return "全国" if _central(m.group("body")) else None


def _central(body: str) -> bool:
    """A central body by name: a national prefix (国务院, 国家…) or a ministry ``places.yaml`` lists (农业农村部).
    Not ``region.is_national``'s looser 部 of no place: a headline's opening is no body's name as a signature is
    (关于…部门…的通知 would read as a 部, 中国第一部… as a ministry)."""
    prefixes, bodies = _central_names()
    return body.startswith(prefixes) or body in bodies


@cache
def _central_names() -> tuple[tuple[str, ...], frozenset[str]]:
    """``places.yaml``'s national prefixes and central bodies, read once (not per page: fix 23)."""
    rules = load_rules("places")
    return tuple(rules["national_prefixes"]), frozenset(rules["national_bodies"])
