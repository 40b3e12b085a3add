"""An item of a list led by its own count verb, its number after its noun: 、建成移动公厕12座 (长安 2022 惠民实事,
dev), 、完成中心城区11条道路积水改善工程 (上海 2023 为民办实事, dev). The noun of the count before the 、 ends there
(4处绿地广场, not 绿地广场、建成移动公厕), and the item is read on its own with its verb; an item led by a verb with its
number right after the verb (、开设500个…) was an item already (counts.ListReader._items). Names listed after the
verb (、完成靖宁路、长兴南路2个: the tail after the last 、 is a name) are no item of their own."""

from __future__ import annotations

import re
from functools import cache

from kechuang.extract.rules import load_rules
from kechuang.extract.targets.vocab import alt


@cache
def _led() -> re.Pattern[str]:
    verbs = load_rules("targets")["count_verbs"]
    # the verb, then a noun of two characters or more and nothing else (the tail is the words after the last 、)
    return re.compile(rf"(?:{alt(verbs)})[\u4e00-\u9fffA-Za-z0-9()()“”\"]{{2,14}}")


def verb_led(tail: str) -> bool:
    """Whether ``tail`` — the words between a list's last 、 and the next number — is a count verb and its noun."""
    return bool(_led().fullmatch(tail))
