"""去年 names the year before the plan's own: a past year, which governs no target (spec: "Past years never govern
(they are baselines)"), so a number after it in its paragraph is history, as after a stated past year (2023年,…).
`去年,百万吨乙烯等一批石化新材料项目密集投产,新增产值260亿元。…新增科技型中小企业594家` (海南 2024 政府工作报告, a news
print of the report's review) and `…负责,去年国内生产总值增长6.7%` (国务院 2017 on the 2016 report's figures), both dev
(round 34, tprec4). A comparison with last year is a base, not a date: `比去年增长`, `较去年同期提高4.8个百分点`,
`与去年相比`, `在去年基础上`, `高于去年水平` mark nothing; the relative years the rules already read (今年, 本年度,
全年, 当年) are this year's."""

from __future__ import annotations

import re

from kechuang.extract.targets.commitment import PLEDGE

# 去年 not after a word of comparison (比/较/与/同/于/超/是/为/在, 和/跟, 对标) nor of a start (自/从) nor of a
# thing carried on (巩固/保持), nor before a base (同期, 基础, 水平) or a start (起, 以来, 开始): 从去年起,力争
# 每年新增…; 巩固去年成果,力争… (review 5, finding 3)
_LAST_YEAR = re.compile(r"(?<![比较較与與同于於超是为為在和跟自从從])(?<!对标)(?<!對標)(?<!巩固)(?<!鞏固)(?<!保持)"
                        r"去年(?!同期|的?基础|的?基礎|的?水平|同比|起|以来|以來|开始|開始)")
# A goal's words before 去年 in its sentence (今年主要预期目标是:…;去年未完成的指标要加力补齐,新增…20家): the sentence
# states this year's goals, and 去年 there is a reference, not a date.
_GOAL_BEFORE = re.compile(f"今年|全年|本年|{PLEDGE}|目标")


def last_year_marks(text: str, plan_year: int | None) -> list[tuple[int, int]]:
    """(position, year) of each 去年 of ``text`` (one sentence) that dates what follows: the year before
    ``plan_year``. paragraph.py ends its reach at the next sentence of a goal (力争, 确保, 今年, 全年)."""
    if not plan_year or "去年" not in text:
        return []
    goal = _GOAL_BEFORE.search(text)
    limit = goal.start() if goal else len(text)
    return [(m.start(), plan_year - 1) for m in _LAST_YEAR.finditer(text, 0, limit)]
