"""The year a plan gives its undated items (``document_year``): the one year its title names (2023年县政府工作报告任务
分解一览表), else the one year a caption or a lead-in before the first heading names (2023年,县科协将…; 今年是…关键一年;
召开2024年工作谋划会), else the plan's own year when the title names a one-year plan (政府工作报告, 绩效目标, 季度);
none when the title or the lead-in speaks of several years (纲要, “十四五”时期, 三年行动, 2021—2025年), and
``PAST_DOCUMENT`` for a report of a past year (工作总结)."""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import PLAN_TITLE
from kechuang.extract.rules import simplified_all  # text with no traditional character is not translated
from kechuang.extract.targets.readings import READING, Readings
from kechuang.extract.targets.sentence_years import another_year, without_editions
from kechuang.extract.targets.sibling_items import bulleted
from kechuang.extract.targets.vocab import vocab
from kechuang.extract.targets.years import DURATION, FIVE_YEAR, PAST_DOCUMENT, opening_year, years

_SENTENCE_END = re.compile(r"[。;;!!,,::、]$")
# a date (2023年4月11日, 2023年1-9月, 2023-04-11, 二○一一年七月二十八日), not a caption; a count after the year is
# none (市政府2011年10件实事: 十堰 2011; 2021年50件民生實事: 连云港 2021; 2024年10件民生实事: 杭州 2024 — dev)
_DATE = re.compile(r"\d{4}\s*(?:年\s*\d{1,2}\s*(?:[-—~至]\s*\d{1,2}\s*)?月|[-./]\s*\d)"
                   r"|[一二][〇○零][〇○零一二三四五六七八九]{2}\s*年\s*[一二三四五六七八九十]{1,2}\s*月")
# 2023—2025, (2021~2025年): a range of years, with or without 年
_RANGE = re.compile(r"(?:19|20)\d\d\s*[-—–~至到]\s*(?:19|20)\d\d")
# years, dates and the names of documents are no numbers of a lead-in
_DAY = re.compile(r"\d{4}\s*年|\d{1,2}月\d{1,2}日|《[^》]*》")
_NUMBER = re.compile(r"\d")
_LEAD_LINES = 3  # a lead-in is one of the body's first paragraphs
# a news dateline that opens a sentence (……3月4日,株洲经开区…传来消息,2025年,该区将…: 株洲 2025; 。1月26日,…会议召开:
# 安宁 2016; …背街小巷22条…… 2月17日,记者从白云区获悉: 白云 2023 — dev): the numbers before it are the page's summary
# of the goals its lead then dates (years40), not commitments that name a year after them (汉寿 2018, below)
# (…… reaches this reader as ......: a run of two dots ends the summary too, not a decimal point)
_DATELINE = re.compile(r"(?:(?<=[。…!！?？])|(?<=\.\.)|(?<=[。…!！?？.][ \t]))\d{1,2}月\d{1,2}日(?:[上下]午|晚)?[,，]")
# A title that names a five-year period (灵寿县“十四五”科技创新规划) or a 规划 (…科技创新发展规划) is a plan of
# several years: a year its lead-in names (2021年,全县将…; 2021年是“十四五”开局之年) dates no undated target (the
# review of round 19).
# Only titles: a one-year plan's lead often names the period it falls in (…是实施“十四五”规划承上启下的关键一年).
_SEVERAL_YEAR_TITLE = re.compile(r"十[二三四五六]五|规划")
# A title that prints its year with no 年 before a name (2020河北空氣質量改善目標出爐; 2025沧州市政府工作报告;
# 2022政府工作报告三农重点; 甘肃省2022改厕补助标准 — dev) names one year as 2020年 would; not a range, an edition in
# brackets ((2023), 越城年鉴(2022)) nor a number run on (20201231).
_BARE_TITLE_YEAR = re.compile(r"(?<![\d(（\-—–~])((?:19|20)\d\d)(?=[\u4e00-\u9fff])(?!年)")


def _bare_title_years(title: str) -> list[str]:
    """The years a title prints with no 年 (``_BARE_TITLE_YEAR``), but not an amount or a count that happens to lie
    between 1900 and 2099: 县财政投入2050万元支持科技创新, 全县1950户脱贫户实现增收 (a number, then a unit the
    target reader knows: review 23 F1); 2021万源… (a bare 万, no unit) stays a year."""
    out = []
    for m in _BARE_TITLE_YEAR.finditer(title):
        amount = vocab().candidate.match(title, m.start(1))
        if amount is None or not amount.group("unit"):
            out.append(m.group(1))
    return out
