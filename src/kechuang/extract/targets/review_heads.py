"""A paragraph of a review opened by a heading of a result (round 69; docs/extraction.md, section 4, "Round 69").

A report's review part (a 政府工作报告's 过去一年, a 计划执行情况's first half, a 工作会议's 成绩) opens each paragraph
with a sentence that states a result: its subject first, then a word of manner and a verb that ends it —
扶贫开发“双到”工作扎实推进。, 投资关键作用有效发挥。, 聚焦项目攻坚,增长动能加快积蓄。, (一)“三件大事”成效更加显著。,
——脱贫攻坚全面胜利。. The numbers of such a paragraph are the year's facts, which the spec leaves out (a report's review
part states facts, no targets). A plan's heading puts the verb first (扎实推进乡村振兴。, 着力扩大有效需求。), so it is
not read here; a plan's goals section may open with a result (农业综合生产能力稳步提高。, 重大科研成果加快涌现。,
群众居住条件将持续改善。) but names its goals with a cue (到2015年, 将, 确保, 力争), which keeps the paragraph.

Kept: a paragraph with any goal's cue (tense_cues' words, 要 but not 重要/主要/需要, 到/至 a year not gone by), a
target dated after the plan's year. One anchored match per line and one search for the cues: linear."""

from __future__ import annotations

import bisect
import re

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.rules import simplified_all
from kechuang.extract.targets.past_leads import period_reviewed
from kechuang.extract.targets.tense_cues import GOAL

# the words of manner of a result heading (扎实推进, 有效发挥, 有序推进, 更加显著, 全面胜利, 持续改善, 稳步提升)
_MANNER = ("扎实", "有效", "有序", "稳步", "持续", "明显", "显著", "全面", "不断", "大幅", "更加", "加快", "加速",
           "顺利", "快速", "日益", "逐步", "蓬勃", "深入")
# a heading sentence: an item mark or a dash, its subject (no digit, no sentence end), a word of manner and at most
# four characters of verb before its full stop, no comma between (扎实推进乡村振兴。 puts its verb first: a plan's);
# no bracket in the subject, so that an item mark is not taken for one ((三)加快科技创新。 is a plan's heading)
_ITEM = r"[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,2}[是、]|\d{1,2}[.．、]|[—-]{1,2}"
_HEAD = re.compile(rf"\s{{0,2}}(?:{_ITEM})?\s{{0,2}}[^。!！?？;；()（）\d\n]{{2,28}}?(?:{'|'.join(_MANNER)})"
                   r"[^,，。;；:：\d\s、]{1,4}。")
# a numbered item or 一是/二是 inside the line after a sentence's end opens new sentences, beyond the heading's
# paragraph (review 17's F3, as report_reach reads them)
# the furthest the heading's 。 may stand: spaces 2 + item 5 + spaces 2 + words 28 + manner 2 + words 4, then the 。
_HEAD_REACH = 2 + 5 + 2 + 28 + 2 + 4 + 1
assert all(len(word) == 2 for word in _MANNER)  # the reach counts each manner word as two characters
# the words of manner alone: no part of _HEAD before its 。 holds a 。, so its manner word stands before the line's
# first 。; a line with none there is no heading (a literal search before the anchored match)
_MANNER_WORD = re.compile("|".join(_MANNER))
_INLINE_ITEM = re.compile(r"[。;；]\s{0,2}(?:\d{1,2}[.．、]|[一二三四五六七八九十]{1,2}是)")
_GOAL = re.compile(GOAL + r"|要|到\s{0,2}(?P<by>\d{4})\s{0,2}年|至\s{0,2}(?P<to>\d{4})\s{0,2}年")


def goal_cue(text: str, plan_year: int | None) -> bool:
    """Whether a paragraph holds a goal's cue: a goal word, 要 (not 重要, 主要, 需要), 到/至 a year not gone by."""
    for m in _GOAL.finditer(text):
        cue, at = m.group(), m.start()
        if cue == "要" and at and text[at - 1] in "重主需":
            continue
        year = m.group("by") or m.group("to")
        if year is not None and plan_year is not None and int(year) < plan_year:
            continue  # 到2024年 in 2025: a review's date
        return True
    return False


def review_paragraphs(lines: list[Line], plan_year: int | None, goal_lines: set[int] | frozenset[int] = frozenset()
                      ) -> dict[int, int]:
    """The indexes (in ``lines``) of the lines that open with a result heading and hold no goal's cue, other than
    the lines under a goals heading (``goal_lines``, by line index: 一、工作目标 … (一)产业科技创新能力加快提升。), each
    with the offset (in the text) where its paragraph ends: the line's end, or a numbered item inside the line."""
    out = {}
    for k, line in enumerate(lines):
        if line.text.find("。", 0, _HEAD_REACH) < 0 or "|" in line.text or line.index in goal_lines:
            continue  # a heading alone on its line, a table row: no paragraph read here; nor a line whose first 。
            # stands beyond the heading's reach (found in the printed text: the translation keeps 。 and each offset)
        text = simplified_all(line.text)
        if (stop := text.find("。", 0, _HEAD_REACH)) < 0 or _MANNER_WORD.search(text, 0, stop) is None:
            continue  # the heading's 。 is the line's first and stands within its reach, its manner word before it
        head = _HEAD.match(text)
        if head is None:
            continue
        item = _INLINE_ITEM.search(text, head.end() - 1)
        end = item.start() + 1 if item is not None else len(text)
        if not goal_cue(text[:end], plan_year):
            out[k] = line.start + end
    return out


def reviewed(lines: list[Line], targets: list[Target], plan_year: int | None,
             goal_lines: set[int] | frozenset[int] = frozenset()) -> list[Target]:
    """``targets`` without those of a review paragraph (``review_paragraphs``), except one dated after the plan's
    year."""
    if not targets:
        return targets
    targets = period_reviewed(lines, targets, plan_year)  # 过去五年,…; 十一五期间,…: a period's review (hist59)
    found = review_paragraphs(lines, plan_year, goal_lines)
    if not found:
        return targets
    starts = [line.start for line in lines]
    out = []
    for t in targets:
        k = bisect.bisect_right(starts, t.start) - 1
        later = t.year is not None and plan_year is not None and t.year > plan_year
        if k in found and t.start < found[k] and not later:
            continue
        out.append(t)
    return out
