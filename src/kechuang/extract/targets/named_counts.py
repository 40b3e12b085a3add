"""A count verb, then the name of what the count belongs to, then the count (cand39):
  12。完成二环路4个立交桥区示范公园… (成都 2021 民生实事),
  在12月底前完成工业园区冷轧标准化厂房项目196.94亩闲置土地处置工作 (师宗 2022 批而未供和闲置土地处置) — both dev.
``placed.py`` reads the verb across a place's name (区, 县, 村… endings); the name may as well be a road or a project,
and the verb still counts the thing after the number. The verb is known by its position (a count verb, then a name of
two to eighteen characters, right before the value), and the sentence must commit: the verb opens its item (an order
given), a deadline of a month (9月底前), a plan's cue (``commitment.COUNT_CUE``), or a goals section or a goal year
leads the paragraph. Targets read before it do not commit it (a year's review is full of them).
What stays unread: a scope, a means, a time or a report in the name (全县, 各, 涉及, 围绕, 年内, 已, 了…), names
listed with 、 before a count of things (建成金闽小学、永南中学2所新校: the names are counted), the size of a project
(实施崇明岛57公里原水管线复线项目), a place's name, or a thing named like one (园区, 示范区), before a count of its
parts (玉树州9个…乡; 建设园区3个标准化厂房: review 6), a tier of places after it, a noun opening with a conjunction
or a number, a count of the plan's own parts (…项工作), and shares or amounts (100%工程量 counts no things).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kechuang.extract.place_names import PLACE_ENDINGS
from kechuang.extract.rules import load_rules
from kechuang.extract.targets.commitment import COUNT_CUE
from kechuang.extract.targets.goal_counts import SCOPE_WORDS
from kechuang.extract.targets.plan_verbs import CUE_REACH, cued
from kechuang.extract.targets.vocab import alt, vocab

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

_REACH = 24  # the verb and the name: at most this many characters before the value
# a scope, a means, a time or a report inside the name: the things the work reaches or uses (全县, 各, 本, 该, 涉及,
# 围绕…), when it is done (完成年内67万亩…: 吉林市 2025 农业农村, dev)
_NOT_NAME = re.compile(rf"[全本][市县縣区區省镇鎮乡鄉州旗国]|[各该該已了约共等每的第]|既有|"
                       rf"年内|年底|年末|今年|明年|全年|当年|期间|以上|以下|{SCOPE_WORDS}")
# a tier of places counted after the name (完成城区12个乡镇…): the scope, not the things made
_TIER = re.compile(r"(?:乡镇|鄉鎮|镇街|街道|社区|社區|行政村|村|片区|县|縣|市|区|區)(?:[,，、;；。和及与]|$)")
# the plan's own parts counted (16项具体工作举措: goal_counts.py)
_PARTS = re.compile(r"举措|措施|内容|方面|部分|指标|任务|工作|要点|原则|阶段")
# the name's last character: a conjunction, or a place's ending (placed.py reads a place; 玉树州9个…乡: a scope), and
# a thing named like a place (园区, 景区, 小区, 示范区, 试验区: 建设园区3个标准化厂房 counts the parts of a place, which
# review 6 leaves unread: test_target_rev6.py, test_target_lists.py)
_NOT_LAST = frozenset("和及与或、" + PLACE_ENDINGS + "縣鄉鎮區国村")  # (traditional forms: names keep the page's print)
_MARKS = " \t\n0123456789.、。,，;；:：()（）"  # an item's number and marks before its verb
# 196.94亩闲置土地处置工作 → 闲置土地处置: the work, not its task
_WORK_TAIL = re.compile(r"(?:任务量|任务|工作)$")
_DEADLINE = re.compile(r"\d{1,2}月(?:底|末|份)?(?:之)?前")  # 在9月底前完成…: a deadline commits the sentence


@cache
def _named() -> re.Pattern[str]:
    verbs = load_rules("targets")["count_verbs"]
    return re.compile(rf"(?:{alt(verbs)})(?P<name>[\u4e00-\u9fff、]{{2,18}})$")


def named_count(para: Paragraph, sentence: int, pos: int, counted: str, unit: str | None,
                noun: str) -> re.Match[str] | None:
    """The count verb before a name that ends ``counted`` (the words before the value at ``pos``) when the count
    counts ``noun`` after it in a committed sentence, else None (the match starts at the verb)."""
    v = vocab()  # the units of things, people and areas a named count counts (no share, no amount of money)
    if not unit or not (unit in v.open_units or unit in v.area_units) or len(counted) < 4:
        return None
    if len(noun) < 2 or noun[0] in "及和与或的等以为、" or any(c.isdigit() for c in noun[:8]) \
            or _TIER.match(noun) or (unit not in v.area_units and _PARTS.search(noun, 0, 8)) \
            or v.count_verb_start.match(noun):
        return None
    m = _named().search(counted, max(0, len(counted) - _REACH))
    if m is None or _NOT_NAME.search(name := m.group("name")) or name[0] == "、" or name[-1] in _NOT_LAST:
        return None
    area = unit in v.area_units
    if ("、" in name and not area) or (area and noun.rstrip().endswith(("项目", "工程"))):
        return None  # 建成金闽小学、永南中学2所新校: the names listed are counted; 崇明岛57公里原水管线复线项目: a size
    if not counted[:m.start()].strip(_MARKS):
        return m  # 12。完成二环路4个…: the verb opens the item, an order given (a report opens with its year, or 已)
    mtext = para.mtext
    s_start = para.sentences[sentence][0]
    if "已" in counted:
        return None  # a report (已累计完成约4180亩整治任务量: 嘉定 2026, dev; the clause's words, not the sentence's)
    if para.in_goals or para.period_end is not None or cued(mtext, s_start, pos, COUNT_CUE) \
            or _DEADLINE.search(mtext, max(s_start, pos - CUE_REACH), pos):
        return m
    return None  # (targets read before it do not commit: a year's review is full of them)


def named_thing(count_verb: re.Match[str] | None, noun: str) -> str | None:
    """The thing a named count counts: the name and the noun after the value (二环路 + 立交桥区示范公园, …厂房项目 +
    闲置土地处置), the noun ending before 及 and another thing (…示范公园及东西城市轴线…建设) and without the word
    of its task (任务, 工作); None for a count another reading took."""
    if count_verb is None or count_verb.re is not _named():
        return None
    thing = _WORK_TAIL.sub("", noun.split("及", 1)[0]) or noun
    return count_verb.group("name") + thing