# A headline of this year's plans (西城老旧小区今年增600个停车位; 北京老旧小区改造今年计划开工300个; 今年我市年度旅游
# 收入力争超670亿元 — dev, round 46) names the plan's own year as 2015年 would; since when (今年以来) opens a report,
# and so does a part of the year (今年上半年, 今年前三季度, 今年一季度, 今年1-10月, 今年1月至10月: review 20, F10).
_THIS_YEAR_TITLE = re.compile(r"今年(?!以来|[上下]半年|前|第?[一二三四]季度"
                              r"|[\d一二三四五六七八九十]{1,2}(?:月份?)?\s?[-—–~至到])")


# Every year a caption, a lead-in or a one-year lead names holds one of these (2023年, “十四五”, 3月底, 今秋 and 一季度
# of the plan's year: years.years reads none in a text without them; opening_year needs 年); no traditional character
# translates to one of them, and a reading dropped removes characters only, so a printed line without them is
# read as holding none (test_speed32_spd44).
_YEAR_WORDS = ("年", "五", "月", "今", "季")


def _simple(line: Line) -> str:
    readings = Readings.of(line)  # 實(shí)事: read without the phonetic readings
    return simplified_all(readings.line.text if readings else line.text)


# the years of a title's own period, printed in brackets or before its name (山西省推进数字经济全面发展实施方案
# (2026—2028年), signed in 2025: sx-shanxi-szjjqmfz2026, dev). A range in brackets needs no closing 年 (…三年行动计划
# (2023—2025), review 36); outside brackets it does, so a 2023-2025 in prose or a number range stays out.
_TITLE_RANGE = re.compile(r"((?:19|20)\d\d)\s*年?\s*[-—–~～至到]\s*((?:19|20)\d\d)\s*年"
                          r"|[(（]\s*((?:19|20)\d\d)\s*年?\s*[-—–~～至到]\s*((?:19|20)\d\d)\s*[)）]")


def title_period(title: str | None) -> tuple[int, int] | None:
    """The first and last year of the one period a title states for its plan (…三年行动计划(2023—2025年) →
    (2023, 2025)); None for a title with none, with two (a review and a plan), or a span of no plan (over ten years).
    The goals period of its length (三年目标) ends at its last year (``years``' ``title_period``), not at the count
    from the year of signature, which a plan signed the year before its period would miss (review 35)."""
    if not title or ("年" not in title and "(" not in title and "（" not in title):
        return None
    found = _TITLE_RANGE.findall(title)
    if len(found) != 1:
        return None
    first, last = (int(found[0][0]), int(found[0][1])) if found[0][0] else (int(found[0][2]), int(found[0][3]))
    return (first, last) if 0 < last - first < 10 else None


def several_years(text: str) -> bool:
    """Whether a lead-in speaks of a period of several years (“十四五”时期, 第十四个五年规划和二〇三五年远景目标
    纲要, 未来五年, 2021~2025年, 规划期): a year it names then dates the period, not the undated items after it."""
    # (FIVE_YEAR opens with an optional quote and DURATION with a lookahead: the re module tries either at every
    # position; each match holds 五 and 年 respectively, so a text without it is not scanned: test_speed32_spd44)
    return bool(vocab().multi_year.search(text) or _RANGE.search(text) or ("五" in text and FIVE_YEAR.search(text))
                or ("年" in text and DURATION.search(text)))


def _lead_year(text: str, plan_year: int | None) -> int | None:
    """The one year to come a lead-in names before any number of its own (2023年,县科协将…; 11月27日,…对2020年度民生
    工程项目进行年终推进), when it names no deadline (到2025年: a news print's goals, read by the caller), no date as of
    which it counts (截至), and no period of several years. A paragraph of commitments that names a year after them
    (引进2-3个…,为2019年争创国家级夯实基础: 汉寿 2018, dev) is no lead-in; numbers before a dateline (``_DATELINE``)
    are a summary, not counted. With no plan year, 今年 names a year of its
    own, which the year stated beside it is not (2023年,全省新改建农村公路14759公里…。今年,…全省将新改建…: 云南 2024
    公路安防; 今年年底前,…3万户;2025年年底前…普及率达到95%: 郑州 2021 乡村建设, both dev; round 43): no lead year,
    unless 今年 stands in the clause of the year or a year is named as the present one (``another_year``; review 16).
    The edition of a cited name (《…目录》(2019年本)) is no year of the lead (review 16, F6)."""
    if "截" in text or several_years(text) or another_year(text, plan_year):
        return None
    text = without_editions(text)
    marks = years(text, 0, 0, plan_year)
    if any(m.deadline for m in marks):
        return None
    coming = [m for m in marks if not m.past and not m.relative and not m.running]
    if len({m.year for m in coming}) != 1:
        return None
    start = 0  # the numbers counted from the last dateline before the year: those before it are a summary
    if "日" in text:
        for m in _DATELINE.finditer(text, 0, coming[0].pos):
            start = m.end()
    if _NUMBER.search(_DAY.sub("", text[start:coming[0].pos])):
        return None
    return coming[0].year


