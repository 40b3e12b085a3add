"""The reach of a report's cue over the sentences after it (round 58; docs/extraction.md, section 4, "Round 58, a
report's reach").

Round 44 (passage_mode.py) reads a report from its cue to the next goal's cue, but only cues that a plan never prints
(截至, 以来, 过去, 已…) and, within a line, only up to a verb of a task; a sentence's own history words (目前, 今年以来,
a date gone by) make its own numbers history (Paragraph) and stop there. So a report's next sentences, which print no
cue of their own, were read as goals: `目前,拉萨市高新技术企业达到29家…。全市科技进步贡献率达到49.7%,…科普率达到91%`
(a 2018 review), `1—5月份,累计完成税收1640万元…。完成新开工项目4个,纳统项目2个` (a town's report),
`2025年青海省地区生产总值增长4.1%…` then the paragraph `从三大产业看,农牧业增加值增长5.5%` (a 政府工作报告's news).

Here a report's cue — a date gone by (a clause opening with a year before the plan's, a month span: 1—5月份), 目前,
截至, 以来, 过去, …年来, 去年, 上年, a part of the year (一季度, 上半年) — opens a reach that runs on over the next
sentences until one holds a goal's cue (report_tense's words of a goal: 力争, 确保, 计划, 目标, 将, 到2025年, 要, 需,
…; the plan's year or a later one; a numbered item or heading; a sentence opening with 全年, 年内, 到年底, 今年; a
sentence of new work with no report word and no date: review 17's F4 and F5, as in passage_mode). 截至 a deadline
(截至年底, 截至2025年底 in 2025) opens none. A target in a sentence of the reach, with neither cue of its own, is
history unless it is dated after the plan's year. The reach goes on into the next line only when that
line is prose (20 characters or more, no table's ``|``): a heading, a table's cell or a short line ends it, so a
progress table printed a cell a line keeps its task cells. Blank lines pass.

The cues that a plan prints in its goals as often as a report (累计, 同比, 已, 比上年: 累计培育技术转移人才2500名以上,
力争…同比增长8%) open no reach: with them, dev lost 16 gold targets of 6 plan pages for 20 spurious ones dropped.
A reach carried over any line (headings and cells too) lost 11 gold of progress tables (dev).

Round 62 (review 26's F2): under a goals heading (主要目标, the lines ``extract_targets`` passes), 目前 and 截至
state the plan's starting point (目前全县高新技术企业仅有12家,创新能力不强。) and open no reach over the goals after
it.

Round 73: a year dated by a part of it gone by (2025年上半年, 2025年1-9月: 龙湖镇 2025's
`2025年上半年,龙湖镇规上工业产值比增5.75%;限上批发业销售额比增14.39%;…`) names no year to come, so its report opens a
reach over the ; items after it; a sentence opened by a part of the year gone by (`上半年,全镇规上企业研发经费投入
2.8亿元,…`, `1-5月,全县规上工业增加值同比增长14.5%`, `动能向新——1至11月工业投资增长6.7%`, after at most a short lead
clause or a subhead's dash, a figure after it in its clause or the next), holding no goal's cue, reports its own
numbers too (dev: 47 such sentences with a number, every one a report; a deadline's part, 上半年完成10%小区 or
一季度前…, and a schedule, 今年1至6月开展专项行动,…, are a plan's and open none)."""

from __future__ import annotations

import bisect
import re

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.rules import simplified_all
from kechuang.extract.targets.goal_names import named_goal
from kechuang.extract.targets.passage_mode import new_work
from kechuang.extract.targets.tense_cues import GOAL, MONTH_SPAN, NOT_MONTH, REPORT, THIS_YEAR, YEAR

# a report's cue: words of a time gone by, a month span (1—5月份); literal branches first
# (以來, 過去, 年來: a line is tested as printed, before it is simplified; 比上年, 较上年, 与上年相比 are comparisons,
# which a plan's goals print as often as a report: review 26, F1; the look-behind stands after 上年, so the
# pattern keeps its literal prefixes for a fast scan)
_REPORT = re.compile(r"截至|截止|以來(?!的)|過去|年來|" + REPORT + r"|上年(?<![比较較与與]上年)(?!度)|目前")
# 截至 a deadline (截至年底, 截至期末, 截至此次规划期末, 截至2025年底 in 2025: passage_mode's) opens no report
_DEADLINE = re.compile(r"截[至止]\s{0,2}(?:此|本|规划|“?十|年底|年末|期末|(?P<asof>\d{4}))")
# a sentence that opens with a date of the plan's year or the period (passage_mode's leads: 全年, 本年度, 年内, 到年底,
# 二〇二四年, “十四五”, 今年 but not 今年以来, 今年1-9月, 今年上半年) states the year's work (a clause's 全年 after
# 2009年,… is that year's: 2009年,全省…,全年新增…项目47个)
_THIS_YEAR = re.compile(r"\s{0,2}(?:全年|本年度|年内|到年底|[〇零一二三四五六七八九]{4}\s{0,2}年"
                        r"|“?十[三四五六]五”?[,，]|展望"
                        rf"|{THIS_YEAR})")
