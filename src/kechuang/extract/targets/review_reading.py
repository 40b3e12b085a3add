"""One decision per passage: does it state facts (a review, a report, news of results) or goals? (round 72; the
design of docs/review-reading.md, measured on dev.)

The review rules before this one (report_tense.py, passage_mode.py, review_heads.py, report_headlines.py,
report_reach.py, bare_reports.py) each veto one shape of a review. This module weighs a passage (the text given to the
extractor) once, on four signals of docs/review-reading.md, and drops the reads of a passage that states facts:

- **C4, the genre**: the title names a review (执行情况, 总结, 公报, 工作报告 — not a 政府工作报告, whose pages hold
  goals as often as reviews, nor news) and the passage holds at most one goal's cue;
- **C2, the dates**: every year the passage (or its title) prints is before the plan's year, it names no 今年, 全年…,
  and it holds a report cue;
- **C3, the balance**: two report cues or more, and at least twice as many as its goals' cues;
- **C1, 了 after a verb of completion or change** (完成了, 增长了): a narrative of what was done, where its goals'
  cues do not outweigh its report cues.

A read stays when its own sentence holds a goal's cue (the sentence keep: a news frame around a plan,
记者获悉…今年计划改厕12000个) or report_tense keeps it (a clause opening with the plan's year, an item, new work), when
it is dated after the plan's year, or when it stands in a table row (the columns
of a progress table say which cells report: reported.py decides there, before any balance). A passage that holds a
progress table's reported cells is not weighed at all. Absence of a goal's cue decides nothing (a plan's bare
新建农产品加工厂房10个): only positive evidence of a report acts.

The goals' lexicon is read in its phrase, as the older modules read it: tense_cues' words, with 要 not in 重要/主要/
需要, 需 not in 需求, 任务 not after 完成 in its clause, the names and goals reached of goal_names.py (科技计划项目,
圆满完成预期目标), 到/至 a year gone by as a date, no deadline. Every pattern is a literal alternation or bounded."""

from __future__ import annotations

import bisect
import re
from itertools import accumulate

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.rules import simplified_all
from kechuang.extract.targets.goal_names import named_goal
from kechuang.extract.targets.past_leads import past_led
from kechuang.extract.targets.report_tense import kept_from, line_starts, passage  # its sentence keeps, passage, starts
from kechuang.extract.targets.tense_cues import GOAL

# a review's genre in the title (C4); 政府工作报告 is none (its pages hold goals as often as reviews)
_REVIEW_GENRE = re.compile(r"执行情况|总结|公报|工作报告|情况的?报告")
_GOVERNMENT = "政府工作报告"
# the cues of a report (the design's lexicon; 已 not an attribute 已建成的, 以来 not 以来的, 截至 a year: see _asof).
# No branch opens with a lookbehind (过 then (?<!通过) for (?<!通)过) and the month spans share their digits: a
# pattern opening with an assertion loses the engine's skip to a first character (same matches, test_speed31.py)
_REPORT = re.compile(r"已(?![^,，。;；]{0,8}的|有基础)|累计|同比|[比较](?:上|去)年|上年|去年"
                     r"|截[至止](?:\s{0,2}(?P<asof>\d{4}))?|以来(?!的)|共计|一年来|过(?<!通过)去|回顾|上半年|[一二三四]季度"
                     r"|前三季度|年初至今|\d{1,2}(?:\s{0,2}[-—~至]\s{0,2}\d{1,2}\s{0,2}月|月份)")
# _REPORT read as two scans (report_cues): its words, every branch a literal (比上年 for [比较](?:上|去)年, 一季度 for
# [一二三四]季度), scanned by first characters; and its month spans, which hold 月 and are sought only in a passage
# that prints one. The two scans' matches merged by their starts are _REPORT's (tests/extract/test_speed32_spd36.py)
_REPORT_WORDS = re.compile(r"已(?![^,，。;；]{0,8}的|有基础)|累计|同比|比上年|比去年|较上年|较去年|上年|去年"
                           r"|截[至止](?:\s{0,2}(?P<asof>\d{4}))?|以来(?!的)|共计|一年来|过(?<!通过)去|回顾|上半年"
                           r"|一季度|二季度|三季度|四季度|前三季度|年初至今")
