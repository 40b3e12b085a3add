"""The document whose tasks a breakdown divides, named in the plan's own lead (round 29, openings6).

A breakdown of a report's tasks says so in its lead or its covering sentence, often without a verb of carrying out
before the title: 区《政府工作报告》提出2019年汉阳经济社会发展五个方面的重点工作,现将主要目标任务(共计93项)责任分解如下
(汉阳 2019); 现就十二届人大三次会议通过的《政府工作报告》明确的有关工作提出如下分工意见 (湖南 2014, an 意见 printed
without a notice, so the sentence is the plan's own text); 《政府工作报告》任务分解意见是对市十七届人大一次会议审议通过
的《政府工作报告》中涉及2022年重点工作任务的逐条细化分解 (西安 2022, the plan's 说明). The document whose tasks it
divides is its basis (spec: the documents it says it implements; openings/DECISIONS.md, audit: basis of a breakdown).

The division must be the sentence's own act (…分解如下, …分工意见, …细化分解 ending it): a progress
report's 紧紧围绕《…》确定的目标任务,明确责任分工,… or …明确责任分工。 (寿县 2022) and an order to the units
(各乡镇各部门要围绕《…》确定的目标任务,…细化分解到月) divide nothing, and a notice's title
(关于印发…《政府工作报告》确定的主要目标任务责任分解方案的通知) names the report only inside the plan's own name,
which is no basis (audit).
"""

from __future__ import annotations

import re

from kechuang.extract.rules import simplified

# 《X》, then within a few characters the verb by which X set the tasks (提出, 明确, 确定, 涉及), the tasks, and the
# division as the sentence's own act: 分解如下, 分工如下, 分工意见, or 细化分解 ending the sentence; every gap bounded,
# no title inside a gap. A bare 分工 or 分解 ending the sentence is no act of dividing (a progress report's
# 紧紧围绕《…》确定的目标任务,明确责任分工。: the review of round 29).
_DIVIDES = re.compile(r"《([^《》]{2,80})》[^,;。《》]{0,6}?(?:提出|明确|确定|涉及)(?:了|的)?"
                      r"[^;。《》]{0,40}?(?:任务|工作)[^;。《》]{0,40}?"
                      r"(?:(?:分解|分工)(?:如下|意见(?!的通知|的通报))|细化分解(?:[。::]|$))")
# an order to the units before the title (各乡镇各部门要围绕《…》…); it is searched only in the window before each
# title that it can span (1 + 40 + 1 + 10 characters), so that a sentence of many titles is read in linear time (the
# review of round 29: a rescan from the sentence's start made ``divided`` quadratic)
_ORDER = re.compile(r"各[^,;。《》]{1,40}?要[^,;。《》]{0,10}$")
_ORDER_SPAN = 52


def divided(sentence: str) -> list[str]:
    """The titles whose tasks a sentence of a breakdown's lead divides (see ``_DIVIDES``), as printed."""
    if "《" not in sentence or ("分解" not in sentence and "分工" not in sentence):
        return []
    plain = simplified(sentence)
    return [sentence[m.start(1):m.end(1)] for m in _DIVIDES.finditer(plain)
            if not _ORDER.search(plain, max(0, m.start() - _ORDER_SPAN), m.start())]
