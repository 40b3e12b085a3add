"""A programme's yearly budget in a report of its progress: `共安排323個區級重點項目,計劃總投資3497億元,年度計劃投資
629億元` (吴江 2025 重点项目, a report that goes on `完成年度计划的77.53%`), `總投資170.43億元,年度計劃投資24.26億元。
1至7月,累計完成投資12.09億元` (相城 2023 民生实事 progress), `項目總投資5141億元,年度投資計劃647.4億元。1-10月項目
累計完成投資…` (江门 重点建设项目 progress) — the sum the year's list of projects is planned to invest, restated by a
report that measures the investment done against it, is the programme's budget, which the corpus leaves out (the
README: a programme's total budget in a news lead is no target). A plan's own 年度计划投资 (浙江 2024 政府工作报告
分工: `年度計劃投資200億元`, gold) is followed by no measure of the investment done, and stays.
Dev sources: www.hu51.cn/zgwj/zdxmu/202509/f4fd292af32a4bd49b121b0… (吴江 2025),
www.dajinya.com/xwzx/guonei/2023/0826/082023_19289.html (相城 2023),
456150.com.cn/bmpd/jmsfzhggj/zwgk/tjfx/zdxmxxtj/content/post_1584634.html (江门) (page57)."""

from __future__ import annotations

import re

# the budget's words right before the value (a qualifier of size between: 约, 近, 达, 为)
_BUDGET = re.compile(r"(?:年度计划投资|年度投资计划|年度計劃投資|年度投資計劃)[为為达達约約近超过過]{0,3}\s*$")
# the investment done measured after it, in the same paragraph
_DONE_REACH = 80
_DONE = re.compile(r"完成投资|完成投資|完成年度计划|完成年度計劃|计划完成率|計劃完成率")


def programme_budget(sentences: list[tuple[int, str]], k: int, at: int) -> bool:
    """Whether the value at ``at`` of sentence ``k`` of ``sentences`` (a paragraph's) is a programme's yearly budget
    that a later clause of the paragraph measures the investment done against."""
    sentence = sentences[k][1]
    lead = sentence[max(0, at - 10):at]
    if "投" not in lead or _BUDGET.search(lead) is None:  # cheap gate: 投 of 投资 right before the value
        return False
    # the sentence and the two after it (a bounded reach: a line of many repeats is read in linear time)
    return _DONE.search(sentence, at, at + _DONE_REACH) is not None \
        or any(_DONE.search(s) for _, s in sentences[k + 1:k + 3])
