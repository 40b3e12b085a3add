"""Two counts of things printed back to back, each with its own short noun and no separator between them
(新增234个班10040个学位: 开阳 2023 教育项目, https://m.leju.com/guizhou/7_24/6650957222958661377.html; 陆生野生动物
求助1个中心2个站: 彝良 林草 “十四五” — dev): the second count opens an item of its own (counts.py), the first one's
noun ends where the second number starts, and a noun of one character (班) names its count there."""

from __future__ import annotations

import re
from functools import cache

from kechuang.extract.targets.vocab import alt, vocab

# the noun between the two counts: one to three characters of a name (no digit, letter, 的, bound or measure word)
_NOUN_BETWEEN = re.compile(r"[^\W\d的之以及和与等或各每为至到达超近约余多第前后个A-Za-z]{1,3}")
_NO_NOUN_START = "的之以及和与等"
_ITEM_END = re.compile(r"[、,，;；。:：]")


def back_to_back(clause: str, prev: re.Match, m: re.Match, units: frozenset[str]) -> bool:
    """Whether the count ``m`` follows the count ``prev`` (in digits) and a short noun, and a noun follows ``m``:
    both are counts of things one by one (``units``), each item of its own. A count whose noun goes on to 的 is
    the size of the thing the first one counts (扩建一个可保存1000份资源的…保存中心: 海南 种业 “十四五”, dev); a
    number before the second's item ends leaves the pair to nested.py (为全县8个乡镇32个行政村安装路灯500盏)."""
    after = clause[m.end():m.end() + 1]
    return bool(after) and "\u4e00" <= after <= "\u9fff" and after not in _NO_NOUN_START \
        and prev.group()[:1].isdecimal() and "的" not in clause[m.end():m.end() + 6] \
        and not any(c.isdecimal() for c in _ITEM_END.split(clause[m.end():m.end() + 40], 1)[0]) \
        and prev.group("unit") in units and m.group("unit") in units \
        and _NOUN_BETWEEN.fullmatch(clause, prev.end(), m.start()) is not None


def item_end(clause: str, start: int, end: int) -> int:
    """Where the second count's item ends: at the first 、 after its noun (…2个站、林草有害生物防治…), else ``end``."""
    k = clause.find("、", start, end)
    return k if k >= 0 else end


@cache
def _count_before() -> re.Pattern[str]:
    """A count of things and its short noun closing the text before a value (…1个中心 before 2个站)."""
    units = sorted(vocab().open_units, key=len, reverse=True)
    return re.compile(rf"\d(?:{alt(units)}){_NOUN_BETWEEN.pattern}$")


def one_char_item(text: str, pos: int, end: int, name: str) -> bool:
    """Whether ``name``, one character, is the noun of a count of two back to back (from ``pos`` to ``end``, its
    noun included): the first, right before the next count's digits (234个班10040个学位: 班), or the second, after
    the first count and its noun (1个中心2个站: 站)."""
    return len(name) == 1 and "\u4e00" <= name <= "\u9fff" and text[end - 1:end] == name \
        and (text[end:end + 1].isdecimal() or _count_before().search(text, max(0, pos - 10), pos) is not None)