_MONTHS = re.compile(r"\d{1,2}(?:\s{0,2}[-—~至]\s{0,2}\d{1,2}\s{0,2}月|月份)")
# a month span holds one 月, at most this far after its start (two digits, two spaces, the dash, two spaces, two
# digits, two spaces): it is sought around each 月, not by its digits (digits are frequent, 月 is not)
_MONTH_REACH = 11
# the goals' words (tense_cues) with 任务, 需, 要, 年前 and 到/至 a year, the verbs of a task the design counted (打造,
# 推动, 加快, 着力) and 以上 of a level to reach (not 规模以上, 限额以上: a class of enterprises)
# (到 and 至 each a literal branch, the year in a group of each: a branch opening with a class [到至] would cost the
# pattern its scan by first characters)
_GOAL = re.compile(GOAL + r"|任务|需|要|年前|到\s{0,2}(?P<by>\d{4})\s{0,2}年|至\s{0,2}(?P<to>\d{4})\s{0,2}年|打造|推动"
                   r"|加快|着力|以上")
_CLASS_BEFORE = ("规模", "限额")  # 规模以上工业, 限额以上: a class of enterprises, no level to reach
_TASK_VERBS = frozenset(("打造", "推动", "加快", "着力"))  # weighed in a passage, too weak to keep a sentence
_DONE_TASK = re.compile(r"完成[^,，。;；:：!！?？\n]{0,16}$")  # 超额完成省定任务: a task done, no goal
_DUE_YEAR = re.compile(r"\d{4}\s{0,2}$")  # 2025年底前: the year before 年…前
# a verb of completion or change followed by 了 (C1)
_DONE_LE = re.compile(r"(?:完成|建成|实现|新增|达到|增长|提高|下降|超过|突破|获得|获批|入选|认定)了")
_YEAR = re.compile(r"((?:1(?<!\d1)9|2(?<!\d2)0)\d{2})\s{0,2}年")  # (?<!\d) after the first digit
_THIS_YEAR = re.compile(r"今年|本年|全年|年内|明年")  # a date of the plan's year or the next: not every year is past
_END = re.compile(r"[。!！?？\n]")  # a sentence's end (；joins the items a cue governs: 力争…;…同比增长34.3%)
_MIN_REPORTS = 2  # C3: report cues a passage needs
_PER_REPORT = 2  # C3: report cues per goal's cue
# C1: a passage of more goals' cues is a plan that reviews in passing (a whole plan's 回顾 holds 完成了 too); on dev
# every passage that holds C1's 了 holds six at most
_C1_MOST_GOALS = 6


def goal_cues(text: str, plan_year: int | None, verbs: bool = True, most: int | None = None) -> int:
    """How many goals' cues a text (simplified) holds, each read in its phrase; ``verbs``: with the verbs of a task;
    ``most``: stop once the count passes it (a caller that only compares the count with ``most``)."""
    count = 0
    for m in _GOAL.finditer(text):
        cue, at = m.group(), m.start()
        if not verbs and cue in _TASK_VERBS:
            continue
        if cue[0] == "至" and at and text[at - 1] == "截":
            continue  # 截至2024年底: a report's date (a report cue), no deadline
        if cue == "计划" and text.startswith("投资", at + 2):
            continue  # 年度计划投资24.26亿元: the investment a plan put in, reported
        if (cue == "需" and text.startswith("求", m.end())) or (cue == "要" and at and text[at - 1] in "重主需"):
            continue
        if cue == "年前" and _DUE_YEAR.search(text, max(0, at - 6), at) is None:
            continue
        if cue == "任务" and _DONE_TASK.search(text, max(0, at - 18), at) is not None:
            continue
        if cue[0] in "未计目预任" and named_goal(text, at, cue):  # 科技计划项目, 圆满完成预期目标 (round 65)
            continue
        if cue == "以上" and text[max(0, at - 2):at] in _CLASS_BEFORE:
            continue
        if (by := m.group("by") or m.group("to")) is not None and plan_year is not None and int(by) < plan_year:
            continue  # 到2024年 in 2025: a review's date
        count += 1
        if most is not None and count > most:
            break
    return count


def _month_span(text: str, at: int) -> re.Match[str] | None:
    """``_MONTHS.search(text, at)``, found from the 月 after ``at``: a span holds one 月 and opens at most
    ``_MONTH_REACH`` characters before it, so the first 月 with a span around it (and after ``at``) holds the first
    span."""
    month = text.find("月", at)
    while month >= 0:
        if (span := _MONTHS.search(text, max(at, month - _MONTH_REACH), month + 2)) is not None:
            return span
        month = text.find("月", month + 1)
    return None


