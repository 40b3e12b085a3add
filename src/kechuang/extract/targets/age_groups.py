"""The size of an age group of the population: a demographic projection or fact, no outcome the plan commits to
(invented47).

A value is the size of an age group when the clause before it names the group as its subject (`老年人口`,
`60岁及以上人口`, `60周岁以上老年人口`), optionally its total (`总数`, `总量`) or its share of the population
(`占全市人口比重`), and then at most a verb of reaching (`将突破`, `超过`, `达到`) before the value — only such a
verb: `老年人口参保率达到95%` is a measure of the group (review47). Dev pages of two
places:

- `预计到“十四五”末,武汉市60岁及以上人口占全市人口比重将突破20%,其中65岁及以上人口超过14%,武汉市将进入深度老龄化社会`
  (武汉 2022 养老托育 news, hb-wuhan-ylty2022#2);
- `今后5年,中国人口总量仍将保持惯性增长;老年人口总数将超过2亿` (全国 2010 人口发展 news, cn-quanguo-rkfz2010#1).

A measure that takes the group only as its base (`养老床位数占老年人口比例`: 占 before the group) or serves it
(`65岁及以上老年人健康管理率`: more of a name after the group) stays a target, as a table row's value does (the clause
runs over no line break).
"""

from __future__ import annotations

import re

# the age group (an age and 及以上/以上, or 老年人口), not as the base of another measure (占 before it), its total or
# its share of the population, then at most a verb of reaching right before the value: all within one clause. Only
# such a verb: a name after the group is a measure of it (老年人口参保率达到95%, review47: any six characters were read
# as the verb, and dropped it); the age starts its number (占60岁以上人口: the group is a base, not from its 0)
_REACHING = (r"(?:预计|預計|仍将|仍將|也将|也將|将|將)?(?:突破|超过|超過|超|达到|達到|达|達|增至|增加到|增長到|增长到|"
             r"接近|逾|约|約|为|為)?")
_GROUP = re.compile(r"(?<!占)(?<!\d)(?:老年人口|\d{1,3}\s{0,2}[周週]?[岁歲](?:及以上|以上)(?:老年)?人口)"
                    r"(?:总数|總數|总量|總量|数量|數量|规模|規模)?"
                    r"(?:占[^\d,，;；。:：\n]{0,12}?(?:比重|比例))?"
                    rf"{_REACHING}$")
_REACH = 40  # the characters before a value read for the group's clause


def age_group_size(sentence: str, at: int) -> bool:
    """Whether the value at ``at`` of ``sentence`` is the size or the share of an age group of the population."""
    lo = max(0, at - _REACH)
    if sentence.find("人口", lo, at) < 0:  # a bounded look: never the whole sentence once per value (a line of repeats)
        return False
    return _GROUP.search(sentence, lo, at) is not None
