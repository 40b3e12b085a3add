"""A ratio to reach, a ``level`` with no unit (round 47; the spec: a number tied to what is to be reached; trec13's
decision: ratios keep their value with ``unit`` null). From dev pages of three documents:
  农产品加工业总产值与农业总产值之比达到2.5:1     (广汉 2024 农村一二三产业融合发展工作方案)
  城乡居民人均可支配收入比控制在1.8左右             (白云区 2023 民生项目任务单)
  城乡居民收入倍差缩小到1.9左右 / 与全省农民收入倍差缩小到1.9左右   (浙江 农业农村现代化“十四五”规划)
No reader takes a bare number after a name: without a measure word it could be anything. Here the name ends with a
word of a ratio (之比, 比, 倍差, 比值; not 占比, whose value is a share in %), a verb of reaching or keeping stands
between it and the number, and the number is small (one or two digits, a ratio to 1 at most: ``:1``) with no measure
word after it. Left out: parts of a structure (三次产业比调整为11.8︰48.5︰39.7, 8:40:52), a year
(占比不低于2018年度水平), a base (由2.5:1缩小到2.2:1 and 从2.5缩小到2.2 read only the goal, 2.2: the spec's
baselines are no targets; review 21, F7). The name is read back from the
ratio's word within its clause, so the line is scanned once; the tests of a report's sentence, a history word,
``not_target`` and a year past hold here as in ``Paragraph.add`` (``durations.py`` is the model)."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from kechuang.extract.model import Target
from kechuang.extract.targets.common import PAST, clean_indicator, tidy
from kechuang.extract.targets.not_targets import not_target
from kechuang.extract.targets.spans import insert_in_order
from kechuang.extract.targets.vocab import vocab

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

# the word of a ratio, a verb of reaching or keeping, the number (at most two digits before the point), an optional
# ``:1``, a comparator; no measure word, digit, colon or year after it
_RATIO = re.compile(r"(?P<word>之比|倍差|比值|(?<![占对相同环])比)"
                    # a base before the verb (由2.5:1缩小到2.2:1, 从2.5缩小到2.2): not read, the goal after it is
                    r"(?:[由从]\s{0,2}\d{1,2}(?:\.\d{1,2})?\s{0,2}(?:[:：︰∶]\s{0,2}1(?![\d.]))?\s{0,2})?"
                    r"(?:达到|达|控制在|缩小到|缩小至|缩小为|缩小|保持在|稳定在|降至|降到|下降到|下降至|降低到|降低至|"
                    r"不高于|不超过|低于|小于|为|提高到|提高至|提升到|提升至)\s{0,2}"
                    r"(?P<value>\d{1,2}(?:\.\d{1,2})?)\s{0,2}(?:[:：︰∶]\s{0,2}1(?![\d.]))?"
                    r"(?P<cmp>左右|以内|以下|以上)?"
                    r"(?![\d.:：︰∶%％‰年倍个万亿元家项人名户所座条次分]|\s{0,2}[:：︰∶])")
_NAME_STOP = re.compile(r"[\d,，;；。、:：“”\"!！?？]")
_NAME_REACH = 24  # characters of the name before the word of the ratio
_CLAUSE_REACH = 120


def _name_start(text: str, end: int) -> int:
    """Where the name ending at ``end`` starts: after the last stop within its reach."""
    lo = max(0, end - _NAME_REACH)
    stops = [m.end() for m in _NAME_STOP.finditer(text, lo, end)]
    return stops[-1] if stops else lo


def ratio_levels(para: Paragraph) -> None:
    """Add the paragraph's ratios to reach (see the module's note), in document order."""
    text = para.mtext
    if "比" not in text and "倍差" not in text:
        return
    starts = [s for s, _ in para.sentences]
    spans = sorted((t.start - para.line.start, t.end - para.line.start) for t in para.targets)
    span_starts = [a for a, _ in spans]
    before = len(para.targets)
    for m in _RATIO.finditer(text):
        at = m.start("value")
        near = bisect.bisect_right(span_starts, at) - 1
        if para.masked[m.start()] or (near >= 0 and spans[near][1] > at):
            continue  # a value another reader took
        name_end = m.end("word")  # the name holds its word of the ratio: 收入比, 收入倍差
        lo = _name_start(text, name_end)
        if name_end - lo < 3:
            continue
        k = max(0, bisect.bisect_right(starts, m.start()) - 1)
        s_start, sentence = para.sentences[k]
        clause = sentence[max(0, lo - s_start - _CLAUSE_REACH):m.end() - s_start]
        name = clean_indicator(text[lo:name_end])
        if len(name) < 3 or vocab().history.search(clause) or para.reports(k) \
                or not_target(para, k, at - s_start, m.end() - s_start):
            continue
        lo = name_end - len(name) if text.endswith(name, lo, name_end) else lo
        year = para.year_for(at, k, False)
        if year == PAST:
            continue
        hi = m.end()
        if para.traditional:  # as printed, in its own characters
            name = para.printed(name, lo, hi) or name
        para.targets.append(Target(
            indicator=name, kind="level", value=tidy(float(m.group("value"))), unit=None, year=year, recurring=False,
            quote=para.text[lo:hi], path=para.path, start=para.line.start + lo, end=para.line.start + hi,
            comparator=m.group("cmp")))
    added = para.targets[before:]
    del para.targets[before:]
    para.targets[:] = insert_in_order(para.targets, added)
