"""A five-year period that heads a plan's goals dates them beyond its own line, as 到2025年 does (spec: "in a goals
section … the year stated at the section's start governs every target of the section"; `到“十四五”末` → 2025).

- A heading that names the period as the time of its work (``（三）“十四五”重点安排`` over 2．重大建设项目 /
  新增35处“环上”公园…: 上海 2021 公园城市 指导意见, dev): the period's end governs the section, as
  一、未来五年主要工作任务 does (``years.heading_year``, which reads 期间/时期/末 but not 重点安排); in an excerpt
  whose numbering starts at （三）, the heading reader leaves it as a line, read as a caption that dates the body.
- An unheaded goals lead of a news print that names the period (``“十二五”期间,江西省工业主要目标已经确定。`` before
  ``其中,做大工业总量方面,全省完成工业增加值9000亿元以上…``: 江西 “十二五” 工业, dev): the period's end dates the later
  paragraphs, as a lead's 到2025年 does (``lead_deadline`` in ``targets/__init__``).
- An unheaded lead that announces the year's goals (``确定了全年经济社会发展目标任务``, ``加大年度重点工作推进力度``,
  ``今年,将实施…``: 全国 2020, 四川 2023, 漳州 2014, dev): the plan's year dates the later paragraphs (round 37b).

Near misses that must not read: a past period (“十三五”期间 in a plan of 2021: a review), a period named without goals
announced (“十四五”期间,全市累计建成…, “十四五”时期是…关键五年), a plan's name (“十四五”规划纲要), a period inside a
heading's title (加快推进“十四五”重大项目建设) or under a document's own year (2022年…工作要点), a year's lead under
a plan of several years (…三年行动方案), and a period inside a sentence that states its own deadline (``years``);
a caption's year ends at the next line of its rank (review 9)."""

from __future__ import annotations

import re

