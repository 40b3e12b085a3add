"""The words and dates that tell a report from a plan, in one place for the modules that weigh them: report_tense.py
(a whole text's tense), report_reach.py (a report cue's reach over the sentences after it) and bare_reports.py (a
text of facts with no cue). Each module builds its own pattern from these parts and adds its own guards (report_reach's
需 not before 求, report_tense's 任务 and 到2025年…), so a word added here reaches them all (session 27, mend27: the
lists were kept twice).

Every part is a regex fragment with no unbounded quantifier; the word lists are literals, so an alternation of them is
scanned by its first characters."""

from __future__ import annotations

# the words of a goal that both report_tense and report_reach read (passage_mode's, without the verbs of a task):
# literals, none a prefix of another at the same start, so their order changes no match
GOAL_WORDS = ("力争", "确保", "计划", "规划", "预计", "目标", "将", "争取", "拟", "预期", "展望", "下一步", "明年",
              "努力", "不低于", "不少于", "每年", "年均", "今后", "未来", "下阶段", "下一阶段", "下半年", "新的一年",
              "年底前", "年末前")
GOAL = "|".join(GOAL_WORDS)

# the words of a time gone by that both read as a report's cue (以来的 is a qualifier; a part of the year: round 56)
REPORT_WORDS = ("以来(?!的)", "过去", "年来", "去年", "一季度", "二季度", "三季度", "四季度", "上半年")
REPORT = "|".join(REPORT_WORDS)

# a month span (1—5月份, 今年1-9月)
MONTH_SPAN = r"\d{1,2}\s{0,2}[-—~至到]\s{0,2}\d{1,2}\s{0,2}月"
# a four-digit year opening a clause, not a month's date (2024年1-9月, 2024年3月 name a month: no lead)
YEAR = r"(?P<year>\d{4})\s{0,2}年"
NOT_MONTH = r"(?!\s{0,2}\d{1,2}\s{0,2}月)"
# 今年 as a lead of the year's work, not of its part gone by (今年1-9月, 今年上半年, 今年前三季度, 今年以来 report)
THIS_YEAR = rf"今年(?!\s{{0,2}}(?:{MONTH_SPAN}|上半年|前三季度|以来))"
