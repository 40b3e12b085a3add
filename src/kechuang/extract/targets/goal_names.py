"""Goal words that name a thing or a goal reached, not a goal to come, in a text weighed as a whole (round 65).

report_tense.py weighs a text's report cues against its goals' cues. A review prints the goal words in two shapes that
state no goal of its own, and one such word outweighs half of its report cues:

- a name: 未来产业 (an industry, 培育和催生未来产业20家骨干企业), a programme's projects or a programme
  (国家、省各类科技计划项目40余项, 入围国家创新任务项目数量, 国家重点研发计划和国家自然科学基金共立项7项,
  全年立项实施省级科技计划项目1351项);
- a goal reached: 完成 or 实现 before 目标, 计划 or 预期 in the same clause (实现重点企业“应有尽有”的目标,
  经济总量首次突破140万亿元大关,圆满完成预期目标, 完成年度计划的114%), as report_tense reads 超额完成省定任务;
  not a goal to come, the verb after 确保, 力争, 努力, 争取, 为, 将 (确保完成全年主要预期目标, 为实现上述目标:
  review 29).
- an estimate of a review (round 70): 预计 before 全年, 实现 or 可 estimates the outcome of the year under review
  (预计全年地区生产总值增长7.8%左右, 预计实现地区生产总值800亿元以上, 预计可增加学位60480个); 预计到2025年… of a plan
  stays a goal. On dev (without trec24's batch) 预计 so stands on 21 passages of 17 pages; one holds a gold target,
  stated by its own goal's word (预计可超额完成年度任务,冲刺3000亿元的奋斗目标: 湖北 2023 软件业).

report_reach.py asks the same of a goal's cue that ends a report's reach (截至目前,…。…完成阶段目标任务的100%,
…共扶持创业206人: a 十件实事 progress notice). On dev: 12 spurious targets of 3 pages dropped (黑龙江 2025 工信
meeting news, 红桥 “十五五” 科技 plan's review, a city's 十件实事 notice), no gold target lost. The test is a literal
one at the cue's place and a bounded look back within the clause (no unbounded quantifier)."""

from __future__ import annotations

import re

from kechuang.extract.targets.commitment import PLEDGE

# a clause before the cue that opens with a verb of a goal reached (完成, 实现, 圆满完成): at most 16 characters back
_REACHED = re.compile(r"(?:完成|实现)[^,，。;；:：!！?？\n]{0,16}$")
# …unless a word of a goal to come stands right before the verb: 确保完成全年主要预期目标 (the goals' heading of
# 重点工作分解 of 安徽, 滁州 and 六安, 2020–2021), 为实现上述目标, 努力实现全年…的目标, 确保完成工业节能目标 (review 29)
_TO_COME = re.compile(f"(?:{PLEDGE}|努力|为了?|将)$")
# the programmes whose name holds 计划 (科技计划, 研发计划): the word before 计划
_PROGRAMMES = ("科技", "研发")
# 预计 as a review's estimate of the outcome (round 70): 预计全年地区生产总值增长7.8%左右 (思明 2020 and 江岸 2025 work
# reports, 贵州 2025 工业 news), 预计实现地区生产总值800亿元以上 (赣榆 2025), 预计可增加学位60480个 (湘 2023 民生实事
# results), 预计可完成 (福建 “十四五” mid-term review); a plan's 预计到2025年… (平罗 2022 工业), 预计2021年12月份完成
# (a schedule) go on as goals, and so does 预计完成: 今年预计完成10万名农牧民培训任务 is a plan's (西藏 2020, gold)
_ESTIMATE = re.compile(r"全年|实现|可")
_PROJECTS = frozenset(("计划", "任务"))
_REACHED_WORDS = frozenset(("目标", "计划", "预期"))


def named_goal(text: str, at: int, cue: str) -> bool:
    """Whether the goal's word ``cue`` at ``at`` in ``text`` (simplified) is a name or a goal reached."""
    if cue == "未来":
        return text.startswith("产业", at + 2)
    if cue in _PROJECTS and text.startswith("项目", at + 2):
        return True  # 科技计划项目, 国家创新任务项目: a programme's projects
    if cue == "计划" and text[max(0, at - 2):at] in _PROGRAMMES:
        return True
    if cue == "预计" and _ESTIMATE.match(text, at + 2) is not None:
        return True  # 预计全年…, 预计实现…, 预计可增加…: a review's estimate, no goal
    if cue not in _REACHED_WORDS:
        return False
    m = _REACHED.search(text, max(0, at - 18), at)
    return m is not None and _TO_COME.search(text, max(0, m.start() - 2), m.start()) is None
