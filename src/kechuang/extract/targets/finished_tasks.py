"""A sentence that reports a task finished ahead of time, beyond its quota or in full states what was done: the numbers
before the completion are history (spurious43).

`全省今年新開工改造城鎮老舊小區1578個,提前超額完成老舊小區改造年度任務` (江苏 2022), `選派14名醫護人員援鄂援濟,圓滿
完成援助任務` (滕州 2021's report on 2020), `…體育公園超1300個,提前完成規劃目標` (国家体育总局 2024) and `…经济总量首次
突破140万亿元大关,圆满完成预期目标任务` (国家统计局 2025) report work done (the spec's "Not targets"); on dev none of
these numbers is gold (tests/extract/test_spurious43_finished_tasks.py).

Read: 提前, 超额 or 圆满 (提前超额 too) before 完成 and a task, goal, plan or quota named in the same clause (任务,
目标, 计划, 指标); the sentence from its start to that completion is history. A goal to finish keeps its sentence: a
pledge or a goal's word before the completion (确保超额完成…, 总体目标为:超额完成…, 预计可超额完成…, 将, 要, 能够)
or a deadline to come (到2025年, 年内: completion_rates.planned); numbers after the completion are not touched
(`…预计可超额完成年度任务,冲刺3000亿元的奋斗目标`, 湖北 2023, gold)."""

from __future__ import annotations

import re

from kechuang.extract.model import Target
from kechuang.extract.targets.common import SENTENCE, held_texts
from kechuang.extract.targets.completion_rates import planned
from kechuang.extract.targets.cue_lines import LineIndex
from kechuang.extract.targets.spans import outside
from kechuang.extract.targets.tense_cues import GOAL

# The words that gate a line, found in the joined text (either script).
# (the adverbs alone: 提前完成 would overlap 完成率, 完成年度 of the one scan of cue_lines.LineIndex)
FINISHED_WORDS = ("提前", "超额", "超額", "圆满", "圓滿")
_FINISHED = re.compile(r"(?:提前|超额|圆满)(?:超额)?完成了?[^,，。;；:：!！?？\n]{0,24}?(?:任务|目标|计划|指标)")
_GOAL_BEFORE = re.compile(GOAL + r"|要|能够|目标[为是:：]")


def finished_tasks(targets: list[Target], index: LineIndex, plan_year: int | None) -> list[Target]:
    """``targets`` without those of a sentence, before its report of a task finished early, beyond quota or in full.
    Reads only the lines that hold ``FINISHED_WORDS`` (``index``)."""
    spans = []
    for text, printed in held_texts(targets, index, FINISHED_WORDS):  # 超額完成…任務 read as 超额完成…任务
        for s in SENTENCE.finditer(text):
            m = _FINISHED.search(text, s.start(), s.end())
            if m is None or m.start() == s.start():
                continue
            before = text[s.start():m.start()]
            if _GOAL_BEFORE.search(before) or planned(before, plan_year, False):
                continue  # 确保超额完成年度目标任务, 总体目标为:超额完成…: a goal to finish
            spans.append(printed(s.start(), m.start()))
    return outside(targets, spans)
