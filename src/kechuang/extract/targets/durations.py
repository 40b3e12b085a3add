"""A span of years to reach, a ``level`` in 年 (round 46). From dev pages of three documents:
  勞動年齡人口平均受教育年限達到11年以上        (内蒙古 2021 “十四五”教育事业发展规划)
  勞動年齡人口平均受教育年限達(dá)到10.9年      (济宁 2021 “十四五”教育事业发展规划)
  平均生存周期達到5年                           (重庆 2024 个体工商户实施方案)
The readers take no 年 for a unit: a number before 年 is a year or a duration (开展3年行动, 3年内). Here the name
before the verb ends with a word of a span (年限, 周期) and a verb of reaching stands between it and the number, so the
number is the span's level. A term that is set (资助周期均为3年, 年限不超过15年, 每批培养周期3年) has no verb of
reaching and is none; nor is a condition (贷款年限达到5年以上的给予贴息) or a fact of one thing (该项目建设周期达到3年:
review 20, F5); a span followed by 的目标/的发展目标/的水平 is a goal (review 21, F4). The name is read back
from the word of the span, within its clause, so the line is scanned once (``named_levels``, shared with ``ratios``).
The target is not made by ``Paragraph.add``: its words refuse 年限 (a term of a grant, 支持年限), which a span to reach
is not; its other tests (a report's sentence, a history word, a year past) hold here as there.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kechuang.extract.targets.named_levels import add_named_levels
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


def _value(text: str) -> float:
    """11, 10.9 or 十一 as a number."""
    return float(text) if text[0].isdigit() else float(parse_chinese(text) or 0)


def may_span_levels(text: str) -> bool:
    """Whether ``text`` holds a word of span_levels (the call site asks first: one test, two places)."""
    return ("限" in text and "年限" in text) or ("周" in text and "周期" in text)  # a character first



def span_levels(para: Paragraph) -> None:
    """Add the paragraph's spans of years to reach (see the module's note), in document order."""
    text = para.mtext
    if not may_span_levels(text):
        return

    def refuse(m: re.Match[str], name: str) -> bool:
        # …达到5年以上的给予贴息: a condition of eligibility, no goal; 该项目…: a fact of one thing (review 20, F5)
        return (text.startswith("的", m.end()) and not _GOAL_AFTER.match(text, m.end())) or name[:1] in _ONE_THING

    # the name holds its word of the span: 受教育年限
    add_named_levels(para, _SPAN.finditer(text), name_end=lambda m: m.start() + 2, value=_value, unit="年",
                     refuse=refuse)
