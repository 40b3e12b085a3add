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
``not_target`` and a year past hold here as in ``Paragraph.add`` (the reader is ``named_levels``, shared with
``durations``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kechuang.extract.targets.named_levels import add_named_levels

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

# the word of a ratio, a verb of reaching or keeping, the number (at most two digits before the point), an optional
# ``:1``, a comparator; no measure word, digit, colon or year after it
# (the lookbehind after 比, not before it: a pattern opening with characters is skipped to, not tried everywhere)
_RATIO = re.compile(r"(?P<word>之比|倍差|比值|比(?<![占对相同环]比))"
                    # a base before the verb (由2.5:1缩小到2.2:1, 从2.5缩小到2.2): not read, the goal after it is
                    r"(?:[由从]\s{0,2}\d{1,2}(?:\.\d{1,2})?\s{0,2}(?:[:：︰∶]\s{0,2}1(?![\d.]))?\s{0,2})?"
                    r"(?:达到|达|控制在|缩小到|缩小至|缩小为|缩小|保持在|稳定在|降至|降到|下降到|下降至|降低到|降低至|"
                    r"不高于|不超过|低于|小于|为|提高到|提高至|提升到|提升至)\s{0,2}"
                    r"(?P<value>\d{1,2}(?:\.\d{1,2})?)\s{0,2}(?:[:：︰∶]\s{0,2}1(?![\d.]))?"
                    r"(?P<cmp>左右|以内|以下|以上)?"
                    r"(?![\d.:：︰∶%％‰年倍个万亿元家项人名户所座条次分]|\s{0,2}[:：︰∶])")
def may_ratio_levels(text: str) -> bool:
    """Whether ``text`` holds a word of ratio_levels (the call site asks first: one test, two places)."""
    return "比" in text or "倍差" in text



def ratio_levels(para: Paragraph) -> None:
    """Add the paragraph's ratios to reach (see the module's note), in document order."""
    text = para.mtext
    if not may_ratio_levels(text):
        return
    # the name holds its word of the ratio: 收入比, 收入倍差
    add_named_levels(para, _RATIO.finditer(text), name_end=lambda m: m.end("word"), value=float, unit=None)
