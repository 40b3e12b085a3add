"""A sum paid or charged per tier of a schedule is a policy parameter, no target (spur39).

A schedule names its ordinal tiers (一等奖, 二级, 三档) and prints the sum of each right after it; the sums are what a
tier is paid or taxed, the spec's policy parameters (每家奖励10万元), not outcomes the plan commits to:
  科學技術進步獎獎金按照項目獎勵:一等獎15萬元;二等獎10萬元;三等獎5萬元。
      (浙江 2014 科技奖励, http://huiyingmeng.com/newscenter/native/city/201408/t20140818_516240507.shtml, dev)
  工业用地:一级5元/平方米、二级4元/平方米、三级3元/平方米
      (江门 2018 城镇土地使用税, https://gd.010b.com/policy/detail/71743.html, dev)
Only a sum of money is refused: a count of awards (获省科技进步二等奖1项) or of graded things (二级医院3所) stays.
The test looks at the few characters before the value and the unit after it, so it costs nothing per sentence."""

from __future__ import annotations

import re

# an ordinal tier closing right before the value (a colon or a space between at most)
_TIER = re.compile(r"[一二三四五六七八九十特](?:等奖|等獎|级|級|档|檔)\s{0,2}[:：]?\s{0,2}$")
# the value and a sum of money after it (元, 万元, 億元, 元/平方米)
_MONEY = re.compile(r"[\d.,]{1,14}\s{0,2}(?:[万萬亿億千])?\s{0,2}元")
_BACK = 8  # the characters before the value read for its tier


def tier_sum(sentence: str, at: int) -> bool:
    """Whether the value starting at ``at`` of ``sentence`` is the sum of one tier of a schedule."""
    before = sentence[max(0, at - _BACK):at]
    return _TIER.search(before) is not None and _MONEY.match(sentence, at) is not None
