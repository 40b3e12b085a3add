"""A report on the execution of a year's plan (…2023年国民经济和社会发展计划执行情况与2024年…计划草案的报告,
…2025年1—6月国民经济和社会发展计划执行情况的报告) opens with what that year achieved: its numbers are history
(固定资产投资增长2.5%, 落实京冀企业167个) from a line of the text that opens that review — its heading
(一、2023年国民经济和社会发展计划执行情况, (一)主要目标完成情况), a paragraph led by the executed year
(2023年,全省…; 预计,2023年全年…) or by the half-year gone by (上半年…, 今年以来…) — until a line opens the
plan to come: a later year (二、2024年…, 二〇二四年…), 今年/明年, the draft, the coming goals or tasks
(主要预期目标, 目标任务, 主要任务, 全年目标), the half-year to come (下半年, 下一步). Within one line only the
part before that opener is history.

Only the report's own shape in the title counts (国民经济和社会发展计划执行情况, then …与/和/及…计划(草案) or
的报告): 关于开展2024年度科技计划执行情况监督检查的通知 is no such report. And only the review the text itself
opens is skipped: an excerpt of the report given with its title whose lines open no review
((三)加快科技创新。全年新增…) is read as usual (review 8). Dev pages of the family: 福建 2023
计划执行情况及2024年计划草案, 东丽 2023 执行情况与2024年计划草案, 黄陂 2022 执行情况与2023年计划草案 (round 37,
tests/fixtures/real/README.md batch tprec5)."""

from __future__ import annotations

import re

from kechuang.extract.rules import simplified_all

# the year whose plan the title reports on; the title is the report's: …计划执行情况 and the draft or 的报告 after it
_EXECUTED = re.compile(r"((?:19|20)\d\d)\s*年[^年]{0,12}?国民经济和社会发展计划执行情况"
                       r"(?:\s*[与和及、].{0,40}?计划|的?报告)")
# a line that reports on the plan (…主要目标完成情况, …执行情况): an opener counts only after its last report word
_REPORT = re.compile(r"完成情况|执行情况")
_PLAN = re.compile(r"草案|预期目标|主要目标|下半年|下一步|工作安排|明年|今年(?!以来|上半年|前|[1-9一])"
                   r"|目标任务|主要任务|全年目标(?![\s|]*$)")
_DONE = ("完成", "实现", "超额", "达成")  # 完成全年目标任务: a review's words, not the plan's
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d|[〇零一二三四五六七八九]{4})\s*年")
_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
_TOKEN = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]"
                    r"|\d{1,2}[.、．])?\s*")


def executed_year(title: str | None) -> int | None:
    """The year a plan-execution report's title reports on, or None for any other title."""
    if not title or "执行情况" not in (text := simplified_all(title)):
        return None
    m = _EXECUTED.search(text)
    return int(m.group(1)) if m else None


def opens_review(text: str, executed: int) -> bool:
    """Whether a line opens the report's review of the executed year (its heading, a paragraph led by that year)."""
    text = simplified_all(text)
    rest = text[_TOKEN.match(text).end():]
    if re.match(rf"[^。;；]{{0,30}}?{executed}\s*年[^。;；]{{0,30}}?(?:执行|完成)情况", rest) or (
            len(rest.strip()) <= 30 and rest.strip().endswith(("执行情况", "完成情况"))):
        return True  # 一、2023年…计划执行情况, (一)主要目标完成情况 (not 强化计划执行情况监测, a task of the plan)
    return rest.startswith(("上半年", "今年以来", "一年来", "过去一年")) or re.match(
        rf"(?:预计[,，]?\s*)?{executed}\s*年(?:[,，]|是|以来|全年|上半年|[1-9一])", rest) is not None


def opens_plan(text: str, executed: int) -> int | None:
    """Where a line of such a report opens the plan to come (a later year, the draft, the coming goals), or None."""
    text = simplified_all(text)
    after = 0
    for m in _REPORT.finditer(text):  # the line reports on the plan up to the sentence of its last report word
        after = m.end()
    if after:  # (现将2023年…计划执行情况与2024年…计划草案报告如下: the report naming itself opens nothing)
        end = min((i for i in (text.find("。", after), text.find("；", after), text.find(";", after)) if i >= 0),
                  default=-1)
        if end < 0:
            return None
        after = end + 1
    word = next((m.start() for m in _PLAN.finditer(text, after)
                 if not any(w in text[max(after, m.start() - 6):m.start()] for w in _DONE)), None)
    year = next((m.start() for m in _YEAR.finditer(text, after, word if word is not None else len(text))
                 if int(m.group(1).translate(_DIGITS)) > executed), None)
    return year if year is not None else word
