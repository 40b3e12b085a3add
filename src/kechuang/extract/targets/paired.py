"""Two quantities of one item printed back to back (提质改造农村公路5条37.7公里: 方正, dev;
新建嵌入式体育场地100片3.3万平方米: 西湖 2023, dev): the count before the measure is a target of its own, of the
same thing, and no part of the measure's name (tests/fixtures/real/README.md: two quantities of one item are two
targets). A measure followed by 以上的… or a noun is a size criterion of the thing counted (230个50户以上木质房屋,
1处1万平方米以上的社区公园) and never reaches this reading: the measure's clause must end with it."""

from __future__ import annotations

import re
from functools import cache

from kechuang.extract.rules import load_rules
from kechuang.extract.targets.vocab import alt
from kechuang.text.numerals import to_number


@cache
def _count_end() -> re.Pattern[str]:
    units = load_rules("targets")["count_units"]
    # a name of two characters or more, then the count (not after another digit, a point or a letter: 5G基站)
    return re.compile(rf"(?<=[\u4e00-\u9fff])(?P<num>[1-9]\d{{0,5}}(?:\.\d{{1,2}})?)(?P<unit>{alt(units)})$")


def paired_count(head: str) -> tuple[str, float, str, int] | None:
    """(the name, the count, its unit, where the count starts in ``head``) when ``head`` — the words before a
    measure that closes its clause — ends with a count of the same thing; else None."""
    m = _count_end().search(head, max(0, len(head) - 12))
    if m is None or len(head[:m.start()].strip()) < 2:
        return None
    return head[:m.start()], to_number(m.group("num")), m.group("unit"), m.start()