def report_cues(text: str, plan_year: int | None) -> int:
    """How many report cues a text (simplified) holds; 截至 a year not gone by is a deadline, none. _REPORT's matches,
    read as the matches of its words and of its month spans merged: at each start the first that matches, the next
    sought after its end (no word opens inside a month span, and a month span inside 截至2024 is passed as _REPORT
    passes it)."""
    def counted(m: re.Match[str]) -> bool:
        return (asof := m.group("asof")) is None or plan_year is None or int(asof) < plan_year

    if "月" not in text:  # no month span: the words' matches are _REPORT's
        return sum(1 for m in _REPORT_WORDS.finditer(text) if counted(m))
    count, word, month = 0, _REPORT_WORDS.search(text), _month_span(text, 0)
    while word is not None or month is not None:
        if month is None or (word is not None and word.start() < month.start()):
            count += counted(word)
            at = word.end()
        else:
            count += 1  # a month span dates nothing to come
            at = month.end()
        if word is not None and word.start() < at:
            word = _REPORT_WORDS.search(text, at)
        if month is not None and month.start() < at:
            month = _month_span(text, at)
    return count


def _all_gone(text: str, plan_year: int) -> bool:
    """Whether ``text`` prints a year (``_YEAR``) and every year it prints is before ``plan_year``: ``max`` of
    ``_YEAR.findall`` below it, read only up to the first year not gone (a plan prints its own year or a later one near
    its start: the rest of the passage, a scan of the digits at every position, is not read; spd54)."""
    printed = False
    for m in _YEAR.finditer(text):
        if int(m.group(1)) >= plan_year:
            return False
        printed = True
    return printed


