"""The shapes of target a clause may hold besides plain numbers: multiples (翻一番, 增长2倍), ranks (进入全省前10名),
unitless indices (指数达到160), milestones of periods (一、二、三、四季度…分别达…) and values paired with names by
分别. A mixin of ``Paragraph`` (paragraph.py), whose ``add`` records each target.
"""

from __future__ import annotations

import re
from itertools import chain

from kechuang.extract.targets.baselines import base_cut, subject_again
from kechuang.extract.targets.common import WINDOW, clean_indicator, subject_before
from kechuang.extract.targets.respective import (
    LEAD_BASE,
    implied_respectively,
    respective_change,
    respective_parts,
)
from kechuang.extract.targets.vocab import value_of, vocab
from kechuang.extract.targets.years import BASE
from kechuang.text.numerals import to_number

# a clause cut at a ratio's colon (比例达到5:95): the bare number is one side of a ratio. NFKC (text/normalise.py)
# folds ： to ":" (比例为5：95 reads the same); a slash cuts no clause and bare_rate's lookahead refuses it (3.85/10万)
_RATIO_MARK = ":"
# an item with its value after a word, closed by 、, before a name (达到95%以上、); a number inside a name or opening
# it is none (PM2.5、PM10浓度, 5G基站、千兆光网覆盖率)
_AFTER_ITEM = re.compile(r"(?<=[\u4e00-\u9fff])\d[\d.]{0,12}[^、\d]{0,8}、")


def _item_start(head: str) -> int:
    """Where the name before a unitless value starts in ``head`` (at most WINDOW characters): after the last item that
    holds a value and ends with 、 (城镇化率达到95以上、森林覆盖率达到60: 森林覆盖率), else at its start."""
    start = 0
    for m in _AFTER_ITEM.finditer(head):
        start = m.end()
    return start

# 倍增, 翻倍 and 双倍增 closing a clause are 翻一番 (MISSES-dist51 row 4; dev: 實現全區制造業增加值倍增, 马鞍山 慈湖
# 2022, http://yqkkl.cn/news/jishi/081883411.html; 全口径税收收入翻倍, 光明 2021,
# http://shenghuobao.net/thread-46008-1-1.html; 高新技术企业数量和科技型企业数量实现双倍增, 江津 2023,
# http://epaper.cqjjnet.com/PC/jjrb/202301/12/content_21616.html). Only where a sentence or item ends (。;, a quote
# mark aside): a programme (倍增计划, 倍增行动), a goal word (实现倍增目标, “双倍增”目标), a rate (2.5倍增长), a list of
# slogans (“六个倍增、六个突破”) go on after it, and a doubling whose levels follow (实现“双倍增”、总量分别达到1.27万家
# 和8.6万家: 重庆 2023, dev; 实现“双倍增”,分别超过90家和870家) is annotated by its levels alone; 信心倍增 is a feeling.
_MULTIPLE = re.compile(
    r"翻(?:一|1)番|翻(?:两|二|2)番|翻(?:三|3)番|翻番|(?:增长|增加|提高)(?P<times>\d{1,3}(?:\.\d{1,2})?|[一两二三四五])倍"
    r"|(?:(?<![个個心成\d])(?P<double>[双雙])|(?<![个個心成\d双雙]))倍增(?=[”\"]?[。;；]?$)"
    r"|(?<!心)翻倍(?=[”\"]?[。;；]?$)")
