"""The words of responsibility tails: the role words keywords and table columns share (牵头单位, a column 协同单位),
the nouns they name units with, and the verbs that close a clause of units (X牵头, Y、Z配合)."""

from __future__ import annotations

import re

from kechuang.extract.label_words import QUALIFIERS, ROLE_FIELD, ROLE_NOUNS, ROLE_WORDS

__all__ = ["KEYWORDS", "MANNER", "ROLE_FIELD", "ROLE_NOUN", "ROLE_NOUNS", "ROLE_WORDS", "VERB_ROLES", "has_keyword",
           "keyword_marks", "listed_verb", "verb_role"]

# The role vocabulary and the grammar of a label (qualifier, role word, link word, noun) live in label_words.
ROLE_NOUN = re.compile(ROLE_NOUNS)  # in every keyword and tail field: text without one holds neither (a gate)
# A qualifier before the keyword is no unit (牽頭單位:市教育局;共同責任單位:…, 連云港 2021); a field may name its
# units with two nouns, the second in brackets (牵头单位(部门):…, asg29): the bracket is part of the label.
KEYWORDS = re.compile(
    rf"(?:{'|'.join(QUALIFIERS)})?({ROLE_FIELD})(?:[((](?:{ROLE_NOUNS})[))])?\s*[::]")  # matched on simplified text
# KEYWORDS opens with an optional qualifier, so `re` tries it at every position of a text; its field opens with a
# role word, whose first characters `re` skips to. The same keywords are found by searching the field and matching
# KEYWORDS whole from its qualifier (共同/主要/具体/市级… just before it): no field opens with 同, 要, 体 or 级, and a
# keyword ends with its colon, so a qualifier never overlaps the keyword before it
# (tests/extract/test_speed32_spd41.py).
_FIELD = re.compile(rf"({ROLE_FIELD})(?:[((](?:{ROLE_NOUNS})[))])?\s*[::]")
# A level before the keyword qualifies it too (省级责任单位:…;市级责任单位:…, asg57's variants: 市级 was read as a
# unit).
_QUALIFIERS = frozenset(QUALIFIERS)


# How units take a task on, between their names and the verb (…,市级各有关部门按职责分工负责; …,乡镇人民政府按职责
# 分工分别负责, 西平 2020, dev, http://xiping.gov.cn/portal/zwgk/zfwj/xzb/xzbelel/webinfo/2020/09/1606553978297842.htm):
# no part of a name. A place's own share (各乡镇按属地负责, asg57's variant of 西平's tail) is a manner too. One pattern
# for the three readers that drop it (a verb tail's clause, a keyworded list's last name, a table's verb cell: review
# 42 found 按属地 in one of three).
MANNER = r"按照?(?:各自)?职[责能](?:分工)?|按分工|依职责|按属地(?:原则|管理)?"


def _whole(text: str, field: re.Match[str]) -> re.Match[str]:
    at = field.start()
    m = KEYWORDS.match(text, at - 2) if at >= 2 and text[at - 2:at] in _QUALIFIERS else None
    return m or KEYWORDS.match(text, at)  # type: ignore[return-value]


def has_keyword(text: str) -> bool:
    """Whether KEYWORDS.search(text) finds a keyword."""
    return _FIELD.search(text) is not None


def keyword_marks(text: str) -> list[re.Match[str]]:
    """list(KEYWORDS.finditer(text)), the same matches."""
    marks: list[re.Match[str]] = []
    field = _FIELD.search(text)
    while field:
        marks.append(_whole(text, field))
        field = _FIELD.search(text, marks[-1].end())
    return marks
