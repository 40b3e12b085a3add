"""Counts of the people an item serves, printed before them (惠及5027户居民, 提高城区4万户用热居民的供热安全).

The open-count reading (``count_parts.verb_opens``) refuses 惠及 and a place before a count, for they mostly state a
scope (惠及17个乡镇, 全市31个乡镇). A count of households or people that a people noun follows is no scope: it is how
many the item is to serve, a target by the corpus's beneficiary convention (tests/fixtures/real/README.md, ninth
batch: 惠及群众9300余人, 惠及15890人, 4万户用热居民). On dev the gold counts 惠及 beneficiaries as targets on five
goal pages (蓟州, 顺德, 墨江, 象山, 新浦) and never where the page reports (马鞍山, 通化县, 虹口, 思明's 2019 column).
"""

from __future__ import annotations

import re
from functools import cache

from kechuang.extract.rules import load_rules
from kechuang.extract.targets.vocab import vocab

# units that count households or people among the open count units
_PEOPLE_UNITS = frozenset({"户", "名", "万户", "万名", "戶", "萬戶", "萬名"})


@cache
def _lead() -> re.Pattern[str]:
    """惠及 right before the count, or a verb and a place (提高城区, 改善农村): the verb is any two characters that
    the open-verb reading would take, less a stock or scope word (现有, 共有, 覆盖)."""
    r = load_rules("targets")
    places = "|".join(sorted(r["count_places"], key=len, reverse=True))
    refused = "|".join(w for w in r["not_open_verbs"] if w != "惠及")
    return re.compile(rf"(?:惠及|(?<![\d.])(?!{refused})[\u4e00-\u9fff]{{2}}(?:{places}))$")


def served(before: str, unit: str | None, noun: str) -> bool:
    """Whether a count of ``unit`` after ``before`` and before ``noun`` counts the people an item serves."""
    return unit in _PEOPLE_UNITS and bool(vocab().people.match(noun)) \
        and bool(_lead().search(before, max(0, len(before) - 8)))
