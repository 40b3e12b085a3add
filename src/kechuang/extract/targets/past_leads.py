"""A sentence that opens with a date of the past states history, in a passage weighed as goals (hist54).

review_reading.py weighs a whole passage once; a passage of goals keeps every read. Its sentences that
open with a date gone by report what was done: a part of the year reported (今年一季度, 1月份), a
time up to now (今年以来, 今年来, 目前, 截至目前, 截至 a past year, 至此), a period reviewed (过去五年,
三年来, 近年来) or last year (去年). They do when the sentence holds no goal's cue (review_reading's
``goal_cues``, without the verbs of a task) and the read is dated no later than the plan's year:
  今年来,晋江经济开发区直管园区累计完成“四上”企业月度新增31家,限上企业月度新增16家。
      (晋江 2024 news, http://jingyuhuahui.com/jinjiang/news/2964314.html, dev)
  今年一季度,黑龙江技改投资增速达到43.9%,…
      (黑龙江 2024 发布会, http://fapeng.com/admin/knews.aspx?HMu=vTz.html, dev)
  …龙吟坊商业街实现税收1000万元。…1月份,街道实现一般预算收入2011万元。
      (镇江 2014 街道, http://news.jsw.com.cn/zjnews/2014-03/04/content_3008284.htm, dev: the
      sentences before the month's keep their gold targets)
A sentence of goals that opens with a deadline (截至2025年底 in a 2025 plan) is not read here: 截至
counts only before 目前/当前 or a year gone by, a month only not before 前 (6月份前完成…: a
milestone, tests/extract/test_review2_fixes.py), and a span of months is none (今年1至6月开展专项行动 schedules an
action: tests/extract/test_review3x_fixes.py); a table row (|) is left to its columns (reported.py). A part of the
year bare and followed by its verb (3月份开工建设…, 上半年完成…) is a plan's schedule (rev39: ``_REPORTED``), and
过去 counts only as a period (过去五年, 过去一年), not in 过去的基础上.
The test is an anchored match at each sentence start of a line that holds a read (the line's sentence
ends found once), so its cost follows the reads, not the text."""

from __future__ import annotations

import bisect
import re

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.targets.readings import Readings

_LEAD = re.compile(r"\s{0,2}(?:今年(?:以来|来[,，])"
                   r"|(?:今年)?(?:目前|至此|截[至止]\s{0,2}(?:目前|当前|(?P<asof>\d{4}))"
                   r"|(?P<part>\d{1,2}\s{0,2}月份(?!前)|上半年|前三季度|[一二三]季度))"
                   r"|过去(?:的)?(?:[\d一二三四五六七八九十两]{1,2})?\s{0,2}年|[\d一二三四五六七八九十两]{1,2}年来|近年来|去年)")
# a part of the year is a date of the plan's own year in a plan (3月份开工建设…, 上半年完成…, 一季度新开工…: its
# schedule, rev39; 今年上半年完成… as well): it leads history when it is a lead clause of its own, the news' shape
# (今年一季度,黑龙江技改投资增速达到43.9%: 黑龙江 2024; 1月份,街道实现一般预算收入2011万元: 镇江 2014), or when the
# sentence reports a change (同比, 比上年, 累计, 增速, 已)
_REPORTED = re.compile(r"同比|[比较][上去]年|累计|增速|已(?![^,，。;；]{0,8}的)")
_END = re.compile(r"[。!！?？;；\n]")


def _lead(text: str, lo: int, hi: int, plan_year: int | None, goal_cues) -> bool:
    """Whether the sentence ``text[lo:hi]`` (simplified) opens with a past date and holds no goal's cue: an anchored
    match at its start; the sentence is cut out only then."""
    m = _LEAD.match(text, lo, hi)
    if m is None:
        return False
    if (asof := m.group("asof")) is not None and (plan_year is None or int(asof) >= plan_year):
        return False  # 截至2025年底 in a plan of 2025: a deadline
    if m.group("part") is not None and not text.startswith((",", "，"), m.end()) \
            and _REPORTED.search(text, m.end(), hi) is None:
        return False  # 3月份开工建设污水处理厂2座: a plan's schedule
    return goal_cues(text[lo:hi], plan_year, False, 0) == 0


def past_led(lines: list[Line], targets: list[Target], plan_year: int | None,
             readings: list[Readings | None], simple: list[str], goal_cues) -> list[Target]:
    """``targets`` without the reads of a sentence that opens with a past date (the module's doc); ``simple``: each
    line simplified, without its phonetic readings (``readings``), as report_tense.passage gives them."""
    starts = [line.start for line in lines]
    ends: dict[int, list[int] | None] = {}  # each line's sentence ends, found once (None: a table row)
    led: dict[tuple[int, int], bool] = {}  # each sentence weighed once
    out = []
    for t in targets:
        k = max(0, bisect.bisect_right(starts, t.start) - 1)
        text = simple[k]
        if k not in ends:
            ends[k] = None if "|" in text else [m.end() for m in _END.finditer(text)]
        line_ends = ends[k]
        if line_ends is None or (t.year is not None and plan_year is not None and t.year > plan_year):
            out.append(t)  # a table row: its columns decide (reported.py); a read dated after the plan's year
            continue
        r, off = readings[k], t.start - starts[k]
        i = bisect.bisect_right(line_ends, r.to_clean(off) if r else off)
        if (k, i) not in led:
            led[k, i] = _lead(text, line_ends[i - 1] if i else 0, line_ends[i] if i < len(line_ends) else len(text),
                              plan_year, goal_cues)
        if not led[k, i]:
            out.append(t)
    return out
