"""The grammar of a responsibility label (牵头单位, 牵头责任单位, 区级牵头落实单位): the role vocabulary, read as words
and not as a list of compounds. A label is an optional qualifier (主要, 具体, 市级…), a role word that decides the role
(spec, assignments: 牵头 → lead, 配合/协同/协办… → cooperating, 责任 → responsible), an optional link word after it
(责任, 负责, or a verb: 落实, 推进, 实施, 考核…) and a unit noun (单位, 部门, 科室, 股室). The tails' keywords
(``tail_words.KEYWORDS``), a line's label, a heading's label and a table's column read a label by this grammar.

The grammar rests on the compounds of dev documents of different places: a role word before 责任 (牵头责任单位 /
协同责任单位 lines of 安徽 2021 重点工作 分解, http://bbs.tongheshandao.com/archiver/showtopic-13251.aspx, and of
滁州 2020 重点工作责任分解, http://www.chuzhou.gov.cn/public/152523227/567017766.html; the 配合责任单位 column of 青阳
2023 重点工作责任清单, https://www.ahqy.gov.cn/OpennessContent/show/1493481.html), a role word before 负责 (the
牵头负责部门 column of 国办 2016 量化指标任务分工, http://www.chinaacc.com/qtjjfg/hu1604154336.shtml), and a qualifier
before the role word (主要责任单位 lines of 海淀 2026 民生实事, https://zyk.bjhd.gov.cn/zwdt/zcwj/202603/
t20260317_4808657.shtml). In each, the first role word decides and the word after it says no more of the role: the
link slot takes the verbs the tails close their clauses with as well (牵头落实, 牵头推进, 牵头实施: ``VERB_ROLES``),
one slot, so that 牵头落实单位 is read as 牵头单位 is. A word with no role word (推进单位, 考核部门, 实施主体) is no
label here (tests/fixtures/real/LABELS.md). The role words themselves (``ROLE_WORDS``) live in
``kechuang.text.role_words``, which the text's table converter reads too; they are public here as before.
"""

from __future__ import annotations

import re

from kechuang.text.role_words import ROLE_WORDS

# The words a role word may take before its noun: 责任 and 负责 (牵头责任单位, 协同责任单位, 牵头负责部门: dev), and the
# verbs of carrying a task out (牵头落实, 牵头推进, 牵头实施, 责任落实, 牵头考核): one word, the longest first.
LINK_WORDS = ("组织实施", "组织落实", "责任", "负责", "落实", "推进", "实施", "考核", "组织", "协调", "指导")
# The nouns a role word names its units with: 单位, 部门, and the sections of a body, 科室 (泗洲头镇 2024)
# and 股室 (略阳 文旅), as a table's column names them (task_tables._UNIT_COLUMN).
ROLE_NOUNS = "单位|部门|科室|股室"
# A qualifier before the label is no unit (共同責任單位, 連云港 2021; 主要责任单位, 海淀 2026; 省级/市级责任单位, asg57;
# 具体 names the units that carry a task out, as 具体负责 does in the tails' verbs).
QUALIFIERS = ("共同", "主要", "具体", "省级", "市级", "县级", "区级")

_ROLES = "|".join(sorted(ROLE_WORDS, key=lambda w: (-len(w), w)))
LABEL = rf"(?:{_ROLES})(?:{'|'.join(LINK_WORDS)})?"  # 牵头, 牵头责任, 牵头落实: a label's words before its noun
ROLE_FIELD = rf"(?:{LABEL})(?:{ROLE_NOUNS})"  # 牵头单位, 配合部门, 责任科室, 牵头落实单位
LONGEST_LABEL = max(map(len, ROLE_WORDS)) + max(map(len, LINK_WORDS))  # a label's longest words before its noun
_OPENING = re.compile(rf"(?:{'|'.join(QUALIFIERS)})?({_ROLES})")


def label_role(label: str) -> str | None:
    """The role a label's words give (牵头落实单位 → lead, 协同责任 → cooperating, 具体负责部门 → responsible): its
    first role word's, after an optional qualifier; None when no role word opens it."""
    m = _OPENING.match(label)
    return ROLE_WORDS[m.group(1)] if m else None


def field_role(field: str) -> str:
    """The role of a field ``ROLE_FIELD`` matched (it opens with a role word, after an optional qualifier)."""
    role = label_role(field)
    if role is None:
        raise ValueError(f"no role word opens {field!r}")
    return role
