"""Year phrases that govern targets: 到2025年, 2022年度, 到“十四五”末, 年内, and durations (三年内, 用5年时间,
今后5年, 连续5年, 2012年起5年内) counted from the start stated with 起/开始/从, else from the plan's own year."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from operator import attrgetter

from kechuang.extract.targets.commitment import PLEDGE_WORDS
from kechuang.extract.targets.last_year import last_year_marks
from kechuang.extract.targets.streaks import is_streak
from kechuang.extract.targets.year_parts import may_name_part, year_part_positions
from kechuang.text.numerals import to_number

_CN_SMALL = "一二两三四五六七八九十"
_DIGIT = re.compile(r"\d")
# (?=…) up front: the characters a match can start with, so that the re module skips other positions at once
YEAR = re.compile(r"(?=\d)(?:(\d{4})\s*[-—~至到]\s*)?(\d{4})\s*年(度|底|末|前|内)?")
# 在2020年 is a base only before 基础/水平/基数 (在2020年基础上, 在2025年的基数上); else a year (让…通达率,
# 在2025年达到80%: 重庆 数字乡村 2022; 将在2020年前培养支持2000名: 青年拔尖人才 2012; 将在2020年着力办好以下
# “十件民生实事”: 贵州 2020, all dev)
# (年末的基础上, 年底的水平: the month word and 的 together — review 23 F6, a base 4b2012bf read and round 51 lost)
# (占比2019年底达到30%: a share dated by its deadline, no base: 盐田 学前教育 news, dev; round 64)
# (占 is refused after 比 is read, not before: every branch opens with a character, so the re module skips to one)
BASE = re.compile(r"(?:在(?=\d{4}年(?:底|末)?的?(?:基础|水平|基数))|比(?<!占比)|较|以|相比)"
                  r"(\d{4})年(?:底|末)?的?(?:基础上|水平)?")
_MONTH_DEADLINE = re.compile(r"\d{1,2}月(?:底|末|前|份前)")
# 二○一一年七月二十八日 (a signature, in Chinese numerals): a date, no year of a plan
_CN_DATE = re.compile(r"[一二三四五六七八九十]{1,2}月(?!底|末|份?前)")
FIVE_YEAR = re.compile(r"[“\"]?(十二五|十三五|十四五|十五五|十六五)[”\"]?(?:末|期末|时期末|期间|时期)")
# a quoted period's name alone before a verb of what is to come (“十四五”计划完成闸河配套8处: 崇明 水务 “十四五”;
# 西部大開發“十二五”規劃獲批 城鎮化率將超45%: 发改委 2012, both dev): the period's end, as “十四五”期间 gives. Not
# the period named as the frame of a year (是实施“十四五”规划的关键一年, 谋划我市“十三五”科技创新工作: held-out lead-ins
# of one-year plans, tests/fixtures/heldout/years.yaml), nor a base (较“十三五”翻一番). A goal's count the period itself
# sums, the period's name before its subject and a verb of reaching (“十四五”城镇 新增就业425万人以上: 四川 就业促进
# 规划 news 2021, sc-sichuan-jycj145; …,“十五五”突破2000亿元: 虹口 “十五五” 纲要, sh-hongkou-gy155 — both dev; years45):
# the period's end too; not 以来 (力争“十四五”以来累计降低10%左右: the count since the period began, 陕西 2024)
BARE_FIVE_YEAR = re.compile(r"[“\"](十二五|十三五|十四五|十五五|十六五)[”\"]"
                            r"(?=计划|將|将|要|力争|力爭|规划获批|規劃獲批"
                            r"|(?!以来|以來)[^，。,；;、“”\d\s]{0,4}\s?(?:新增|突破|超过|超過|达到|達到))")
# 较“十三五”, 比“十一五”期末, 在“十三五”末的基础上: the base of a change named by a five-year period, never the goal's
# year (到2024年底,实现…数量在“十三五”末的基础上翻一番: 陕西 倍增计划 news; 较“十三五”末增长41.5%: 河南 2026;
# 比十二五末增加21.2%: 辽宁 2022; all dev; round 64). ``p``/``q`` start where FIVE_YEAR's match would.
PERIOD_BASE = re.compile(r"(?:(?:较|較|比|相比)(?P<p>[“\"]?(?:十一五|十二五|十三五|十四五|十五五)[”\"]?)"
                         r"(?:末|期末|时期末|时期|期间)?(?:的?(?:基础上|水平))?"
                         r"|在(?P<q>[“\"]?(?:十一五|十二五|十三五|十四五|十五五)[”\"]?)(?:末|期末|时期末)的?(?:基础上|水平))")
_FIVE_YEAR_END = {"十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030, "十六五": 2035}
# (the lookbehind after 年: the pattern opens with its first characters, which the re module skips ahead to)
_IN_YEAR = re.compile(rf"年(?<![\d年{_CN_SMALL}每上去前]年)(?:内|末|底)|本年度|今年(?!以来)")  # 年末,全县…达到21%
# a month deadline with no year before it (3月底前新建成2家, 9月底前完成7家建设任务: the monthly milestones of
# tests/fixtures/real/README.md; 5月底前动工, 12月底前: 大竹 2016 民生实事, dev), not 每月 nor a date's month
# (2019年6月; 2024年 6月底前, 2024 年 6 月底前: a month after a stated year, spaces between, is not alone)
# (the lookbehinds after the first digit, as at the top: the same matches as (?<![\d年每.．])(?<!\d\s)\d{1,2}…)
_MONTH_ALONE = re.compile(r"\d(?<![\d年每.．]\d)(?<!\d\s\d)(?<![年每]\s\d)(?<![年每]\s\s\d)\d?\s*月(?:底|末|份)?前")
# every match of _IN_YEAR holds one of these (年 then 内, 末 or 底; 本年度; 今年): a sentence with none is not searched
_IN_YEAR_WORDS = ("年内", "年末", "年底", "本年度", "今年")
_WHOLE_YEAR = re.compile(r"全年|当年|本年(?!度)")  # the year just named, else the plan's year
PAST_DOCUMENT = -1  # the same value as common.PAST: history
_DEADLINE = ("到", "至", *PLEDGE_WORDS)
# 截至/截止 (到) before a year before the plan's dates a count already made, not a deadline: the sentence is history.
AS_OF_YEAR = re.compile(r"截[至止]到?\s*(\d{4})\s*年")
# 今年 as a word that states a year (round 43): not 今年以来/今年来 (so far this year: a report), 截至今年6月底 (as
# of) nor 今年1-9月 (months gone by), nor the 今年 of other words (如今|年轻, 至今|年均, 至今|年龄; review 16, F4);
# the lookbehinds after 今年, not before it: the search skips to 今年 at once (the same matches)
THIS_YEAR = re.compile(r"今年(?<!截至今年)(?<!截止今年)"
                       r"(?!以?来|[轻均龄纪代]|\d{1,2}\s{0,2}[-—–~至到]\s{0,2}\d{1,2}\s{0,2}月)")
_START = re.compile(r"(?:从|自)?(\d{4})年(?:起|开始|以来)")
_N = rf"(\d{{1,2}}|[{_CN_SMALL}]{{1,3}})"
# 二〇二四年, 二零二三年度: a year in Chinese numerals, read as 2024年 (one character for one, so offsets hold)
_CN_YEAR = re.compile(r"[一二][〇○零0一二三四五六七八九]{3}(?=\s*年)")
_CN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")
# (2022年更新), (2025年版): the edition of a title, not the year of its plan (tests/fixtures/real/README.md)
_EDITION = re.compile(r"[((]\s*\d{4}\s*年\s*(?:更新|版|修订版?|修正|本)\s*[))]")  # 本: (2019年本) (review 16, F6)
# (?<!…) before N: the 25年 of 2025年累计, 2025年内 is no count of years (review 4, finding 1)
_NOT_A_YEAR = r"(?<![\d〇○零一二三四五六七八九十])"
DURATION = re.compile(rf"(?=[再用今未经通连\d{_CN_SMALL}])"
                      rf"(?:(?:(?:再)?用|今后|未来|经过|通过|连续){_N}(?:年左右|年)(?:时间|左右)?|{_NOT_A_YEAR}{_N}年(?:时间)?内"
                      rf"|{_NOT_A_YEAR}{_N}年(?P<sum>累计)(?![^，。；、,;\d]{{0,8}}?(?:投资|投入|安排|资金)))")
# N年累计 of what is to be reached, not of money put in (投资, 投入, 安排, 资金 before its number): 五年累计新增持牌
# 金融机构8家, 五年累计外贸进出口总额超3000亿元: 虹口 “十五五” 纲要; 三年累计突破1000个: 海南 2021 创新型省份, both
# dev; the plan's years, counted from its own (round 33), only where nothing else dates it (review 4): it ends at a
# year or five-year period its sentence states (到2025年,…三年累计; 五年累计…,力争“十五五”末…), marks nothing after a
# past period (“十四五”时期, 2021—2025年,…五年累计: a review), is history after 过去/近/以来, and ends at a goals
# lead's or heading's year (``governed``, 1.总体目标 / 到2023年,… / …三年累计突破1000个). A past year alone
# (与2020年相比, 2020年全县…达到40家) is a base, no period: the N years count from the plan's (review 7, finding 6);
# 以来 only after a time phrase in its clause (2021年以来, 今年以来, 近年以来; not 党的二十大以来: review 7, finding 7).
# N years named as the span of the goals a lead announces (确定了各区域三年发展目标:…制造业增加值占地区生产总值比重力争
# 达到30%: 辽宁 “一圈一带两区” 三年行动方案 news 2022, bxshszb.bcxww.com/html/2022-02/24/content_140661.htm, dev; the
# shape of 未来五年主要目标任务: 三门峡 2022, www.ismx.cn/content-10-82041-1.html, dev, whose 未来五年 DURATION reads
# already): the goals' period, counted from the plan's year as 三年内 is, and a deadline as 到2024年 is,
# so that it dates the lead's later paragraphs and ends their per-year commitments. Not 第三年, 今年, 近三年,
# 前三年, 这五年 (a year of the plan, a review), nor the 25年 of 2025年目标 (``_NOT_A_YEAR``).
_GOALS_PERIOD = re.compile(rf"(?=[\d{_CN_SMALL}]){_NOT_A_YEAR}(?<![第今近去明前这该]){_N}年的?"
                           r"(?:发展|主要|总体|奋斗|工作|行动)?目标")
_REVIEWED = ("过去", "近", "过去的")
# 今后N年 / 未来N年: the years ahead, whose last year ends the goals they head as 到2027年 does (yr52): it ends the
# per-year goals of its paragraph (paragraph_years.deadlines_upto) and, from a paragraph that states goals, dates the
# unheaded paragraphs after it (江津 2023 今后五年; 同安 2025 未來五年…主要目標是; 三门峡 2022 未来五年主要目标任务,
# all dev); a lead that only names the years a plan covers (全面阐述了未来五年…的奋斗目标: held-out years.yaml) dates
# nothing after it
_AHEAD = ("今后", "未来")
# 未来五年, opening its clause and set off by a comma (…表示,未来五年,宝鸡市将…; 未来五年,该县确定紧紧围绕…): the
# time of the clause that follows, which dates the goals paragraphs after it even where that paragraph states none
# (horizon49: 宝鸡 2022, 洞口 2016, both dev); not the years a plan covers (全面阐述了未来五年…的奋斗目标, 确定了未来
# 五年转型升级发展路径: no comma follows); a later paragraph's own year (到2023年, 到“十三五”末) stands
_CLAUSE_BEFORE = ",，。;；:：“\"”"
_COMMA_AFTER = re.compile(r"[ \t]{0,2}[,，]")
# the goals period only where it leads goals (review 34, O1): a heading line (the sentence ends at it), or a lead-in,
# the phrase followed by :, 是, 为 or ,到… (三年发展目标:…, 辽宁 2022; 未来五年的目标是:…, 甘肃 2023; both dev); not a
# subject a review reports done (三年目标任务全面完成, 三年行动目标圆满完成, 对照五年目标,当前已完成…)
_LEADS_GOALS = re.compile(r"(?:任务)?[ \t]{0,2}(?:[:：是为]|[,，][ \t]{0,2}到|[。;；]?[ \t]*$)")
_REVIEW_VERBS = ("完成", "实现", "对照", "达成", "收官")
_SINCE = re.compile(r"(?:\d{4}[ \t]*年|[今去上]年|近[^,，。;；]{0,8}?|[“\"]?十[二三四五六]五[”\"]?)以来")


# every FIVE_YEAR and BARE_FIVE_YEAR match holds one of these names: a sentence with none (五年, 五个) skips both
# scans and PERIOD_BASE's (which opens with an optional quote and is tried at every position)
_PERIOD_NAME = re.compile(r"十[二三四五六]五")
# DURATION's words: each of its branches holds one (用, 今后, … before N年; N年内, N年时间内; N年累计), so a sentence
# with none skips the scan, which opens with a lookahead and is tried at every position after the first 年
_DURATION_WORDS = ("用", "今后", "未来", "经过", "通过", "连续", "年内", "年时间内", "年累计")


def _may_last(text: str) -> bool:
    """Whether ``DURATION`` can match in ``text``: one of ``_DURATION_WORDS`` stands in it."""
    return any(map(text.__contains__, _DURATION_WORDS))


def _five_years(text: str) -> list[re.Match]:
    """The five-year periods of a sentence: 到“十四五”末, “十四五”时期, and a quoted name alone (“十四五”计划完成…)."""
    found = list(FIVE_YEAR.finditer(text))
    taken = {m.start() for m in found}
    found += [m for m in BARE_FIVE_YEAR.finditer(text) if m.start() not in taken]
    return sorted(found, key=lambda m: m.start())


def arabic_years(text: str) -> str:
    """``text`` with its years in Chinese numerals written in digits (二〇二四年 → 2024年), one character for one."""
    if "〇" not in text and "○" not in text and "零" not in text:
        return text
    return _CN_YEAR.sub(lambda m: m.group().translate(_CN_DIGITS) if re.search("[〇○零0]", m.group())
                        else m.group(), text)


_POS = attrgetter("pos")


@dataclass
class YearMark:
    pos: int
    sentence: int
    year: int | None  # None: 今年 of a text whose year is unknown (last_year_reach.with_title_year)
    past: bool = False  # a year before the plan's own: history or a baseline
    relative: bool = False  # 全年/当年: the year named before it in the paragraph, if any
    deadline: bool = False  # 到2026年, 力争到2025年: the end of a period
    running: bool = False  # 连续5年: a run of years, which a review counts back as well as a plan counts forward
    present: bool = False  # 2024年是…的关键一年: the year named as this one (sentence_years; review 16, F3)
    ahead: bool = False  # 今后五年, 未来五年: the end of the years ahead, a deadline of the goals it heads (yr52)
    opens: bool = False  # 未来五年, opening its clause before a comma: the time of what follows (horizon49)
    inside: bool = False  # stated inside a clause (…,力争2024年X达到…): that clause's own (clause_years.py)


def may_mark(text: str, plan_year: int | None) -> bool:
    """Whether ``years`` can find a mark in ``text`` or any part of it: every year phrase has 年 or 五 (2025年, 年内,
    “十四五”末), and a month of no stated year (6月底前), a season (今秋) or a quarter (一季度) is one only in a plan
    of a known year."""
    return "年" in text or "五" in text or bool(plan_year and ("月" in text or may_name_part(text)))  # 今秋, 一季度


def years(text: str, offset: int, sentence: int, plan_year: int | None,
          governed: int | None = None, title_period: tuple[int, int] | None = None) -> list[YearMark]:
    """The year marks of one sentence, in order of position; ``governed``: the year the paragraph inherits (a goals
    lead's or heading's 到2023年), where its N年累计 ends; ``title_period``: the years the document's title states
    for itself (``plan_year.title_period``: …实施方案(2026—2028年)), which a goals period of its length ends."""
    if "年" not in text and "五" not in text:  # every other year phrase has one or the other (2025年, 年内, “十四五”末)
        if not plan_year:
            return []
        alone = [YearMark(offset + m.start(), sentence, plan_year)
                 for m in _MONTH_ALONE.finditer(text)] if "月" in text else []
        seasons = [YearMark(offset + pos, sentence, plan_year)
                   for pos in year_part_positions(text)] if may_name_part(text) else []  # 今秋, 今冬, 一季度
        return sorted(alone + seasons, key=lambda mark: mark.pos) if alone and seasons else alone or seasons
    marks, periods = [], set()
    stated = "年" in text  # (else the sentence has 五 only: every pattern below but the five-year ones needs 年)
    digit = _DIGIT.search(text) if stated else None
    digits = digit is not None  # 2025年, 在2020年基础上, 2012年起 all need one
    bases = {m.start(1) for m in BASE.finditer(text)} if digits else set()
    starts = {m.start(1): int(m.group(1)) for m in _START.finditer(text)} \
        if digits and ("年起" in text or "年开始" in text or "年以来" in text) else {}  # _START's words, tested first
    for m in YEAR.finditer(text, digit.start()) if digits else ():  # (no year starts before the first digit)
        follows = text[m.end():m.end() + 6]
        if m.start(2) in bases or m.start(2) in starts or follows.startswith("基础") or (
                follows[:1].isdigit() and not _MONTH_DEADLINE.match(follows)) or _CN_DATE.match(follows):
            continue
        year = int(m.group(2))
        past = bool(plan_year and year < plan_year)
        if not 1990 <= year <= 2100 or (past and text[max(0, m.start() - 3):m.start()].endswith(_DEADLINE)):
            continue  # 到2020年 in a plan of 2022: a stale deadline governs nothing, but is no history either
        deadline = text[max(0, m.start() - 3):m.start()].rstrip().endswith(_DEADLINE)
        marks.append(YearMark(offset + m.start(), sentence, year, past, deadline=deadline))
        if m.group(1):
            periods.add(m.start())
    named = "五" in text and _PERIOD_NAME.search(text) is not None  # FIVE_YEAR's and BARE_FIVE_YEAR's 十三五
    period_bases = {b.start("p") if b.group("p") else b.start("q") for b in PERIOD_BASE.finditer(text)} \
        if named else set()
    for m in _five_years(text) if named else ():
        if m.start() in period_bases:
            continue  # 在“十三五”末的基础上翻一番: the base, no year of the goal
        year = _FIVE_YEAR_END[m.group(1)]
        # 到“十四五”末 is a deadline as 到2025年 is: a news print's goals date its later paragraphs by it (万源
        # 2021, the twenty-sixth batch; 提出到“十二五”末…将达到4%: 四川 2011, both dev; round 25)
        # (a quoted period before a verb of what is to come, BARE_FIVE_YEAR, is one too: the lines under a headline
        # “十四五”城镇 新增就业425万人以上 take its end, 四川 就业促进规划 news 2021, dev; years45)
        deadline = text[max(0, m.start() - 3):m.start()].rstrip().endswith(_DEADLINE) or m.re is BARE_FIVE_YEAR
        marks.append(YearMark(offset + m.start(), sentence, year, bool(plan_year and year < plan_year),
                              deadline=deadline))
        periods.add(m.start())
    # the sentence's own years, for N年累计, each with whether it is a period (2021—2025年, “十四五”时期) or a year
    # (built at the first N年累计, from the marks found so far: few sentences have one)
    dated, undated = None, len(marks)
    since = next(_SINCE.finditer(text), None) if "以来" in text else None
    positions = sorted(starts)  # once: the start before each duration by bisection (a sort per match is quadratic)
    # every duration holds a 年 at most five characters after its start (再用三年, 通过两年左右): none starts before
    first = text.find("年")
    durations = []  # each duration's span: a goals period inside one (未来五年主要目标) is that one's
    for m in DURATION.finditer(text, max(0, first - 5)) if first >= 0 and _may_last(text) else ():
        durations.append((m.start(), m.end()))
        if m.group().startswith("连续") and is_streak(text, m.start(), m.end(), plan_year):
            continue  # 连续七年位居…榜首, 连续6年稳定在…: a streak gone by, no deadline (streaks.py)
        if m.group("sum"):  # ends at the sentence's year nearest before it, else its first after, else ``governed``
            if (since is not None and since.start() < m.start()) or text.endswith(_REVIEWED, 0, m.start()):
                if plan_year:  # 近三年累计, 2021年以来五年累计: the years up to the last, history (review 7, finding 8)
                    marks.append(YearMark(offset + m.start(), sentence, plan_year - 1, past=True))
                continue
            if dated is None:
                dated = sorted((d.pos - offset, d.year, d.past, d.pos - offset in periods) for d in marks[:undated])
            k = bisect.bisect_left(dated, (m.start(),))
            _, end, past, period = dated[k - 1] if k else dated[0] if dated else (0, governed, False, False)
            if end is not None and not past:
                marks.append(YearMark(offset + m.start(), sentence, end))
                continue
            if past and period:  # a past period's (“十四五”时期,…五年累计): history
                continue
        n = to_number(m.group(1) or m.group(2) or m.group(3))
        k = bisect.bisect_left(positions, m.start())
        start = starts[positions[k - 1]] if k else plan_year
        if n and start and 1 <= n <= 30:
            marks.append(YearMark(offset + m.start(), sentence, start + int(n) - 1,
                                  running=m.group().startswith("连续"), ahead=m.group().startswith(_AHEAD),
                                  opens=m.group().startswith(_AHEAD) and (m.start() == 0 or text[m.start() - 1] in
                                                                          _CLAUSE_BEFORE)
                                  and _COMMA_AFTER.match(text, m.end()) is not None))
        elif n and not start and 1 <= n <= 30 and not m.group().startswith("连续"):
            marks.append(YearMark(offset + m.start(), sentence, None))  # 两年内 of a plan of no known year: unknown
    if "目标" in text and first >= 0:  # every goals period holds 年 then 目标 (three to five characters on)
        # the durations are found in order and do not overlap: the one that may hold a match is the last that starts
        # at or before it (by bisection; a scan of every duration per match was quadratic: review 34, B1)
        lows = [lo for lo, _ in durations]
        period_at: list[tuple[int, int, bool]] | None = None
        period_pos: list[int] = []
        for m in _GOALS_PERIOD.finditer(text, max(0, first - 3)):
            k = bisect.bisect_right(lows, m.start())
            if (k and m.start() < durations[k - 1][1]) or text.endswith(_REVIEWED, 0, m.start()):
                continue  # 未来五年主要目标: the duration's mark stands; 过去三年目标: a review
            if not _LEADS_GOALS.match(text, m.end()) or text.endswith(_REVIEW_VERBS, max(0, m.start() - 4), m.start()):
                continue  # 三年目标全面实现: a subject of a review, no lead of goals
            # the lead states the period's years (2023—2025年三年发展目标:, “十四五”时期五年目标:): its end wins over
            # a count from the plan's year, which a plan issued the year before its period would miss (review 34,
            # O2); only a period stated before the lead is its own (…,为“十五五”时期…奠定基础 after it is not: review
            # 35), and a past one (2018—2020年,三年目标:…) is a review's, no deadline. The periods are listed once per
            # sentence and the nearest before each lead found by bisection (a list per lead was quadratic: review 35)
            if period_at is None:
                if dated is None:
                    dated = sorted((d.pos - offset, d.year, d.past, d.pos - offset in periods)
                                   for d in marks[:undated])
                period_at = [(pos, year, past) for pos, year, past, period in dated if period and year]
                period_pos = [pos for pos, _, _ in period_at]
            j = bisect.bisect_right(period_pos, m.start())
            if j:
                _, end, past = period_at[j - 1]
                if not past:
                    marks.append(YearMark(offset + m.start(), sentence, end, deadline=True))
                continue
            n = to_number(m.group(1))
            k = bisect.bisect_left(positions, m.start())
            start = starts[positions[k - 1]] if k else plan_year
            # the title states the plan's own period, of the lead's length (三年发展目标 in a 三年行动方案
            # (2026—2028年) signed in 2025): the period's end, not a count from the year of signature (review 35);
            # not a past one (a report on 2018—2020年 read in 2021: the count stands, as before)
            if not k and n and title_period and title_period[1] - title_period[0] + 1 == n and not (
                    plan_year and title_period[1] < plan_year):
                marks.append(YearMark(offset + m.start(), sentence, title_period[1], deadline=True))
            elif n and start and 1 <= n <= 10:
                marks.append(YearMark(offset + m.start(), sentence, start + int(n) - 1, deadline=True))
    if plan_year:
        # 年内, 本年度, 今年 and 全年, 当年, 本年 all hold 年 (and each pattern one of its words: tested with ``in``)
        if stated and any(map(text.__contains__, _IN_YEAR_WORDS)):
            marks += [YearMark(offset + m.start(), sentence, plan_year) for m in _IN_YEAR.finditer(text)]
        marks += [YearMark(offset + pos, sentence, plan_year) for pos in year_part_positions(text)]  # 下半年, 明年
        if "月" in text:  # 6月底前, 12月底前完成: a month of no stated year is one of the plan's own year
            marks += [YearMark(offset + m.start(), sentence, plan_year) for m in _MONTH_ALONE.finditer(text)]
        if stated and ("全年" in text or "当年" in text or "本年" in text):  # (each match holds one)
            marks += [YearMark(offset + m.start(), sentence, plan_year, relative=True)
                      for m in _WHOLE_YEAR.finditer(text)]
        marks += [YearMark(offset + pos, sentence, year, past=True) for pos, year in last_year_marks(text, plan_year)]
    if len(marks) > 1:  # (most sentences: none or one; the sort is stable, as sorted() is)
        marks.sort(key=_POS)
    return marks


def resolve_relative(marks: list[YearMark]) -> None:
    """全年 after 2024年 in the same paragraph is 2024 (history in a plan of 2025); alone it is the plan's year."""
    for k, mark in enumerate(marks):
        if mark.relative and k:
            mark.year, mark.past = marks[k - 1].year, marks[k - 1].past


