"""Values that a paragraph reads as no target, by the text around them in their sentence (round 41).

- History: a sum over a period up to now, or a count as of a date in a page with no plan year (since.py).
- A threshold inside the indicator of the value after it: a value followed in its clause by `…的…达到 N` qualifies the
  set that N counts (`每周参加1次及以上体育锻炼的人数达到53%以上`, 菏泽 2016 全民健身 news, dev;
  `培育“1525工程”园区销售收入超过100亿元的达到20个`, 四川 2010 产业园区 news, dev): the 1次 and the
  100亿元 are no targets of their own.
- A breakdown of history: a sentence opening with 其中 after a sentence of progress or a past count
  (`截至2019年底,全省共改造卫生厕所796.22万座…。其中,24个一类县累计完成…`, 河北 2019 review;
  `预计到年末,…养殖数量可增加10万头以上。其中,农安城开园区建成投产,饲养量达到5.1万头`, 长春 2023 肉牛 news; both dev)
  breaks down what was done or is estimated. A 其中 sentence with a commitment of its own (到2025年, 2025年前, 力争)
  stays a goal, and a sentence before it that states a plan (计划, 力争, 目标) is no report to break down, though
  同比 reads as one (review 12, findings 3 and 4).
- The document's own parts (round 61, own_parts.py): `出台新一轮20项民心工程`, `20个大项、42个子项`.
- A programme's yearly budget in a report of its progress (budget_progress.py):
  `年度计划投资24.26亿元。1至7月,累计完成投资…`.
- A place's facts (place_facts.py): `国土面积为1.97万平方公里`, `境内黄河干流长度1694公里`.
- Shares of a plan reported done (plan_shares.py): `分别完成年度计划的116.24%、100.06%`, `占任务1000户的24%`.
- A place's profile (profiles.py): `青海是…生态安全屏障,境内黄河干流长度1694公里,…`, in a sentence that commits to
  nothing; a norm (norms.py): `光伏组件初始效率不应低于21%`, `生均用地面積應不小于15㎡`, likewise.
- A value inside a base clause (base_clauses.py): `在9个小区试点…的基础上`, `…达到12000元的基础上`.
- The count a published recognition names (recognitions.py): `此次認定的…等238家`, `…等387家企业入选`, with no
  commitment before it in its sentence.
- The sum of one tier of a schedule (tiers.py, spur39): `一等獎15萬元;二等獎10萬元`, `一级5元/平方米`.
- A plant's capacity in a project's name (sized.py, spur39): `昶辉生物100吨辅酶Q10项目`, `300萬噸選礦廠`.
- The size of an age group of the population (age_groups.py, invented47): `老年人口总数将超过2亿`,
  `60岁及以上人口占全市人口比重将突破20%`.
"""

from __future__ import annotations

import re

from kechuang.extract.rules import cached_per_document
from kechuang.extract.targets.age_groups import age_group_size
from kechuang.extract.targets.base_clauses import in_base
from kechuang.extract.targets.budget_progress import programme_budget
from kechuang.extract.targets.commitment import SENTENCE_COMMITS
from kechuang.extract.targets.norms import under_norm
from kechuang.extract.targets.own_parts import own_part
from kechuang.extract.targets.place_facts import place_fact
from kechuang.extract.targets.plan_shares import plan_share
from kechuang.extract.targets.profiles import in_profile
from kechuang.extract.targets.recognitions import recognised
from kechuang.extract.targets.since import past_count
from kechuang.extract.targets.sized import capacity_named
from kechuang.extract.targets.tiers import tier_sum

# the rest of the clause after a value: a few characters, 的, the set's noun, a verb of reaching and a number
_QUALIFIES = re.compile(r"[^\d,，;；。、的]{0,14}的[^\d,，;；。、]{0,8}?(?:达到|达|提高到|不低于|超过|保持在)\s*\d")


def threshold_inside(sentence: str, end: int) -> bool:
    """Whether the value ending at ``end`` of ``sentence`` qualifies the set counted by the value after it."""
    return "的" in sentence[end:end + 16] and _QUALIFIES.match(sentence, end) is not None



@cached_per_document(64)
def _commits_at(sentence: str) -> int:
    """Where the first word of a commitment of ``sentence`` starts (len + 1 when none), once per sentence: a
    commitment of the 其中 sentence's own, or a plan in the sentence before it (commitment.SENTENCE_COMMITS; 预计
    stays an estimate: a report)."""
    found = SENTENCE_COMMITS.search(sentence)
    return found.start() if found else len(sentence) + 1


def not_target(para, k: int, at: int, end: int) -> bool:
    """Whether the value at [at, end) of ``para``'s sentence ``k`` is no target: history, a breakdown of history (a
    sentence opening with 其中 after a report or a past count), or a threshold inside an indicator."""
    sentence, plan_year = para.sentences[k][1], para.plan_year
    goal_year = para.period_end
    if past_count(sentence, at, plan_year, goal_year, para.in_goals) or threshold_inside(sentence, end) \
            or own_part(sentence, at) or plan_share(sentence, at) or programme_budget(para.sentences, k, at) \
            or place_fact(sentence, at, para.in_goals or para.inherited is not None) or in_base(sentence, at) \
            or tier_sum(sentence, at) or capacity_named(sentence, at) or age_group_size(sentence, at):
        return True
    # (a goals section commits for its sentences: there a profile's or a norm's figure is a goal)
    if not para.in_goals and (in_profile(sentence, at) or under_norm(sentence, at)) \
            and _commits_at(sentence) > len(sentence):
        return True
    if recognised(sentence, at) and _commits_at(sentence) > at:
        return True
    if k and sentence[:8].lstrip().startswith("其中") and _commits_at(sentence) >= at:
        before = para.sentences[k - 1][1]
        return (para.reports(k - 1) and _commits_at(before) > len(before)) \
            or past_count(before, len(before) - 1, plan_year, goal_year, para.in_goals)
    return False
