"""A bound set 原则上 ("as a rule") is a policy's standard, not an outcome the plan commits to (spec: policy
parameters are not targets): `单个高标准农田建设项目规模,原则上平原地区不低于3000亩,丘陵山区不低于1000亩。单个项目
涉及的乡镇原则上不超过2个。` (安徽 2023 高标准农田 通知, a mirror with readings) and `每所幼儿园规模原则上不超过
360人。` (福州 2011 学前教育 意见, a news print), both dev (round 34, tprec4). From the clause that holds 原则上 to
the first clause after it with no 原则上 and no bound of its own, a bound (不低于, 不超过, 不少于, 不得超过…) after
it makes the numbers there parameters, unless the sentence states a deadline or a year to come (到2025年, 年底前)
or a commitment word before 原则上 (力争, 确保; not 为确保…, 争取申报), as a goal does (review 5; review 7), or
the words after 原则上 to the run's end name a task or a thing to do (原则上第一年全区应完成的任务量不少于700亩:
奉贤 2024, a year's task; 原则上至少建设一所…中等职业学校: 国务院 2019, a count to build; both dev gold; 提高到, 配备:
review 5), and 原则上 with no bound (原则上每5年修订1次…)
is left alone, and so is a goals section (`一、工作目标` / `…屋顶光伏覆盖率原则上不低于30%`: 上海 2025 粮仓光伏,
dev gold), as achieved_growth.py leaves it."""

from __future__ import annotations

import bisect
import re

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.targets.achieved_growth import outside_goals
from kechuang.extract.targets.common import clean_texts
from kechuang.extract.targets.spans import outside
from kechuang.extract.targets.vocab import vocab
from kechuang.extract.targets.years import may_mark, years

PRINCIPLE_GATE = re.compile(r"原[则則]上")
_PRINCIPLE = re.compile(r"原则上")
_CLAUSE_START = re.compile(r"[,,;;。!!??:：]")
_SENTENCE_END = re.compile(r"[;;。!!??]")
_BOUND = re.compile(r"不(?:得)?(?:低于|超过|少于|小于|高于|大于)")
# Words of a task or a thing to do: the bound is then a commitment's floor or ceiling, as the spec's 不少于N; read
# after 原则上 to its run's end only (review 7 finding 5): 班额控制在合理范围 and 不断提高服务水平 after the run, or
# 配备的保洁员 before 原则上, name no task of the bound; …权重原则上不低于10%,研发投入强度提高到2.5% keeps only 2.5.
_ACTION = re.compile(r"完成|任务|建设|建成|新建|新增|培育|引进|创建|实现|达到|修订|开展|召开|招聘|选派|"
                     r"提高|保持|稳定在|控制在|配备|安排")


def principle_bounds(lines: list[Line], targets: list[Target], plan_year: int | None = None,
                     cued: list[Line] | None = None) -> list[Target]:
    """``targets`` without those of a clause run that 原则上 bounds as a standard, outside a goals section. One pass
    over the lines; the clause and sentence bounds are found once a line and looked up by bisection. A sentence
    with a deadline or a year to come (到2025年, 年底前), or a commitment word before 原则上 (力争, 确保),
    states goals, and is kept; the run ends at the first clause with no 原则上 and no bound of its own (review 5,
    findings 1 and 8); action words count only after 原则上 within the run (review 7, finding 5). ``cued``: the lines
    that hold 原则上, if already found (targets/cue_lines.py)."""
    if not targets or not (cued if cued is not None else any(PRINCIPLE_GATE.search(line.text) for line in lines)):
        return targets  # most documents print no 原则上: the goals sections are not looked for
    spans = []
    if cued is None:
        read = clean_texts(outside_goals(lines, plan_year), PRINCIPLE_GATE)
    else:
        held = {id(line) for line in cued}
        read = clean_texts([line for line in outside_goals(lines, plan_year) if id(line) in held], None)
    for text, printed in read:
        if "原则上" not in text:
            continue
        cuts = [c.end() for c in _CLAUSE_START.finditer(text)]  # where each clause starts, after its mark
        ends = [c.end() for c in _SENTENCE_END.finditer(text)]
        actions = [a.start() for a in _ACTION.finditer(text)]
        dated: dict[int, bool] = {}  # whether each sentence read states a year to come: read once, however many 原则上
        last_end = -1
        for m in _PRINCIPLE.finditer(text):
            if m.start() < last_end:
                continue  # a second 原则上 in a run already read
            k = bisect.bisect_right(cuts, m.start())
            start = cuts[k - 1] if k else 0
            e = bisect.bisect_right(ends, m.start())
            sentence_start = ends[e - 1] if e else 0
            sentence_end = ends[e] if e < len(ends) else len(text)
            end = cuts[k] if k < len(cuts) else len(text)  # the clause of 原则上 …
            while end < sentence_end:  # … and each next clause with a 原则上 or a bound of its own
                nxt = cuts[bisect.bisect_right(cuts, end)] if bisect.bisect_right(cuts, end) < len(cuts) else len(text)
                clause = text[end:nxt]
                if "原则上" not in clause and not _BOUND.search(clause):
                    break
                end = nxt
            last_end = end
            a = bisect.bisect_left(actions, m.end())
            if not _BOUND.search(text, m.end(), end) or (a < len(actions) and actions[a] < end):
                continue  # a thing to do after 原则上 in its own run (review 7 finding 5: not to the sentence's end)
            if e not in dated:
                dated[e] = _dated(text[sentence_start:sentence_end], plan_year)
            if dated[e] or _committed(text[sentence_start:m.start()]):
                continue  # 到2025年,…原则上不低于52万亩; 确保…原则上不低于10%: a goal
            spans.append(printed(start, end))
    return outside(targets, spans)


def _committed(before: str) -> bool:
    """Whether ``before`` (the sentence up to 原则上) holds a commitment word that governs it: not a purpose clause's
    (为确保工程质量,…) nor 争取申报 (applying for), review 7 finding 5."""
    return any(not (before[max(0, c.start() - 1):c.start()] == "为" or before.startswith("争取申报", c.start()))
               for c in vocab().commitment.finditer(before))


def _dated(sentence: str, plan_year: int | None) -> bool:
    """Whether ``sentence`` states a deadline or a year to come (到2025年, 2026年底前, 年内), not a run of years."""
    return may_mark(sentence, plan_year) and any(not m.past and not m.running
                                                 for m in years(sentence, 0, 0, plan_year))