def opening_year(text: str, plan_year: int | None, title: bool = False) -> int | None:
    """The year an opening line names as the plan's own (谯城区2023年政府工作报告重点工作任务分解表): one year,
    not a range, not a start (2012年起); it governs targets that state no year of their own. A past year
    (2023年工作总结 read in 2024) makes the document a report: ``PAST_DOCUMENT``. A caption is a short line; a title
    may run long (…关于印发2024年县《政府工作报告》确定的重点工作责任分解方案和2024年市《政府工作报告》…的通知, 嘉鱼
    2024, held out), name its year twice, in Chinese numerals (二〇二四年), or print an edition ((2022年更新)) and a
    vision's horizon (和2035年远景目标纲要, 长阳 十四五 纲要, held out), which are no plan's year."""
    if len(text) > (160 if title else 80):
        return None
    text = _EDITION.sub("", arabic_years(text))
    found = [m for m in YEAR.finditer(text) if not text.startswith("远景", m.end())]
    if not found or any(m.group(1) for m in found) or len({m.group(2) for m in found}) != 1 or _START.search(text):
        return None
    year = int(found[0].group(2))
    if not 1990 <= year <= 2100:
        return None
    return PAST_DOCUMENT if plan_year and year < plan_year else year


def heading_year(title: str, plan_year: int | None) -> int | None:
    """The last year a heading's title states (一、2023年主要预期目标, 一、未来五年主要工作任务), if not past."""
    stated = [m.year for m in years(title, 0, 0, plan_year) if not m.past]
    return stated[-1] if stated else None


def as_of_past(text: str, plan_year: int | None) -> bool:
    """截止2015年12月31日,全市户籍人口531.59万 (连云港 老龄事业“十三五”规划, 2016); 截至2018年底,全市高新技术
    企业达285家 (连云港 高企“小升高”方案, 2019): a count as of a year before the plan's own is history."""
    if "截" not in text or not plan_year:
        return False
    return any(int(m.group(1)) < plan_year for m in AS_OF_YEAR.finditer(text))
