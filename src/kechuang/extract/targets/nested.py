"""A count inside the scope of another count: the second is a target of its own.

Two dev documents print the shape (their gold counts both the scope and the thing in it):
  为全区78所中小学的95间舞蹈教室安装地暖                                   (西湖 2023 民生实事, a news print)
  为42所中小学校4.74万名适龄儿童青少年学生开展1轮心理健康测评; 等15个老旧小区的25栋老旧楼房改造   (墨江 2025 惠民实事)
The paragraph reads the first count (the scope: 78所中小学), and its quote runs over the second; naming.noun_after
already cuts the scope's name before the second quantity. This reads the second (95间舞蹈教室) with the thing after
it as its name, in the scope's year. Not read: a size criterion of the thing counted (230个50户以上木质房屋: 以上/以下
after the inner count), a measure that is no count unit (4座110千伏变电站, 每户补贴2000元), a scope with a verb of
change or a separator (从近200个工作日压减至60个工作日; 、完成靖宁路、长兴南路2个: an item of its own), a number the
paragraph already read, and anything outside a count the paragraph kept (history and policy clauses keep nothing).
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import TYPE_CHECKING

from kechuang.extract.rules import load_rules
from kechuang.extract.targets.common import WINDOW
from kechuang.extract.targets.vocab import alt

if TYPE_CHECKING:
    from kechuang.extract.model import Target
    from kechuang.extract.targets.paragraph import Paragraph

_CJK = "\u4e00-\u9fff"


@cache
def _inner() -> re.Pattern[str]:
    units = _units()
    # the scope's name (two characters at least, 的 allowed), then the inner count and the thing it counts
    return re.compile(rf"(?<=[{_CJK}]{{2}})的?(?P<num>[1-9]\d{{0,5}}(?:\.\d{{1,2}})?)(?P<wan>万?)"
                      rf"(?P<unit>{alt(units)})(?P<noun>[{_CJK}()()]{{2,20}})")


@cache
def _outer() -> re.Pattern[str]:
    return re.compile(rf"\d万?(?:{alt(_units())})[{_CJK}]{{2}}")


# 中小学, 老旧小区, 中小学校: a name with no separator, number or verb of a change (从近200个工作日压减至60个工作日)
_SCOPE = re.compile(rf"(?:(?![至到达为从由比减增降升提])[{_CJK}()()]){{2,14}}")
_REACH = 2 * WINDOW + 40  # the longest quote: an indicator's reach before its value and a noun's after it
_CRITERION = re.compile(r"^(?:以上|以下|及以上|及以下|左右)")


def _longer(m: re.Match[str]) -> bool:
    """The unit and the noun's first characters make a longer unit (60个工作日): no count and thing."""
    unit, noun = m.group("unit"), m.group("noun")
    return any(len(u) > len(unit) and (unit + noun).startswith(u) for u in _units())


@cache
def _units() -> tuple[str, ...]:
    return tuple(load_rules("targets")["count_units"])


def nested_counts(para: Paragraph) -> None:
    """Add, after each count of the paragraph, the count printed inside its quote after the scope's name."""
    if len(para.targets) == 0:
        return
    text, offset = para.mtext, para.line.start
    added: dict[int, Target] = {}
    starts = [s for s, _ in para.sentences]
    spans = sorted((t.start - offset, t.end - offset, id(t)) for t in para.targets)
    span_starts = [s for s, _, _ in spans]
    for i, parent in enumerate(list(para.targets)):
        if parent.kind != "level" or not parent.unit:
            continue
        lo, hi = parent.start - offset, parent.end - offset
        first = _outer().search(text, lo, hi)  # the scope's own count, then its name
        if first is None:
            continue
        m = _inner().search(text, first.end() - 2, hi + 20)
        if m is None or m.start() >= hi or _CRITERION.match(m.group("noun")) or _longer(m) \
                or not _SCOPE.fullmatch(text, first.end() - 2, m.start()):
            continue  # the scope's name runs straight into the inner count: no list item (、完成…2个) of its own
        num_at = m.start("num")
        near = spans[bisect.bisect_left(span_starts, num_at - _REACH):bisect.bisect_right(span_starts, num_at)]
        if any(num_at < e and k != id(parent) for _, e, k in near):
            continue  # the paragraph read it already (looked up among the quotes that start within _REACH before it)
        sentence = max(0, bisect.bisect_right(starts, num_at) - 1)
        noun = m.group("noun")
        before = len(para.targets)
        para.add(noun, "level", float(m.group("num")), m.group("wan") + m.group("unit"), num_at, m.end(),
                 sentence, text[lo:m.end()], m.start("noun"))
        if len(para.targets) > before:
            t = para.targets.pop()
            t.year, t.recurring = parent.year, parent.recurring
            added[i] = t
    if added:
        para.targets[:] = [p for i, t in enumerate(para.targets) for p in ((t, added[i]) if i in added else (t,))]
