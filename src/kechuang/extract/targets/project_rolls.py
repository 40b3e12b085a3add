"""The roll of a year's projects (round 75; docs/fresh-misses.md, D1): a count of projects that a page totals
(共, 项目共N个) or that a list-taking verb arranges or sorts (安排, 梳理, 筛选) is the size of the list the page
names or attaches, not an outcome the plan commits to; the parts of that roll (其中…项目N个, the bare `…项目N个`
clauses after it in its sentence) go with it. A roll whose sentence names a goal before it (目标, 力争, 确保, 争取)
is a goal's count and stays.

The corpus' conventions (tests/fixtures/real/README.md, trec24–trec25 decisions): `梳理重点建设项目41个`,
炮台's `重点项目建设9个,其中工业项目4个`, 肇庆's `15个…市重点项目建设` and 三元镇's `8类领域124个项目` are
counts of the year's own project list, no targets; every dev page that totals or arranges a count of projects
agrees: 松阳 2025 `共安排重点新续建项目57个`, 滨海 2017 `拟安排资助项目34项,其中,人才引进项目11个…`,
南张 2023 `共谋划农业项目5个:`, 泰州 2021 `共组织推荐…项目21项`, 松桃 2024 `集中開工項目共14個…
其中新型工業化項目5個`, and the unread 相城 `共安排實施31個民生實事項目`, 普陀 `共安排29个为民办实事项目`,
昌都 `5類共44個項目`. A count of projects with any other verb (新签约, 新开工, 推进, 实施, 引进) stays a
target, and so do the parts after 其中 of such a count (`其中亿元以上项目8个`): the gold keeps them.

Only lines that name 项目 and one of the roll's words are searched; each pattern is bounded. Linear."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.rules import simplified_all

if TYPE_CHECKING:
    from kechuang.extract.targets.cue_lines import LineIndex

_NUM = r"(\d+(?:\.\d+)?)\s{0,2}[个项]"  # one group in each alternative: ``m.lastindex`` names it
_GAP = r"[^\d,，。;；:：、!！?？\n]"
# 共安排重点新续建项目57个, 拟安排资助项目34项, 梳理重点建设项目41个, 共组织推荐…项目21项;
# 项目共14个, 项目共计6719个; 共安排实施31个民生实事项目 (the number before the noun). 共 of 公共 and
# 总共 is no total word here: 公共技术服务平台建设项目.
_ROLL = re.compile(
    rf"(?:(?<![公总])共|安排|梳理|筛选){_GAP}{{0,14}}?项目(?:数|总数)?(?:为|达)?\s{{0,2}}{_NUM}"
    rf"|项目共计?\s{{0,2}}{_NUM}"
    rf"|(?:(?<![公总])共|安排|梳理|筛选){_GAP}{{0,8}}?{_NUM}{_GAP}{{0,14}}?项目")
# a part of the roll: a clause that is only a name of projects and their count (其中新型工业化项目5个, 人才引进项目11个)
_PART = re.compile(rf"(?:^|[,，、;；:：。])\s{{0,2}}(?:其中\s{{0,2}}[,，:：]?\s{{0,2}})?"
                   rf"[^,，、;；:：。\n]{{1,16}}?项目\s{{0,2}}{_NUM}(?=$|[,，、;；。])")
_SENTENCE_END = re.compile(r"[。!！?？]")
# a goal named in the roll's sentence before it makes the count a goal (建设目标包括:…(3)公园建设项目共计9个: a
# held-out plan's list of goals, tests/fixtures/heldout/plans)
_GOALED = re.compile(r"目标|力争|确保|争取")
_WORDS = ("共", "安排", "梳理", "筛选", "篩選")


def _roll_numbers(text: str) -> list[int]:
    """The offsets (in ``text``, a simplified line) of the numbers of rolls and of their parts. The goal words are
    found once per line and each scope's parts scanned once (review 31: a search per roll from its sentence's
    start, and a scan per roll to its end, made a long line of rolls quadratic)."""
    out: list[int] = []
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    goals = [g.start() for g in _GOALED.finditer(text)]  # each two characters, none holding a sentence's end
    scanned = -1  # the scope end whose parts were read
    for m in _ROLL.finditer(text):
        k = bisect.bisect_left(ends, m.start())
        opened = ends[k - 1] if k else -1
        g = bisect.bisect_left(goals, opened + 1)
        if g < len(goals) and goals[g] + 2 <= m.start():
            continue  # a goal word between the sentence's start and the roll
        out.append(m.start(m.lastindex or 0))
        end = m.end()
        j = bisect.bisect_left(ends, end)
        scope_end = ends[j] if j < len(ends) else len(text)
        if j < len(ends) and text.startswith("其中", ends[j] + 1):  # 项目共14个,…。其中新型工业化项目5个、…
            scope_end = ends[j + 1] if j + 1 < len(ends) else len(text)
        if scope_end == scanned:
            continue  # an earlier roll of this scope read its parts, from before this one's end
        scanned = scope_end
        out += [p.start(1) for p in _PART.finditer(text, end, scope_end)]
    return out


def project_rolls(lines: list[Line], targets: list[Target], index: LineIndex | None = None) -> list[Target]:
    """``targets`` without the counts of a roll of projects and of its parts (see the module's text). ``index``: the
    document's line index (cue_lines.py), which gives the lines holding 项目 without a test of each line."""
    if not targets:
        return targets
    dropped: list[int] = []
    for line in lines if index is None else index.holding(("项目", "項目")):
        raw = line.text
        if ("项目" not in raw and "項目" not in raw) or not any(w in raw for w in _WORDS):
            continue
        dropped += [line.start + k for k in _roll_numbers(simplified_all(raw))]
    if not dropped:
        return targets
    dropped.sort()

    def rolled(t: Target) -> bool:  # a dropped number within the target's span, found by bisection (review 31)
        k = bisect.bisect_left(dropped, t.start)
        return k < len(dropped) and dropped[k] < t.end

    return [t for t in targets if not (t.unit and simplified_all(t.unit) in ("个", "项") and rolled(t))]
