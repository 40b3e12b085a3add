"""预计 under a goals lead: an estimate a goal's statement governs, no report (hist64, session 36).

预计 is a word of history within its clause (rules/targets.yaml ``history_words``: a review's estimate of the year's
outcome, 预计完成地区生产总值90.82亿元,增长8%), but a goal stated just before it governs the estimate, which is then the
goal's figure:

- `广东为2026年设定了地区生产总值增长4.5%-5%的预期目标,…;地方一般公共预算收入预计增长3%左右` (广东 2026 report news,
  http://www.coateschia.com.cn/antianpeizi/240954.html);
- `明确提出今年黑龙江农作物预计总播种面积2.23亿亩以上` (黑龙江 2020 粮食 plan news,
  http://m.ydbgyp.cn/news/detail/87/150414.html);
- `增长目标最高的是西藏,预计达到7%以上` and `…2026年一般公共预算收入增长目标多在2%左右。最高的是新疆,预计达到10%左右`
  (hk01 2026 news of the provinces' goals; all dev) show the lead too, but there the estimate opens its clause and
  names nothing (its name is the 增长目标 before, which no reader carries): such a 预计 stays history
  (``Paragraph._history``), else a target named 预计 is spurious.

So 预计 is no history word when the text before it — its own sentence up to it, and the sentence before — holds a
goal's statement: 预期目标 or 增长目标, or 提出 with 今年/明年 or a year at or after the plan's year after it. It stays
history when its own sentence names a past year (去年, 上年, a year before the plan's) or a finished goal
(完成…目标: `圆满完成年度目标任务,预计年底还有7所…`, 郑州 2015; `今年广西经济增长预期目标6.5%以上…。2021年,武宣经济增长
预计增长10%左右`, 武宣 2022 — both dev). Read only when 预计 is the clause's history word: a bounded look back.
"""

from __future__ import annotations

import re

from kechuang.extract.targets.commitment import NOT_AFTER_PLEDGE

_LOOK = 120  # how far back a goal's statement is read (the sentence before included): a bound
_GOAL = re.compile(r"(?:预期|增长)目标|提出[^。;；]{0,24}?(?:今年|明年|(\d{4})\s?年)")
# a commitment right before a verb of reaching makes it the goal's own verb (确保完成, 力争实现: rev48)
_NOT_COMMITTED = NOT_AFTER_PLEDGE + r"(?<!努力)(?<!必须)(?<![要将])"
_PAST = re.compile(rf"去年|上年|(?<!\d)(\d{{4}})\s?年|{_NOT_COMMITTED}完成")
# a goal reached before the lead (实现了预期目标, 达到预期目标, 超额完成年度增长目标): a review of the year gone by,
# which leads no estimate (rev48); the words between verb and lead bounded
_REACHED = re.compile(rf"{_NOT_COMMITTED}(?:实现|完成|达到|达成)了?[^,，。;；\d]{{0,6}}$")
_REACHED_LOOK = 12


def goal_estimate(before: str, own: str, plan_year: int | None) -> bool:
    """Whether the 预计 after ``before`` (the sentence before and the estimate's own sentence up to it) is a goal's
    figure; ``own``: its own sentence up to the 预计 (where a past year or a finished goal keeps it history)."""
    for m in _PAST.finditer(own):
        year = m.group(1)
        if year is None or (plan_year is not None and int(year) < plan_year):
            return False
    lead = before[-_LOOK:]
    for m in _GOAL.finditer(lead):
        year = m.group(1)
        if _REACHED.search(lead, max(0, m.start() - _REACHED_LOOK), m.start()):
            continue  # (全市经济运行实现预期目标。…预计增长7%: a review's estimate)
        if year is None or plan_year is None or int(year) >= plan_year:
            return True
    return False