# A news lead that a session of a people's congress opens (1月12日上午,昆明市第十五届人民代表大会第五次会议在昆明会堂
# 开幕。 https://kunming.cn/news/c/2025-01-12/13907653.shtml; 1月13日,宁夏回族自治区第十三届人民代表大会第一次会议
# 在银川开幕。 http://www.niita.cn/news/view?id=20863&class=60; 1月25日,贵州省第十三届人民代表大会第四次会议在贵阳
# 隆重开幕。 https://www.gzbs.cn/yuanchuang/202102074059.html; 历城 2022, 墨江 2025, 中山 2025, 西安 2025 — dev): the
# session that hears the year's 政府工作报告, so the page prints that report's work, one year's, as a title
# 政府工作报告 would say. A standing committee's session (人民代表大会常务委员会第N次会议) hears no such report and does
# not match; a lead that names a period (审议…“十四五”规划纲要) dates nothing (``several_years``).
_CONGRESS_OPENING = re.compile(r"人民代表大会第[一二三四五六七八九十\d]{1,3}次会议[^。;;]{0,24}?开幕")
# A lead that dates the session in another year than the plan's (2024年1月12日上午,…第四次会议…开幕 read for a 2025
# plan) or places it in the past (去年1月, 一年前的1月, 上年) tells of a past session, whose report is not the plan
# year's: it dates nothing (review 41, finding 1). The dev leads name the plan's own year when they name one
# (2021年我省继续…: 贵州 2021; 会上公布了2022年…: 历城 2022; 2025年…: 中山 2025, 墨江 2025) or none (昆明 2025,
# 西安 2025, 宁夏 2023). Only the words before the session's 开幕 date it: a year after it names what the session
# hears (…开幕,审查2024年计划执行情况与2025年计划草案), not when it sits; nor does a sentence before the session's.
_SESSION_YEAR = re.compile(r"去年|上年|一年前|((?:19|20)\d\d|[一二][〇○零][〇○零一二三四五六七八九]{2})\s{0,2}年")
_CN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")


def _past_session(text: str, plan_year: int) -> bool:
    """Whether the congress lead names a year other than the plan's, or a past one (去年, 一年前, 上年), before the
    session's 开幕 (``text`` ends there)."""
    for m in _SESSION_YEAR.finditer(text):
        if m.group(1) is None or int(m.group(1).translate(_CN_DIGITS)) != plan_year:
            return True
    return False


def _congress_year(text: str, plan_year: int | None, multi: bool) -> int | None:
    """The plan year, when a lead-in line says the session of a people's congress opens (``_CONGRESS_OPENING``) and
    neither it nor the title speaks of several years, names a year of its own (今年 beside another year) or a session
    of another year (``_SESSION_YEAR``)."""
    if plan_year is None or multi or (opening := _CONGRESS_OPENING.search(text)) is None:
        return None
    simple, sentence = simplified_all(text), text.rfind("。", 0, opening.start()) + 1
    if several_years(simple) or another_year(simple, plan_year) \
            or _past_session(text[sentence:opening.end()], plan_year):
        return None
    return plan_year


# the first clause of a line after the lead-in: a heading (未来五年主要目标任务) or a paragraph's lead (今后五年,…)
_FIRST_CLAUSE = re.compile(r"[^,，。;；:：]{1,30}")


def _period_line(text: str, read: int) -> bool:
    """Whether a line under a congress lead speaks of a period of several years: any of the lead-in's lines, or the
    heading or the lead clause of a later one before the first heading (a first session's news lines — 大会应到代表
    364人, 主席团常务主席主持大会, 市长作政府工作报告 — push 未来五年主要目标任务 beyond the lead-in: 三门峡 2022,
    https://www.ismx.cn/content-10-82041-1.html, dev; review 41, finding 2). Only read while a congress lead holds,
    over at most the forty lines ``_caption_year`` reads."""
    if read > _LEAD_LINES:
        text = m.group() if (m := _FIRST_CLAUSE.match(text)) else ""
    return bool(text) and several_years(simplified_all(text))


