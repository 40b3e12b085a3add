"""A news page whose headline reports a result, or whose reporter reports what was learnt, and whose text states no
goal (round 71; docs/extraction.md, section 4, "Round 71").

A news headline that states a result reached — `新疆今年已完成农村公路建设里程逾12462公里` (新疆 2018 news),
`西藏农牧民转移就业已完成年度目标的32.9%` (西藏 2020 news), `“十四五”以来中国城镇新增就业累计达5921万人` (人社部
2025 news), `2025年吉林市乡村年度成绩单` (吉林市 2025 news) — heads a report: the numbers of a passage under it that
holds no goal's cue (report_tense's words of a goal, 要 but not 重要/主要/需要, 到/至 a year not gone by) are the
facts of the year, which the spec leaves out. The passages of those pages that state a goal (`目标`, `预计`, `年均`)
keep their targets, as does one dated after the plan's year.

The headline's cues are those of a result only: 已 (not 已有), 以来 (not 今年以来: a headline of the year so far heads
new work too, round 46b's test), 累计, 成绩单. A
progress report's headline (`…进展情况`, `…完成情况`, `…进展表(截至6月底)`) names tasks and their progress: its
task cells are targets (dev: 60 passages under such headlines hold gold), so 进展 and 完成 are no headline's cue. A
table (``|``) is left to reported.py. One search of the headline (its first 60 characters) and one search of the
text for the goal's cues: linear.

A reporter's note of what was learnt (`记者日前从全省住房城乡建设工作会议上获悉,去年全省改造…`, 安徽 2020 news;
`记者从自治区水利厅获悉,2023年,内蒙古…`, 内蒙古 2023 news; `据了解,自实施民生工程以来,…`, 宣城 2013 news;
`据了解,这些特派员必须是…`, 山西 2025 news) heads a report as well, when the text holds no goal's cue: a plan's news
names its goals (`据了解,…计划到2025年…`). 据介绍 and `X介绍,` are left: a plan's news quotes its goals that way
with no cue (科技部 2017 农业科技园区 news keeps `科技进步贡献率达到75%以上`).

The lead's verb of hearing is the reporter's, not the plan's tense (news45): a text that names the plan
year's own list of 实事 (`记者从静安区新闻办获悉,…通过了静安区人民政府2025年为民办实事项目`, 静安 2025;
`记者从重庆市璧山区2025年重点民生实事新闻发布会上获悉`, 璧山 2025; `8个项目被确定为2025年民生实事项目。
据了解,…`, 仁化 2025) announces that list, whose items are the year's goals: it is no report. A list of a year
gone by (2021年西藏新增…, in 2022) is not the plan year's; the year must name the list within its clause
(`2023年,内蒙古紧盯群众所需所盼民生实事,…提前完成…任务`, 内蒙古 2023 news, dates a report's sentence); and a
result's headline (已, 累计) still heads a report whatever list its text names."""

from __future__ import annotations

import re
from functools import cache

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.printed_words import char_forms, printed_words
from kechuang.extract.rules import simplified_all
from kechuang.extract.targets.review_heads import goal_cue

_HEADLINE = re.compile(r"已(?!有)|(?<!今年)以来(?!的)|累计|成绩单")
_LEARNT = ("获悉", "据了解")  # found as printed (printed_words: 獲悉, 據了解 too)
# a headline ends no sentence and is no notice's title (关于印发…方案的通知, 关于…的意见): a plan's own title is not a
# news headline, and a paragraph pasted first (今年来,…累计完成…。目前,…) is not one either
_NOT_HEADLINE = re.compile(r"[。;!?；！？]|关于|關於|印发|印發")


@cache
def _learnt_anchors() -> tuple[tuple[str, str], ...] | None:
    """For each word of ``_LEARNT``: the printed forms of its first character and the rest of the word, when every
    character of the rest prints as itself only (悉, 了解); else None."""
    out = []
    for word in _LEARNT:
        if any(char_forms(c) != c for c in word[1:]):
            return None
        out.append((char_forms(word[0]), word[1:]))
    return tuple(out)


def _learnt(text: str) -> bool:
    """``printed_words(_LEARNT).search(text) is not None``, found by ``str.find`` of each word's rest (悉, 了解) with
    its first character's forms checked before it: the pattern opens with a class of first characters, which the re
    module tests at every character of a page (a tenth of a microsecond each: test_speed32_spd44)."""
    anchors = _learnt_anchors()
    if anchors is None:
        return printed_words(_LEARNT).search(text) is not None
    for firsts, rest in anchors:
        at = text.find(rest, 1)
        while at >= 0:
            if text[at - 1] in firsts:
                return True
            at = text.find(rest, at + 1)
    return False


def _own_list(text: str, plan_year: int | None) -> bool:
    """Whether ``text`` (simplified) names the plan year's own list of 实事 (2025年为民办实事项目, 2025年重点民生实事):
    the year, then at most twelve characters within the clause, then 实事."""
    if plan_year is None:
        return False
    return re.search(rf"{plan_year}\s{{0,2}}年[^。;；,，\n]{{0,12}}实事", text) is not None


def headline_report(headline: str | None, text: str, plan_year: int | None) -> bool:
    """Whether ``text`` (any script) is a report: its ``headline`` holds a result's cue or the text a reporter's note
    (获悉, 据了解), and the text holds no goal's cue, no table and no name of the plan year's own list of 实事."""
    if "|" in text:
        return False
    result = bool(headline) and _HEADLINE.search(simplified_all(headline[:60])) is not None
    if not result and not _learnt(text):  # the words found as printed: no page translated
        return False
    plain = simplified_all(text)
    if goal_cue(plain, plan_year):
        return False
    return result or not _own_list(plain, plan_year)  # a result's headline reports whatever list the text names


def page_headline(line: str | None, lines: list[Line]) -> str | None:
    """The first line of a whole page (no title given, none the metadata found) when it reads as a news headline:
    one short line (at most 60 characters) that ends no sentence, names no notice and heads a text (another line
    follows: a one-line text, `累计实际利用外资超过160亿美元`, is its own sentence). cli29: a clerk's pasted page,
    `新疆今年已完成农村公路建设里程逾12462公里` over its report, has its headline as its first line."""
    text = (line or "").strip()
    if not text or len(text) > 60 or _NOT_HEADLINE.search(text):
        return None
    seen = False
    for ln in lines:
        if ln.text.strip() and not ln.chrome:
            if seen:
                return text
            seen = ln.text.strip() == text
    return None


def headlined(targets: list[Target], headline: str | None, text: str, plan_year: int | None) -> list[Target]:
    """``targets`` without those of a report under a result's headline (``headline_report``), but one dated after
    the plan's year."""
    if not targets or not headline_report(headline, text, plan_year):
        return targets
    return [t for t in targets if t.year is not None and plan_year is not None and t.year > plan_year]
