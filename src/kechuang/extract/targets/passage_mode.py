"""The mode of a paragraph: a report of what was done, or a statement of what will be done (round 44;
docs/extraction.md, section 4, "Round 44, reports of work done").

Reviews and goals share their words (完成, 新增, 达到, 建成…), so a sentence alone does not tell them apart; the
paragraph does. A cue of a report (截至目前 or a date gone by, 以来, 五年来, 过去, 回顾, 已…, a rank reached:
居全省第2位) puts the paragraph in report mode from where it stands; the mode runs on across its sentences until a
cue of the goals (力争, 确保, 计划, 规划, 预计, 目标, 将, 需, 到/至2025年, 2025年底前, 争取, 要, 拟, 预期, 下一步,
明年, 努力, 不低于, 不少于, 每年, 年均, 任务, 确定, 明确, 提出, 今后, 未来, 下阶段, 下半年, 新的一年, “十四五”时期,
and the verbs of a task: 加快, 推进, 推动, 着力, 加强, 实施) or a sentence or clause that opens with a year (2024年,…
,今年新建…) turns it back. A target read in report mode is history, unless its own sentence holds a cue of the goals
or it is dated after the plan's year. A table row (``|``) is read neither way: its columns say which cells report
(reported.py).

The mode ends with its paragraph (its line). Carried on to the lines after, it read the next item of a progress
report (a line that states its task, then its progress: 重庆 2015 and 贵州 2023 民生实事 in dev) as history: on dev
it took 9 more spurious targets of two news pages, and validation targets fell 0.855 → 0.845, so it is not carried
(docs/extraction.md, "Round 44"). The cues are those that tell dev's spurious targets from its gold in their
paragraphs (``scripts/passage_mode.py``): 已 followed by 的 within a clause (对已建成的…) is an attribute, no report;
a rank phrase with no number (位居全国中上水平) is a goal as often as a report; a sum (共计) is no report, goals sum
too (a held-out plan's 公园建设项目共计9个); 截至 a year not gone by (截至2025年底, 截至此次规划期末) is a deadline;
an honour (荣获, 获评) stood in one dev page only."""

from __future__ import annotations

import bisect
import re

from kechuang.extract.model import Target

_REPORT = (r"截至(?!\s{0,2}(?:此|本|规划|“?十))(?:\s{0,2}(?P<asof>\d{4}))?"
           r"|以来|五年来|(?<!通)过去|回顾|已(?![^,，。;；]{0,4}的)"
           r"|(?:位居|居全)[^,，。;；]{0,8}?(?:第[\d一二三四五六七八九十]{1,3}(?:位|名|(?=[,，。;；、]))|前[\d一二三四五六七八九十]{1,2}位)")
_GOAL = (r"力争|确保|计划|规划|预计|目标|将|需|[到至]\s{0,2}\d{4}\s{0,2}年|\d{4}\s{0,2}年[底末]?前|争取|要|拟|预期"
         r"|下一步|明年|努力|不低于|不少于|每年|年均|任务|确定|明确|提出|今后|未来|下阶段|下一阶段|下半年|新的一年"
         r"|“?十[三四五六]五”?(?:时期|期间)|加快|推进|推动|着力|加强|实施")
# a sentence or clause that opens with a year (2024年,… ,今年新建…) dates itself: it ends a report span as a goal's
# cue does
_CUE = re.compile(f"(?P<report>{_REPORT})|{_GOAL}|(?<=[。!！?？;；,，])\\s{{0,2}}(?:\\d{{4}}\\s{{0,2}}年|今年)")
GOAL = re.compile(_GOAL)
_END = re.compile(r"[。!！?？;；]")


# the report cues' literal cores, in simplified and traditional characters: a line holding none has no report span
_CORES = ("已", "截至", "以来", "以來", "年来", "年來", "过去", "過去", "回顾", "回顧", "居全", "位居")


def may_report(text: str) -> bool:
    """Whether a line (as printed) may hold a report's cue: a literal test before any regex (most lines hold none)."""
    return any(core in text for core in _CORES)


def report_spans(text: str, plan_year: int | None = None) -> list[tuple[int, int]]:
    """The spans of a line (simplified characters) in report mode, (start, end) within it: from the end of a report's
    cue to the next cue of the goals or year lead, or to the line's end. 截至 a year reports only a year before the
    plan's (截至2018年底 in 2019); 截至2025年底 may be a deadline, 截至此次规划期末 is one. One pass over the line."""
    if "|" in text:  # a table row: its columns say which cells report (reported.py)
        return []
    spans: list[tuple[int, int]] = []
    since: int | None = None  # where the current report span started
    for m in _CUE.finditer(text):
        if m.group("report") is not None:
            if (asof := m.group("asof")) is not None and not (plan_year is not None and int(asof) < plan_year):
                continue  # as of a year not yet gone by: a deadline, no report
            if since is None:
                since = m.end()
        elif since is not None:
            spans.append((since, m.start()))
            since = None
    if since is not None:
        spans.append((since, len(text)))
    return spans


def kept(text: str, spans: list[tuple[int, int]], targets: list[Target], offset: int,
         plan_year: int | None) -> list[Target]:
    """The targets of a line (absolute offsets; the line starts at ``offset`` in the text) that do not stand in report
    mode: outside the ``spans`` that ``report_spans`` returned for ``text`` (the line, simplified), or with a cue of
    the goals in their own sentence, or dated after the plan's year. Linear: the line's sentence ends are found once,
    each sentence is searched for a cue of the goals once."""
    ends = [m.end() for m in _END.finditer(text)]
    starts = [a for a, _ in spans]
    goals: dict[int, bool] = {}
    out = []
    for t in targets:
        start = t.start - offset
        k = bisect.bisect_right(starts, start) - 1  # the last span that starts at or before the target
        if k < 0 or start >= spans[k][1] or (t.year is not None and plan_year is not None and t.year > plan_year):
            out.append(t)
            continue
        first = bisect.bisect_right(ends, start)  # the sentence the target opens in, and the one it ends in
        last = bisect.bisect_right(ends, max(start, t.end - offset - 1))
        for n in range(first, last + 1):
            if n not in goals:
                goals[n] = GOAL.search(text, ends[n - 1] if n else 0, ends[n] if n < len(ends) else len(text)) \
                    is not None
        if any(goals[n] for n in range(first, last + 1)):
            out.append(t)
    return out
