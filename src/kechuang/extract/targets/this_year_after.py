"""The plan's own year named later in a sentence that states no other (round 51).

A news print of the year's plan often names the year after the first clauses of its sentence: 着力推进140个左右支撑性
项目,完成投资246.6亿元以上,全年固定资产投资增长12%以上 (苍南 2023); 为实现“…粮食产量稳定在800亿斤以上”的目标,
吉林省将稳定增加粮食面积,全省今年计划落实粮食播种面积9000万亩以上 (吉林 2023, both dev). When nothing before a
target dates it (no year earlier in its paragraph, no row deadline, no inherited year), the 今年/全年/年内 of its own
sentence does, if every year mark of the sentence is the plan's own year (a sentence naming 2025年 as well, or a year
gone by, is left as it was).
"""

from __future__ import annotations

from kechuang.extract.targets.years import YearMark


def this_year_after(marks: list[YearMark], k: int, sentence: int, plan_year: int | None) -> int | None:
    """The plan's year when ``marks[k:]`` opens with a mark of ``sentence`` and every mark of that sentence is of the
    plan's own year, else None; ``k``: the index of the first mark after the target."""
    if not plan_year or k >= len(marks) or marks[k].sentence != sentence:
        return None
    for mark in marks[k:]:
        if mark.sentence != sentence:
            break
        if mark.year != plan_year or mark.past or mark.running:
            return None
    return plan_year