def states_facts(text: str, plan_year: int | None, title: str | None) -> bool:
    """Whether a passage (simplified) states facts: C4 ∨ C2 ∨ C3 ∨ C1 (the module's doc)."""
    if title and _REVIEW_GENRE.search(title) and _GOVERNMENT not in title and goal_cues(text, plan_year, most=1) <= 1:
        return True  # C4
    reports = report_cues(text, plan_year)
    if reports >= 1 and plan_year is not None and (  # (C2 needs both: the years are read only then)
            _all_gone(text + "\n" + (title or ""), plan_year)) and (  # the page's title too
            _THIS_YEAR.search(text) is None):
        return True  # C2
    # C3 and C1 compare the goals' cues with reports // 2 and min(reports, 6) only: counted no further (review 32)
    goals = goal_cues(text, plan_year, most=max(reports // _PER_REPORT, min(reports, _C1_MOST_GOALS)))
    if reports >= _MIN_REPORTS and reports >= _PER_REPORT * goals:
        return True  # C3
    # C1, where the goals' cues do not outweigh the report cues (较好完成了…目标任务 over a 政府工作报告's goals)
    return goals <= min(reports, _C1_MOST_GOALS) and "了" in text and _DONE_LE.search(text) is not None


def kept_reads(text: str, reads: list[tuple[int, int, int | None]], plan_year: int | None,
               title: str | None) -> list[bool]:
    """For each read (start, end, year) of ``text`` (simplified, the offsets of the reads), whether it stays: all
    when the passage states goals; else a read dated after the plan's year, one in a table row or one whose
    sentence holds a goal's cue. Each sentence is weighed once."""
    if not reads or not states_facts(text, plan_year, title):
        return [True] * len(reads)
    return _kept_of_facts(text, reads, plan_year)


_BREAK = re.compile("\n")
_BAR = re.compile(r"\|")


def _kept_of_facts(text: str, reads: list[tuple[int, int, int | None]], plan_year: int | None) -> list[bool]:
    """``kept_reads`` of a passage that states facts."""
    ends = [m.end() for m in _END.finditer(text)]
    # a read's line and its table bar found by bisect: rfind/find and a slice of the line scanned a text without line
    # breaks whole once per sentence (quadratic; session 45's CI: 32.6 times the time for 16 times the text)
    breaks = [m.start() for m in _BREAK.finditer(text)]
    bars = [m.start() for m in _BAR.finditer(text)]
    seen: dict[int, tuple[int, bool]] = {}
    out = []
    for start, end, year in reads:
        if year is not None and plan_year is not None and year > plan_year:
            out.append(True)
            continue
        i = bisect.bisect_right(ends, start)
        if i not in seen:
            lo = ends[i - 1] if i else 0
            sentence = text[lo:ends[i] if i < len(ends) else len(text)]
            b = bisect.bisect_left(breaks, start)
            line_lo = breaks[b - 1] + 1 if b else 0
            line_hi = breaks[b] if b < len(breaks) else len(text)
            bar = bisect.bisect_left(bars, line_lo)
            row = bar < len(bars) and bars[bar] < line_hi
            seen[i] = lo + kept_from(sentence, plan_year), row or goal_cues(sentence, plan_year, False, 0) > 0
        frm, keep = seen[i]
        out.append(keep or frm < end)  # report_tense's keeps: a year lead of the plan's year, an item, new work
    return out


# rev39: a goals heading or caption over a review's actuals does not make its 同比 goals (paragraph_scope's
# _set_change): a document whose title names a review (某区人民政府关于2024年工作总结的报告 /
# 一、目标任务 / 全年地区生产总值同比增长5.6%), or a passage whose years are all gone by, with 全年/上年
# in the sentence (2024年主要预期目标 over 2025's review of it). A title that names work to come as well
# (上半年工作总结及下半年工作计划) is none.
_REVIEW_TITLE = re.compile(r"总结|回顾|执行情况|完成情况")
_TO_COME = re.compile(r"计划|打算|安排|思路")
_WHOLE_YEAR = re.compile(r"全年|上年")
_TITLE_MOST = 60  # a first line read as the title: short, no sentence


def _review_changes(text: str, simple: list[str], plan_year: int | None, title: str | None) -> set[tuple[int, int]]:
    """The sentences (line, index) of a passage of goals whose 同比 reports a review's actual, not a goal (above)."""
    head = simplified_all(title) if title else next((s for s in simple if s.strip()), "")
    review = len(head) <= _TITLE_MOST and "。" not in head and _REVIEW_TITLE.search(head) is not None \
        and _TO_COME.search(head) is None and not (plan_year is not None and any(
            int(y) >= plan_year for y in _YEAR.findall(head)))
    # (the passage's years are read only for a title that names no review, up to the first not gone: ``_all_gone``)
    if not review and not (plan_year is not None and _all_gone(text, plan_year)):
        return set()
    out = set()
    for k, line in enumerate(simple):
        if "同比" not in line:
            continue
        lo = 0
        for i, m in enumerate([*_END.finditer(line), None]):
            hi = m.end() if m is not None else len(line)
            sentence = line[lo:hi]
            if "同比" in sentence and goal_cues(sentence, plan_year, False, 0) == 0 and (
                    review or _WHOLE_YEAR.search(sentence)):
                out.add((k, i))
            lo = hi
    return out


def _line_sentence(starts: list[int], simple: list[str], readings, pos: int) -> tuple[int, int]:
    """(line, sentence index) of a target's start, as _review_changes counts them; ``starts``: the lines' starts."""
    k = max(0, bisect.bisect_right(starts, pos) - 1)
    r, off = readings[k], pos - starts[k]
    off = r.to_clean(off) if r else off
    return k, sum(1 for m in _END.finditer(simple[k], 0, off))


def review_read(lines: list[Line], targets: list[Target], plan_year: int | None, title: str | None,
                reported: bool) -> list[Target]:
    """``targets`` without the reads of a passage that states facts (``kept_reads``); ``reported``: the passage holds
    a progress table's reported cells (reported.py), whose columns decide instead. The passage is read simplified and
    without a mirror's phonetic readings (計(jì)劃 weighs as 计划), each target's offsets taken there."""
    if not targets or reported:
        return targets
    readings, simple, joined = passage(lines)  # read once for report_tense and here
    text = joined + "\n" if simple else ""  # each line and its line break
    starts = line_starts(lines)  # read once for the filters after the targets' loop
    # a 同比 of a review is no goal, whether the passage reads as goals or as facts (review 40: a review's title over
    # four 同比 sentences read as facts kept them)
    if "同比" in text and (changes := _review_changes(text, simple, plan_year, title)):
        targets = [t for t in targets if _line_sentence(starts, simple, readings, t.start) not in changes]
        if not targets:
            return targets
    if not states_facts(text, plan_year, simplified_all(title) if title else None):
        # a passage of goals keeps every read (kept_reads) but those of a sentence opening with a past date
        return past_led(lines, targets, plan_year, readings, simple, goal_cues, starts)
    cleans = list(accumulate((len(part) + 1 for part in simple), initial=0))  # where each line stands in ``text``

    def clean(pos: int) -> int:
        k = max(0, bisect.bisect_right(starts, pos) - 1)
        r, off = readings[k], pos - starts[k]
        return cleans[k] + (r.to_clean(off) if r else off)

    keep = _kept_of_facts(text, [(clean(t.start), clean(t.end), t.year) for t in targets], plan_year)
    return [t for t, k in zip(targets, keep, strict=True) if k]
