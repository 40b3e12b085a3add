"""The mode of a paragraph: a report of what was done, or a statement of what will be done (round 44;
docs/extraction.md, section 4, "Round 44, reports of work done").

Reviews and goals share their words (完成, 新增, 达到, 建成…), so a sentence alone does not tell them apart; the
paragraph does. A cue of a report (截至目前 or a date gone by, 以来, 五年来, 过去, 回顾, 已…, a rank reached:
居全省第2位) puts the paragraph in report mode from where it stands; the mode runs on across its sentences until a cue
of the goals (力争, 确保, 计划, 规划, 预计, 目标, 将, 需, 到/至2025年, 2025年底前, 争取, 要, 拟, 预期, 下一步, 明年,
努力, 不低于, 不少于, 每年, 年均, 任务, 确定, 明确, 提出, 今后, 未来, 下阶段, 下半年, 新的一年, “十四五”时期, 展望,
and the verbs of a task: 加快, 推进, 推动, 着力, 加强, 实施) or a sentence or clause that opens with a year (2024年,…
,今年新建…, 全年, 年内, 到年底), a numbered item or heading inside the line (1., （一）, 一是) or, in a goals list, a
; item turns it back (review 17). A target read in report mode is history, unless its own sentence holds a cue of the
goals before it, it is dated after the plan's year, or its sentence states new work after the report's. A table row
(``|``) is read neither way: its columns say which cells report (reported.py).

The mode ends with its paragraph (its line). Carried on to the lines after, it read the next item of a progress report
(a line that states its task, then its progress: 重庆 2015 and 贵州 2023 民生实事 in dev) as history: on dev it took 9
more spurious targets of two news pages, so it is not carried (docs/extraction.md, "Round 44"). The cues are those
that tell dev's spurious targets from its gold in their paragraphs (``scripts/passage_mode.py``): 已 followed by 的
within a clause (对已建成的…) is an attribute, no report; a rank phrase with no number (位居全国中上水平) is a goal as
often as a report; a sum (共计) is no report, goals sum too (a held-out plan's 公园建设项目共计9个); 截至 a year not
gone by (截至2025年底, 截至此次规划期末) is a deadline; an honour (荣获, 获评) stood in one dev page only. Under a goals
heading 截至 states the plan's starting point, no report (round 62, review 26's F2)."""

from __future__ import annotations

import bisect
import re

from kechuang.extract.model import Target

_REPORT = (r"截至(?!\s{0,2}(?:此|本|规划|“?十|年底|年末|期末))(?:\s{0,2}(?P<asof>\d{4}))?"
           r"|以来(?!的)|五年来|(?<!通)过去|回顾|已(?!有基础|[^,，。;；]{0,8}的)"
           r"|(?:位居|居全)[^,，。;；]{0,8}?(?:第[\d一二三四五六七八九十]{1,3}(?:位|名|(?=[,，。;；、]))|前[\d一二三四五六七八九十]{1,2}位)")
# goal words as words: 要 not in 重要/主要/需要, 需 not in 需求 (review 17, F6)
_GOAL = (r"力争|确保|计划|规划|预计|目标|将|需(?!求)|[到至]\s{0,2}\d{4}\s{0,2}年|\d{4}\s{0,2}年[底末]?前|争取"
         r"|(?<![重主需])要|拟|预期|展望"
         r"|下一步|明年|努力|不低于|不少于|每年|年均|任务|确定|明确|提出|今后|未来|下阶段|下一阶段|下半年|新的一年"
         r"|“?十[三四五六]五”?(?:时期|期间)|加快|推进|推动|着力|加强|实施")
# a sentence or clause that opens with a year (2024年,… ,今年新建…, 全年, 本年度, 年内, 到年底, 二〇二四年,
# “十四五”,) dates itself: it ends a report span as a goal's cue does (review 17, F4); so does a numbered item or a
# heading inside the line (1., （一）, 一是: review 17, F3); 今年1-9月 opens a report, no lead
_LEAD = (r"(?:\d{4}|[〇零一二三四五六七八九]{4})\s{0,2}年|全年|本年度|年内|到年底|“?十[三四五六]五”?[,，]"
         r"|今年(?!\s{0,2}(?:\d{1,2}\s{0,2}[-—~至到]\s{0,2}\d{1,2}\s{0,2}月|上半年|前三季度|以来))"  # 今年1-9月 reports
         r"|\d{1,2}\s{0,1}[.．、](?!\d)|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,2}是")
