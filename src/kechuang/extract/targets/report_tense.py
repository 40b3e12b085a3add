"""The tense of a whole text: a report of what was done, or a statement of what is to be done (round 52;
docs/extraction.md, section 4, "Round 52, texts that report work done").

Round 44 (passage_mode.py) reads a paragraph's mode from where a report's cue stands in it; a paragraph that holds
none (`累计整合财政涉农资金24.7亿元…`, `新建棚室4804亩,超额完成省定任务`) is read as a plan's. Here the text is
weighed once, as a whole: the cues of a report (已, 累计, 同比, 比上年, 上年, 去年, 获, 成功, 截至, 一年来, 回顾,
以来, 过去, …年来) against the cues of the goals (passage_mode's words of a goal: 力争, 确保, 计划, 目标, 将, 预计,
到2025年, 下一步, 明年, 不低于, 任务, …). A text holding two report cues or more, and at most one goal's cue for each
four of them, reports work done (a naming of the plan's year or a later one weighs as a goal's cue: 开启2025年工作,
2026年主要工作; a year gone by as a report's: a clause opening with it, 2020年,… in 2023, or a span ending in it,
由2020年的…提高至2024年的… in 2025; 截至 a year not gone by is a deadline, a goal's cue). Its targets are history,
unless dated after the plan's year, in a table row (``|``: its columns say which cells report, reported.py), or kept
by their sentence: after a goal's cue in it, after a clause or sentence opening with a date of the plan's year (全年,
今年, 2024年 in 2024) or with a numbered item (1.做好…: a progress report's task), or in a sentence of new work with
no report word (全市新建5G基站3万个) — passage_mode's year leads, items and review-17 F5.

Completion words (完成, 实现, 达到, 新增) weigh nothing: a plan's list of works prints them as often as a report
does (a 民心工程 notice's `完成农村户厕改造2130座,…累计完成3万户`). 获悉 is a news frame, no report (`记者…获悉,
该县计划…`), 已…的 within a clause an attribute (对已建成的…), 以来的 a qualifier. A whole plan always holds goals'
cues by the dozen, so the reading falls on texts that are reports throughout: news of achievements, 成绩单, reviews
printed alone, bulletins (dev: 17 spurious targets of 6 pages dropped, no gold target lost). Two to one would drop 7
more spurious and 3 gold (progress tables printed a cell a line, whose task cells state goals with no cue: 地区生产总值
增长8%以上。 over 同比… cells); the closest texts with gold stay out by one report cue (3 against 1 goal's cue).

Round 56: a part of the year named (一季度, 前三季度, 上半年) is a report's cue, the progress of a year under way
(一季度屠宰量达14.55万头,同比增长51.56%; 一季度,完成工业固定资产投资2.77亿元、同比增长69.7%: dev, 5 spurious targets
of 2 pages dropped, no gold lost); a month span is none (a reward rule's 对3至6月…升规的企业). Progress tables of a
year's goals (上半年推进情况, 前三季度完成情况) stay plans by their goals' cues (目标, 任务); counting 同比 twice as
well would drop their goals. A task done (完成…任务 in one clause: 超额完成省定任务, 完成年内67万亩高标准农田建设
任务, 完成市上下达任务16家的93.7%) is no goal's cue: the completion words weigh nothing, their task with them (dev: 7
spurious targets of a 年度成绩单 dropped, 11 texts of 9 pages read as reports, none with gold).
The weighing is cheap on a plan: its goals' cues are counted only until they outweigh every report cue it can hold.
Round 61 (bare_reports.py): a text with no goal's cue at all and a mark of facts stated (a year lead in a page of no
known year, a statistics source, a rank or share of the nation) is a report though it holds no report cue."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.rules import on_forget, simplified_all
from kechuang.extract.targets.bare_reports import bare_report, done_only
from kechuang.extract.targets.goal_names import named_goal
from kechuang.extract.targets.passage_mode import new_work
from kechuang.extract.targets.readings import Readings
from kechuang.extract.targets.tense_cues import GOAL, NOT_MONTH, REPORT, THIS_YEAR, YEAR

_REPORT = re.compile(r"已(?![^,，。;；]{0,8}的|有基础)|累计|同比|比上年|较上年|上年|获(?!悉)|成功"
                     r"|截[至止](?:\s{0,2}(?P<asof>\d{4}))?|一年来|回顾|" + REPORT)
# (the last: a part of the year gone by, round 56: 一季度屠宰量达…, 前三季度; literals, no class: an alternation whose
# every branch opens with a literal is scanned by its first characters, one opening with a class at every position)
# the words of a goal (passage_mode's, without the verbs of a task: 加快, 推进, 实施… tell no tense, a report prints
# them as often as a plan: 深入推进精准扶贫, 实施…扶贫项目257个)
# (tense_cues' words with 任务, 需, 要, 年前 and 到/至 a year: no group nor lookaround, a fast search)
_GOAL = re.compile(GOAL + r"|任务|需|要|年前|到\s{0,2}\d{4}\s{0,2}年|至\s{0,2}\d{4}\s{0,2}年")
_DONE_TASK = re.compile(r"完成[^,，。;；:：!！?？\n]{0,16}$")  # 超额完成省定任务: a task done, no goal (before 任务)
_DUE_YEAR = re.compile(r"\d{4}\s{0,2}$")  # 2025年底前: the year before 年…前
_YEAR = re.compile(r"\d{4}")
# each 年 after four digits and up to two spaces (\s: str.isspace; \d: str.isdecimal), the digits in the group of its
# branch: a scan by its literal 年, the look behind only there
_DIGITS_YEAR = re.compile(r"年(?:(?<=(\d{4})年)|(?<=(\d{4})\s年)|(?<=(\d{4})\s\s年))")
# a clause that opens with a date (passage_mode's year leads; 今年1-9月, 今年以来 and 2024年1-9月 report)
_DATE = rf"{YEAR}{NOT_MONTH}|[〇零一二三四五六七八九]{{4}}\s{{0,2}}年|全年|本年度|年内|到年底|{THIS_YEAR}"
_LEAD = re.compile(rf"\s{{0,2}}(?:{_DATE})")  # matched where a sentence opens
_LEADS = re.compile(rf"[。!！?？;；,，:：\n]\s{{0,2}}(?:{_DATE})")  # searched: a clause's opening mark first
# a numbered item or heading (passage_mode's: 1., 2、 not 1.5, （一）, 一是), opening a sentence or after a clause mark
_ITEM_FORMS = r"\d{1,2}\s?[.．、](?!\d)|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,2}是"
_ITEM = re.compile(rf"\s{{0,2}}(?:{_ITEM_FORMS})")
_ITEMS = re.compile(rf"[,，:：]\s{{0,2}}(?:{_ITEM_FORMS})")
_END = re.compile(r"[。!！?？;；:：]")
_LIST_END = frozenset(";；")  # an item's end of a list opened by a colon: no sentence's end (review 23 F3)
_MIN_REPORTS = 2  # report cues a text needs
_PER_GOAL = 4  # report cues that outweigh one goal's cue


def _gone(year: str | None, plan_year: int | None) -> bool:
    return year is not None and plan_year is not None and int(year) < plan_year


def _goals(text: str) -> Iterator[tuple[int, str | None]]:
    """The goals' cues of a text, (start, the year of 到/至2025年 or None): _GOAL's matches, but 需 before 求 (需求),
    要 after 重/主/需 (重要, 主要, 需要), 年前 after no year and 任务 after 完成 in its clause (超额完成省定任务)."""
    for m in _GOAL.finditer(text):
        cue, at = m.group(), m.start()
        if (cue == "需" and text.startswith("求", m.end())) or (cue == "要" and at and text[at - 1] in "重主需"):
            continue
        if cue[0] == "年" and cue[-1] == "前" and _DUE_YEAR.search(text, max(0, at - 6), at) is None:
            continue
        if cue == "任务" and _DONE_TASK.search(text, max(0, at - 18), at) is not None:
            continue
        if cue[0] in "未计目预任" and named_goal(text, at, cue):  # 未来产业, 科技计划项目, 圆满完成预期目标 (round 65)
            continue
        yield at, _YEAR.search(cue).group() if cue[0] in "到至" else None


def _named_years(text: str, plan_year: int | None) -> int:
    """How many times a text names the plan's year or a later one (开启2025年工作, 2026年主要工作, in 2025 and 2026),
    other than after 到/至/截至 (counted as goals' or report cues already): a text that names the year to come states
    what is to be done. One literal search for 年, a look back of six characters at each."""
    if plan_year is None:
        return 0
    count, at = 0, text.find("年")
    while at >= 0:
        end = at
        while end > 0 and at - end < 2 and text[end - 1] in " \u3000":
            end -= 1
        digits = text[max(0, end - 4):end]
        if len(digits) == 4 and digits.isdigit() and int(digits) >= plan_year and (
                end < 5 or text[end - 5] not in "到至0123456789"):
            count += 1
        at = text.find("年", at + 1)
    return count


def _gone_years(text: str, plan_year: int | None) -> int:
    """How many times a text names a year gone by (four digits, up to two spaces, 年: 2020年 in 2025): a bound on the
    report cues that its date leads and its spans gone by (到2020年, 提高至2024年的) add. One literal search for 年."""
    if plan_year is None:
        return 0  # no year is gone on a page of no known year
    return sum(1 for m in _DIGITS_YEAR.finditer(text) if int(m.group(m.lastindex or 0)) < plan_year)


def reports_throughout(text: str, plan_year: int | None = None) -> bool:
    """Whether a text (simplified characters, without phonetic readings) is a report of work done as a whole: two
    report cues or more, and at most one goal's cue for each four of them. The report cues are counted first, with a
    bound on those that the years gone by may add (``_gone_years``); the goals' cues are counted only until they
    outweigh that bound (a whole plan: after its first pages), the date leads only when they have not. Each year gone
    by adds one cue at most (a lead and a span, or two readings of one lead, count it once), so the bound holds and the
    early exits give the full weighing's answer for every text."""
    reports = goals = 0
    for m in _REPORT.finditer(text):
        if (asof := m.group("asof")) is None or _gone(asof, plan_year):
            reports += 1
        else:
            goals += 1  # 截至2025年底 in 2025: a deadline
    most = reports + _gone_years(text, plan_year)  # what leads and spans gone by may add at most
    if most < _MIN_REPORTS or goals * _PER_GOAL > most:
        return False
    spans = set()  # where the years of the spans gone by stand
    for at, by in _goals(text):
        if _gone(by, plan_year):
            reports += 1  # 提高至2024年的2.8万元 in 2025: a span gone by
            spans.add(text.find(by, at))
        else:
            goals += 1
            if goals * _PER_GOAL > most:
                return False  # the goals outweigh all the report cues there can be
    # the years named to come, counted after the goals' cues (a plan's cues outweigh the reports before: each adds to
    # the goals, so the order of the counts changes no answer)
    goals += _named_years(text, plan_year)
    if goals * _PER_GOAL > most:
        return False
    # a year is one cue (review 24 F1): a lead after a line break at the text's start (_LEAD and _LEADS) or after
    # 到/至 and a line break (a span's year) names the year the other reading counted already
    leads = {m.start("year"): m.group("year") for m in _LEADS.finditer(text) if m.group("year")}
    if (first := _LEAD.match(text)) is not None and first.group("year"):
        leads[first.start("year")] = first.group("year")
    reports += sum(1 for at, year in leads.items() if at not in spans and _gone(year, plan_year))
    return reports >= _MIN_REPORTS and goals * _PER_GOAL <= reports


def _this_year(lead: re.Match[str] | None, plan_year: int | None) -> bool:
    """Whether a date lead (_LEAD, _LEADS) names the plan's year or a later one (全年, 今年, 2024年 in 2024)."""
    if lead is None:
        return False
    year = lead.group("year")
    return year is None or (plan_year is not None and int(year) >= plan_year)


def kept_from(sentence: str, plan_year: int | None) -> int:
    """Where a sentence of a reporting text keeps its targets from (a target ending after it stays): 0 when it states
    new work with no report word (``passage_mode.new_work``); else its first goal's cue, its first clause that opens
    with a date of the plan's year or a later one (…,今年新建…), or its first numbered item or heading (1.做好…, 一是):
    passage_mode's year leads and items, which end a report's span; else ``len(sentence)`` (none stays)."""
    if new_work(sentence):
        return 0
    if _this_year(_LEAD.match(sentence), plan_year) or _ITEM.match(sentence):
        return 0
    first = next((at for at, by in _goals(sentence) if not _gone(by, plan_year)), len(sentence))  # 到2024年 in 2025:
    # a review's date, no deadline (round 65)
    lead = next((m.start() for m in _LEADS.finditer(sentence, 0, first) if _this_year(m, plan_year)), first)
    item = _ITEMS.search(sentence, 0, lead)
    return item.start() if item is not None else lead


def _ends(text: str) -> list[int]:
    """The sentence ends of a line: 。!？ and ；, but not the ；between the items of a list opened by a colon in the
    same sentence (今年的目标是:地区生产总值增长6%左右;规上工业增加值增长8%;…: what opens the list — a goal's cue —
    governs each item, as it governs a list joined by 、 or ,). One pass."""
    out, listed = [], False
    for m in _END.finditer(text):
        mark = m.group()
        if mark in ":：":
            listed = True
        elif mark not in _LIST_END or not listed:
            out.append(m.end())
            listed = False
    return out


def _sentence_of(lines: list[Line], at: int, starts: list[int], ends: dict[int, tuple[str, list[int]]]
                 ) -> tuple[tuple[int, int], str]:
    """The sentence (simplified) of the line that holds offset ``at``: the text between the sentence ends around it,
    with its key (line, sentence). ``starts``: the lines' starts; ``ends``: each line's simplified text and sentence
    ends, found once (review 27, F1: a scan from the line's start per target made a long line of many targets
    quadratic)."""
    k = bisect.bisect_right(starts, at) - 1
    if k < 0 or at > lines[k].end:
        return (-1, 0), ""
    if k not in ends:
        text = simplified_all(lines[k].text)
        ends[k] = (text, [m.end() for m in _END.finditer(text)])
    text, found = ends[k]
    i = bisect.bisect_right(found, at - lines[k].start)  # each end is one past its mark: a mark at ``at`` closes it
    return (k, i), text[found[i - 1] if i else 0:found[i] if i < len(found) else len(text)]


def _new_work_kept(lines: list[Line], targets: list[Target]) -> list[bool]:
    """For each target, whether its sentence is new work (``new_work``): each sentence weighed once, as a line with
    no sentence end holds one sentence however many targets it holds (review 27, F1)."""
    starts, ends, seen = [line.start for line in lines], {}, {}
    out = []
    for t in targets:
        key, sentence = _sentence_of(lines, t.start, starts, ends)
        if key not in seen:
            seen[key] = new_work(sentence)
        out.append(seen[key])
    return out


# the last passage read (``passage``): its lines (the list itself, kept so that its identity is not another's), their
# count, its first and last line, and its reading
_PASSAGE: list[object] = [None, -1, None, None, None]
on_forget(lambda: _PASSAGE.__setitem__(slice(None), [None, -1, None, None, None]))  # emptied with the other caches


def passage(lines: list[Line]) -> tuple[list[Readings | None], list[str], str]:
    """Each line's phonetic readings (``Readings.of``: 計(jì)劃 weighs as 计划), each line read without them in
    simplified characters (a translation character by character: the same text, from the pipeline's cache), and those
    joined by line breaks: the passage that reported_text and review_reading weigh. Read once per list of lines: the
    two filters run on one document's list one after the other, so the last list read is kept (by identity, with its
    count and its first and last line: a list changed since is read again) and no other document's."""
    memo = _PASSAGE
    if memo[0] is lines and memo[1] == len(lines) and (
            not lines or (memo[2] is lines[0] and memo[3] is lines[-1])):
        return memo[4]  # type: ignore[return-value]
    # (a line with no "(" and no ". " or " ." has no reading nor a decimal's gap: ``Readings.of`` is not asked; a line
    # with no space, most, holds neither gap: one search for a character, not two for a pair)
    readings = [Readings.of(line) if "(" in (text := line.text) or (" " in text and (". " in text or " ." in text))
                else None for line in lines]
    simple = [simplified_all(line.text if r is None else r.line.text) for line, r in zip(lines, readings, strict=True)]
    read = readings, simple, "\n".join(simple)
    memo[:] = [lines, len(lines), lines[0] if lines else None, lines[-1] if lines else None, read]
    return read


# the last list of lines whose starts were read (``line_starts``): the list, its count, its first and last line, starts
_STARTS: list[object] = [None, -1, None, None, None]
on_forget(lambda: _STARTS.__setitem__(slice(None), [None, -1, None, None, None]))  # emptied with the other caches


def line_starts(lines: list[Line]) -> list[int]:
    """Each line's start: the filters after the targets' loop (reported_text, review_reading, past_leads) bisect a
    document's lines by them, each built the list of its own. Kept for the last list read, as ``passage`` keeps its
    reading (by identity, with its count and its first and last line: a list changed since is read again). The
    callers only read it."""
    memo = _STARTS
    if memo[0] is lines and memo[1] == len(lines) and (
            not lines or (memo[2] is lines[0] and memo[3] is lines[-1])):
        return memo[4]  # type: ignore[return-value]
    starts = [line.start for line in lines]
    memo[:] = [lines, len(lines), lines[0] if lines else None, lines[-1] if lines else None, starts]
    return starts


def reported_text(lines: list[Line], targets: list[Target], plan_year: int | None) -> list[Target]:
    """``targets`` without those of a text that reports work done throughout (``reports_throughout``): kept are a
    target dated after the plan's year, one in a table row, and one that its sentence keeps (``kept_from``). Linear:
    each line's sentence ends are found once, each sentence read once, a bisect per target."""
    if not targets:
        return targets
    clean = passage(lines)[2]  # 計(jì)劃 weighs as 计划, simplified line by line
    if not reports_throughout(clean, plan_year):
        first = next((at for at, by in _goals(clean) if not _gone(by, plan_year)), None)  # a plan: its first goal's
        # cue, near its start (到2024年 in 2025 is none: round 65)
        if first is None and bare_report(clean, plan_year, first, _named_years(clean, plan_year)):
            done = done_only(clean, plan_year)  # 全市建成了学校20所。新建学校10所: new work stays
            kept = _new_work_kept(lines, targets) if done else [False] * len(targets)
            return [t for t, new in zip(targets, kept, strict=True)
                    if (t.year is not None and plan_year is not None and t.year > plan_year) or new]
        return targets
    simple = [simplified_all(line.text) for line in lines]
    starts = line_starts(lines)
    ends: dict[int, list[int]] = {}  # a line's sentence ends, found once
    seen: dict[tuple[int, int], int] = {}  # a sentence's reading (kept_from), once
    out = []
    for t in targets:
        k = bisect.bisect_right(starts, t.start) - 1  # the line the target stands in
        if (t.year is not None and plan_year is not None and t.year > plan_year) or k < 0 \
                or t.start > lines[k].end:
            out.append(t)
            continue
        text, at = simple[k], t.start - lines[k].start
        if k not in ends:
            table = "|" in text
            ends[k] = [] if table else _ends(text)
            if table:  # a table row keeps all its targets: its columns say which cells report (reported.py)
                seen[k, 0] = -1
        n = bisect.bisect_right(ends[k], at)
        if (k, n) not in seen:
            lo, hi = ends[k][n - 1] if n else 0, ends[k][n] if n < len(ends[k]) else len(text)
            seen[k, n] = lo + kept_from(text[lo:hi], plan_year)
        if seen[k, n] < t.end - lines[k].start:  # a goal's cue (or a lead, an item) before the target's end
            out.append(t)
    return out
