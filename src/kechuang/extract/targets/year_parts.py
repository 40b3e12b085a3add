"""Words that date a goal by the plan's own year without printing it: a part of the year to come or under way
(`下半年`, `今秋`, `今冬`), and `明年` on the page of a plan for the coming year.

- `确保下半年新签约亿元以上项目50个` (涟水 2023 重大项目 news), `今秋開學,廈門全市將新增28所公辦幼兒園` (厦门 2023 学前
  教育 news), `扎实做好今冬明春全县科技大培训` (围场 2013): the half-year or season of the plan's year, as 年内 and 今年
  are (spec, "Which year governs": `年内`/`本年度` → the plan's year; README conventions: `今年`, `全年`, `年内`).
- `明确明年全省植树造林和森林经营任务为590万亩` (福建 2019 notice, dated 2018-12-22), `明年仓山区将加大民生投入,
  通过实施为民办实事项目25项` (仓山 2022 news of its 实事 plan): `明年` said on a page of the coming year's plan is
  that plan's year, its `plan_year` (README, the twenty-first batch's years; AUDIT.md, fj-fujian-zlrw2019). A page dated
  in the plan's year itself (梨树 2022-11-29: `確保明年推廣…300萬畝`, gold 2023) is not told apart here: that reading
  needs the page's printed date, which one sentence does not hold.
- A quarter (year38): `力争一季度蔬菜播种48635亩次、增幅3%` (太仓 2024 农业农村经济 news,
  http://www.jpedc.org.cn/html/xingyezixun318/42267.html), `并制定了一季度经济增长6%的目标` (延吉 2025),
  `一、二、三、四季度,占比分别达18%、19%、20%、21%` (华容 2017, all dev, gold the plan's year): a part of the plan's
  year, as 下半年 is. Not 前三季度 (the quarters gone by a report sums up) nor 截至三季度末 (as of: a count made); nor
  (rev50) a frequency (一季度一通报: once a quarter) or a base (较上一季度), which name no quarter of the year.
A year stated before the word (`2023年下半年`, `今年下半年`, `去年下半年`, `2023年第三季度`, `今年一季度`) already
dates it: those are left to it.
"""

from __future__ import annotations

import re

# 下半年 not after 年 (2023年下半年, 今年/去年/明年下半年: the year before it governs); 今秋/今冬 (今秋開學,
# 今冬明春), not in 至今/如今 (至今冬季, 如今秋收); 明年 not inside 文明年/光明年 nor in 今明年 (the two years), nor
# a start (明年起, 明年开始: a measure's start dates no count, as 2019年起 does not: README, a year with 起/开始) nor
# a base (明年同期)
_PART = re.compile(r"(?<!年)下半年|(?<![至如])今[秋冬]|(?<![文光今])明年(?!同期|起|开始|開始)")
# a quarter (一季度, 第四季度, 一、二、三、四季度) not after a year (2023年第三季度, 今年一季度), nor after 前
# (前三季度) or 至/止 (截至三季度末, 截止第三季度); the lookbehinds after the numeral: the search skips to one at once
# (rev50) nor after 上 or 每 (较上一季度: the quarter before, a base; 每一季度: every quarter)
_QUARTER = re.compile(r"第?[一二三四](?<![年前至止上每]第[一二三四])(?<![年前至止上每][一二三四])季度")
# once a quarter (一月一调度、一季度一通报, 一季度一考核: a frequency, rev50), not 一季度一产 (the primary industry) nor
# 一季度一批 (a batch)
_FREQUENCY = re.compile(r"(?<!第)一季度一(?![产批])")


def year_part_positions(text: str) -> list[int]:
    """The positions in ``text`` (one sentence) of the words that stand for the plan's year (下半年, 今秋, 明年)."""
    quarters = [m.start() for m in _QUARTER.finditer(text)] if "季度" in text else []
    if quarters and "季度一" in text:
        every = {m.start() for m in _FREQUENCY.finditer(text)}
        quarters = [pos for pos in quarters if pos not in every]
    if "半年" not in text and "今" not in text and "明年" not in text:
        return quarters
    parts = [m.start() for m in _PART.finditer(text)]
    return sorted(parts + quarters) if quarters else parts


def may_name_part(text: str) -> bool:
    """Whether ``text`` may hold a word of ``year_part_positions`` that has no 年 (今秋, 今冬, 一季度)."""
    return "今" in text or "季度" in text
