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

A roll is also known by its cost (sum58; fresh57's rows 1–2): a count of projects whose next
clause is the list's total cost (`项目N个,总投资…`) sizes a list, and so does each count of
projects in that clause (`新建…项目14个、续建项目5个、总投资6.2亿元`); the year's share of that cost
printed right after it (`总投资288.8亿元,年度计划投资118.1亿元`) is the roll's figure too. Every
such count and share of the dev split was no target before audit44 (which made the counts of projects
carried out targets, see fresh46 below; the totals and shares stay none): 延吉 2025 发改局 news (`今年计划实施…重点项目
104个,总投资288.8亿元,年度计划投资118.1亿元`, `计划开复工项目59个,总投资175.8亿元`), 福建 2023
(`谋划储备项目2831个、总投资2.3万亿元`), 开阳 (`…新开工教育项目30个,总投资104257万元`), 太仓 2024,
景东 2023, 松桃 2024, 沧州 2025, and the shares of 吴江 2025 (`计划总投资3497亿元,年度计划投资
629亿元`), 相城 2023 and 新吴 2025 (`当年计划投资35.47亿元`); the tprec and trec26 decisions read a
report's restatement of the year's plan figures as history. A count whose clause holds a goal word
(力争, 确保, 争取, 目标) stays, and so do a count followed by a bare `投资N亿元` (黑龙江's
`计划开复工“三供三治”项目272个,投资106亿元`, gold) and a `年度计划投资` with no total before it
(浙江 2024 政府工作报告分解's `年度计划投资200亿元`, gold).

A count of the projects a plan commits to carry out stays before the total (fresh46, after the lead's
audit44, which made such counts level targets and left the totals and the year's shares none): a count
whose clause names the work with a verb of carrying it out (实施, 推进, 推动, 新建, 续建, 建成, 新开工,
建设 — not 建设 naming the list, 重点建设项目, nor 开工建设) keeps its target, and the year's share after it still goes
(延吉 2025 `计划实施…重点项目104个,总投资288.8亿元,年度计划投资118.1亿元` keeps 104 and drops
118.1; 太仓 2024 `计划新建农业农村重大项目14个、续建项目5个、总投资6.2亿元`; 开阳 `将建成、续建、
新开工教育项目30个,总投资…`; 惠州 十四五 `规划建设重大项目312宗,计划总投资…`). Lists planned to start
or resume (计划开复工), drawn up (谋划), arranged or sorted (安排, 梳理) and an event's count (本次开工)
stay rolls, whatever verb of carrying out they also print (谋划新建, 开复工续建, 本次集中开工建设: review46).

The share follows its count (mend58, review 42's findings 1–2): it goes only where a count of its sentence, before
it, went as a roll (`确保新开工项目50个,总投资300亿元,年度计划投资80亿元` keeps both: the goal word keeps the count,
and the share with it). The rule's sources are news and progress reports; a plan prints the same shape for its own
goals (`全年实施重点项目50个,总投资300亿元,年度计划投资80亿元` in a 重点项目建设计划), so the rule is off under a goals
heading (主要目标, 目标任务, 工作目标: the nearest heading above the line) and in a text whose title names a plan
of its own (…计划, 工作要点, 实施方案) with no cue of a report or news (执行情况, 报告, 总结, 会议…); the title is
the caller's (``title``). On dev the rule's 12 dropped numbers (安徽 2025, 福建 2023 执行情况, 龙湖 2025, 开阳, 延吉
2025, 太仓 2024, 大宁 2025) stand under no goals heading and under no plan's own title: both gates keep them.

Only lines that name 项目 and one of the roll's words are searched; each pattern is bounded. Linear."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.rules import simplified_all
from kechuang.extract.targets.commitment import PLEDGE
from kechuang.extract.targets.common import CLAUSE_END
from kechuang.extract.targets.readings import Readings
from kechuang.extract.targets.roll_parts import STATE_WORDS, roll_breakdown, state_counts
from kechuang.text.readings import READING

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
_GOALED = re.compile("目标|" + PLEDGE)
_WORDS = ("共", "安排", "梳理", "筛选", "篩選")
_TOTAL_WORDS = ("总投资", "總投資", "里程")
# the list's total cost opening a clause: ,总投资 / 、计划总投资 (the separator before it is the count's clause end);
# or the roll's length, as total_areas.py reads it (,续建里程3392公里 / ,规划总里程630公里: invented46): the count
# before a length is decided as the count before a cost is (review46: 计划开复工项目37个,总里程3392公里 kept the
# count that 计划开复工项目37个,总投资… drops)
# the roll's length opening a clause, its value right after (total_areas.py drops the length itself)
LENGTH = re.compile(r"(?:续建|规划总|建设总?|总)里程[ \t]*(?:约|为|共|近)?[ \t]*\d")
_TOTAL = re.compile(rf"[,，、]\s{{0,2}}(?:(?:计划|年度)?总投资|{LENGTH.pattern})")
# a count of projects in the clause before the total: 项目N个, N个…项目 (bounded gaps; the number is the group)
_COUNT = re.compile(rf"项目\s{{0,2}}(\d+)\s{{0,2}}[个项]|(\d+)\s{{0,2}}[个项]{_GAP}{{0,12}}?项目")
# the count ends its clause, right before the total's separator (以上, 左右 allowed)
ENDS_COUNT = re.compile(r"(?:项目\s{0,2}\d+\s{0,2}[个项]|\d+\s{0,2}[个项][^\d,，。;；:：、!！?？\n]{0,12}?项目)"
                         r"(?:以上|左右)?\s{0,2}$")
# the year's share of the total, printed in the clause right after it: ,年度计划投资118.1亿元 / ,当年计划投资35.47亿元
_SHARE = re.compile(r"总投资[^,，。;；\n]{0,16}?[,，]\s{0,2}(?:年度|当年|今年|全年|本年)?计划投资"
                    r"\s{0,2}[达为约近超]?\s{0,2}(\d+(?:\.\d+)?)")
_LOOK_BACK = 48  # characters of the count's clause read back from the total: a bounded window
# a verb of carrying the counted projects out (audit44): the count stays a target, its total and share go; 建设 right
# before 项目 names the list (重点建设项目), and 开工 alone (本次开工, 开复工) counts a start, not the work, as
# 开工建设 does
_CARRIED = re.compile(r"实施|推进|推动|新建|续建|建成|新开工|(?<!开工)建设(?!项目)")
# a list drawn up (谋划), planned to start or resume (开复工) or an event's count (本次) stays a roll whatever verb of
# carrying out it also prints (全年谋划新建项目70个, 计划开复工续建项目59个, 本次集中开工建设重大项目587个)
_NOT_CARRIED = re.compile(r"谋划|开复工|本次")
# a line that opens with a goals caption (主要目标:确保新开工项目50个…; not 围绕目标, — review 43); the lines under a
# goals heading (一、主要目标) come from the driver, which reads the headings once (goal_lines)
_GOALS_CAPTION = re.compile(r"\s*[^,，;；。:：]{0,8}目标[:：]")
# a title that names a plan of its own (某县2024年重点项目建设计划, …工作要点, …实施方案), and the cues of a report or
# news in a title (…计划执行情况…的报告, …会议召开, 答记者问) that make it none
_OWN_PLAN = re.compile(r"计划|工作要点|实施方案")
_NOT_OWN = re.compile(r"执行情况|报告|总结|情况|会议|召开|举行|发布|记者|解读|新闻|成效|进展|回顾")


def _totalled(text: str) -> tuple[list[int], list[int], list[int]]:
    """The offsets (in ``text``, a simplified line holding 总投资) of the counts of projects sized by the list's total
    cost, of the counts of projects carried out that the total follows (targets, whose share still goes), and of the
    year's shares of that cost (see the module's text)."""
    counts: list[int] = []
    carried: list[int] = []
    for m in _TOTAL.finditer(text):
        window = text[max(0, m.start() - _LOOK_BACK):m.start()]
        ends = [e.end() for e in CLAUSE_END.finditer(window)]
        clause = window[ends[-1] if ends else 0:]
        if not ENDS_COUNT.search(clause) or _GOALED.search(clause):
            continue  # no count of projects before the total, or a goal's count (力争新开工项目50个,总投资…)
        base = m.start() - len(clause)
        found = [base + c.start(c.lastindex or 0) for c in _COUNT.finditer(clause)]
        if _CARRIED.search(clause) and not _NOT_CARRIED.search(clause):
            carried += found  # 计划实施…项目104个,总投资…: the plan's count of its work (audit44)
        else:
            counts += found
    shares = [m.start(1) for m in _SHARE.finditer(text)] if "计划投资" in text else []
    return counts, carried, shares


def own_plan(title: str | None) -> bool:
    """Whether a title names a plan of its own (…计划, 工作要点, 实施方案) with no cue of a report or news."""
    if not title:
        return False
    title = simplified_all(title)
    return _OWN_PLAN.search(title) is not None and _NOT_OWN.search(title) is None


def _followed(text: str, counts: list[int], shares: list[int]) -> list[int]:
    """The shares (offsets in ``text``) whose sentence holds a count dropped as a roll before them: a share follows
    its count (the goal's count kept, its share is kept)."""
    if not counts or not shares:
        return []
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    counts = sorted(counts)
    out = []
    for at in shares:
        k = bisect.bisect_left(ends, at)
        opened = ends[k - 1] if k else -1
        c = bisect.bisect_left(counts, opened + 1)
        if c < len(counts) and counts[c] < at:
            out.append(at)
    return out


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


def project_rolls(lines: list[Line], targets: list[Target], index: LineIndex | None = None,
                  title: str | None = None, goal_lines: set[int] | frozenset[int] = frozenset()) -> list[Target]:
    """``targets`` without the counts of a roll of projects and of its parts (see the module's text). ``index``: the
    document's line index (cue_lines.py), which gives the lines holding 项目 without a test of each line; ``title``:
    the document's, whose plan of its own keeps the counts and shares that a total follows; ``goal_lines``: the lines
    under a goals heading (the driver's), whose counts a total follows stay goals."""
    if not targets:
        return targets
    costed = not own_plan(title)  # the rule of a count sized by its total cost (and its share) applies
    dropped: list[int] = []
    amounts: list[int] = []  # the year's shares of a roll's total cost (亿元, 万元)
    percents: list[int] = []  # the shares of a roll printed in its 其中 sentence (roll_parts.py)
    # 項(xiàng)目: a mirror's page with phonetic readings (大宁 2025 开复工 news, 1000-payday-loan.com/daning/
    # 2768641.html: `全年謀劃項(xiàng)目70個(gè),總投資252億元`; 江门 2021, 456150.com.cn/bmpd/jmsfzhggj/zdlyxxgk/
    # zdjsxmxxgk/zdxmjz/content/post_2314420.html: `安排全市重點(diǎn)建設(shè)項(xiàng)目710項(xiàng)`; both dev), read
    # without them (readings.py)
    for line in lines if index is None else index.holding(("项目", "項目", "項(xiàng)目")):
        raw = line.text
        if "项目" not in raw and "項目" not in raw and "項(xiàng)目" not in raw:
            continue
        rolls, totalled = any(w in raw for w in _WORDS), costed and any(w in raw for w in _TOTAL_WORDS)
        if totalled and (line.index in goal_lines or _GOALS_CAPTION.match(raw)):
            totalled = False  # 一、主要目标 / 确保新开工项目50个,总投资…: a plan's own goals
        states = any(w in raw for w in STATE_WORDS)
        if not rolls and not totalled and not states:
            continue
        readings = Readings.of(line) if "(" in raw else None
        text = simplified_all(readings.line.text if readings else raw)
        offsets = readings.kept if readings else None  # the printed line's offset of each clean character
        counts, shares = _roll_numbers(text) if rolls else [], []
        if totalled:
            totals, carried, shares = _totalled(text)
            counts += totals
            shares = _followed(text, counts + carried, shares)  # a carried count's share goes as a roll's
        parts, percent = roll_breakdown(text, counts)  # the place parts and shares after the roll's 其中
        counts += parts + (state_counts(text) if states else [])
        dropped += [line.start + (offsets[k] if offsets else k) for k in counts]
        amounts += [line.start + (offsets[k] if offsets else k) for k in shares]
        percents += [line.start + (offsets[k] if offsets else k) for k in percent]
    if not dropped and not amounts and not percents:
        return targets
    dropped.sort()
    amounts.sort()
    percents.sort()

    def within(offsets: list[int], t: Target) -> bool:  # a dropped number within the target's span (review 31)
        k = bisect.bisect_left(offsets, t.start)
        return k < len(offsets) and offsets[k] < t.end

    def kept(t: Target) -> bool:
        unit = simplified_all(t.unit) if t.unit else ""
        if "(" in unit:  # 個(gè): a unit as printed, with its reading
            unit = READING.sub("", unit)
        if unit in ("个", "项"):
            return not within(dropped, t)
        if unit == "%":
            return not within(percents, t)
        return not (unit.endswith("元") and within(amounts, t))

    return [t for t in targets if kept(t)]
