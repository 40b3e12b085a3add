"""The province a provincial text calls its own when nothing else places it: a text that speaks of 我省 (全省,
本省) and names one province, by its short name or in full, is that province's (openings/DECISIONS.md, region: the
place's own name as the page prints it). Pages that print a province's document without a place in its title, its
issuer or a body's name — a 意见 under `粵府〔2004〕4號` that says `我省` and `在廣東全面建設小康社會`, an
`省人民政府關于…` 意见 that says `我省` and `視察湖北`, a paper's `河北日报讯…` under the headline `我省对…公示`,
a 方案 printed under its own title that says `全省` and `对广东系列重要讲话` — are placed by `own_place`'s rule
read at the province's level, where the provinces' names are a closed list (``places.yaml``)."""

from __future__ import annotations

import re
from functools import cache

from kechuang.extract.rules import load_rules, simplified

_SELF = re.compile("我省|全省|本省")  # read in simplified characters (a mirror's 我省 prints no other way)
_LINES = 60  # the page's head and the document's opening


@cache
def _municipalities() -> frozenset[str]:
    """A municipality has no 省 of its own (its texts say 全市): a 我省 text that names one names another place (a
    city's plan that says 全省 and compares itself with 北京 is no plan of 北京's), so it reads no province here; the
    municipalities are ``places.yaml``'s ``municipality_short_names``."""
    return frozenset(load_rules("places")["municipality_short_names"])


@cache
def _province() -> re.Pattern:
    """A province's short name (内蒙古 before 内…, the longest first) and its level word when printed in full."""
    names = sorted(load_rules("places")["province_short_names"], key=len, reverse=True)
    return re.compile(f"({'|'.join(names)})((?:省|(?:壮族|回族|维吾尔)?自治区)?)")


def own_province(texts: list[str]) -> str | None:
    """The province named in the opening of a text that speaks of 我省, 全省 or 本省, as first printed (`廣東`,
    `海南省`), or None: None too when it names two provinces (a text of one province that names another has no
    province of its own to read here) or a municipality (``_municipalities``)."""
    joined = "\n".join(texts[:_LINES])
    plain = simplified(joined)  # a character for a character: positions hold in the printed text
    if not _SELF.search(plain):
        return None
    found = list(_province().finditer(plain))
    municipalities = _municipalities()
    if not found or any(m.group(1) != found[0].group(1) or m.group(1) in municipalities for m in found):
        return None
    return joined[found[0].start():found[0].end()]