# A lead-in line that names the year's list of 实事 by its count or a list word (件, 项, 大, 民生, 项目: 该区已敲定马年
# 为民办十件实事: 金水 2014; 這十件實事是: 市北 2004; 这八件民生实事项目是: 仁化 2025 — dev) names a one-year list, as
# a title of that kind does (``one_year_titles``). Not the kinds a lead cites as its basis or a programme it joins
# (根据《政府工作报告》, 纳入政府民生工程: 郑州 2019 学前教育, dev; 贯彻中央经济工作会议精神, 列入年度重点工作计划的:
# a policy of several years may say them: no list word), nor a campaign's or a habit's 实事 with no list (我为群众办
# 实事, 办好一件件实事). A month names no other year and does not stop the reading (计划3月完成十件实事: the plan
# year's list).
_ONE_YEAR_LIST = re.compile(r"(?:(?<!件)件|[项大]|民生)实事|实事项目")


def _one_year_list(text: str, plan_year: int) -> bool:
    """Whether a lead-in line names the year's list of 实事 (``_ONE_YEAR_LIST``) and no year at all, nor a period of
    several years: the list is the plan year's, as a title of that kind naming no year says (``document_year``). A
    line that names a year (今年, 去年, 明年, 2015年, 到2025年) is read by the readings below (its own year, a deadline,
    a past year of a report), not here."""
    if "实事" not in text and "實事" not in text:  # 這十件實事是: a traditional print
        return False
    simple = simplified_all(text)
    return bool(_ONE_YEAR_LIST.search(simple)) and "今年" not in simple and "上年" not in simple \
        and not several_years(simple) and not years(simple, 0, 0, plan_year)


def _caption_year(lines: list[Line], heading_titles: dict[int, int], plan_year: int | None,
                  opening: str) -> int | None:
    """When the title names no year: the year of a caption that leads the body before its first heading
    (确定缙云县2021年十件民生实事项目(按得票数高低为序), 洋县2024年老旧小区改造项目): a short line that ends no sentence
    and names one year, not a date, as a title does; it dates the list it heads. Else the one year to come that one of
    the body's first paragraphs names (2023年,县科协将…; 今年是…的关键一年; 对2020年度民生工程项目进行年终推进), unless
    the title or the paragraph speaks of several years; further down, a paragraph that names a one-year list
    (2015年,秦安县…将集中力量办好十件民生实事) or deploys one year's work (部署了科工局2018年工作)."""
    read, rules = 0, vocab()
    multi = several_years(opening) or bool(_SEVERAL_YEAR_TITLE.search(opening))
    congress = None  # the plan year a congress's opening gives (``_CONGRESS_OPENING``), when no line names one
    for line in lines[:40]:
        if line.index in heading_titles:
            return congress
        text = line.text.strip(" |")
        if not text or line.chrome:
            continue
        read += 1
        if read <= _LEAD_LINES and congress is None and "代表大会" in text:
            congress = _congress_year(text, plan_year, multi)
        elif congress is not None and _period_line(text, read):
            return None  # …开幕。/ 会议审议“十四五”规划纲要 / 未来五年主要目标任务: a period governs the goals
        if read <= _LEAD_LINES and not multi and plan_year is not None and _one_year_list(text, plan_year):
            return plan_year
        if "年" not in text and "五" not in text and "月" not in text and "今" not in text and "季" not in text:
            continue  # no year named (``_YEAR_WORDS``): none of the three readings below can find one
        # (the end searched from the last two characters: ``$`` matches there only, a whole line is not scanned)
        # (a bullet's line is an item of a list, no caption: ·到2022年每年新增上規企業100家左右, sibling_items.py)
        if not _SENTENCE_END.search(text, max(0, len(text) - 2)) and not _DATE.search(text) and not bulleted(text) \
                and (year := opening_year(simplified_all(text), plan_year)) is not None:
            return year
        simple = _simple(line)
        if read <= _LEAD_LINES and not multi and (year := _lead_year(simple, plan_year)) is not None:
            return year
        if rules.one_year_title.search(simple) or rules.one_year_lead.search(simple):
            stated = {m.year for m in years(simple, 0, 0, plan_year) if not m.past and not m.relative}
            if len(stated) == 1 and not another_year(simple, plan_year):
                return stated.pop()
    return congress


