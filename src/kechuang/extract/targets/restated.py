"""A value followed, with no mark between, by a second statement of the same indicator: a level verb and a number
(工业企业增加值突破1万亿元达到1.3万亿元: 江西 制造业 “十四五” news, jx-jiangxi-zzygh145, a page that lost its commas)
or 或 and a change from a base year (城市生活污水集中收集率达70%以上或比2020年提高5个百分点: 贵州 2023 新型城镇化,
gz-guizhou-xxczh2023 — dev). The words after the first value are no noun of it: the value closes its item. A value
after 从/由 is the baseline a change starts from (从目前的2%以上达到2.8%以上: 三门峡 2022, ha-sanmenxia-wnmb, dev) and
stays unread."""

from __future__ import annotations

import re

# 达到/突破/超过 and a digit, or 或 and 比/较 and a year, right after the value (its 以上/左右 included)
_RESTATED = re.compile(r"\s{0,2}(?:(?:达到|突破|超过)\s{0,2}\d|或\s{0,2}[比较]\s{0,2}\d{4})")
# 从/由 and a few words before the value (从目前的, 由2020年的): the value is a baseline
_FROM = re.compile(r"[从由][^,，;；从由]{0,10}$")


def restated(before: str, after: str) -> bool:
    """Whether ``after``, the text right after a value, opens a second statement of the value's indicator, and
    ``before``, the text before the value, does not make it the baseline of a change."""
    return bool(after) and after.lstrip()[:1] in "达突超或" and _RESTATED.match(after) is not None \
        and _FROM.search(before) is None
