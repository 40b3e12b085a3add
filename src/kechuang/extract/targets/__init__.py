"""Quantitative targets of a plan (see ``paragraph`` for the shapes of sentence, ``years`` for the years that
govern them and ``rules/targets.yaml`` for the vocabulary)."""

from __future__ import annotations

import bisect
import re

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.rules import simplified_all  # traditional characters read as simplified (發展目標 → 发展目标)
from kechuang.extract.targets.achieved_growth import reported_growth
from kechuang.extract.targets.breakdown import bracket_parts
from kechuang.extract.targets.bulletins import is_bulletin
from kechuang.extract.targets.completed import done_items
from kechuang.extract.targets.completion_rates import reported_rates
from kechuang.extract.targets.count_shares import count_shares
from kechuang.extract.targets.criteria import criteria_label, criteria_part
from kechuang.extract.targets.cue_lines import WORDS as _CUE_WORDS
from kechuang.extract.targets.cue_lines import LineIndex
from kechuang.extract.targets.data_shown import SHOWN_WORDS, data_shown
from kechuang.extract.targets.durations import may_span_levels, span_levels
from kechuang.extract.targets.estimate_reach import estimated
from kechuang.extract.targets.execution import executed_year, opens_plan, opens_review
from kechuang.extract.targets.finished_tasks import FINISHED_WORDS, finished_tasks
from kechuang.extract.targets.funding import funding_clauses
from kechuang.extract.targets.goal_cells import goal_cells
from kechuang.extract.targets.goal_tables import goal_tables
from kechuang.extract.targets.goals_captions import goals_caption
from kechuang.extract.targets.grid import with_grids
from kechuang.extract.targets.in_principle import principle_bounds
from kechuang.extract.targets.listed_counts import ONE_WORDS, listed_counts
from kechuang.extract.targets.name_numbers import name_numbers
from kechuang.extract.targets.nested import nested_counts
from kechuang.extract.targets.paragraph import MAY_STATE, Paragraph
from kechuang.extract.targets.passage_mode import kept, may_report, report_spans
from kechuang.extract.targets.past_multiples import past_multiples
from kechuang.extract.targets.peer_margins import MARGIN_WORDS, peer_margins
from kechuang.extract.targets.per_unit_scopes import PER_UNIT_WORDS, per_unit_scopes
from kechuang.extract.targets.period_leads import (
    numbering_rank,
    period_caption_year,
    period_goals_lead,
    period_heading_year,
    year_goals_lead,
)
from kechuang.extract.targets.place_tables import place_tables
from kechuang.extract.targets.plan_year import document_year as _document_year
from kechuang.extract.targets.plan_year import is_results, title_period
from kechuang.extract.targets.progress_shares import reported_shares
from kechuang.extract.targets.project_rolls import project_rolls
from kechuang.extract.targets.rank_words import may_rank_places, rank_places
from kechuang.extract.targets.ratios import may_ratio_levels, ratio_levels
from kechuang.extract.targets.readings import Readings
from kechuang.extract.targets.report_headlines import headlined, page_headline
from kechuang.extract.targets.report_reach import reached
from kechuang.extract.targets.report_tense import reported_text
from kechuang.extract.targets.reported import reported_spans
from kechuang.extract.targets.review_heads import reviewed
from kechuang.extract.targets.review_reading import review_read
from kechuang.extract.targets.reward_terms import reward_conditions
from kechuang.extract.targets.scenic import may_scenic_classes, scenic_classes
from kechuang.extract.targets.selection_caps import selection_caps
from kechuang.extract.targets.sibling_items import item_mark, sibling_of
from kechuang.extract.targets.sited import may_sited_counts, sited_counts
from kechuang.extract.targets.spelled_grades import spelled_grades
from kechuang.extract.targets.steps import may_step_levels, step_levels
from kechuang.extract.targets.total_areas import AREA_WORDS, total_areas
from kechuang.extract.targets.totals import total_counts
from kechuang.extract.targets.unit_standards import STANDARD_WORDS, unit_standards
from kechuang.extract.targets.vocab import vocab
from kechuang.extract.targets.water_classes import may_water_classes, water_classes
from kechuang.extract.targets.working_bodies import working_bodies
from kechuang.extract.targets.year_headings import year_headed
from kechuang.extract.targets.years import heading_year, opening_year, years
from kechuang.extract.targets.zero import may_zero_targets, zero_targets

