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
from kechuang.extract.targets.commitment import PLEDGE
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

# A period reviewed opening a sentence opens history for the sentences after it in its paragraph, until a goal's cue
# (hist59; MISSES-fresh58.md row 1): the statistics of a review follow the sentence that names the period, none of
# them with a date of its own —
#   十一五期间,全县生产总值达9.7亿元,财政总收入完成1.004亿元,首次突破亿元大关。全社会固定资产投资完成7.22亿元,…
#       (台江 2011 党代会 news, http://www.zhxpm.cn/news/tj/201110/70700.shtml, dev: 展望十二五期间 earlier in
#       the paragraph dated them 2015)
#   过去五年,莆田市综合经济实力显著提升。全市经济总量持续壮大,地区生产总值、一般公共预算总收入分别年均增长7.1%、
#       4.5%,固定资产投资五年累计超万亿元,… (莆田 2021 党代会 news, http://pt.fjsen.com/xw/2021-10/16/content_30864674.htm,
#       dev: 年均 is a goal's cue in review_reading, so the sentence lead alone kept them)
# The period: 过去N年 / N年来 (N a number: 近年来 is too loose to reach past its own sentence), or a five-year period
# that ended before the plan's year (十一五期间 in a 2011 text; 十二五期间 in a 2011 text is the plan's own). The
# reach ends at the first cue of a goal (展望, 今后, 未来, 力争, 到2025年, 将, 要, 预计…), from the lead's own
# sentence on (三年来…,2016年至2018年,分别完成…,预计年均增长24.5%: 金坛 2018,
# https://i.xpaper.net/JTSB008/news/2285/14049/71555-1.shtml, dev, keeps its reads: an estimate).
_N = "[\\d一二三四五六七八九十两]{1,2}"
# A span of years that ended before the plan's year opens a review as a period does (invented48):
#   2018到2022年4年間,廈門全市建設公辦幼兒園項目100個,新增學位4萬個。 (厦门 2023 news, dev: 4年間 after the span
#   kept its last year from being read, and both counts were read);
#   2016年至2019年,中央财政下达…; 从2015年到2019年底,…; 2006—2010年,孕产妇死亡率…; 2015年至2020年,人均预期寿命…
#   (国家卫健委 2019, 解放军报 2020, 嵊州 2011, 国办 2022 reprint: all dev, none gold).
# Its last year must be before the plan's (2023年至2025年,… in 2023 is the plan's own span); no plan year: none.
_SPAN = (r"从?\s{0,2}\d{4}\s{0,2}年?\s{0,2}(?:至|到|—{1,2}|–|-|－|~|～)\s{0,2}(?P<last>\d{4})\s{0,2}年"
         rf"(?:底|末|间|的?{_N}\s{{0,2}}年间?)?\s{{0,2}}[,，]")
_PERIOD = re.compile(rf"\s{{0,2}}(?:过去(?:的)?{_N}\s{{0,2}}年|{_N}\s{{0,2}}年来"
                     r"|[“\"‘']?十(?P<five>[一二三四五])五[”\"’']?(?:期间|时期|以来)|" + _SPAN + ")")
# a line that may hold such a span: a year, a dash or 至/到, a year (a search only of the lines holding a read)
_SPAN_LINE = re.compile(r"\d{4}\s{0,2}年?\s{0,2}(?:至|到|—|–|-|－|~|～)\s{0,2}\d{4}")
_FIVE_END = {"一": 2010, "二": 2015, "三": 2020, "四": 2025, "五": 2030}
_STOP = re.compile(r"展望|今后|未来|下一步|下[一]?阶段|" + PLEDGE + "|目标|计划|规划|预期|预计|将|要|明年"
                   r"|[到至]\s{0,2}\d{4}\s{0,2}年|\d{4}\s{0,2}年[底末]?前")


# a numbered item at a sentence's start (1., (一), 一是): a list of its own, beyond the lead's reach
_ITEM = re.compile(r"\s{0,2}(?:\d{1,2}\s{0,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]"
                   r"|[一二三四五六七八九十]{1,2}[是、])")
# a time of the plan's own ends the reach as a goal's word does: this year, next year, a year or a five-year period not
# gone by (五年来累计建成农家书屋120个；“十四五”时期再新建农家书屋50个。 in 2021: test_target_round41's finding 1)
_NOW = re.compile(r"十(?P<five>[一二三四五])五|(?P<year>\d{4})\s{0,2}年|今年|本年|明年|新的一年")


