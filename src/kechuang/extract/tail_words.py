"""The words of responsibility tails: the role words keywords and table columns share (牵头单位, a column 协同单位),
the nouns they name units with, and the verbs that close a clause of units (X牵头, Y、Z配合)."""

from __future__ import annotations

import re

# The role words of keywords and of a table's columns alike (牵头单位:…, a column 协同单位): one vocabulary, each
# with 单位 or 部门. 协同责任 (滁州 2020 重点工作责任分解) cooperates; 主办/协办 are the verbs' keywords (连江 2021).
ROLE_WORDS = {"牵头责任": "lead", "协同责任": "cooperating", "牵头": "lead", "主责": "lead", "主办": "lead",
              "责任": "responsible", "承办": "responsible", "配合": "cooperating", "协办": "cooperating",
              "协助": "cooperating", "协同": "cooperating", "参与": "cooperating"}
# The nouns a role word names its units with: 单位, 部门, and the sections of a body, 科室 (泗洲头镇 2024)
# and 股室 (略阳 文旅), as a table's column names them (task_tables._UNIT_COLUMN).
ROLE_NOUNS = "单位|部门|科室|股室"
ROLE_FIELD = rf"(?:{'|'.join(ROLE_WORDS)})(?:{ROLE_NOUNS})"  # 牵头单位, 配合部门, 责任科室
ROLE_NOUN = re.compile(ROLE_NOUNS)  # in every keyword and tail field: text without one holds neither (a gate)
KEYWORDS = re.compile(  # a qualifier before the keyword is no unit (牽頭單位:市教育局;共同責任單位:…, 連云港 2021)
    rf"(?:共同|主要)?({ROLE_FIELD})\s*[::]")  # matched on simplified text (rules.simplified)
VERB_ROLES = (("牵头负责", "lead"), ("牵头落实", "lead"), ("牵头实施", "lead"), ("牵头推进", "lead"),
              ("总牵头", "lead"), ("牵头", "lead"),
              ("负责落实", "responsible"), ("负责实施", "responsible"), ("配合落实", "cooperating"),
              ("负责", "responsible"), ("配合", "cooperating"), ("协助", "cooperating"), ("参与", "cooperating"),
              ("协办", "cooperating"), ("落实", "responsible"),
              # the verbs of the keywords 主办单位 / 承办单位: (省财政厅主办,省国税局、地税局协办)
              ("主办", "lead"), ("承办", "responsible"),
              # a ministry that guides the task (State Council 2018: (生态环境部指导,试点城市政府负责落实), a table's
              # 指导部门 column) answers for it
              ("指导", "responsible"))


def verb_role(clause: str) -> tuple[str | None, str]:
    """The role a clause's closing verb gives (X牵头 → lead) and the clause without it."""
    for verb, r in VERB_ROLES:
        if clause.endswith(verb):
            return r, clause[: -len(verb)]
    return None, clause
