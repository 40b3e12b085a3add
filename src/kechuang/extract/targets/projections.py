"""预计 before a goal year: a plan's projection of its goals, no estimate (est65, session 37; MISSES-fresh64 row 1).

预计 is a word of history (rules/targets.yaml ``history_words``; a sentence it opens is a report,
``report_sentence_openers``): a review's estimate of the year's outcome (预计全年…增长, 今年预计完成…). Before a
deadline to come — 到 or 至 and a year after the plan's, or the end of a five-year period (到“十四五”末) — it
dates the plan's own goals, whose list is then read as any 到2025年 list:

- `预计到2025年,平罗县制造业占工业增加值比重达55%以上,…培育产值过100亿级企业5个以上` and
  `方案指出,预计到2025年全县工业经济实现…,规上工业总产值达到1000亿元以上` (平罗 2022 工业 plan news,
  http://www.ningxiacaijing.cn/shixianyuanqu/shixianyuanqujiaodian/2022-08-03/112640.html);
- `預計到“十四五”末,全市用水總量控制在21.1億立方米以內,江河堤防達標率將達到80%,…` (绵阳 2021 水利 十四五 plan news,
  http://73n4.com/news/show.php?itemid=32764); both dev.

The current year's end stays an estimate: 预计到年底/年末 names no year (`预计到年末,全市超万头养殖大镇…可达到50个`:
长春 2023; `預計到年底,我省森林覆蓋率將達37.6%以上`: 四川 造林 news; both dev), and a year not after the plan's
(预计到2023年底 in a 2023 text) is the year under review. A match at one position: no scan.
"""

from __future__ import annotations

import re

# 预计 (after the reading a mirror may print: 預(yù)計(jì)), 到/至, then a four-digit year or a period's end
_PROJECTION = re.compile(r"[预預](?:\([a-zà-ǜ]{1,6}\))?[计計](?:\([a-zà-ǜ]{1,6}\))?\s{0,2}[到至]\s{0,2}"
                         r"(?:(?P<year>\d{4})\s{0,2}年|“?十(?P<period>[一二三四五六七八九])五”?(?:时期|時期|期)?末)")
_PERIOD_NUMBERS = "一二三四五六七八九"


def projection_year(text: str, at: int) -> int | None:
    """The goal year of a projection 预计到… opening at ``at`` of ``text`` (到“十四五”末: 2025), else None."""
    m = _PROJECTION.match(text, at)
    if m is None:
        return None
    if m.group("year"):
        return int(m.group("year"))
    return 1955 + 5 * (10 + _PERIOD_NUMBERS.index(m.group("period")) + 1)  # 十三五 ends 2020, 十四五 2025


def projects(text: str, at: int, plan_year: int | None) -> bool:
    """Whether the 预计 at ``at`` of ``text`` projects a goal year to come (after ``plan_year`` when known)."""
    year = projection_year(text, at)
    return year is not None and (plan_year is None or year > plan_year)
