"""A count printed as a range before the thing counted is a goal, whatever follows the thing.

A statistic or a report prints one figure; a range (2至3所, 一至两个) is the language of a commitment. With no
verb before it, the range opened a clause whose predicate comes after the thing (a rank, a designation), and the
reader refused the count for want of a counting verb — with a Chinese numeral as well (a name such as 三大工程 has
no range). From dev pages of two documents of different places:
  2至3所学校整体教育质量跻身全市前列   (光明 2021 政府工作报告, http://shenghuobao.net/thread-46008-1-1.html)
  争取再将一至两个发展条件较好的示范区申报为国家级示范区
                                     (青海 2012 农牧业生产目标, http://chinafeed.com.cn/xumu/201202/10/69622.html)
The unit must count things (所, 个, 家 …): a range of years or days (经过3至5年的努力) is a period, no goal. The
range opens its clause or follows 将/把 (the thing is the object of the verb after it); after other words it is
governed by them, as a selection is (选择…有影响的10—20所职业院校…开展…试点: a pilot's scope, 河南 2018, dev).
"""

from __future__ import annotations

import re

# measure words of things (not 年, 天, 月, 次: a period or a time)
_THING_UNITS = frozenset("个個所家座处處项項名条條支套台辆輛间間栋棟幢")
_NUMERAL = re.compile(r"[一二两兩三四五六七八九十]{1,2}")


_SUPPORT = re.compile(r"优先|给予|予以|奖励|补助|补贴|资助")
_OPENING = re.compile(r"^[\s,,;;、::]*(?:[^\d\s,,;;、::的]{0,4}[将把])?$")


def ranged_count(m: re.Match, before: str, noun: str, after: str = "") -> bool:
    """Whether candidate ``m`` is a range of things counted before their name ``noun`` (two characters at least),
    opening its clause (``before``: the clause's words before it; ``after``: the text after it, a few dozen
    characters)."""
    unit, low, high = m.group("unit") or "", m.group("num") or "", m.group("max") or ""
    if unit not in _THING_UNITS or not high or len(noun) < 2 or len(before) > 8 or not _OPENING.match(before):
        return False
    # a range that a support term follows in its sentence is a condition of the support, no goal (review 39:
    # 2至3家单位联合申报的项目,优先支持 in a 管理办法)
    if _SUPPORT.search(after.split("。", 1)[0]):
        return False
    return (low.isdigit() and high.isdigit()) or bool(_NUMERAL.fullmatch(low) and _NUMERAL.fullmatch(high))