# A title that pushes the opening of a five-year period (全力推动“十五五”开好局起好步: 福建 2026 政府工作报告,
# https://reportify.ai/news/1213791688833765376; 努力实现“十三五”科技创新工作良好开局: 天津 2016 科技工作会议,
# http://www.tstc.gov.cn/zhengwugongkai/ztzl/kjgzhy/2016/201602/t20160205_87293.html — dev) names the period's first
# year, the one year of the report's work, not the period: its task lines take the plan year. Only when the plan year
# is that first year: a 2022 report's “十四五”良好开局 (福安, 漳州) looks back, a 2025 plan's looks ahead (平利).
_PERIOD_OPENING = re.compile(r"十([一二三四五六])五[”\"」]?[^。,，;；]{0,12}?(?:开好局|开局|起好步)")
_PERIOD_NUMBER = {"一": 11, "二": 12, "三": 13, "四": 14, "五": 15, "六": 16}


def _opens_period(title: str, plan_year: int) -> bool:
    """Whether the title pushes the opening of the five-year period whose first year is the plan year."""
    if "局" not in title and "步" not in title:
        return False
    m = _PERIOD_OPENING.search(title)
    if m is None or 1951 + 5 * _PERIOD_NUMBER[m.group(1)] != plan_year:
        return False
    # a title that also names a five-year 规划 of its own (确保“十五五”开好局 某市“十五五”充电设施规划: rev39) is the
    # period's plan: its goals are the period's (the spec's duration rule), not the first year's; a 规划 inside the
    # opening phrase (推动“十五五”规划开好局) is the period's opening still
    plan = title.find("规划")
    while plan >= 0:
        if not m.start() <= plan < m.end():
            return False
        plan = title.find("规划", plan + 2)
    return True


def is_results(opening: str | None) -> bool:
    """Whether the title reports what was done (2022年工作总结, 完成情况公示): its numbers are history. A title that
    also names the half-year to come (中宁 2020 上半年工作总结及下半年工作计划, dev) is one still: its passages
    report."""
    return bool(opening) and bool(vocab().results_title.search(simplified_all(opening)))


# A news headline that states one goal with its deadline, a year after the page's own
# (郑州2020年消除公办中心园“空白乡镇”, a page of 2019: ha-zhengzhou-xqjy2020;
# 山东:2018年实现农村家庭“无害化卫生厕所”全覆盖, a page of 2017: sd-shandong-hwyth2017 — both dev):
# the year is that goal's deadline, not the year of a one-year plan, so the other counts of the page
# (至少办好2所…的要求) take none from it (README, "Years": a period stated after a sentence does not govern it).
# A headline of the year's plan says 将 (龙文区2018年将投建5所小学: a one-year plan) and stays one, and so does a
# plan's own title (某县2025年实现…工作方案: metadata PLAN_TITLE, its plan word last), which dates its items (review45).
_HEADLINE_GOAL = re.compile(r"(?:19|20)\d\d\s?年\s?(?:基本|全面|率先)?(?:实现|消除|建成|完成|达到|突破|覆盖|普及)")


def document_year(opening: str | None, lines: list[Line], heading_titles: dict[int, int], plan_year: int | None,
                  results: bool, titled: bool = True) -> int | None:
    """The year that dates the undated items of the whole document, ``PAST_DOCUMENT`` for a report, or None.
    ``titled``: ``opening`` is a title (the caller's or the metadata's); else it is the first line of pasted text,
    read as a short caption at most, and a past year it names (2023年,全县科技工作…取得了明显成效) makes no report."""
    if results:
        return PAST_DOCUMENT
    title = simplified_all(READING.sub("", opening).strip()) if opening else ""
    year = opening_year(title, plan_year, title=titled) if title else None
    if not titled and (year == PAST_DOCUMENT or another_year(title, plan_year)):
        year = None  # a first line that says 今年 names a year of its own, not the one it states (_lead_year)
    elif titled and year is not None and plan_year is not None and year > plan_year and _HEADLINE_GOAL.search(title) \
            and not PLAN_TITLE.search(title):
        year = None  # a headline's goal and its deadline (郑州2020年消除…, 2019): no year of the document's items
    if year is None:
        year = _caption_year(lines, heading_titles, plan_year, title)
    if year is None and titled and not several_years(title) and len(bare := _bare_title_years(title)) == 1:
        year = int(bare[0]) if not (plan_year and int(bare[0]) < plan_year) else None
    if year is None and titled and plan_year is not None and _opens_period(title, plan_year):
        return plan_year
    one_year = vocab().one_year_title.search(title) or (titled and _THIS_YEAR_TITLE.search(title))
    if year is None and title and one_year and not several_years(title):
        year = plan_year  # 政府工作报告 or 今年 with no year in its title: a one-year plan, the plan's own year
    return year