def _now(text: str, lo: int, hi: int, plan_year: int | None) -> bool:
    """Whether ``text[lo:hi]`` names a time of the plan's own (the comment above)."""
    for m in _NOW.finditer(text, lo, hi):
        five, year = m.group("five"), m.group("year")
        if five is None and year is None:
            return True
        if plan_year is None:
            continue
        if (five is not None and _FIVE_END[five] >= plan_year) or (year is not None and int(year) >= plan_year):
            return True
    return False


def _period_reach(text: str, line_ends: list[int], plan_year: int | None) -> list[bool]:
    """For each sentence of the line ``text``, whether a period reviewed opened its run of sentences and no goal's cue
    came since (the comment above)."""
    out = [False] * (len(line_ends) + 1)
    history = False
    for i in range(len(out)):
        lo, hi = line_ends[i - 1] if i else 0, line_ends[i] if i < len(line_ends) else len(text)
        if history and _ITEM.match(text, lo, hi) is not None:
            history = False  # 1.新建学校10所。: a numbered item opens the list after the lead (review 17's F3)
        m = _PERIOD.match(text, lo, hi)
        if m is not None and (last := m.group("last")) is not None:
            if plan_year is None or int(last) >= plan_year:
                m = None  # a span reaching the plan's year is its own; with no plan year, unknown
        elif m is not None and (five := m.group("five")) is not None \
                and (plan_year is None or _FIVE_END[five] >= plan_year):
            m = None
        if m is not None:
            history = True
        # (the lead's cues are sought after it: the 到2022年 of a span 2018到2022年 is no deadline)
        at = m.end() if m is not None else lo
        if history and (_STOP.search(text, at, hi) is not None or _now(text, at, hi, plan_year)):
            history = False
        out[i] = history
    return out


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
             readings: list[Readings | None], simple: list[str], goal_cues,
             starts: list[int] | None = None) -> list[Target]:
    """``targets`` without the reads of a sentence that opens with a past date (the module's doc); ``simple``: each
    line simplified, without its phonetic readings (``readings``), as report_tense.passage gives them; ``starts``: the
    lines' starts, when the caller has them."""
    starts = [line.start for line in lines] if starts is None else starts
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


# the printed words a period's lead needs in its line, simplified or not (年来/年來, 过去/過去,
# 十一五期间/期間/时期/以来, “十一五”): a line with none of them is not read
_PERIOD_GATE = ("年来", "年來", "过去", "過去", "五期", "五时", "五時", "五以", "五”", "五’")
_PERIOD_CHARS = ("来", "來", "去", "五")  # each word of _PERIOD_GATE holds one of these


def _period_line(text: str) -> bool:
    """Whether a line holds a word of ``_PERIOD_GATE``: a search for each of its characters first (a search for one
    character is far quicker than for a word of two, and most lines of a plan hold none of the four; spd54)."""
    return any(map(text.__contains__, _PERIOD_CHARS)) and any(map(text.__contains__, _PERIOD_GATE))


def period_reviewed(lines: list[Line], targets: list[Target], plan_year: int | None) -> list[Target]:
    """``targets`` without those in a period's review (``_period_reach``), whether the passage weighs as goals or as
    facts (莆田's 年均增长 is a goal's word to review_reading). A table row (|) is left to its columns. Only the lines
    of a read whose printed text holds a period's word are read, each once; the passage's simplified lines come from
    report_tense's cache, which review_reading reads next."""
    if not targets:
        return targets
    from kechuang.extract.targets.report_tense import line_starts, passage  # report_tense reads this package's modules

    starts = line_starts(lines)  # read once for the filters after the targets' loop
    keys = [max(0, bisect.bisect_right(starts, t.start) - 1) for t in targets]
    leads = {k: _period_line(lines[k].text) or _SPAN_LINE.search(lines[k].text) is not None for k in set(keys)}
    if not any(leads.values()):
        return targets
    readings, simple, _ = passage(lines)
    reach: dict[int, tuple[list[int], list[bool]] | None] = {}
    out = []
    for t, k in zip(targets, keys, strict=True):
        if k not in reach:
            text = simple[k]
            if "|" in text or not leads[k]:
                reach[k] = None
            else:
                line_ends = [m.end() for m in _END.finditer(text)]
                reach[k] = line_ends, _period_reach(text, line_ends, plan_year)
        if (found := reach[k]) is not None:
            r, off = readings[k], t.start - starts[k]
            if found[1][bisect.bisect_right(found[0], r.to_clean(off) if r else off)]:
                continue  # a statistic in a period's review
        out.append(t)
    return out
