"""A statistics bulletin (国民经济和社会发展统计公报) reports a year that is over: every number in it is history, none
is a target, whatever its sentence looks like (生产总值达55.84亿元, 粮食播种面积57392公顷, 比上年增长10.04%). The
reading is the document's, from its title, so the page is not read line by line at all
(tests/fixtures/real/README.md, batch tprec5). Dev pages of the family: 渑池县2022年国民经济和社会发展统计公报,
(宜春 county's) 2022年国民经济和社会发展统计公报, 成都市彭州市2002年国民经济和社会发展统计公报 (round 37). A title
that only names a bulletin (关于做好2023年统计公报编制工作的通知, 统计公报发布时间安排) is no bulletin: the name
must end the title, and the name must be the whole title — a place and a year before it at most: a sidebar's
热点链接:某县2023年国民经济和社会发展统计公报 heading a plan's page is no bulletin (review 8). Without a page title the
title the metadata step located is read, not the page's first line."""

from __future__ import annotations

import re

from kechuang.extract.rules import simplified_all

# the title ends with the name, an edition mark (全文) or a date in brackets at most
_BULLETIN_END = re.compile(r"统计公报\s*(?:[((\[【][^()()\[\]【】]{0,12}[))\]】])?\s*$")
# the whole title: a place, a year, the name (no link label, no colon, no sentence before it)
_WHOLE = re.compile(r"[^:：|｜>›»,，。;；]{0,40}统计公报\s*(?:[((\[【][^()()\[\]【】]{0,12}[))\]】])?")
_TAIL = 24  # the name ends the title: only its end is read
_LONGEST = 60  # a bulletin's whole title is short


def is_bulletin(title: str | None) -> bool:
    """Whether the page's title names a statistics bulletin (…年国民经济和社会发展统计公报, 統計公報 as printed)."""
    if not title or ("公报" not in title and "公報" not in title):  # most titles: one literal test
        return False
    title = title.strip()
    if len(title) > _LONGEST or _BULLETIN_END.search(simplified_all(title[-_TAIL:])) is None:
        return False
    return _WHOLE.fullmatch(simplified_all(title)) is not None