_FIVE_YEAR_END = {"十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030}
# the heading's period, then the words of a section of work to be done (not 规划/回顾/成就/完成情况)
_HEADING = re.compile(r"[“\"]?(十二五|十三五|十四五|十五五)[”\"]?(?:时期|期间)?(?:的)?"
                      r"(?:重点安排|重点任务|主要任务|建设任务|目标任务|重点工程|重大项目)")
# a lead sentence: the period (期间/时期), then within its sentence the goals it announces — 目标已经确定, 目标是:,
# 目标是,… , 目标任务为: (review 9: not 目标 alone, as in “十四五”时期是我县实现高质量发展目标的关键五年); a named goals
# word needs no verb (主要目标:, 目标任务:, 主要目标如下。: review 10)
_LEAD = re.compile(r"[“\"]?(十二五|十三五|十四五|十五五)[”\"]?(?:期间|时期)[,，]?[^。;；!?！？]{0,30}?"
                   r"(?:(?:主要目标|发展目标|目标任务|目标)(?P<verb>(?:已经|已)?(?:确定|明确)|(?:是|为)[:：,，]|如下[:：])|"
                   r"(?:主要目标|发展目标|目标任务)(?:如下|[:：]))")
# the period named as a time of weight (“十四五”时期是…的关键五年 / 重要时期): a meeting's wording, not its goals —
# read between the period and a goals word announced by no verb (…关键五年,全县发展目标已经明确 announces them)
_WEIGHT = re.compile(r"是[^。;；!?！？]{0,30}?(?:关键|重要|攻坚)")
# goals reported done right after (…主要目标任务全面完成): a review's summing up
_DONE = re.compile(r"[^。;；,，:：]{0,8}?(?:完成|超额|圆满|实现了|取得)")


def period_heading_year(title: str, plan_year: int | None) -> int | None:
    """The end of the five-year period a heading's title names as the time of its work (“十四五”重点安排 → 2025);
    None for a past period, another heading, or one the years of ``years.heading_year`` already read."""
    if "五" not in title:  # every period name has 五: one test before the pattern
        return None
    m = _HEADING.match(title[:40].lstrip())  # at the title's start: 加快推进“十四五”重大项目建设 is a task (review 9)
    if m is None:
        return None
    end = _FIVE_YEAR_END[m.group(1)]
    return None if plan_year and end < plan_year else end


# a caption the heading reader left as a line (（三）“十四五”重点安排 over 2．…: numbering out of sequence)
_CAPTION = re.compile(r"\s*(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)\s*$")


def period_caption_year(text: str, plan_year: int | None) -> int | None:
    """``period_heading_year`` of a short numbered line that the heading reader did not take as a heading."""
    if len(text) > 30 or "五" not in text:
        return None
    m = _HEADING.search(text)
    if m is None or not _CAPTION.match(text[:m.start()]) or text[m.end():].strip(" \t:：。"):
        return None  # the caption ends the line: （三）“十四五”重点安排，全面提升… is prose
    return period_heading_year(text[m.start():], plan_year)


# the numbering of a caption's rank and above, which ends the caption's year (review 9): 第一章/第一部分, 一、, （一）
_RANKS = (re.compile(r"\s*第[一二三四五六七八九十]{1,3}[章部篇]"), re.compile(r"\s*[一二三四五六七八九十]{1,3}、"),
          re.compile(r"\s*[(（][一二三四五六七八九十]{1,3}[)）]"))


def numbering_rank(text: str) -> int | None:
    """The rank of the numbering a line opens with (0 第一章, 1 一、, 2 （一）), None for another or none: a caption's
    year holds until a line of its rank or above (（四）2024年工作安排 after （三）“十四五”重点任务)."""
    return next((rank for rank, pattern in enumerate(_RANKS) if pattern.match(text)), None)


def period_goals_lead(text: str, plan_year: int | None) -> int | None:
    """The end of the five-year period an unheaded lead names with the goals it announces (“十二五”期间,…主要目标已经
    确定 → 2015), read on the simplified text; None for a past period or a period named with no goals wording."""
    if "五" not in text or "目标" not in text:
        return None
    m = _LEAD.search(text)
    if m is None or _DONE.match(text, m.end()) or (not m.group("verb") and _WEIGHT.search(m.group(0))):
        return None  # “十三五”期间,…主要目标任务全面完成: a review's summing up, in a page of no known year too
    end = _FIVE_YEAR_END[m.group(1)]
    return None if plan_year and end < plan_year else end


# a lead that dates this year's goals by the plan's own year: 确定了全年经济社会发展目标任务, 加大年度重点工作推进力度,
# 今年,将实施… (全国 2020 报告 in a news print; 四川 2023 下半年三农; 漳州 2014 报告, all dev)
_YEAR_LEAD = re.compile(r"(?:全年|年度|今年)[^。;；,，]{0,12}?(?:目标任务|重点工作|工作重点|主要目标)|今年[,，]?将")


# a plan of several years the title or the lead names (科技创新三年行动方案, 2024—2026年…行动计划): its goals are
# not the year's (review 9)
_SEVERAL_YEARS = re.compile(r"(?<![第今近])[两二三四五]年(?:行动|计划|规划|方案|攻坚)|"
                            r"\d{4}\s*年?\s*[-—–~～至到]\s*\d{4}\s*年")
_SENTENCE_END = re.compile(r"[。;；!?！？]")


def year_goals_lead(text: str, plan_year: int | None, named: str | None = None) -> int | None:
    """The plan's year, when an unheaded lead announces the goals of the year (…确定了全年…目标任务, 今年,将实施…) and
    the paragraphs after it state none; None without a plan year, for a progress report (截至3月底…), goals reported
    done (全年目标任务全面完成), under a title (``named``) naming a plan of several years (我县出台科技创新三年行动
    方案), or when the lead's sentence announces a plan of several years and no count of the year (今年,将全面实施
    科技创新三年行动。: review 9; 今年,将实施…三年行动计划,新开工建设13所公办幼儿园 counts the year's work)."""
    if not plan_year or "年" not in text or "截至" in text or "截止" in text:
        return None
    m = _YEAR_LEAD.search(text)
    if m is None or _DONE.match(text, m.end()) or (named and _SEVERAL_YEARS.search(named)):
        return None
    start = max(text.rfind(c, 0, m.start()) for c in "。;；!?！？") + 1
    end = _SENTENCE_END.search(text, m.end())
    sentence = text[start:end.start() if end else len(text)]
    rest = _SEVERAL_YEARS.sub("", sentence)
    if len(rest) < len(sentence) and not any(c.isdigit() for c in rest):
        return None
    return plan_year