_CUE = re.compile(f"(?P<report>{_REPORT})|(?P<caption>目标\\s{{0,2}}[:：])|(?P<item>[;；])|{_GOAL}"
                  f"|(?:(?<=[。!！?？;；,，:：])|^)\\s{{0,2}}(?:{_LEAD})")
GOAL = re.compile(_GOAL)
# a report's cue that a verb of keeping or changing governs (巩固…以来…成果, 保持, 延续, 改变过去, 扭转过去) reports
# nothing: the clause states a goal (review 17, F2)
_KEEPS = ("巩固", "保持", "延续", "改变", "扭转")
_CLAUSE = re.compile(r"[,，。;；!！?？]")
_END = re.compile(r"[。!！?？;；]")
# a sentence that states new work with no report word of its own (全市新建5G基站3万个 after 截至…已建成…。) is no
# part of the report before it (review 17, F5)
_NEW = ("新建", "新增", "改造")
_DONE = ("已", "累计", "完成")


# the report cues' literal cores, in simplified and traditional characters: a line holding none has no report span
_CORES = ("已", "截至", "以来", "以來", "年来", "年來", "过去", "過去", "回顾", "回顧", "居全", "位居")


def may_report(text: str) -> bool:
    """Whether a line (as printed) may hold a report's cue: a literal test before any regex (most lines hold none)."""
    # (``_CORES``'s words, tested one by one without a generator: this runs on every line that states a number)
    return "已" in text or "截至" in text or "以来" in text or "以來" in text or "年来" in text or "年來" in text \
        or "过去" in text or "過去" in text or "回顾" in text or "回顧" in text or "居全" in text or "位居" in text


def report_spans(text: str, plan_year: int | None = None, goals: bool = False) -> list[tuple[int, int]]:
    """The spans of a line (simplified characters) in report mode, (start, end) within it: from the end of a report's
    cue to the next cue of the goals or year lead, or to the line's end. 截至 a year reports only a year before the
    plan's (截至2018年底 in 2019); 截至2025年底 may be a deadline, 截至此次规划期末 is one. One pass over the line."""
    if "|" in text:  # a table row: its columns say which cells report (reported.py)
        return []
    spans: list[tuple[int, int]] = []
    since: int | None = None  # where the current report span started
    listed = goals  # in a goals list (under a goals heading, or after 主要目标: in the line): 。;； end its items
    for m in _CUE.finditer(text):
        if m.group("item") is not None:  # ; ；: an item boundary ends a span in a goals list only
            if not listed:
                continue
        elif m.group("report") is not None:
            if goals and m.group().startswith("截至"):
                continue  # 截至目前,全县…仅有8个 under a goals heading: the plan's starting point (round 62)
            if (asof := m.group("asof")) is not None and not (plan_year is not None and int(asof) < plan_year):
                continue  # as of a year not yet gone by: a deadline, no report
            clause = text[max(0, m.start() - 16):m.start()]
            if any(k in clause for k in _KEEPS) and any(k in _CLAUSE.split(clause)[-1] for k in _KEEPS):
                continue  # 巩固…以来…成果, 改变过去…: a goal's verb governs the cue
            if since is None:
                since = m.end()
            continue
        elif m.group("caption") is not None:
            listed = True
        if since is not None:
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
    goals: dict[int, int] = {}  # a sentence's first cue of the goals (its end if none)
    new: dict[int, bool] = {}  # whether a sentence states new work (F5)
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
                lo, hi = ends[n - 1] if n else 0, ends[n] if n < len(ends) else len(text)
                goals[n] = m.start() if (m := GOAL.search(text, lo, hi)) is not None else hi
                new[n] = new_work(text[lo:hi])
        # a goal's cue before the target's end in its sentence (预计到年底…84.5%, not 1-9月…87.2% before it: F6), or a
        # sentence of new work after the report's (F5)
        if any(goals[n] < t.end - offset for n in range(first, last + 1)) or (
                new[first] and spans[k][0] <= (ends[first - 1] if first else 0)):
            out.append(t)
    return out


def new_work(sentence: str) -> bool:
    """Whether a sentence states new work (新建, 新增, 改造) with no word of a report (已, 累计, 完成) of its own."""
    return any(w in sentence for w in _NEW) and not any(w in sentence for w in _DONE)