# (the 个 guard stands before 双 and before a bare 倍增 alike: 两个双倍增, 六个双倍增 count slogans, review 38; the end
# of the clause counts with no mark in it when a ; cut it there: 高新技术企业数量实现倍增; — clauses are cut at ;)
# the two things 双倍增 doubles: 高新技术企业数量和科技型企业数量实现双倍增 (江津 2023, above); the 与 of 研究与试验发展
# (R&D, one name) joins none (review 38)
_TWO_NAMES = re.compile(r"^(.{2,24}?)(?:和|與|与|及)(?!试验|試驗)(.{2,24}?)(?:实现|實現)?[“\"]?$")
# A doubling word that names a programme, no goal (review 38; 深入实施高新技术企业和科技型企业“双倍增”, 重庆's phrasing
# of the 双倍增 of 重庆 2023 and 江津 2023, dev): after 实施/推进/开展 with no goal verb in its clause, or inside quotes
# that hold a name with it (实施“高企倍增”); 实现“双倍增” quotes the doubling alone and is a goal.
_PROGRAMME_VERB = re.compile(r"实施|實施|推进|推進|开展|開展")
_GOAL_VERB = re.compile(r"实现|實現|力争|力爭|达到|達到|确保|確保|争取|爭取")
# The name of a doubling is not a level stated before it in its list (高新技术企业数量达到200家、实现倍增) nor a
# duration (五年翻倍): review 38, finding 9.
_LEVEL_BEFORE = re.compile(r"(?:达到|達到|突破|超过|超過|达|達)[\d一二三四五六七八九十百千万萬][^、,]{0,10}、$")
_DURATION = re.compile(r"(?<![\d年])(?:[一二两三四五六七八九十]|\d{1,2})年(?:内|內|间|間)?$")
# What may stand before a multiple with no name of its own: a stretch or commitment word, a verb of
# reaching, the year and the 在 of its base (tail50; dev: 每万人发明专利拥有量达到2件,力争实现翻一番 and
# 全市研发投入达到8亿元,力争总额实现翻一番, 阜新 2015, ln-fuxin-kjcxqd2015; 全區制造業增加值年均增長27.7%,
# 到2024年底確保在2021年基礎上翻一番, 马鞍山 慈湖 2022, ah-cihu-zzybz2022): the clause names nothing, the target
# before it in the sentence does (subject_again), where 力争 or 到2024年底确保在 had been taken for the name.
_NAMELESS_HEAD = re.compile(r"(?:(?:到|至)\s?\d{4}\s?年[底末]?|力争|力爭|争取|爭取|确保|確保|努力"
                            r"|实现|實現|达到|達到|在|\s)*")
# 一、二、三、四季度; 3、6、9、12月: the periods of a year whose milestones follow 分别
_PERIODS = re.compile(r"(?:[一二三四1-4][、,]?){2,}季度|(?:\d{1,2}[、,]){1,11}\d{1,2}月|上半年、下半年")


