"""What a paragraph's sentences say of time and kind: whether one reports progress, allots money or lists
its items, which years the paragraph states, where a review of the past starts, and the year that governs a
position. A mixin of ``Paragraph`` (paragraph.py), which sets the sentences, marks and caches these read.
"""

from __future__ import annotations

import bisect
import re

from kechuang.extract.targets import last_year_reach as reach
from kechuang.extract.targets.clause_years import clause_between
from kechuang.extract.targets.common import PAST
from kechuang.extract.targets.paragraph_years import this_year_after
from kechuang.extract.targets.set_change import reports_change
from kechuang.extract.targets.vocab import vocab
from kechuang.extract.targets.years import as_of_past

_LISTED = re.compile(r"[::]?[^,,;;。))]*")  # what 包括 lists, to the end of its clause or bracket
_NAME_SEP = re.compile(r"、|和|及|与")
_DIGIT = re.compile(r"\d")  # a value stated (a table row's number, a goal's figure)
# 争取 before a fund in its clause (争取科技专项资金1800余万元, 爭取項目資金165萬元) reports money won, as 获得
# does: in a paragraph of things done it is no commitment (invented49: 旌德 2022 news, 固原 2024 news, dev).
_FUNDS_WON = re.compile(r"争取[^\d,,;;。]{0,12}资金")
# 计划 in a programme's name (国家、省各类科技计划项目40余项: the projects of science programmes, 旌德 2022 news;
# 立项实施省级科技计划项目1351项: 贵州 2022 news, dev) plans nothing.
_PROGRAMME = re.compile(r"科技计划项目")