# a month span (1—5月份), searched only where 月 stands: a branch opening with a class would slow the literal ones
_MONTHS = re.compile(MONTH_SPAN)
# a clause that opens with a year (2025年,…); a year gone by reports, the plan's year or a later one is a goal's
_LEAD_YEAR = re.compile(rf"(?:^|(?<=[,，:：]))\s{{0,2}}{YEAR}{NOT_MONTH}")
# a year named, not as the date of a part of it gone by (2025年上半年,…比增5.75%;… in 2025 reports: round 73; a
# deadline 2025年上半年前 is a goal's)
_YEAR = re.compile(YEAR + r"(?!\s{0,2}(?:上半年|前三季度|[一二三四]季度|1\s{0,2}[-—~至到]\s{0,2}\d{1,2}\s{0,2}月)"
                          r"(?!\s{0,2}(?:底|末)?前))")
# a sentence opened by a part of the year gone by (上半年,全镇…投入2.8亿元; 2025年上半年,…比增5.75%; 1-11月,…; after at
# most a short lead clause: 张志雄介绍,) reports its own numbers (round 73); a deadline's part (上半年完成10%小区,
# 一季度前出台…) is a plan's schedule
_PART_LEAD = re.compile(r"\s{0,2}(?:[^,，;；。]{0,12}(?:[,，]|——))?\s{0,2}(?:\d{4}\s{0,2}年|今年)?\s{0,2}"
                        r"(?:上半年|前三季度|[一二三四]季度|1\s{0,2}[-—~至到]\s{0,2}\d{1,2}\s{0,2}月份?)"
                        r"(?!\s{0,2}(?:底|末)?前|\s{0,2}(?:完成|建成|开工|启动|实现|出台))")
# ...when a figure follows in the part's clause or, after its comma, in the next (今年1至6月开展专项行动,新增企业10家:
# a plan's schedule, as vocab's ``reported`` reads 今年's span: review 3's test)
_FIGURE = re.compile(r"(?:[,，]\s{0,2})?[^,，;；。!！?？]{0,24}?\d")
# a goal's cue: report_tense's words of a goal (要 not in 重要/主要/需要, 需 not in 需求)
_GOAL = re.compile(GOAL + r"|需(?!求)|(?<![重主需])要")
# 到/至 a year (not 截至: _DEADLINE's): a goal's deadline, unless the year is gone (提高至2024年的… in 2025)
_DUE = re.compile(r"(?<!截)[到至]\s{0,2}(\d{4})\s{0,2}年")
# a numbered item or heading opening a sentence (1., （一）, 一是, 一、)
_ITEM = re.compile(r"\s{0,2}(?:\d{1,2}\s?[.．、](?!\d)|[（(][一二三四五六七八九十]{1,3}[)）]"
                   r"|[一二三四五六七八九十]{1,2}[是、])")
_END = re.compile(r"[。!！?？;；]")
# the cues of a status (目前全县高新技术企业仅有12家), which a plan prints under its goals heading before the goals
# (review 26, F2): there they open no reach
_STATUS = frozenset(("目前", "截至", "截止"))
_PROSE = 20  # characters a line needs for a reach to go on into it
# each 年 after four digits (str.isdecimal) and up to two spaces (blank or ideographic), the digits in the group of its
# branch: a scan by its literal 年, the look behind only there (_gone_year)
_DIGITS_YEAR = re.compile(r"年(?:(?<=(\d{4})年)|(?<=(\d{4})[ \u3000]年)|(?<=(\d{4})[ \u3000]{2}年))")


def _reports(sentence: str, plan_year: int | None, leads: list[int], goals: bool = False) -> bool:
    """Whether a sentence holds a report's cue: a word of a time gone by (截至 not a deadline), a month span, a clause
    opening with a year before the plan's (``leads``: the years that open its clauses). ``goals``: the sentence stands
    under a goals heading, where 目前 and 截至 state the plan's starting point, no report (round 62)."""
    for m in _REPORT.finditer(sentence):
        if goals and m.group() in _STATUS:
            continue
        if m.group()[0] != "截" or (due := _DEADLINE.match(sentence, m.start())) is None or (
                due.group("asof") is not None and plan_year is not None and int(due.group("asof")) < plan_year):
            return True
    if "月" in sentence and _MONTHS.search(sentence) is not None:
        return True
    return plan_year is not None and any(y < plan_year for y in leads)