class ClauseShapes:
    """Multiples, ranks, indices, milestones and 分别 pairs of one clause (mixed into ``Paragraph``)."""

    def multiple(self, clause: str, c_start: int, sentence: int, previous: str, taken: set[int]) -> None:
        mm = _MULTIPLE.search(clause)
        if not mm:
            return
        close = 1 if clause[mm.end():mm.end() + 1] in ("”", '"') else 0
        if mm.end() + close == len(clause) and mm.group().endswith(("倍增", "翻倍")) \
                and self.mtext[c_start + len(clause):c_start + len(clause) + 1] not in (";", "；"):
            return  # the clause ends at , or the line's end: the doubling closes no item (its levels may follow)
        if not mm.group("times") and self.programme(clause, mm):
            taken.update(range(mm.start(), mm.end()))
            return
        cut = base_cut(clause, base := BASE.search(clause), mm.start())  # 比2015年, 较“十三五”: no part of the name
        lead = max(0, cut - WINDOW)
        head = re.sub(r"(实现|达到|力争|争取)?[“\"]?$", "", clause[lead:cut])
        if head.endswith("、") and (level := _LEVEL_BEFORE.search(head)):
            head = head[:level.start()]  # 高新技术企业数量达到200家、实现倍增: the name of the level
        if "年" in head and (span := _DURATION.search(head)):
            head = head[:span.start()]  # 高新技术企业数量五年翻倍
        if head.endswith("上年"):
            head = re.sub(r"(?:力争|力爭)?(?:较|較|比)上年$", "", head)  # …数量较上年翻倍: the base, no name
        if _NAMELESS_HEAD.fullmatch(head):  # 力争实现翻一番, 到2024年底确保在2021年基础上翻一番: the name is before
            last = self.targets[-1] if self.targets else None
            if last is None or last.start < self.line.start + self.sentences[sentence][0] or last.kind == "multiple":
                # nothing read before it in the sentence to name (力争实现翻一番 alone), or a multiple already read
                # of that name (全市研发投入翻一番,力争实现翻一番): no target of its own (review 37)
                taken.update(range(mm.start(), mm.end()))
                return
            head = ""
        if mm.group("times"):
            value = (to_number(mm.group("times")) or 1) + 1
        else:
            value = {"两": 4, "二": 4, "2": 4, "三": 8, "3": 8}.get(mm.group()[1:2], 2)
        base_year = int(base.group(1)) if base else None
        two = _TWO_NAMES.match(clause[lead:cut]) if mm.group("double") else None
        if two:  # 双倍增: each of the two things doubles, one target each
            for g in (1, 2):
                t = self.add(two.group(g), "multiple", 2, "倍", c_start + mm.start(), c_start + mm.end() + close,
                             sentence, clause[lead + two.start(g):mm.end()], c_start + lead + two.start(g),
                             base_year=base_year)
                self.reported_multiple(t, clause, sentence)
            taken.update(range(mm.start(), mm.end()))
            return
        t = self.add(head or subject_again(self, sentence, previous), "multiple", value, "倍", c_start + mm.start(),
                     c_start + mm.end() + close, sentence, clause[lead:mm.end() + WINDOW],
                     c_start + cut - len(head), base_year=base_year)
        self.reported_multiple(t, clause, sentence)
        taken.update(range(mm.start(), mm.end()))

    def programme(self, clause: str, mm: re.Match[str]) -> bool:
        """Whether the doubling word at ``mm`` names a programme (实施“高企倍增”, 扎实推进高企倍增), no goal."""
        before = clause[:mm.start()]
        opened = before.rfind("“")
        if opened >= 0 and "”" not in before[opened:]:
            inside = before[opened + 1:]
        else:  # a straight quote opens and closes alike: inside one when an odd count stands before
            inside = before[before.rfind('"') + 1:] if before.count('"') % 2 else ""
        if inside.strip():
            return True  # a name quoted with its doubling word: a slogan
        return bool(_PROGRAMME_VERB.search(before)) and not _GOAL_VERB.search(clause)

    def reported_multiple(self, t, clause: str, sentence: int) -> None:
        """Drop ``t`` when it reports the past (review 38): a doubling dated before the plan's year against the year
        before (2022年全市高新技术企业数量较上年翻倍) or over a period (“十三五”期间…实现翻倍) is history."""
        now = self.plan_year or self.inherited  # the plan's year, else the year its title or lead states
        if t is None or t.year is None or not now or t.year >= now:
            return
        text = self.sentences[sentence][1]
        if ("上年" in clause or "期间" in text or "期間" in text) and self.targets and self.targets[-1] is t:
            self.targets.pop()

    def rank(self, clause: str, c_start: int, sentence: int, previous: str, taken: set[int]) -> None:
        """进入全省前10名 → kind rank, value 10, unit 名; the indicator is the subject of the clause."""
        for rk in vocab().rank.finditer(clause):
            value = to_number(rk.group("n"))
            if value is None or self.masked[c_start + rk.start()]:
                continue
            head = clause[max(0, rk.start() - WINDOW):rk.start()]
            head_start = c_start + rk.start() - len(head)
            if not clean_indicator(head) and previous:
                head, head_start = subject_before(previous), c_start - 1 - len(previous)
            self.add(head, "rank", value, rk.group("unit"), c_start + rk.start(), c_start + rk.end(), sentence,
                     clause, head_start)
            taken.update(range(rk.start(), rk.end()))

    def unitless(self, clause: str, c_start: int, sentence: int, taken: set[int]) -> None:
        """区域科技创新指数达到160以上: an index has no unit (unit null); so has a rate or a share printed with no %
        (工业用水重复利用率保持在95以上, 比例为0: ``bare_rate``, unread47)."""
        v = vocab()
        for m in chain(v.unitless.finditer(clause), v.bare_rate.finditer(clause)):
            if self.masked[c_start + m.start()] or m.start("num") in taken \
                    or self.mtext[c_start + m.end():c_start + m.end() + 1] == _RATIO_MARK:  # 比例达到5:95
                continue
            head = clause[max(0, m.start("verb") - WINDOW):m.start("verb")]
            head = head[_item_start(head):]  # 指数达到160以上、基尼系数达到0.3: the second's name is 基尼系数
            self.add(head, "level", float(m.group("num")), None, c_start + m.start("num"), c_start + m.end(),
                     sentence, clause, c_start + m.start("verb") - len(head), cmp=m.group("cmp"))
            taken.add(m.start("num"))

    def milestones(self, clause: str, c_start: int, k: int, sentence: int, taken: set[int]) -> None:
        """一、二、三、四季度,占比分别达18%、19%、20%、21%: each value is a milestone of the target stated before (in
        this paragraph or the one above), with its indicator, kind and year."""
        base = self.targets[-1] if self.targets else self.carried
        rest = clause[k + 2:k + 2 + WINDOW]
        verb = re.match(r"(?:达到|达|为|完成|实现|增长|提高到)?", rest)
        for m in vocab().candidate.finditer(rest, verb.end()):
            taken.add(k + 2 + m.start())
            value, unit, top = value_of(m)
            pos = c_start + k + 2 + m.start()
            if base is None or value is None or self.masked[pos]:
                continue
            t = self.add(base.indicator, base.kind, value, unit, pos, pos + m.end() - m.start(), sentence, clause,
                         pos, cmp=m.group("cmp"), value_max=top)
            if t and t.year is None:
                t.year = base.year

    def respectively(self, clause: str, c_start: int, sentence: int, previous: str, taken: set[int]) -> None:
        """X、Y分别达到A、B: one target per indicator, paired in order (X、Y may close the clause before); a single
        X whose parts the values follow (城乡居民…分别增长7%、10%) gives one target per value."""
        v = vocab()
        k = clause.find("分别")
        if k < 0:
            return implied_respectively(self, clause, c_start, sentence, taken)  # X、Y减少A、B: respective.py
        if _PERIODS.search(clause[:k]) or _PERIODS.search(previous):
            self.milestones(clause, c_start, k, sentence, taken)
            return
        lead = LEAD_BASE.fullmatch(clause, 0, k) if k >= 2 else None  # 比上年分别增长: a base opens the clause
        if k < 2 or lead:
            if not previous:
                return
            # …收入分别达39047元、25479元,分别增长7.5%、8%: the names before the clause's own 分别 (fix 23)
            source, at = subject_before(previous).split("分别", 1)[0], c_start - 1 - len(previous)
        else:
            lo = max(0, k - WINDOW)
            source, at = clause[lo:k], c_start + lo
        # names paired with values in order; one name of parts takes them all (城乡居民…分别增长7%、10%); respective.py
        # 分别 opens the clause (after a base, if any): the clauses before
        opened = (self.sentences[sentence], c_start) if k < 2 or lead else None
        if not (parts := respective_parts(previous, source, at, clause[k + 2:k + 2 + WINDOW], self.plan_year, opened)):
            return
        names, years, verb, values = parts
        pos0 = c_start + k + 2
        for i, ((name, name_at), m) in enumerate(zip(names, values, strict=True)):
            value, unit, top = value_of(m)
            if value is None or self.masked[pos0 + m.start()]:
                return
            kind, value, top, base = respective_change(verb, unit, value, top, name, lead)
            t = self.add(name, kind, value, unit, pos0 + m.start(), pos0 + m.end(), sentence, clause,
                         name_at, base_year=base, cmp=m.group("cmp"), value_max=top)
            if t and years:  # 2023和2025年,…分别达60%、70%: the years listed date the values in order
                t.year = years[i]
            taken.add(k + 2 + m.start())
        if k >= 2:  # 新增20亿元企业、10亿元企业分别不少于1家、1家: the numbers inside the names are no values
            taken.update(n.start() for n in v.candidate.finditer(clause, max(0, k - WINDOW), k))
