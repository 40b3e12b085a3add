"""A span of years to reach, a ``level`` in 年 (round 46). From dev pages of three documents:
  勞動年齡人口平均受教育年限達到11年以上        (内蒙古 2021 “十四五”教育事业发展规划)
  勞動年齡人口平均受教育年限達(dá)到10.9年      (济宁 2021 “十四五”教育事业发展规划)
  平均生存周期達到5年                           (重庆 2024 个体工商户实施方案)
The readers take no 年 for a unit: a number before 年 is a year or a duration (开展3年行动, 3年内). Here the name
before the verb ends with a word of a span (年限, 周期) and a verb of reaching stands between it and the number, so the
number is the span's level. A term that is set (资助周期均为3年, 年限不超过15年, 每批培养周期3年) has no verb of
reaching and is none; nor is a condition (贷款年限达到5年以上的给予贴息) or a fact of one thing (该项目建设周期达到3年:
review 20, F5); a span followed by 的目标/的发展目标/的水平 is a goal (review 21, F4). The name is read back
from the word of the span, within its clause, so the line is scanned once. The target is made here, not by
``Paragraph.add``: its words refuse 年限 (a term of a grant, 支持年限), which a span to reach is not;
its other tests (a report's sentence, a history word, a year past) hold here as there.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from kechuang.extract.model import Target
from kechuang.extract.targets.common import PAST, clean_indicator, tidy
from kechuang.extract.targets.not_targets import not_target
from kechuang.extract.targets.spans import insert_in_order
from kechuang.extract.targets.vocab import vocab
from kechuang.text.numerals import parse_chinese

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

# the word of a span, a verb of reaching, the number (one or two digits: 2025年 is a year) and 年
# (由10.5年提高到11年, 从10.5年…: review 21, F4; the level from before, then the verb; 十一年: Chinese numerals —
# review 20, F5)
_SPAN = re.compile(r"(?:年限|周期)(?:稳定)?"
                   r"(?:[由从]\s{0,2}(?:\d{1,2}(?:\.\d{1,2})?|[一二三四五六七八九十]{1,3})\s{0,2}年)?"
                   r"(?:达到|提高到|提高至|提升到|提升至|延长到|延长至|达)\s{0,2}"
                   r"(?P<value>\d{1,2}(?:\.\d{1,2})?|[一二三四五六七八九十]{1,3})\s{0,2}年(?!\d)(?P<cmp>以上|左右)?")
# a span of one thing named (该项目建设周期, 此项…): a fact, no goal (review 20, F5)
_ONE_THING = "该此这"
# 的 + a goal's word after the span (…年限达到11.5年的目标, …14年的发展目标, …的水平): a goal, not a condition
# (review 21, F4)
_GOAL_AFTER = re.compile(r"的(?:[^\W\d_]{0,2}?(?:目标|任务|水平))")
_NAME_STOP = re.compile(r"[\d,，;；。、:：“”\"!！?？]")
_NAME_REACH = 24  # characters of the name before the word of the span
_CLAUSE_REACH = 120


def _name_start(text: str, end: int) -> int:
    """Where the name ending at ``end`` starts: after the last stop within its reach."""
    lo = max(0, end - _NAME_REACH)
    stops = [m.end() for m in _NAME_STOP.finditer(text, lo, end)]
    return stops[-1] if stops else lo


def _value(text: str) -> float:
    """11, 10.9 or 十一 as a number."""
    return float(text) if text[0].isdigit() else float(parse_chinese(text) or 0)


def span_levels(para: Paragraph) -> None:
    """Add the paragraph's spans of years to reach (see the module's note), in document order."""
    text = para.mtext
    if "年限" not in text and "周期" not in text:
        return
    starts = [s for s, _ in para.sentences]
    spans = sorted((t.start - para.line.start, t.end - para.line.start) for t in para.targets)
    span_starts = [a for a, _ in spans]
    before = len(para.targets)
    for m in _SPAN.finditer(text):
        at = m.start("value")
        near = bisect.bisect_right(span_starts, at) - 1
        if para.masked[m.start()] or (near >= 0 and spans[near][1] > at):
            continue  # a value another reader took
        name_end = m.start() + 2  # the name holds its word of the span: 受教育年限
        lo = _name_start(text, name_end)
        if name_end - lo < 3:
            continue
        k = max(0, bisect.bisect_right(starts, m.start()) - 1)
        s_start, sentence = para.sentences[k]
        clause = sentence[max(0, lo - s_start - _CLAUSE_REACH):m.end() - s_start]
        name = clean_indicator(text[lo:name_end])
        # …达到5年以上的给予贴息: a condition of eligibility, no goal (review 20, F5)
        if (text.startswith("的", m.end()) and not _GOAL_AFTER.match(text, m.end())) or name[:1] in _ONE_THING:
            continue
        if len(name) < 3 or vocab().history.search(clause) or para.reports(k) \
                or not_target(para, k, at - s_start, m.end() - s_start):
            continue
        lo = name_end - len(name) if text.endswith(name, lo, name_end) else lo
        year = para.year_for(at, k, False)
        if year == PAST:
            continue
        hi = m.end()
        unit = "年"
        if para.traditional:  # as printed: 受教育年限 in its own characters
            name = para.printed(name, lo, hi) or name
        para.targets.append(Target(
            indicator=name, kind="level", value=tidy(_value(m.group("value"))), unit=unit, year=year, recurring=False,
            quote=para.text[lo:hi], path=para.path, start=para.line.start + lo, end=para.line.start + hi,
            comparator=m.group("cmp")))
    added = para.targets[before:]
    del para.targets[before:]
    para.targets[:] = insert_in_order(para.targets, added)
