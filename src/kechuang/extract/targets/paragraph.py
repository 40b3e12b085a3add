"""Targets of one paragraph: a number tied to what is to be reached, built, kept or grown, with its year.

Three shapes of sentence carry almost every target:
  指标 + 达到/超过/保持在… + 数 + 单位          (研发投入占地区生产总值的比重达2.5%)
  建成/培育/选拔… + 数 + 单位 + 事物             (累计建成3个以上国家级科普示范社区), one per item of a list
  指标 + 数 + 单位, closing the clause            (孵化科技企业160家)
plus growth rates, 翻一番/翻两番 against a base year, classes (达到B类县), ranks (进入全省前10名) and
increases in percentage points (提高2个百分点). The year that governs a target is the nearest year phrase
before it in its sentence, else in its paragraph (not for per-year commitments), else the one the caller
passes down (a lead-in paragraph ending with a colon, a goals section). Past years govern nothing.
The sentence-level questions (reports, year_for…) live in paragraph_scope.py and the shapes besides plain
numbers (multiples, ranks, indices, 分别 pairs) in clause_shapes.py: mixins of Paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate, pairwise

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.rules import simplified
from kechuang.extract.targets import last_year_reach as reach
from kechuang.extract.targets.aliases import without_alias
from kechuang.extract.targets.back_to_back import one_char_item
from kechuang.extract.targets.base_shares import base_share_name
from kechuang.extract.targets.change_names import changed
from kechuang.extract.targets.clause_shapes import ClauseShapes
from kechuang.extract.targets.clause_years import mark_inside, settle_inside
from kechuang.extract.targets.common import (
    LISTED_UNITS,
    PAST,
    QUOTED_GOAL,
    WINDOW,
    clean_indicator,
    counts_items,
    mask,
    tidy,
)
from kechuang.extract.targets.continued_names import continued_name
from kechuang.extract.targets.count_lengths import counted_length
from kechuang.extract.targets.counts import ListReader
from kechuang.extract.targets.each_named import each_named
from kechuang.extract.targets.empty_names import name_before
from kechuang.extract.targets.funds_sought import sought_fund
from kechuang.extract.targets.goal_estimates import goal_estimate
from kechuang.extract.targets.growth_names import grown_name
from kechuang.extract.targets.list_items import own_item
from kechuang.extract.targets.name_ends import name_without_end
from kechuang.extract.targets.naming import after_list
from kechuang.extract.targets.not_targets import not_target
from kechuang.extract.targets.one_off import WORD as ONE_OFF
from kechuang.extract.targets.one_off import grants
from kechuang.extract.targets.paragraph_scope import SentenceScope
from kechuang.extract.targets.paragraph_years import deadlines_upto, own_rate, own_year_sentences
from kechuang.extract.targets.projections import projects
from kechuang.extract.targets.sentence_years import sentence_marks
from kechuang.extract.targets.vocab import vocab
from kechuang.extract.targets.years import YearMark, arabic_years, may_mark, resolve_relative, years
from kechuang.text.normalise import valued_clauses_meet

_LINES = ("条", "條")  # the counts of lines a length may follow (count_lengths.py)
_QUOTED = re.compile(r"“[^“”]{0,16}”|\"[^\"]{0,16}\"|「[^「」]{0,16}」|‘[^‘’]{0,16}’")
_TITLE = re.compile(r"《[^《》]{0,120}》")
# A sentence ends at 。!? or at an ASCII full stop that is no decimal point (47.1%. 发改委).
_SENTENCE = re.compile(r"(?:[^。!?.]+|\.(?=\d))+(?:[。!?]|\.(?!\d))?|\.")
# _SENTENCE in a text whose every ASCII point is a decimal one (4.5%): no point ends a sentence, and each is read
# as any other character, what is left is this
_SENTENCE_NO_STOP = re.compile(r"[^。!?]+[。!?]?")
_FULL_STOP = re.compile(r"\.(?!\d)")  # a point that ends a sentence (no decimal point)
# Clauses end at , ; : and at 且 before a share (支出超3600亿元且占GDP比重3.4%: two targets), and at a bullet that
# opens the next item on the same line (●优良天数不低于317天 ●PM2.5达到30.5微克/立方米左右: 大连 2021, dev).
_CLAUSE = re.compile(r"[^,;:且●◆■▪]+(?:且(?!占)[^,;:且●◆■▪]*)*")
# A space the normaliser kept between two CJK clauses, the second stating a value (_read_clauses): where the
# normaliser's own test (``normalise.valued_clauses_meet``) holds, so text passed as normalised splits as normalised
# text does (review 36 item 6: two copies of the test had different rules).
_SPACED_CLAUSE = re.compile(r" (?<=[\u4e00-\u9fff] )(?=[\u4e00-\u9fff])")
_PER_YEAR = re.compile(r"年(?<![全今本当明去\d]年)(?:均|增长|增速|递增|平均)")  # 年增长15%, not 全年…增长
_ROW_DEADLINE = re.compile(r"(?:\|\s*|(?:完成时限|完成时间|时间节点|截止时间)[::]\s*)(\d{4})\s*年\s*(?:\d{1,2}\s*月)?"
                           r"(?:\d{1,2}日)?(?:底|末|前|份|中旬|上旬|下旬)*(?:前|完成)?\s*(?:\||。|$)")
_EACH_OF = re.compile(r"[^,;。均]{0,40}均")
_DISTRIBUTED_REACH = 20  # 分解落实到 + up to 12 characters before the count: no need to scan the sentence before it
# A clause without a digit, a numeral, a class letter or 番 holds no target.
# 项目共55个, (共66个,以分数从高到低为序), 共计107.69万余人次: a total of a set described, not a goal (a verb before
# 共 keeps its count: 累计建成共…).
_TOTAL = re.compile(r"(?:共计|合计|总计|(?<![达建增育设引进成])共)\s*$")
_SUB_YEAR = re.compile(r"每(?:个)?(?:季度|月|半年|周)")
# A clause that states its own year, total or level (到2025年, 累计, 总数达到…) does not share the 每年 before it.
_OWN_SCOPE = re.compile(r"\d{4}\s*年|累计|总数|总量|达到|达|提高|提升|超过|突破|保持|稳定在|控制在|占|[到至]“?十")
_NAMES = re.compile(r"[、和及与]")  # the names before 均 (X、Y均达到N)
_MAY_HOLD = re.compile(r"[\dA-DＡ-Ｄ零一二两三四五六七八九十百千万亿半番倍]")
# A line with none of these (nor 年, nor the traditional 億萬兩) holds no target and states no year: not read at all.
_HALF_CLASS = str.maketrans("ＡＢＣＤ", "ABCD")  # a class letter printed full width
MAY_STATE = re.compile(r"[\dA-DＡ-Ｄ零一二两三四五六七八九十百千万亿半番倍年億萬兩]")


_STANDARD = re.compile(r"(?:发放)?标准")
# A name that is only an amount is the baseline of a rise (从每人每月574元、271元分别提高到…609元、300元: 271元分别)
_AMOUNT_ONLY = re.compile(r"[\d.]{1,12}[万亿]?元(?:分别)?")


def _refused(clause: str, indicator: str, unit: str | None) -> bool:
    """Whether a word of the clause or the indicator makes the value no target (每人, 最高, 期限…); a subsidy's word
    does not refuse a count of the people or things that receive it (对8个村级老年食堂进行补助)."""
    v = vocab()
    if v.not_target.search(clause) is None and v.not_target.search(indicator) is None:
        return False  # (most values: no word of the kind, no set of words to build)
    # (以下简称“新三年行动”)完成2300亩…: an alias names the plan before it, not the value (aliases.py); one in the
    # value's own name still refuses it (军地12个部门联合印发《…》(以下简称《意见》): the issuers, no goal)
    clause = without_alias(clause)
    # …补贴标准提高到2200元: a subsidy word naming the standard raised is no grant (rules/targets.yaml, per_head)
    # (…工程一次性验收合格、…群众满意度不低于95%: 一次性 beside no grant is a manner, one_off.py)
    words = {m.group() for text in (clause, indicator) for m in v.not_target.finditer(text)
             if not (m.group() in v.subsidy and _STANDARD.match(text, m.end()))
             and not (m.group() == ONE_OFF and not grants(text, m.start()))}
    core = (unit or "").lstrip("万亿")
    recipients = core in v.open_units or core in ("人", "人次")
    return bool(words) and not (recipients and words <= v.subsidy)


def _sentences(text: str) -> list[tuple[int, str]]:
    """(start, text) of each sentence of ``text`` (_SENTENCE's matches). Without ! or ? the sentences are found by a
    split at 。 (each full stop marked as one first: a decimal point is none), else, without a full stop, by a simpler
    pattern; when they follow each other with no gap (no mark left alone, as in 。。), their starts are the sums of the
    lengths before them, with no match object each."""
    if "!" not in text and "?" not in text:  # (str's find: many times faster than a regex's class at each character)
        # a full stop (1.实施…。) ends its sentence as a 。 does: marked as one (one character for one), the text splits
        # as one without; the sentences are taken from the text as it stands (a third of a plan's paragraphs)
        stops = "." in text and _FULL_STOP.search(text) is not None
        parts = (_FULL_STOP.sub("。", text) if stops else text).split("。")  # each but the last ended at a 。 (or
        # a full stop); an empty one is a mark alone (or a last mark)
        if len(parts) == 1:
            return [(0, text)] if text else []
        if all(parts[:-1]):
            if stops:  # each sentence as printed: its own mark, 。 or full stop
                ends = accumulate([len(part) + 1 for part in parts], initial=0)
                return [(a, text[a:b]) for a, b in pairwise(ends) if a < len(text)]
            sentences = [part + "。" for part in parts[:-1]]
            if parts[-1]:
                sentences.append(parts[-1])
            return list(zip(accumulate(map(len, sentences), initial=0), sentences, strict=False))
    elif "." in text and _FULL_STOP.search(text):
        return [(m.start(), m.group()) for m in _SENTENCE.finditer(text)]
    else:
        parts = _SENTENCE_NO_STOP.findall(text)
        if len(parts) == 1 and len(parts[0]) == len(text):
            return [(0, text)]
        starts = [0, *accumulate(map(len, parts))]
        if starts[-1] == len(text):
            return list(zip(starts, parts, strict=False))  # (starts holds one more: the end of the last)
    return [(m.start(), m.group()) for m in _SENTENCE.finditer(text)]


def _clauses(sentence: str) -> list[tuple[int, str]]:
    """(start, text) of each clause of ``sentence`` (_CLAUSE's matches). With no 且 and no bullet (most sentences) a
    clause is a run of characters between , ; and : (no run is empty): the sentence is split by str's methods, many
    times faster than a regex's class tried at each character, with no match object each."""
    if "且" in sentence or "●" in sentence or "◆" in sentence or "■" in sentence or "▪" in sentence:
        return [(m.start(), m.group()) for m in _CLAUSE.finditer(sentence)]
    found, at = [], 0
    for part in sentence.replace(";", ",").replace(":", ",").split(","):
        if part:
            found.append((at, part))
        at += len(part) + 1  # (the mark after it)
    return found


def _read_clauses(sentence: str) -> list[tuple[int, str]]:
    """The clauses of a sentence, and inside a clause the parts a space separates where the part before it closes a
    value and the part after it states one (a headline's comma: 新增学位1.16万个 普惠率达96%; the normaliser keeps
    that space, ``normalise.valued_clauses_meet``, the one test both use: 厦门 2023, 江苏 2022, 北京 2019, 广西 2023,
    dev). Table rows (``|``) keep their spaced cells. The test reads the word since the last space (at most 40
    characters back) and 18 after, so a line of many spaces stays linear."""
    found = _clauses(sentence)
    if " " not in sentence or "|" in sentence:
        return found
    out = []
    for start, part in found:
        last = 0
        if " " in part:
            for m in _SPACED_CLAUSE.finditer(part):
                if valued_clauses_meet(part, m.start(), m.end()):
                    out.append((start + last, part[last:m.start()]))
                    last = m.end()
        out.append((start + last, part[last:]))
    return out


def _blank_per_head(m: re.Match) -> str:
    return m.group()[:m.start("per") - m.start()] + " " * len(m.group("per"))


_PROGRAMME = re.compile(r"[ \t]*(?:计划|工程|专项|行动|建设|活动|战略|品牌|模式|项目|的目标未)")


def _quoted_goal(quote: str) -> bool:
    """Whether a quote (marks included) opens with a verb of making and holds a value with its unit
    (``common.QUOTED_GOAL``)."""
    if not QUOTED_GOAL.match(quote, 1):
        return False
    m = vocab().candidate.search(quote, 1, len(quote) - 1)
    return m is not None and bool(m.group("unit") or m.group("pct"))


class Paragraph(SentenceScope, ClauseShapes):
    """Targets of one paragraph (a line of the normalised text)."""

    masked: bytearray  # (set at its first read: __getattr__)

    def __init__(self, line: Line, path: str, plan_year: int | None, inherited: int | None,
                 skip: list[tuple[int, int]], token_end: int = 0, period_end: int | None = None,
                 in_goals: bool = False, title_period: tuple[int, int] | None = None):
        self.line, self.path, self.plan_year, self.inherited = line, path, plan_year, inherited
        self.period_end = period_end  # the year a goals section states: the end of its per-year commitments
        self.in_goals = in_goals  # in a goals section, a year stated earlier in the paragraph ends those periods too
        self.lead_cell = ""  # a form's indicator cell on the line above, when this line is its value alone (≥20座)
        self.carried: Target | None = None  # the last target of the paragraphs above (milestones refer to it)
        self.token_end = token_end  # a heading's numbering token (一、 (一)) is no part of an indicator
        self.text = line.text  # as printed: quotes, indicators and units are taken from it
        self.mtext = simplified(self.text)  # what the rules read: 達到 → 达到, one for one (offsets hold); cached
        self.traditional = self.mtext != self.text  # no character of the table maps to itself: a change is a find
        self.mtext = arabic_years(self.mtext)  # 二〇二四年 → 2024年, one character for one
        if "每人" in self.mtext:  # 提高到每人每月609元: a measure per head, read as blank (rules/targets.yaml)
            self.mtext = vocab().per_head.sub(_blank_per_head, self.mtext)
        # A table row's deadline (| 2023年6月 |, 完成时限:2023年12月底) dates the row's targets that state no year.
        row = _ROW_DEADLINE.search(self.mtext) if "|" in self.mtext or "时限" in self.mtext else None
        self.row_year = int(row.group(1)) if row and not (plan_year and int(row.group(1)) < plan_year) else None
        self._skip = skip  # read by ``masked`` (the caller's list of this line: not changed after)
        # where annotations (责任单位 tails) start: no noun after a value runs into one (新增…20家(牵头单位:…))
        self.skip_starts = sorted([s for s, e in skip if s > 0]) if skip else []  # (most lines have none)
        self.targets: list[Target] = []
        self._level_years: set[int] = set()  # the years of this paragraph's goals read so far, not per-year ones
        self.carried_recurring = False  # the clause shares the 每年 of the clause before it
        self._reports: dict[int, bool] = {}
        self._allocated: dict[int, int] = {}
        self._last_listing: dict[int, tuple[int, int]] = {}
        self.marks: list[YearMark] = []
        self.sentences = _sentences(self.mtext)
        if may_mark(self.mtext, plan_year):  # else no sentence of it has a year mark
            for k, (start, sentence) in enumerate(self.sentences):
                if not may_mark(sentence, plan_year):
                    continue  # (three sentences of four): no mark, and none of 去年 or 今年 either (sentence_marks)
                found = years(sentence, start, k, plan_year, inherited, title_period)  # each sorted; sentences in order
                found = sentence_marks(found, sentence, start, k, plan_year, inherited, self.marks)
                if found:
                    mark_inside(found, sentence, start)  # …,力争2024年X…: its clause's year alone (clause_years)
                self.marks += found
            resolve_relative(self.marks)
            settle_inside(self.marks, (inherited or 0) > 0 or period_end is not None)  # (-1: a past document)
            reach.this_year_after_last(self.marks, self.mtext, plan_year or inherited)
        self._goals_upto = reach.goal_sentence_counts(self.sentences) if "去年" in self.mtext else None
        self.last_stated: list[int | None] = []  # the last year not in the past among marks[:k+1]
        if not self.marks:  # (most paragraphs): what each reading below gives for no mark, without the calls
            self.mark_positions, self.deadline_upto, self.own_year = [], [], set()
            return
        self.mark_positions = [m.pos for m in self.marks]
        self.deadline_upto, self.own_year = deadlines_upto(self.marks), own_year_sentences(self.marks, plan_year)
        self._goal_deadlines: list[int | None] | None = None
        for mark in self.marks:  # (a year inside a clause dates no later sentence: clause_years)
            self.last_stated.append(self.last_stated[-1] if (mark.past or mark.inside) and self.last_stated else
                                    (None if mark.past or mark.inside else mark.year))

    def __getattr__(self, name: str):
        """``masked`` (1 where a quote “…”, a title 《…》 or an annotation the caller passed stands: no value of it is
        read), built at its first read and kept as an attribute (a paragraph no reader asks, most, leaves it unbuilt;
        the text is not changed after). Only a missing attribute comes here: the kept one is read at no cost."""
        if name != "masked":
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        text = self.text
        # (a quoted goal is judged on the simplified text, one character for one: 新開工…1405個 is 新开工…1405个)
        # (a quote a programme's word follows names the programme: 实施“引进100名高层次人才”计划: review 35)
        spans = [(m.start(), m.end()) for m in _QUOTED.finditer(text)
                 if not _quoted_goal(self.mtext[m.start():m.end()]) or _PROGRAMME.match(self.mtext, m.end())] \
            if "“" in text or "\"" in text or "「" in text or "‘" in text else []  # (_QUOTED's opening marks: a
        # line without one has no quote; str's find is many times faster than a regex class, and no generator is made)
        spans += [(m.start(), m.end()) for m in _TITLE.finditer(text)] if "《" in text else []
        self.masked = mask(len(text), spans + self._skip)
        return self.masked


    def _history(self, clause: str, sentence: int, pos: int) -> bool:
        """Whether ``clause`` holds a history word (rules/targets.yaml ``history_words``), 预计 under a goals lead being
        none (targets/goal_estimates.py: 广东 2026 ``…的预期目标,…;地方一般公共预算收入预计增长3%左右``)."""
        h = vocab().history.search(clause)
        if h is not None and h.group() == "预计" and projects(clause, h.start(), self.plan_year):
            h = vocab().history.search(clause, h.end())  # 预计到2025年: the plan's goals (targets/projections.py)
        if h is None:
            return False
        if h.group() != "预计" or vocab().history.search(clause, h.end()) or not clause[:h.start()].strip(" ,，、"):
            return True  # (an estimate that opens its clause names nothing: 西藏,预计达到7%以上, hk01 2026, dev)
        s_start, s_text = self.sentences[sentence]
        at = s_text.rfind("预计", 0, max(0, pos - s_start))
        if at < 0:
            return True
        prev = self.sentences[sentence - 1][1] if sentence else ""
        return not goal_estimate(prev + s_text[:at], s_text[:at], self.plan_year)

    def add(self, indicator: str, kind: str, value, unit, pos: int, end: int, sentence: int,
            clause: str, ind_start: int, base_year: int | None = None, cmp: str | None = None,
            value_max=None) -> Target | None:
        v = vocab()
        raw = indicator[-WINDOW:]
        indicator = clean_indicator(raw)
        indicator = own_item(self.mtext, pos, indicator) or after_list(indicator, unit)  # …、8万个X等任务目标: X
        indicator, kind, value, value_max = changed(self, sentence, pos, indicator, kind, value, value_max, unit)
        # 双双, 预计, 预期 before a growth and 过 before the value end no name (rules/targets.yaml indicator_end_words)
        indicator = name_without_end(indicator, kind, self.mtext, ind_start, pos)
        # 国省干线公路等24条750公里建设任务: the count's name opens with its length, the target the length of the roads
        # named before (count_lengths.py); the gate a digit at the name's start
        if indicator[:1].isdigit() and unit in _LINES and (length := counted_length(self.mtext, pos, indicator)):
            name, l_value, l_unit, l_pos, l_end, l_start = length
            return self.add(name, "level", l_value, l_unit, l_pos, l_end, sentence, clause, l_start, base_year)
        names = _NAMES.split(indicator[:-1]) if indicator.endswith("均") else each_named(
            indicator, self.mtext[end:end + 12])  # 分别 and one value: each_named.py
        if len(names) >= 2 and all(len(n.strip()) >= 2 for n in names):
            # 城镇居民人均可支配收入、农民人均纯收入均增长12%: each name is held to the value, one target each
            if ind_start < pos and raw.find(indicator) > 0:  # the quote starts where the names do
                ind_start += raw.find(indicator)
            found = [self.add(n.strip(), kind, value, unit, pos, end, sentence, clause, ind_start, base_year, cmp,
                              value_max) for n in names]
            return found[-1]
        if not indicator and base_year is None:  # 年均增長18% after a target of its sentence (empty_names.py)
            indicator = name_before(self, self.sentences[sentence][0], pos) or indicator
        if not indicator or (len(indicator) < 2 and not one_char_item(self.mtext, pos, end, indicator)) \
                or (_refused(clause, indicator, unit) and not sought_fund(
                clause, indicator, self.sentences[sentence][1][:pos - self.sentences[sentence][0]])) \
                or self._history(clause, sentence, pos) or v.descriptor.search(indicator) \
                or _AMOUNT_ONLY.fullmatch(indicator):
            return None
        s_start, s_text = self.sentences[sentence]
        if _TOTAL.search(self.mtext, max(0, pos - 6), pos) or self.reports(sentence) \
                or not_target(self, sentence, pos - s_start, end - s_start):
            return None  # 截至9月14日,已办结6件,占比27%; …投资65.35亿元,同比增长42.3%: a report of progress
        if (v.listing_noun.search(indicator) and counts_items(unit)) or (
                unit in LISTED_UNITS and self.listing_after(sentence, pos - s_start, value)):
            return None  # 实施50项民生实事,具体安排如下: the count of the items listed next
        if unit in LISTED_UNITS and (v.plan_item.search(indicator) or v.distributed.search(
                s_text, max(0, pos - s_start - _DISTRIBUTED_REACH), pos - s_start)):
            return None  # 24项任务指标分解落实到7个乡镇: the plan's own items and the units they go to
        # …等十项工作: the count a list of the plan's works announces — after 等 only; a work's own count named before
        # it (全年完成审计工作20项, 完成征迁工作10项) stays a target (review 44)
        if unit in LISTED_UNITS and self.mtext[max(0, pos - 3):pos].rstrip().endswith("等") \
                and v.plan_task.search(indicator):  # (等 10 项工作 with spaces: review 45)
            return None
        if unit in LISTED_UNITS and _EACH_OF.match(s_text, pos - s_start):
            return None  # 4个结构性指标均实现10%以上增长: the size of a set each member of which is held to a goal
        if ind_start < pos and raw.find(indicator) > 0:  # the quote starts where the indicator does
            ind_start += raw.find(indicator)
        # 研发经费支出达100亿元,占GDP比重2.5%; …降低2.5%以上,力争“十四五”以来累计降低10%: continued_names.py
        indicator, ind_start = continued_name(self, indicator, ind_start, s_start, pos, unit)
        # 完成投资14亿元,增幅达40%: the growth of the level's thing (growth_names.py)
        indicator = grown_name(self, indicator, kind, ind_start, s_start, pos)
        # 调度量不少于备案总量50%: the thing before the bound (base_shares.py)
        indicator = base_share_name(self, indicator, unit, pos)
        recurring = bool(v.recurring.search(clause)) or self.carried_recurring or (
            kind == "growth" and bool(_PER_YEAR.search(clause)))
        # a period inside one year (每季度完成发明专利30件: 华容 2017; 每月…) runs within the plan's year, which
        # dates it like any item (tests/fixtures/real/README.md, "Per-period commitments in a one-year plan")
        year = self.year_for(pos, sentence, recurring and not _SUB_YEAR.search(clause))
        if year is None and recurring and kind == "growth" and self.marks and self.period_end is None:
            k = bisect_right(self.mark_positions, pos - 1)
            if self._goal_deadlines is None:  # once per paragraph: a long paragraph of rates stays linear
                self._goal_deadlines = deadlines_upto(self.marks, self.plan_year)
            year = self._goal_deadlines[k - 1] if k else None
            if year not in self._level_years:
                year = None  # a milestone, an edition or an event's year (2024年版, 2026年省运会) ends no period
        if year == PAST:
            return None
        start, stop = min(pos, ind_start), end
        if self.traditional:  # traditional characters: give the indicator and unit as printed
            indicator, unit = self.printed(indicator, start, stop), self.printed(unit, pos, stop)
        target = Target(
            indicator=indicator, kind=kind, value=tidy(value), unit=unit, year=year, recurring=recurring,
            quote=self.text[start:stop], path=self.path, start=self.line.start + start,
            end=self.line.start + stop, base_year=base_year, comparator=cmp, value_max=tidy(value_max))
        self.targets.append(target)
        if year is not None and not recurring:
            self._level_years.add(year)
        return target

    def printed(self, found: str | None, lo: int, hi: int) -> str | None:
        """``found`` (read in the simplified text) as printed, when it lies within [lo - 8, hi + 8)."""
        if not found:
            return found
        k = self.mtext.find(found, max(0, lo - 8), hi + 8)
        return self.text[k:k + len(found)] if k >= 0 else found

    def run(self) -> list[Target]:
        recurring = vocab().recurring
        mtext, clause = self.mtext, self.clause
        # where the next character that may hold a target stands in the paragraph: one scan of the text, carried from
        # clause to clause and sentence to sentence, tells each whether it holds one (a sentence or clause with none is
        # not read, and needs no search of its own; the pattern is one character, so the paragraph's scan finds what
        # the sentence's would)
        at = -1
        for k, (s_start, sentence) in enumerate(self.sentences):
            if at < s_start:
                hold = _MAY_HOLD.search(mtext, s_start)
                at = hold.start() if hold is not None else len(mtext)
            if at >= s_start + len(sentence):
                continue  # no clause of it can hold a target (each clause starts afresh in a new sentence)
            # a clause's 每年 is one of its sentence's (the word holds no clause mark, and the character before a
            # clause is a mark, no digit for the lookbehind): a sentence with none spares each clause its search,
            # and shares no 每年 (carry stays False)
            if recurring.search(sentence) is None:
                self.carried_recurring = False
                # no digit, numeral, class letter or 番 in a clause: nothing to read (nor a count to share): only the
                # clauses holding one are visited, the others passed over by bisection of the clauses' starts (three
                # clauses of four hold none); each is read with the clause before it (``previous``) and whether that
                # one, read, ended with a count (a clause not read ends with none)
                clauses = _read_clauses(sentence)
                starts: list[int] | None = None  # the clauses' starts, listed at the first pass over (most need none)
                j, last, n = 0, -1, len(clauses)
                counting = False
                while j < n:
                    c0, text = clauses[j]
                    if at < s_start + c0:
                        hold = _MAY_HOLD.search(mtext, s_start + c0)
                        at = hold.start() if hold is not None else len(mtext)
                    if at >= s_start + c0 + len(text):  # none in this clause: on to the one that holds ``at``
                        if starts is None:
                            starts = [c for c, _ in clauses]
                        j = max(j + 1, bisect_right(starts, at - s_start, j + 1) - 1)
                        continue
                    counting = clause(text, s_start + c0, k, clauses[j - 1][1] if j else "",
                                      counting and last == j - 1, at - s_start - c0)
                    last = j
                    j += 1
                continue
            previous, counting, carry = "", False, False
            for c0, text in _read_clauses(sentence):
                c1 = c0 + len(text)
                # 每年新增高新技术企业10家,科技型中小企业50家: a clause with no verb or scope of its own shares the 每年
                # (after a comma only: a ; or : ends the item)
                self.carried_recurring = carry and c0 > 0 and sentence[c0 - 1] in ",," \
                    and not _OWN_SCOPE.search(text)
                if at < s_start + c0:
                    hold = _MAY_HOLD.search(mtext, s_start + c0)
                    at = hold.start() if hold is not None else len(mtext)
                counting = at < s_start + c1 and clause(text, s_start + c0, k, previous, counting, at - s_start - c0)
                carry = (recurring.search(text) is not None and not own_rate(text)) or self.carried_recurring
                previous = text
        return self.targets

    def clause(self, clause: str, c_start: int, sentence: int, previous: str, counting: bool, first: int = 0) -> bool:
        """Targets of one clause; ``counting``: the clause before ended with a count (拟建设30个X,300个Y),
        so a clause that opens with a count shares its verb. Returns whether this one ends with a count.
        The caller reads only a clause holding a character of _MAY_HOLD (a digit, numeral, class letter or 番);
        ``first``: where the first of them stands (no value starts before it, see below)."""
        v = vocab()
        taken: set[int] = set()
        # each shape below needs a character of its own: a test for it is cheaper than the shape's regex
        if "番" in clause or "倍" in clause:
            self.multiple(clause, c_start, sentence, previous, taken)
        for cat in v.category.finditer(clause) if ("类" in clause or "级" in clause or "档" in clause) else ():
            if self.masked[c_start + cat.start()]:
                continue
            head = clause[max(0, cat.start() - WINDOW):cat.start()]
            self.add(head, "category", cat.group("cls").translate(_HALF_CLASS), None,
                     c_start + cat.start(), c_start + cat.end(), sentence, head + cat.group(),
                     c_start + cat.start() - len(head))
            taken.update(range(cat.start(), cat.end()))
        if "前" in clause:
            self.rank(clause, c_start, sentence, previous, taken)
        if v.unitless_ends.search(clause):  # 指数, 系数; 率, 比例, 比重 (bare_rate)
            self.unitless(clause, c_start, sentence, taken)
        if "分别" in clause or "、" in clause:  # (respectively and its implied form, respective.py, read nothing else)
            self.respectively(clause, c_start, sentence, previous, taken)
        # every value opens with a digit, a Chinese numeral or 半 (candidate's lookahead), each a character of
        # _MAY_HOLD: none starts before ``first``, and the scan starts there (its lookbehinds still read the clause)
        found = [m for m in v.candidate.finditer(clause, first) if m.start() not in taken] if taken else \
            list(v.candidate.finditer(clause, first))  # (most clauses: no shape above took a number)
        return bool(found) and ListReader(self, clause, c_start, sentence, previous, found).read(counting)
