"""Industry concepts (``data/concepts.txt``): a record whose title or fields name a member term (白茶, 乌龙茶 → 茶叶;
发酵床养猪, 母猪 → 生猪) carries the concept as a token, so related work worded differently still meets. The
concepts follow the classes of GB/T 4754-2017 (the data file names its sources)."""

from __future__ import annotations

import re
from functools import lru_cache

from kechuang.matching.text import DATA, fold

PREFIX = "§"  # concept tokens never collide with words or characters


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern, dict[str, str]]:
    member_of: dict[str, str] = {}
    for line in (DATA / "concepts.txt").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        concept, _, members = line.partition("\t")
        for member in members.split():
            member_of.setdefault(fold(member), PREFIX + concept.strip())
    alternatives = sorted(member_of, key=len, reverse=True)  # the longest member first: 水产 before 水
    return re.compile("|".join(map(re.escape, alternatives))), member_of


def concepts(text: str, *, folded: bool = False) -> list[str]:
    """The concepts named in ``text`` (each once, in order of first mention)."""
    pattern, member_of = _table()
    found = [member_of[m] for m in pattern.findall(text if folded else fold(text))]
    return list(dict.fromkeys(found))
