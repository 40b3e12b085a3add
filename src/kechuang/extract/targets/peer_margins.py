"""Sentences that report a figure with the margin it beat the higher levels' averages by:
`地区生产总值增长8%,比全省、全市分别高2、1.4个百分点` (广安经开区 2024 "新春第一会" news,
jinrixinan.com/sichuan/64915.html), `2013年上半年增長12.6%,,分別高于全省平均水平2.1個和1.3個百分點` (宁德 "十二五"
中期评估 news, zcjczz.com/special/xxgcwzqh/hhsew/2013/1122/4176.shtml), `学前三年毛入园率95.3%,分别高出国家、
自治区17.9个百分点、15.7个百分点` (南宁 2017 学前教育), `…的1.96%,分别高出省、市0.28和0.47个百分点` (崇仁 科技创新)
— all dev. The margin over the province's and the city's (or the nation's) averages is a difference of two measured
rates: only a figure already measured has one, so the sentence up to the end of the margin's clause is history. A
plan states at most that a rate shall exceed an average (增速高于全省平均水平, 高于全省平均水平1个百分点以上); it
never sets the margins over two levels at once. Other stored pages print the same shape in reports of a half year or
a year: a city's 2015 half-year figures (news.xna8.com/mz/201507/35261.html: `增长8.4%,…比全省(7.7%)和全国平均
水平(7.0%)分别高0.7、1.4个百分点`), 陕西's 78 counties in 2017
(sx.sina.com.cn/news/b/2017-08-11/detail-ifyixtym0324407.shtml: `同比增长8.6%,…高于全省平均增速0.4个百分点`).
Guards as for the other history filters: no commitment word before the margin (力争…分别高于…), no deadline to come
in the sentence (targets/completion_rates.planned), no 以上/左右 after it nor a level or floor before it
(达到75%以上,比全国高15个百分点: a goal's), and not in a goals section (targets/achieved_growth.outside_goals).
The single comparator is read only in its 比全X…高 form (比全市高1.6个百分点), never 高于全省平均水平N个百分点
alone, which a goals list may print.

A year's plan of goals (a title of its year in a plan's genre: 2024年工作要点, 2024年国民经济和社会发展计划; not a
报告, 总结, 公报) states its goals with their margins over the province's (城镇化率提高到65%,比全省高2个百分点): the
filter stands aside there (review 34, O3). Every margin of a sentence is read alike (增长7%,比全省高1个百分点;…增长8%,
比全省高2个百分点: both, not the first alone)."""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.targets.achieved_growth import outside_goals
from kechuang.extract.targets.common import CLAUSE_END_NO_COLON, SENTENCE, clean_texts
from kechuang.extract.targets.completion_rates import planned
from kechuang.extract.targets.cue_lines import LineIndex
from kechuang.extract.targets.spans import outside
from kechuang.extract.targets.vocab import vocab

# The words that gate a line, found in the joined text (either script; 比全市高 in a text without 分别 too).
MARGIN_WORDS = ("分别高", "分別高", "比全")
_NUMBER = r"\d{1,3}(?:\.\d{1,2})?"
_FLOOR = r"(?![ \t]*(?:以上|左右|及以上))"
# 分别高(出/于) the levels (a few words, no number), a margin, a joint, a second margin in 个百分点; or 比全省/全市/全国
# (平均水平) 高 one margin in 个百分点.
_MARGIN = re.compile(rf"分别高(?:出|于)?[^,,。;;\d]{{0,16}}?{_NUMBER}[ \t]*(?:个(?:百分点)?)?[ \t]*[、和及与,,][ \t]*"
                     rf"{_NUMBER}[ \t]*个百分点{_FLOOR}"
                     rf"|比全[省市国区州县](?:平均(?:水平|增速)?)?高(?:出)?[ \t]*{_NUMBER}[ \t]*个百分点{_FLOOR}")
# A goal's mark before the margin: a level to reach or a floor (科技园区科技进步贡献率达到75%以上,比全国高15个百分点:
# 科技部 2017 农业科技园区 news, dev, a goal of the parks).
_GOAL_MARK = re.compile(r"达到|以上|左右|不低于|不少于|超过")
# a plan's genre in a title, and a review's (review_reading's C4 words; 政府工作报告 is a report here: a figure with
# its margins in one is last year's)
_PLAN_GENRE = re.compile(r"计划|要点|方案|目标|安排")
_REVIEW_GENRE = re.compile(r"报告|总结|公报|执行情况|完成情况|考核|评估|通报")  # 目标任务完成情况: a review (review 35)
_TITLE_REACH = 80  # a title's length at most: a longer first line is prose, no title


def plan_of_goals(title: str | None, dated_plan: bool) -> bool:
    """Whether the document is a plan of its year's goals: dated its plan's year, its title of a plan's genre."""
    return dated_plan and bool(title) and len(title) <= _TITLE_REACH and _PLAN_GENRE.search(title) is not None \
        and _REVIEW_GENRE.search(title) is None


def peer_margins(targets: list[Target], lines: list[Line], index: LineIndex, plan_year: int | None = None,
                 dated_plan: bool = False, title: str | None = None) -> list[Target]:
    """``targets`` without those of a sentence (up to the end of the margin's clause) that reports a figure's margin
    over the higher levels' averages. Reads only the lines that hold ``MARGIN_WORDS`` (``index``). ``title``: the
    document's, else its first line is read as one."""
    if not targets:
        return targets
    held = index.holding(MARGIN_WORDS)
    if not held:
        return targets
    if title is None:
        title = next((ln.text for ln in lines if ln.text.strip() and not ln.chrome), None)
    if plan_of_goals(title.strip() if title else None, dated_plan):
        return targets
    found = []  # (line, span) of each reporting sentence
    for line in held:
        # 分別高于…2.1個和1.3個百分點 read as simplified, the readings aside
        for text, printed in clean_texts([line], None):
            for s in SENTENCE.finditer(text):
                sentence = s.group()
                if _MARGIN.search(sentence) is None or planned(sentence, plan_year, dated_plan):
                    continue
                since = 0  # each margin weighed on the sentence from the clause after the one before
                for m in _MARGIN.finditer(sentence):
                    end = CLAUSE_END_NO_COLON.search(sentence, m.end())
                    stop = end.end() if end else len(sentence)
                    if not (vocab().commitment.search(sentence, since, m.start())
                            or _GOAL_MARK.search(sentence, since, m.start())):
                        found.append((id(line), printed(s.start() + since, s.start() + stop)))
                    since = stop
    if not found:
        return targets
    kept = {id(line) for line in outside_goals(lines, plan_year)}  # a goals section states goals: left to it
    return outside(targets, [span for line, span in found if line in kept])
