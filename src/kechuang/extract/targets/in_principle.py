"""A bound set 原则上 ("as a rule") is a policy's standard, not an outcome the plan commits to (spec: policy
parameters are not targets): `单个高标准农田建设项目规模,原则上平原地区不低于3000亩,丘陵山区不低于1000亩。单个项目
涉及的乡镇原则上不超过2个。` (安徽 2023 高标准农田 通知, a mirror with readings) and `每所幼儿园规模原则上不超过
360人。` (福州 2011 学前教育 意见, a news print), both dev (round 34, tprec4). From the clause that holds 原则上 to
the end of its sentence, a bound (不低于, 不超过, 不少于, 不小于, 不得超过…) after it makes the numbers there
parameters, unless the words name a task or a thing to do (原则上第一年全区应完成的任务量不少于700亩: 奉贤 2024, a
year's task; 原则上至少建设一所…中等职业学校: 国务院 2019, a count to build; both dev gold), and 原则上 with no
bound (原则上每5年修订1次…) is left alone, and so is a goals section (`一、工作目标` / `…屋顶光伏覆盖率原则上不低于
30%`: 上海 2025 粮仓光伏, dev gold), as achieved_growth.py leaves it."""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.targets.achieved_growth import outside_goals
from kechuang.extract.targets.common import clean_texts
from kechuang.extract.targets.spans import outside

_MAY = re.compile(r"原[则則]上")
_PRINCIPLE = re.compile(r"原则上")
_CLAUSE_START = re.compile(r"[,,;;。!!??:：]")
_SENTENCE_END = re.compile(r"[;;。!!??]")
_BOUND = re.compile(r"不(?:得)?(?:低于|超过|少于|小于|高于|大于)")
# Words of a task or a thing to do: the bound is then a commitment's floor or ceiling, as the spec's 不少于N.
_ACTION = re.compile(r"完成|任务|建设|建成|新建|新增|培育|引进|创建|实现|达到|修订|开展|召开|招聘|选派")


def principle_bounds(lines: list[Line], targets: list[Target], plan_year: int | None = None) -> list[Target]:
    """``targets`` without those of a clause run that 原则上 bounds as a standard, outside a goals section. One pass
    over the lines; each 原则上 looks back to its clause's start and on to its sentence's end once."""
    if not targets or not any(_MAY.search(line.text) for line in lines):
        return targets  # most documents print no 原则上: the goals sections are not looked for
    spans = []
    for text, printed in clean_texts(outside_goals(lines, plan_year), _MAY):
        last_end = -1
        for m in _PRINCIPLE.finditer(text):
            if m.start() < last_end:
                continue  # a second 原则上 in a run already read
            start = max((c.end() for c in _CLAUSE_START.finditer(text, max(0, m.start() - 40), m.start())),
                        default=max(0, m.start() - 40))
            end_m = _SENTENCE_END.search(text, m.end())
            end = end_m.end() if end_m else len(text)
            last_end = end
            run = text[start:end]
            if _BOUND.search(text, m.end(), end) and not _ACTION.search(run):
                spans.append(printed(start, end))
    return outside(targets, spans)