class SentenceScope:
    """The sentence-level questions a paragraph's targets ask (mixed into ``Paragraph``)."""

    def reports(self, sentence: int) -> bool:
        """Whether the sentence reports progress (截至9月14日, 预计, 同比 but see set_change.py); cached."""
        if sentence not in self._reports:
            text = self.sentences[sentence][1]
            standing = vocab().standing.search(text) if "第" in text else None  # 居全市第七位: a standing reached
            changed = reports_change(text, self.plan_year) and ("同比" not in text or not self._set_change(sentence))
            self._reports[sentence] = bool(vocab().as_of.search(text) or changed or as_of_past(
                text, self.plan_year) or (standing and not vocab().commitment.search(text, 0, standing.start())))
        return self._reports[sentence]

    def _set_change(self, sentence: int) -> bool:
        """Whether a 同比 of the sentence is a change set as a goal by the goals heading or caption above it
        (MISSES-dist51 row 6: 2024年经济社会发展主要预期目标 / 地区生产总值同比增长4.8%左右, 滨海 2024,
        https://bc-talentfs.com/channels/722.html; 一、发展目标 / …2023年,国际集装箱靠港船舶岸电使用量同比2022年增长30%,
        上海 2023 岸电, https://www.shanghai.gov.cn/zhengce/detail?businessId=96b86c464a324265bd290c0ff2e77189&siteId=0010;
        both dev): in a goals section, and no value stated before it in its paragraph — a progress table's row under
        a goals heading prints the goal, then its progress (1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长
        2.9%。: 铜梁 2025, dev, https://www.cqstl.gov.cn/zwgk_171/zfxxgkml/zfgzbgzxqk/202509/t20250919_15024369.html)."""
        if not self.in_goals:
            return False
        # the paragraph's first digit, found once (a search per 同比 sentence up to its start was quadratic: rev39)
        first = self.__dict__.get("_first_digit")
        if first is None:
            found = _DIGIT.search(self.mtext)
            first = self._first_digit = found.start() if found else len(self.mtext)
        if first < self.sentences[sentence][0]:
            return False
        # …the row's progress on a line of its own (第一产业增加值增长5%。 区农业农村委 / 第一产业增加值同比增长3.4%。,
        # 铜梁 2025): the indicator the target above set, reported again before the 同比
        above = self.carried.indicator if self.carried is not None else ""
        text = self.sentences[sentence][1]
        return not above or above not in text[:text.find("同比")]

    def allocated(self, sentence: int) -> int:
        """Where the sentence's first allotment of money ends (2016年安排500亿元, 明年将投入超45亿元), else -1: found
        once per sentence, so that a sentence of thousands of numbers stays linear."""
        if sentence not in self._allocated:
            found = vocab().allocated.search(self.sentences[sentence][1])
            self._allocated[sentence] = found.end() if found else -1
        return self._allocated[sentence]

    def listing_after(self, sentence: int, at: int, value) -> bool:
        """Whether a listing word (如下, 包括…) follows position ``at`` of the sentence (its last one, found once)
        and lists the ``value`` items counted: after 包括, a description or a breakdown naming fewer items
        (包括路口照明、…等内容; 包括63个…、62个…) leaves the count a commitment."""
        if sentence not in self._last_listing:
            text = self.sentences[sentence][1]
            found = [m for m in vocab().listing.finditer(text)]
            named = 0
            if found and found[-1].group() == "包括":  # the items it names, up to the end of its clause
                named = len(_NAME_SEP.findall(_LISTED.match(text, found[-1].end()).group())) + 1
            self._last_listing[sentence] = (found[-1].start(), named) if found else (-1, 0)
        start, named = self._last_listing[sentence]
        return start >= at and (not named or named >= value)

    def stated_years(self, relative: bool = True) -> list[int]:
        """The years the paragraph states that are not past; ``relative=False`` leaves out 全年/当年, which only
        repeat the year named before them, and runs of years (一年来,…全年开复工…; 过去五年,…连续5年进入全国前十:
        the years under review, no year to come)."""
        return [m.year for m in self.marks if m.year and not m.past and (relative or not (m.relative or m.running))]

    def review_start(self, token_end: int) -> int | None:
        """Where a review of the past starts in a paragraph that states no year to come: a sentence that opens
        (after at most one short lead clause) with a period up to now (五年来,我们…; 过去五年,…; 从经济规模看,五年来,…),
        at the paragraph's start or later; its numbers and those after it are history."""
        if self.stated_years(relative=False):
            return None
        v = vocab()
        if self.sentences and (v.accomplished.search(self.mtext) or reach.SO_FAR.search(self.mtext)) \
                and not v.commitment.search(_FUNDS_WON.sub("", self.mtext)) \
                and "计划" not in _PROGRAMME.sub("", self.mtext):
            return self.sentences[0][0]  # …被命名为省级卫生村…提前完成任务: a review of what was done
        retrospective = v.retrospective
        for start, _ in self.sentences:
            if retrospective.match(self.mtext, max(start, token_end)):
                return start
        return None

    def year_for(self, pos: int, sentence: int, recurring: bool) -> int | None:
        k = bisect.bisect_left(self.mark_positions, pos)
        if k and self.marks[k - 1].past and not reach.last_year_ended(self.mtext, self._goals_upto, self.marks[k - 1],
                                                                      sentence):
            return PAST  # the paragraph speaks of a past year: history, not a commitment
        if k and self.marks[k - 1].sentence == sentence:
            mark = self.marks[k - 1]
            if not (recurring and mark.inside and clause_between(self.mtext, mark.pos, pos)):
                return mark.year
            # a per-year commitment in a clause after one stating its own year (…,力争2024年X占50%,进出口总额年均增速
            # 10%以上: 江津 2023) runs to the end of the goals' period, if one is known (clause_years)
            ended = self.deadline_upto[k - 1]
            return ended if ended is not None else self.period_end if self.period_end is not None else mark.year
        # a paragraph opening 到2026年,…。每年登记科技成果5个: the period runs to 2026 (同心 2023, dev, in a goals
        # section; 山东 齐鲁样板示范区 2019, held out, in none: a news print's paragraph, so no goals heading is asked);
        # so does a deadline of a later sentence before it (…年均25%以上的增长速度。到2015年底,…。…每年新增18家: 孝感)
        if recurring:
            ended = self.deadline_upto[k - 1] if k else None
            return ended if ended is not None else self.period_end
        stated = self.last_stated[k - 1] if k else None
        return next((y for y in (stated, self.row_year, self.inherited) if y is not None), this_year_after(
            self.marks, k, sentence, self.own_year, self.plan_year))