# 组织落实 / 组织配合: the units that organise carrying a task out answer for it, those that organise their help
# cooperate; 组织 is no part of the name (whole49: 上海 2023 燃气 实施方案 of the 安委会,
# `(…牵头负责,各区政府组织落实)`, `(…,市民政局按职责组织配合)`, https://www.shanghai.gov.cn/zhengce/detail?businessId=877de679021749a188d636599e1a07ef
# &siteId=0037; the 市场监管局's, `;区市场监管局组织落实。`, https://www.shanghai.gov.cn/zhengce/detail?businessId=
# 2c984a728b800c24018b8447a8151489&siteId=0019)
VERB_ROLES = (
              # 负责组织实施 / 牵头组织实施 close a clause with the role of 负责 / 牵头 (review 42: the longer ending is
              # tried first, else 组织实施 left `县委组织部负责` as a name)
              ("负责组织实施", "responsible"), ("牵头组织实施", "lead"),
              ("组织落实", "responsible"), ("组织配合", "cooperating"),
              ("牵头负责", "lead"), ("牵头落实", "lead"), ("牵头实施", "lead"), ("牵头推进", "lead"),
              ("总牵头", "lead"), ("牵头", "lead"),
              ("负责落实", "responsible"), ("负责实施", "responsible"), ("配合落实", "cooperating"),
              # the units that carry a task out answer for it (…,各乡镇政府具体实施; 具体负责; 负责组织实施: asg57's
              # variants of 官渡's and 湖口 2024's tails): 具体 and 组织 are no part of the name
              ("具体负责", "responsible"), ("具体落实", "responsible"), ("具体实施", "responsible"),
              ("组织实施", "responsible"),
              ("负责", "responsible"), ("配合", "cooperating"), ("协助", "cooperating"), ("参与", "cooperating"),
              ("参加", "cooperating"),  # as 参与 (金乡 2021 乡村振兴: …等有关部门参加, 淮安 2022: Y、Z等参与)
              ("协办", "cooperating"), ("落实", "responsible"),
              # the verbs of the keywords 主办单位 / 承办单位: (省财政厅主办,省国税局、地税局协办)
              ("主办", "lead"), ("承办", "responsible"),
              # a ministry that guides the task (State Council 2018: (生态环境部指导,试点城市政府负责落实), a table's
              # 指导部门 column) answers for it
              ("指导", "responsible"))


_VERB_ENDINGS = tuple(verb for verb, _ in VERB_ROLES)  # one test for a clause no verb closes (most)
# the verbs' last characters: a clause that ends with none of them (most) is told by one look-up, not thirty endswith
_VERB_LAST = frozenset(verb[-1] for verb in _VERB_ENDINGS)


def verb_role(clause: str) -> tuple[str | None, str]:
    """The role a clause's closing verb gives (X牵头 → lead) and the clause without it."""
    if clause[-1:] not in _VERB_LAST or not clause.endswith(_VERB_ENDINGS):
        return None, clause
    for verb, r in VERB_ROLES:
        if clause.endswith(verb):
            return r, clause[: -len(verb)]
    return None, clause


# A verb closing a name in a keyworded list gives the names before it (joined by 、) their role: 牵头 and
# 配合 (海曙 2023 `责任单位:经济投资局和航空口岸局分别牵头、区发改局`, 浙江 2024 `责任单位:省政府办公厅、
# 省财政厅牵头,省商务厅…`), and 参加 / 落实 as well (金乡 2021 乡村振兴 `责任单位:县扶贫开发办牵头,
# 县教育和体育局、…、县医疗保障局等有关部门参加,各镇街落实`). 负责 and 落实 keep the field's own role (None
# here): the units that carry a task out answer for it, after a lead too.
# 指导 as well (各区政府,市住房城乡建设管理委指导: asg57's variant of 上海 2023 燃气's tails; 指导 answers as
# VERB_ROLES says).
_LISTED_VERBS = ("牵头", "配合", "参加", "参与", "协助", "负责落实", "负责", "落实", "指导")
_LISTED_VERB = re.compile(rf"(?:分别|共同)?({'|'.join(_LISTED_VERBS)})$")
_LISTED_LAST = frozenset(verb[-1] for verb in _LISTED_VERBS)  # a name no verb closes is not searched (spd29)
_LISTED_ROLES = {"牵头": "lead", "配合": "cooperating", "参加": "cooperating", "参与": "cooperating",
                 "协助": "cooperating"}


def listed_verb(name: str) -> tuple[str | None, int] | None:
    """(role, where the verb starts) of a verb closing a name of a keyworded list, the role None for the field's own;
    None when no verb closes it (or the verb is the whole name)."""
    if (name[-2:-1] if name.endswith("\n") else name[-1:]) not in _LISTED_LAST:
        return None  # (``$`` stands at the end or before a closing line break)
    m = _LISTED_VERB.search(name)
    if not m or m.start() < 2:
        return None
    return _LISTED_ROLES.get(m.group(1)), m.start()
