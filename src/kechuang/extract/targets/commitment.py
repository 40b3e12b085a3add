"""One reader of commitment: the words with which a sentence commits to something (ref38).

Six rules ask whether a sentence (or the words before a value) commits to an outcome, and each kept its own word list
(review of session 37). They share one base vocabulary here, ``BASE``: 力争, 争取, 确保, 计划, 目标, 将, 预期 and a
goal's date (到2025年, 2025年底前) — a plan's effort, assurance, plan, aim, future and expectation. Each rule's
difference is a named variant below, with why that rule needs it; the rules' own modules and tests cite the dev
documents. 要 is no base word: read in a sentence's own commitment it moves a dev passage (上海 2023, xjjzkzs2023), so
only the readers of the words right before a value (the cues, a count of one) take it. All the texts read are
simplified (``Paragraph.mtext`` and the lines read after ``simplified``), so no variant lists a traditional form.

Guards shared by every variant that holds the word (a word that holds the character and commits to nothing):

- ``PLAN``: 计划, not a report's 年初计划 (按照年初计划…已完工: review 45);
- ``WILL``: 将 as a word of the plan, not in a name (将军乡, 将乐县, 将领);
- ``MUST``: 要 as a word of the plan, not inside a noun or a conjunction (主要, 重要, 纲要, 摘要, 需要, 纪要 — minutes,
  review 46; 只要).

Every pattern is a bounded alternation: a search is linear in what it reads.
"""

from __future__ import annotations

import re

PLAN = r"(?<!年初)计划"
WILL = r"将(?![军乐领])"
MUST = r"(?<![主重纲摘需纪只])要"
# a goal's date: 到2025年, 至 2030 年, 到“十五五”; 2025年底前
GOAL_DATE = r"[到至]\s{0,2}(?:\d{4}\s{0,2}年|[“\"]?十[一二三四五六七]五)|\d{4}\s{0,2}年[底末]?前"
# the pledges: a plan's effort and assurance (力争, 争取, 确保), the part of the base a dozen readers take alone or with
# words of their own (zero, last_year, last_year_reach, project_rolls, rank_words, streaks, years, goal_names, steps,
# change_names, continued_names, baselines, past_leads, common). Three words of different first characters, none a
# prefix of another: where the group stands in an alternation changes no match.
PLEDGE_WORDS = ("力争", "争取", "确保")
PLEDGE = "|".join(PLEDGE_WORDS)
# no pledge just before (naming's total noun, goal_estimates' uncommitted estimate)
NOT_AFTER_PLEDGE = "".join(f"(?<!{word})" for word in PLEDGE_WORDS)
# the base vocabulary: a plan's effort, assurance, plan, aim, future and expectation, and a goal's date
BASE = (*PLEDGE_WORDS, PLAN, "目标", WILL, "预期", GOAL_DATE)


def commitment_words(*more: str, drop: tuple[str, ...] = ()) -> str:
    """``BASE`` but ``drop``, and ``more`` (regex pieces), as one alternation."""
    return "|".join((*(w for w in BASE if w not in drop), *more))


# 1. A plan's cue before a value (plan_verbs.measured_work, goal_counts): a value is read as a goal only with a cue
# within its sentence before it. The cue adds the plan's 要 and this year's work (年内, 今年); it drops 目标, a
# report's word there (目标任务完成情况: review 45).
VALUE_CUE = re.compile(commitment_words(MUST, "年内", "今年", drop=("目标",)))
# goal_counts' stricter cue: nor 要点, 要求, 要素, 要件, where a count is of the plan's own parts (本工作要点共分为…:
# 威县 2023, dev). measured_work keeps 要求 as a cue (a sentence 要求 work of a size), as it did before review 48.
COUNT_CUE = re.compile(commitment_words(MUST + "(?![点求素件])", "年内", "今年", drop=("目标",)))

# 2. A sentence's own commitment (not_targets: a profile, a norm, a recognition or a 其中 breakdown is read as no
# target only in a sentence that commits to nothing, or before its first commitment). 到 and four digits commit
# there with or without 年 (到2025, 提高到2000…).
SENTENCE_COMMITS = re.compile(commitment_words(r"[到至]\s{0,3}\d{4}"))

# 3. A goal's word in a place's facts (place_facts: an area or a population stated as it stands): the base, and
# 突破, an outcome's word that a fact never carries.
PLACE_GOAL = re.compile(commitment_words("突破"))

# 4. A commitment in a part of a roll of projects (roll_parts: a place's share of the roll stops at the first part
# naming one): the base, and a project's course, which a place's name never holds (开工, 建成, 竣工, 完成, 投产, 签约,
# 实施, 新建, 引进, 推进, 在建, 续建, 在库).
ROLL_COMMITTED = re.compile(commitment_words("开工", "建成", "竣工", "完成", "投产", "签约", "实施", "新建", "引进",
                                             "推进", "[在续]建", "在库"))

# 5. A commitment to a count of one (one_counts: 至少召开一次, 要增设一处): a floor comparator, the plan's 要 or a
# base word, then at most a period and a verb (no other numeral, no stop) up to the numeral. The floors (至少, 不少于,
# 不低于) are this reader's own: a once is committed by its floor more often than by a plan's word.
ONCE_COMMITTED = re.compile(rf"(?:至少|不少于|不低于|{MUST}|{commitment_words()})[^\d一两,，。;；、:：]{{0,6}}$")

# 6. A base the plan commits to keep (base_clauses: a value inside 在…的基础上 is a baseline unless the clause
# holds one of these: 在确保185万亩粮播面积的基础上, 在完成177万亩…任务的基础上, 在稳定2个城市…的基础上 — dev
# gold). Effort and assurance from the base, and the verbs of keeping and completing; not the plan's future, aim or
# dates (在2020年…的基础上 is the ground the plan stands on).
BASE_KEPT = re.compile("确保|力争|完成|稳定|保持|守住")
