"""A fall of percentage points is a negative increase: `总体近视率在2018年的基础上每年降低0.5个百分点以上` (教育部 2018
近视防控 news, http://m.jrszb.cc/politics/2018-08/31/c_1123362565.htm), `城乡低收入家庭恩格尔系数年均递减1.6个百分点`
(路桥 “十一五” 规划, https://dfz.zj.gov.cn/zlyz/ossfs/h5/ZS-K-331004-2014-001-0101/files/basic-html/page377.html) —
both dev, whose gold reads −0.5 and −1.6 as the spec's growth reads a fall (能耗下降3% → −3).

The verb of the fall (rules/targets.yaml ``decline_words``, with 每年 or 年均 before it) closes the name and
leaves it."""

from __future__ import annotations

import re

from kechuang.extract.targets.vocab import vocab

_PER_YEAR_END = re.compile(r"(?:每年|年均|逐年)$")


def fallen(head: str) -> tuple[str, int]:
    """``head`` (the words before a count of percentage points) without a verb of falling that closes it, and the
    value's sign: −1 after such a verb, else 1."""
    fall = vocab().decline_end.search(head, max(0, len(head) - 8))
    if fall is None:
        return head, 1
    name = head[:fall.start()]
    per_year = _PER_YEAR_END.search(name, max(0, len(name) - 2))
    return (name[:per_year.start()] if per_year else name), -1