__all__ = ["extract_targets"]

# The words the filters after the loop ask the document's LineIndex for (cue_lines' four gates, project_rolls' 项目,
# estimate_reach's 预计, peer_margins', unit_standards', listed_counts' 1个): all found in one scan of the document at
# the first question (cue_lines.LineIndex). A filter asking for another word is answered by a search of its own.
# (項(xiàng)目: project_rolls' third word on main since page57)
_INDEXED = (*_CUE_WORDS, "项目", "項目", "項(xiàng)目", "预计", "預計", "預(", *MARGIN_WORDS, *STANDARD_WORDS,
            *ONE_WORDS, *AREA_WORDS, *SHOWN_WORDS,
            *FINISHED_WORDS, *PER_UNIT_WORDS)


_COLON = re.compile(r"(?::|如下。?)\s*$")  # a lead-in's end; read as ``_ends_colon`` (spd35)
_COLON_ENDS = (":", "如下", "如下。")


def _ends_colon(text: str) -> bool:
    """``_COLON.search(text)``: a line ending with a colon or 如下, spaces after it aside. A regex search tried a match
    at every colon-less position of every line (0.5 % of a pass); ``rstrip`` strips what ``\\s`` matches."""
    return text.rstrip().endswith(_COLON_ENDS)


# a goals-like lead (review 4): 目标 wording or a colon in it, or a list item (——, 1., (一)) under it
_GOALS_LEAD = re.compile(r"目标|[:：]")
_LIST_ITEM = re.compile(r"\s*(?:——|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]"
                        r"|\d{1,2}[.、．])")
# Forms of performance targets (绩效目标申报表) printed one cell a line: a short name, then its value alone.
_NAME_CELL = re.compile(r"[^\d,,。;;::|]{4,40}")
_VALUE_ALONE = re.compile(r"\s*[≥>]?\s*\d{1,9}(?:\.\d{1,4})?\s*[^\d\s,,。;;|]{1,4}(?:以上)?\s*")
_GOALS_AFTER = re.compile(r"目标|任务")  # after a history word in a heading: the section states goals too
_CARRIED = re.compile(r"\s*(?:巩固|扩大|拓展)")  # 巩固…取得的成就: a task that builds on the past
# a colon lead naming the goals (今年的主要预期目标是:), and a line that opens with a year (2026年,全市…): review 11
_GOALS_COLON = re.compile(r"[^。!！?？|]{0,30}(?:目标|任务)[^。!！?？|]{0,12}[:：]\s*")
_CAPTION_YEAR = re.compile(r"(\d{4})\s*年?")
_OPENS_YEAR = re.compile(r"\s*[((]?\s*(\d{4})\s*年")
# a caption of the past dates its past (2025年, “十四五”时期, 过去五年); a line that names none
# (奋力创造新的重大成就) is a slogan or a task, no caption (review 11)
_PAST_DATED = re.compile(r"\d{4}|[一二三四五六七八九十]五|年|时期|以来")
_YEAR_CAPTION = re.compile(r"\s*[((]?\s*\d{4}\s*年度?\s*[))]?\s*")  # (2022年度) alone on its line


def _history(title: str) -> bool:
    """Whether a heading names a section on the past (回顾, 取得的成就…: rules/targets.yaml history_headings) — not one
    that names the goals or tasks after it too (“十三五”取得的成就和“十四五”发展目标) or that carries the past forward
    (巩固和扩大已取得的成就, 巩固拓展脱贫攻坚取得的成就): review 8."""
    m = vocab().history_heading.search(title[:40])
    return m is not None and not _GOALS_AFTER.search(title, m.end(), 40) and not _CARRIED.match(title)


def _past_ends(text: str, short: bool, past_until: int | None) -> bool:
    """Whether a line ends the review an unnumbered caption opened (review 11): a short caption of the goals
    (2026年工作安排, 2026年主要工作, 2026年工作总体要求: targets.yaml goals_headings), a colon lead naming the goals
    (今年的主要预期目标是:), or a line opening with a year after the reviewed one (2026年,全市…)."""
    if (dated := _OPENS_YEAR.match(text)) and past_until is not None and int(dated.group(1)) > past_until:
        return True
    if not short:
        return False
    plain = simplified_all(text).strip(" |")  # the line's key: translated once (spd30)
    return bool(vocab().goals_caption.fullmatch(plain) or vocab().goals_heading.search(plain)
                or _GOALS_COLON.fullmatch(plain))