def _goal(sentence: str) -> bool:
    """Whether a sentence holds a goal's word that names no thing nor goal reached (未来产业, 科技计划项目, 实现…的目标:
    goal_names.py, round 65)."""
    return any(m.group()[0] not in "未计目预任" or not named_goal(sentence, m.start(), m.group())
               for m in _GOAL.finditer(sentence))


def _cues(sentence: str, plan_year: int | None, item: bool, on: bool, goals: bool = False) -> tuple[bool, bool]:
    """(a report's cue, a goal's cue) of a sentence (simplified characters); ``item``: it follows a ; of its sentence
    (去年全省改造…;新增…绿地面积6797万平方米: the date governs it, new work or not); ``on``: in a reach (else the goals'
    cues of a sentence with no report's cue are not sought: they change nothing)."""
    years = [int(m.group(1)) for m in _YEAR.finditer(sentence)] if "年" in sentence else []
    leads = [int(m.group(1)) for m in _LEAD_YEAR.finditer(sentence)] if "年" in sentence else []
    report = _reports(sentence, plan_year, leads, goals)
    if not (on or report):
        return False, False
    if _goal(sentence) or _ITEM.match(sentence) is not None or _THIS_YEAR.match(sentence) or any(
            plan_year is None or int(m.group(1)) >= plan_year for m in _DUE.finditer(sentence)) or (
            plan_year is not None and any(y >= plan_year for y in years)):
        return False, True  # a goal's cue, an item, a date lead of the plan's year, a deadline, a year to come
    if report:
        return True, False
    # new work with no report word and no date of its own (全市新建5G基站3万个 after 截至…已建成…: review 17's F5),
    # unless a ; joins it to the report's sentence (去年全省改造…;新增…绿地面积6797万平方米)
    return False, not item and not leads and new_work(sentence)


def _gone_year(text: str, plan_year: int | None) -> bool:
    """Whether a line names a year before the plan's (four digits, up to two spaces, 年): one literal search for 年,
    a look back of six characters at each (most lines of a plan name none, or only the years to come)."""
    if plan_year is None:
        return False
    return any(int(m.group(m.lastindex or 0)) < plan_year for m in _DIGITS_YEAR.finditer(text))


def reached(lines: list[Line], targets: list[Target], plan_year: int | None,
            goal_lines: set[int] | frozenset[int] = frozenset()) -> list[Target]:
    """``targets`` without those that stand in a report's reach: a sentence with no cue of its own after a sentence
    with a report's cue, in the same line or in the prose lines after it (see the module's note). Linear: each line
    that holds a cue or stands in a reach is split into sentences once, each sentence searched once."""
    if not targets:
        return targets
    order = sorted(range(len(targets)), key=lambda k: targets[k].start)
    starts = [targets[k].start for k in order]
    dropped: set[int] = set()  # places in ``order``
    on = False
    last = starts[-1]  # no line after the last target's can drop one
    for line in lines:
        if line.start > last:
            break
        text = line.text.strip()
        if not text:
            continue  # a blank line passes
        if len(text) < _PROSE or "|" in text:
            on = False  # a heading, a cell, a table row: the reach ends
            continue
        if not on and _REPORT.search(line.text) is None and not _gone_year(line.text, plan_year) and (
                "月" not in line.text or _MONTHS.search(line.text) is None):
            continue  # no report's cue can open a reach here (most lines): tested as printed, unsimplified
        simple = simplified_all(line.text)
        under = line.index in goal_lines
        lo = 0
        for end in [m.end() for m in _END.finditer(simple)] + [len(simple)]:
            if end <= lo:
                continue
            report, goal = _cues(simple[lo:end], plan_year, lo > 0 and simple[lo - 1] in ";；", on, under)
            if goal:
                on = False
            elif report:
                on = True
                if (part := _PART_LEAD.match(simple, lo, end)) and _FIGURE.match(simple, part.end(), end):
                    first = bisect.bisect_left(starts, line.start + lo)
                    dropped.update(range(first, bisect.bisect_left(starts, line.start + end)))
            elif on:
                first = bisect.bisect_left(starts, line.start + lo)
                dropped.update(range(first, bisect.bisect_left(starts, line.start + end)))
            lo = end
    if not dropped:
        return targets
    gone = {order[k] for k in dropped}
    return [t for k, t in enumerate(targets) if k not in gone or (
        t.year is not None and plan_year is not None and t.year > plan_year)]
