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
Review 4 narrowed it (tests/extract/test_target_rev4_nested.py): the inner count counts things
(rules/targets.yaml nested_units: no age, month, hour, working day, day, times or sessions: 65岁老年人, 3个月内,
24小时不打烊, 300人次); its noun ends at 和/及/与 and before a verb of what is done to it (nested_noun_stops:
95间舞蹈教室|安装地暖, 32个行政村|安装路灯) and holds two Chinese characters at least; a report (了: 安装了地暖) and a
subsidy (给予每户补助) give none.
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
    units = tuple(load_rules("targets")["nested_units"])
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


@cache
def _refused() -> re.Pattern[str]:
    """A report (安装了地暖) or a subsidy (给予每户补助) in the inner count's noun: no target."""
    return re.compile(rf"了|{alt(load_rules('targets')['subsidy_words'])}")


@cache
def _noun_end() -> re.Pattern[str]:
    """Where the inner count's noun ends: a conjunction (养老服务站和5个…) or a verb of what is done to it."""
    return re.compile(rf"[和及与]|{alt(load_rules('targets')['nested_noun_stops'])}")


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
    starts: list[int] = []
    spans: list[tuple[int, int, int]] = []
    span_starts: list[int] = []
    for i, parent in enumerate(list(para.targets)):
        if parent.kind != "level" or not parent.unit:
            continue
        lo, hi = parent.start - offset, parent.end - offset
        first = _outer().search(text, lo, hi)  # the scope's own count, then its name
        if first is None:
            continue
        m = _inner().search(text, first.end() - 2, hi + 20)
        if m is None or m.start() >= hi or _CRITERION.match(m.group("noun")) or _longer(m) \
                or m.group("noun").startswith("次") or _refused().search(m.group("noun")) \
                or not _SCOPE.fullmatch(text, first.end() - 2, m.start()):
            continue  # the scope's name runs straight into the inner count: no list item (、完成…2个) of its own
        noun = m.group("noun")
        if stop := _noun_end().search(noun):
            noun = noun[:stop.start()]
        if len(re.findall(f"[{_CJK}]", noun)) < 2:
            continue  # 95间(((((: no name; 2个和…: none before the conjunction
        noun_end = m.start("noun") + len(noun)
        if not spans:  # the quotes' spans and the sentences' starts, at the first inner count only (most have none)
            starts = [s for s, _ in para.sentences]
            spans = sorted((t.start - offset, t.end - offset, id(t)) for t in para.targets)
            span_starts = [s for s, _, _ in spans]
        num_at = m.start("num")
        near = spans[bisect.bisect_left(span_starts, num_at - _REACH):bisect.bisect_right(span_starts, num_at)]
        if any(num_at < e and k != id(parent) for _, e, k in near):
            continue  # the paragraph read it already (looked up among the quotes that start within _REACH before it)
        sentence = max(0, bisect.bisect_right(starts, num_at) - 1)
        before = len(para.targets)
        para.add(noun, "level", float(m.group("num")), m.group("wan") + m.group("unit"), num_at, noun_end,
                 sentence, text[lo:noun_end], m.start("noun"))
        if len(para.targets) > before:
            t = para.targets.pop()
            t.year, t.recurring = parent.year, parent.recurring
            added[i] = t
    if added:
        para.targets[:] = [p for i, t in enumerate(para.targets) for p in ((t, added[i]) if i in added else (t,))]