def _read_by(targets: list[Target], reader: str) -> list[Target]:
    """``targets``, those that name no reader yet marked as read by ``reader`` (a feature of targets/acceptance)."""
    for t in targets:
        if t.reader is None:
            t.reader = reader
    return targets


def _within(path: str, section: str | None) -> bool:
    """Whether ``path`` is ``section`` or under it; a lead-in before the first heading ("") introduces all."""
    return section is not None and (section == "" or path == section or path.startswith(section + "/"))


def extract_targets(lines: list[Line], paths: list[str], start: int, plan_year: int | None,
                    skip: list[tuple[int, int]], heading_titles: dict[int, int],
                    title: str | None = None, titled: bool = False, located: str | None = None) -> list[Target]:
    """``skip``: spans (absolute offsets) to ignore, such as annotations; ``heading_titles`` maps a
    heading line's index to the offset where its title starts (the numbering token is ignored); ``title``
    stands for the opening line when the text is an excerpt given with its page's title; ``titled``: the opening is
    a title (the caller's, or the one the metadata found), not merely the first line of pasted text; ``located``: the
    title the metadata step found, which names the document (a bulletin, an execution report) when no title is given.

    A year passes down to later paragraphs in three ways: a paragraph that ends with a colon gives its year
    to the lines under the same heading; a goals section (发展目标, 主要目标… and its sub-items) keeps the
    last year stated in it for every target of the section that states none; before any heading (a news print
    of a plan's goals), the last deadline a paragraph states (方案提出,到2025年,…) dates the later paragraphs'
    targets that state none."""
    opening = title or next((ln.text for ln in lines if ln.text.strip() and not ln.chrome), None)
    title_given = title  # the caller's headline (the metadata's may be a first sentence), kept: the loop renames
    named = title or located or opening  # what the document is: its title, not a sidebar's first line (review 8)
    if is_bulletin(named):  # …年国民经济和社会发展统计公报: a year that is over, no targets (targets/bulletins.py)
        return []
    results = is_results(opening)
    goals_of = plan_year  # the year a task table's 目标 column sets (a progress report's: the year it reports on)
    if results:  # 2022年工作总结, 完成情况公示: read as of the year after the one summed up (its own year is history)
        summed = opening_year(simplified_all(opening).strip(), None)
        goals_of = summed or plan_year
        plan_year = max(plan_year or 0, summed + 1) if summed else plan_year
    out, tables = goal_tables(lines, paths, plan_year)  # 指标 | 2020年 | 2025年, wherever it stands: by its columns
    by_place, places = place_tables(lines, paths, plan_year)  # 街镇 | 2024年任务量 | 2025年任务量: planned cells
    out, tables = _read_by(out, "goal_table") + _read_by(by_place, "place_table"), tables | places
    out, tables = with_grids(lines, paths, plan_year, out, tables)  # 省(市) | 1996年 | 1997年: year grids
    by_cell, cells = goal_cells(lines, paths, goals_of, tables)  # 目标任务 | 城镇新增就业(人) | 26000: goal cells
    out, tables = _read_by(out, "grid") + _read_by(by_cell, "goal_cell"), tables | cells
    colon_year: int | None = None
    last_year: int | None = None  # the last year to come stated by a paragraph above (这一目标 refers back to it)
    colon_path: str | None = None
    caption_rank: int | None = None  # the rank of the period caption that set colon_year, until a line of its rank
    goals_year: int | None = None
    goals_path: str | None = None
    past_path: str | None = "" if criteria_label(opening) else None  # a page of criteria (…申报条件有哪些?)
    criteria = past_path is not None  # the past section is a list of criteria (targets/criteria.py)
    lead_label = False  # a label of criteria before the first heading: it governs up to the next top-level heading
    lead_deadline: int | None = None  # a deadline (到2025年) an unheaded paragraph states: a news print's goals' year
    lead_item: str | None = None  # the kind of item that paragraph opens as (a bullet, a label), if any
    goals_lead = False  # that paragraph reads as goals (_GOALS_LEAD): its deadline ends per-year commitments too
    progress = reported_spans(lines[start:])  # the reported cells of progress tables
    skip = sorted(skip + progress)  # are skipped
    skip_starts = [sp[0] for sp in skip]
    executed = executed_year(named)  # …2023年…计划执行情况与2024年计划草案: its opening part reports on 2023
    review = False  # a line of the text has opened that review (一、2023年…计划执行情况, 2023年,全省…)
    goal_lines: set[int] = set()  # the lines under a goals heading (主要目标), for report_reach
    whole = "\n".join([line.text for line in lines])  # the document's lines as one text, joined once for its readers
    done = done_items(lines[start:], heading_titles, whole)  # items a completion report says reached (completed.py)
    period = title_period(named)  # …三年行动计划(2023—2025年): its 三年目标 end in 2025, whatever the year signed
    document_year = _document_year(opening, lines, heading_titles, plan_year, results, titled or title is not None)
    for line in lines[:start]:  # a lead-in of the title block (…具体安排如下:) introduces the whole body
        if not line.chrome and _ends_colon(line.text):
            stated = [m.year for m in years(simplified_all(line.text), 0, 0, plan_year) if not m.past]
            if stated:
                colon_year, colon_path = stated[-1], ""
    # the line before, when short: a form's indicator cell if it is a name (``_NAME_CELL``), told only when a value
    # alone follows it (most short lines are followed by none: the name's pattern is not tried on each)
    cell: str | None = None
    past_caption = False  # an unnumbered caption of the past (2025年工作回顾) stands above, no heading since
    past_until: int | None = None  # the last year that caption reviews (a line opening with a later one ends it)
    words = vocab()  # (one lookup for the loop's readers, not one per line and reader)
    for line in lines[start:]:
        text = line.text
        if line.chrome or not text or line.index in tables:
            continue
        heading = line.index in heading_titles  # (asked once per line: the tests below ask it five times)
        short = len(text) <= 44  # the form's cells and captions below are short lines; prose is not read twice
        if short and _YEAR_CAPTION.fullmatch(text) and (stated := heading_year(text, plan_year)):
            colon_year, colon_path = stated, paths[line.index]  # (2022年度) over a form: the form's year
        path = paths[line.index]
        if colon_path is not None and not _within(path, colon_path):
            colon_year, colon_path = None, None
        if heading:
            heading_text, at = simplified_all(text), heading_titles[line.index] - line.start
            stop = heading_text.find("。", at)  # the title: up to its first full stop
            title = heading_text[at:stop] if stop >= 0 else heading_text[at:]
            if words.goals_heading.search(title[:40]):
                goals_year, goals_path = None, path
            elif (stated_year := heading_year(title, plan_year) or (
                    period_heading_year(title, plan_year) if document_year is None else None)) is not None:
                goals_year, goals_path = stated_year, path  # 一、未来五年主要工作任务, “十四五”重点安排: it governs
                # (the period's end ranks below the document's year: 2022年…工作要点 dates “十四五”重点任务; review 9)
            under = _within(path, past_path) and not (lead_label and "/" not in path)
            part = criteria and _within(path, past_path) and criteria_part(title)  # 一、基本条件 under 申报条件:
            if part:  # the label's scope holds across its parts: (二)具体条件 after (一)基本条件 is criteria too
                pass
            elif criteria_label(title) or _history(title) or line.index in done:
                past_path, criteria = path, criteria_label(title)
            elif not under:
                past_path, criteria = None, False
            lead_label = lead_label and (part or "/" in path)  # its parts are top-level: the next other one ends it
        # (criteria_label's 条件 needs 件: a line holding none, most of them, is passed without a call nor a copy)
        elif "件" in text and criteria_label(text) and not (criteria and past_path == "" and not lead_label):
            # 申报条件: the lines under the label state criteria (targets/criteria.py), in its section only; a page
            # whose title is the label (its opening) is all criteria
            past_path, criteria, lead_label = path, True, path == ""
        if heading:
            past_caption = False
        elif short and ("回" in text or "成" in text) and (caption := words.past_caption.fullmatch(
                plain := simplified_all(text).strip(" |"))) and not _CARRIED.match(plain) \
                and _PAST_DATED.search(plain, 0, caption.start("word")):  # 2025年工作回顾 alone on its line
            past_caption = not _GOALS_AFTER.search(plain)  # (vocab past_captions), not …回顾和2026年目标
            dated = [int(y) for y in _CAPTION_YEAR.findall(plain, 0, caption.start("word"))]  # 2021—2025年: 2025
            past_until = max(dated) if dated else (plan_year - 1 if plan_year else None)
        elif past_caption and _past_ends(text, short, past_until):
            past_caption = False  # 2026年工作安排, 今年的主要预期目标是:, 2026年,…: the goals after the review
        if past_caption or (past_path is not None and _within(path, past_path)):
            continue  # 工作回顾, 发展基础: the numbers of a section on the past are history
        cut: int | None = None  # where the plan to come opens in a line of the review (the review before it)
        if executed is not None:  # a plan-execution report's review part, up to the plan to come (execution.py)
            review = review or opens_review(text, executed)  # only a review the text itself opens
            if (cut := opens_plan(text, executed)) is not None:
                executed, cut = None, cut if review else None
            elif review:
                continue
        if caption_rank is not None and (rank := numbering_rank(text)) is not None and rank <= caption_rank:
            if colon_path == "":  # （四）2024年工作安排 after （三）“十四五”重点任务: the caption's year ends
                colon_year, colon_path = None, None
            caption_rank = None
        if path == "" and document_year is None and "五" in text and len(text) <= 30 and (
                not heading) and (
                caption := period_caption_year(simplified_all(text), plan_year)) is not None:
            colon_year, colon_path = caption, ""  # （三）“十四五”重点安排 left as a line dates the body, up to
            caption_rank = numbering_rank(text)  # the next line of its rank; below a document's year (review 9)
        if short and "目标" in text and not heading and goals_caption(
                simplified_all(text).strip(" |")):
            goals_year, goals_path = None, path  # 2024年…主要预期目标 alone on its line governs (goals_captions.py)
        if goals_path is not None and not _within(path, goals_path):
            goals_year, goals_path = None, None
        if goals_path is not None:
            goal_lines.add(line.index)  # under a goals heading: a status sentence opens no report's reach
        if not MAY_STATE.search(text):  # no number and no year: nothing to read (prose, headings)
            cell = text if short else None
            continue
        lo, hi = bisect.bisect_left(skip_starts, line.start), bisect.bisect_left(skip_starts, line.end)
        local = [(s - line.start, e - line.start) for s, e in skip[lo:hi]] if lo < hi else []
        token_end = heading_titles[line.index] - line.start if heading else 0
        if token_end:
            local.append((0, token_end))
        lead = lead_deadline if path == "" and not sibling_of(text, lead_item) else None  # (sibling_items)
        inherited = colon_year if colon_year is not None else goals_year if goals_year is not None else \
            document_year if document_year is not None else lead  # the first year stated of the four
        if inherited is None and last_year is not None and words.goal_reference.match(
                simplified_all(text), token_end):
            inherited = last_year  # 为了保障实现这一目标,…高新技术企业数量达到3000家: the goal's year above
        # 達(dá)到: the rules read the line without its phonetic readings (a line with no "(" and no ". " or " ." has
        # no reading nor a decimal's gap: ``Readings.of`` is not asked, as in report_tense.passage; a line with no
        # space, most, holds neither gap: a search for one character spares it the searches for two)
        readings = Readings.of(line) if "(" in text or (" " in text and (". " in text or " ." in text)) else None
        if readings:
            local = [(readings.to_clean(s), readings.to_clean(e)) for s, e in local]
            token_end = readings.to_clean(token_end)
        para = Paragraph(readings.line if readings else line, path, plan_year, inherited, local, token_end,
                         goals_year if goals_path is not None else
                         lead if lead is not None and (goals_lead or _LIST_ITEM.match(text)) else None,
                         goals_path is not None, period)
        # (an unheaded goals lead's 到2030年 ends the per-year commitments after it, as a goals heading's year does:
        # 每年新增…150家 in 虹口's and 年均增长8% in 普陀's “十五五” goals printed without their heading; round 33; only
        # a goals-like lead's, not 会议指出,到2035年,… of a news lead: review 4)
        if cell is not None and short and _VALUE_ALONE.fullmatch(text) and _NAME_CELL.fullmatch(
                named_cell := cell.strip(" |")):
            para.lead_cell = named_cell  # a form printed one cell a line: 指标名称 / ≥100公里
        cell = text if short else None
        para.carried = out[-1] if out else None
        para.run()
        mtext = para.mtext  # (each reader below is called only when its module's gate, its own first test, passes)
        if may_scenic_classes(mtext):
            scenic_classes(para)  # 成功创建…国家4A级旅游景区: inserted among para's targets in document order
        if may_water_classes(mtext):
            water_classes(para)  # 长江干流水质稳定保持Ⅱ类: a class of water to keep (water_classes.py)
        # (the readers of a paragraph's targets are called only when it has some: four paragraphs in five have none)
        if para.targets:
            bracket_parts(para)  # 城區學校10所(含幼兒園4所): the parts of a count, after it
            nested_counts(para)  # 为全区78所中小学的95间舞蹈教室安装地暖: the count inside a count's scope, after it
        if may_sited_counts(mtext):
            sited_counts(para)  # 在286所幼儿园公共区域设置视频图像采集装置: the things a work is done at (sited.py)
        if para.targets:
            total_counts(para)  # 18条河道共120公里水系: the total after a count, in another measure (totals.py)
        if may_span_levels(mtext):
            span_levels(para)  # 平均受教育年限达到11年: a span of years to reach (durations.py)
        if may_ratio_levels(mtext):
            ratio_levels(para)  # 收入比控制在1.8左右, 之比达到2.5:1: a ratio to reach, no unit (ratios.py)
        if may_rank_places(mtext):
            rank_places(para)  # 力争全市第一, 确保增幅在全市排名前三: a place with no measure word
        if may_zero_targets(mtext):
            zero_targets(para)  # …事件零发生, 力争…实现…清零: a target of zero in words
        if may_step_levels(mtext):
            step_levels(para)  # 跨上1.4万亿斤台阶: a step to reach; 连续跨越…四个大台阶: steps crossed, history
        if para.targets:
            selection_caps(para)  # 每年选拔不超过10名: a programme's cap on its selection, no target
        found = para.targets
        if found and (review := para.review_start(token_end)) is not None:
            found = [t for t in found if t.start < line.start + review]  # 五年来,我们…: history from there on
        found = [readings.restore(t, line.start) for t in found] if readings else found
        if found and may_report(text) and (
                spans := report_spans(simple := simplified_all(text), plan_year, goals_path is not None)):
            found = kept(simple, spans, found, line.start, plan_year)  # 目前,…已建成…。建成老年食堂12个: history, in a
            # report's paragraph (passage_mode)
        out.extend(_read_by(found if cut is None else [t for t in found if t.end > line.start + cut], "paragraph"))
        stated = para.stated_years() if para.marks else []  # (no mark, most paragraphs: no year stated)
        if path == "" and (deadlines := [m.year for m in para.marks  # 未来五年 (yr52), 未来五年,X将… (horizon49); a
                                         if (m.deadline or (m.ahead and (found or m.opens))) and not m.past  # clause's
                                         and not (m.inside and lead_deadline is not None)]):  # own year (…,力争2024年
            # X…) keeps the lead's (clause_years)
            lead_deadline, goals_lead = deadlines[-1], bool(_GOALS_LEAD.search(text)) or (
                plan_year is not None and deadlines[-1] > plan_year  # a lead whose own 年均 rate runs to its deadline
                and any(t.recurring and t.year == deadlines[-1] for t in found))  # states a period's goals (years48)
            lead_item = item_mark(text)  # ·到2022年…, 耕地…红线:到2035年,…: an item's year, not a lead's
        elif path == "" and lead_deadline is None and "五" in text and (
                period := period_goals_lead(simplified_all(para.line.text), plan_year)) is not None:
            lead_deadline, goals_lead = period, True  # “十二五”期间,…主要目标已经确定。: a goals lead (period_leads)
        elif path == "" and lead_deadline is None and (
                this_year := year_goals_lead(simplified_all(para.line.text), plan_year,
                                             None if named == text else simplified_all(named or ""))) is not None:
            lead_deadline = this_year  # 确定了全年…目标任务, 今年,将…: the year's goals (period_leads)
        last_year = stated[-1] if stated else last_year
        if stated and goals_path is not None:  # a section's year stands against a clause's own (…,力争2024年X…:
            standing = stated if goals_year is None else [  # clause_years)
                m.year for m in para.marks if m.year and not m.past and not m.inside]
            goals_year = standing[-1] if standing else goals_year
        if stated and _ends_colon(text):
            colon_year, colon_path = stated[-1], path
    # a sentence reporting 完成率99.82%, a reward rule's conditions (…超10亿元的,给予…): no commitments
    dated_plan = document_year is not None and document_year == plan_year
    index = LineIndex(lines, whole, _INDEXED)  # which lines hold a filter's word, found in the joined text at once
    cued = index.cued() if out else {}  # the lines holding each of the four filters' words, found once
    out = reported_growth(lines, out, plan_year, dated_plan, cued.get("growth"))  # 生产总值254.5亿元,比上年增长5.2%
    out = funding_clauses(lines, out, cued.get("funding"))  # 县财政统筹安排资金37.4亿元: money put into a policy
    out = reported_shares(lines, out, plan_year, dated_plan)  # 完成市上下达任务16家的93.7%: progress against a plan
    out = past_multiples(lines, out, plan_year, dated_plan)  # 32亿元,是1980年的29.1倍: growth made (invented45)
    out = principle_bounds(lines, out, plan_year, cued.get("principle"))  # 原则上…不低于3000亩: a policy's standard
    out = reported_text(lines, out, plan_year)  # a text that reports work done throughout (report_tense)
    # 共安排重点新续建项目57个, 其中…项目N个: the year's roll of projects (a plan's own list by its title: mend58)
    out = project_rolls(lines, out, index, title_given or located, goal_lines)
    out = reviewed(lines, out, plan_year, goal_lines)  # 扶贫开发工作扎实推进。…: a review's facts (review_heads)
    # 新疆今年已完成…公里 over a text with no goal's cue: a report's facts (report_headlines)
    out = headlined(out, title_given or located or page_headline(opening, lines),
                    whole, plan_year)
    # 目前,…达到29家。全市科技进步贡献率达到49.7%: a report's next sentences (not under a goals heading: round 62)
    out = reached(lines, out, plan_year, goal_lines)
    out = estimated(lines, out, plan_year, goal_lines, index)  # 预计完成X亿元,Y亿元,…: the estimate's list
    # 增长8%,比全省、全市分别高2、1.4个百分点 (rev47): the genre read from the document's title, the caller's or the one
    # the metadata found, else its first line (a 文号 line before 2024年工作要点 is none: review 35)
    out = peer_margins(out, lines, index, plan_year, dated_plan, title_given or located)
    out = unit_standards(out, index)  # 省财政100元/户, 每座2500元标准: a subsidy's standard (rev47)
    out = total_areas(out, index)  # 建设665套安置房,总建筑面积约11.55万平方米: the project's size (spurious43)
    out = data_shown(out, index)  # 海南省农业厅资料显示,全省耕地面积628.7万亩: facts a source measured (spurious43)
    out = count_shares(out, index)  # 今年共新增14个项目,占比43.75%: the share of a count (spurious43)
    out = finished_tasks(out, index, plan_year)  # …1578个,提前超额完成年度任务: a task reported done (spurious43)
    out = per_unit_scopes(out, index)  # 143个涉农乡镇,每个乡镇至少建设1处…: the places a target spans (spurious43)
    out = year_headed(lines, out, plan_year)  # 2025年 / 城镇新增就业48万人 in 2026: a past year's results (spurious43)
    out = listed_counts(out, index)  # 汽模配、纺织服装…等5个产业集群: a count of the items named (lst48)
    out = name_numbers(out, index)  # 实施八个专项行动, 十大工程: a number in the programmes' name (lst48)
    out = working_bodies(out)  # 成立…9个专项工作组, 由…3个执法部门组成: the bodies that run the work (spurx40)
    out = spelled_grades(out)  # 建設千畝高產示范片1000個, 百万羽蛋鸡养殖场: a size grade, no amount (spurx40)
    out = review_read(lines, out, plan_year, title_given, bool(progress))  # a passage of facts, weighed once (round 72)
    return reward_conditions(lines, reported_rates(lines, out, plan_year, dated_plan, cued.get("rates")), whole)
