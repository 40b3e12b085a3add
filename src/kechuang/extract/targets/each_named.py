"""Names listed before 分别 and one value: one target per name (`确保下半年再新开工、新竣工亿元以上项目分别达20个`:
涟水 2023; `全省普惠性幼儿园数、在园幼儿数分别占总数80%以上`: 山东 2015 学前教育; `生物医药与大健康、精品钢与先进材料
分别达到3000亿级`: 济南 2021 工业 “十四五” — dev), as with 均 (paragraph.py) and the corpus convention
(tests/fixtures/real/README.md: `A、B均增长10%以上` is two targets, as 分别).

The list is split on 、 when it has one (names joined by 与/和 inside it stay whole: 生物医药与大健康), else on
和/及/与. An item printed in parallel with the last one (新开工 beside 新竣工亿元以上项目: the same first and last
characters over the same length) takes the last one's head after it. 分别 before several values is read by
respective.py and never gets here with one name for all."""

from __future__ import annotations

import re

# 分别 closing the name, with a verb of being or of a share after it (分别占, 分别为)
_EACH_END = re.compile(r"(?:分别|分別)(?:占|为|為|是)?$")
_COMMA_LIST = re.compile(r"、")
_JOINED_LIST = re.compile(r"[和及与與]")
_PARALLEL_REACH = 4  # the longest parallel part of an item (新开工, 新竣工)
# a second value after the first (分别达到1.27万家和8.6万家, 分别翻一番、翻两番, 分别达到200家,300家: review 57): the
# values pair with the names; a comma before a year opens a clause of its own (分别达到20个,2025年…)
_NEXT_VALUE = re.compile(r"[^,，;；。、和及与]{0,4}(?:[、和及与]\s{0,2}(?:[\d零一二两三四五六七八九十]|翻)"
                         r"|[,，]\s{0,2}(?!(?:19|20)\d\d\s?年)[\d零一二两三四五六七八九十])")


def _with_head(name: str, last: str) -> str:
    """``name`` with the head of ``last`` after it when its end is printed in parallel with ``last``'s start."""
    for k in range(min(len(name), _PARALLEL_REACH), 1, -1):
        part = name[-k:]
        if len(last) - k >= 2 and part[0] == last[0] and part[-1] == last[k - 1] and part != last[:k]:
            return name + last[k:]
    return name


def each_named(indicator: str, after: str) -> list[str]:
    """The names a single value holds each of (module note), or [] when ``indicator`` does not close with 分别 after
    a list of two or more names of two characters or more, or another value follows the value (``after``: the text
    after it)."""
    end = _EACH_END.search(indicator, max(0, len(indicator) - 4))
    if end is None or _NEXT_VALUE.match(after):
        return []
    words = indicator[:end.start()]
    names = [n.strip() for n in (_COMMA_LIST if "、" in words else _JOINED_LIST).split(words)]
    if len(names) < 2 or any(len(n) < 2 for n in names):
        return []
    return [_with_head(n, names[-1]) for n in names[:-1]] + [names[-1]]
