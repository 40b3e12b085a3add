"""The parts of a count that ``counts.candidate`` asks about: whether the words before it are an open verb, a count
continued from the target before, names that the value counts, a stretch goal, a value in a cell of its own, a share
given to each of several names (各20家) and an increase in percentage points."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kechuang.extract.model import Target
from kechuang.extract.rules import simplified_all
from kechuang.extract.targets.beneficiaries import served
from kechuang.extract.targets.common import clean_indicator
from kechuang.extract.targets.naming import stage_name
from kechuang.extract.targets.point_falls import fallen
from kechuang.extract.targets.vocab import vocab
from kechuang.extract.targets.years import BASE

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph


def ends_with(pattern: re.Pattern[str], text: str, width: int = 12) -> re.Match[str] | None:
    """``pattern`` (anchored with $) searched in the last ``width`` characters only: every verb of the rules
    is shorter, and a search over a whole 120-character window is what made long lines slow."""
    return pattern.search(text, max(0, len(text) - width))



# A list closed by 和/及 right before a value that no count verb precedes (…新创天地、…众创空间、…平台和…创客空间
# 5家众创空间, 金塔 seed): the value counts the names, however many of them ``names_all`` sees (one stands before a
# comma). Only the open-count reading is refused: 引进和推广…100个 keeps its count verb.
LIST_CLOSED = re.compile(r"、[^、,，;；。]+[和及][^、和及,，;；。]+$")


def verb_opens(before: str, unit: str | None, noun: str) -> bool:
    """Whether the two characters before a count are a verb that counts the noun after it, though no count verb
    listed (基本消除45个地质灾害隐患点: 苍南 2017; 组成17个省级、86个市级科技特派团: 辽宁 2009; 抓好600个省级重点产业
    项目: 黑龙江 2013; 选聘100名各类“产业导师”: 贵州 2021): any word that is no scope, subject or place."""
    v = vocab()
    counts = unit in v.open_units or (unit == "万" and bool(v.people.match(noun)))  # 改善9万人口的…
    if served(before, unit, noun):
        return True  # 惠及5027户居民, 提高城区4万户用热居民: the people served (beneficiaries.py)
    return counts and len(noun) >= 2 and bool(v.open_verb.search(before, max(0, len(before) - 3))) \
        and not v.open_scope.search(before)


def continued_from(para: Paragraph, before: str, unit: str | None, sentence: int) -> str | None:
    """培育高新技术企业15家,新增6家; 新增高新技术企业50家,努力实现新增100家: a verb and a count with no noun of its own
    count the thing of the target before it in the sentence (same unit); the indicator is that thing with the verb."""
    verb = ends_with(vocab().count_verb_end, before)
    last = para.targets[-1] if para.targets else None
    if not verb or clean_indicator(before[:verb.start()]) or last is None or last.unit != unit \
            or last.start < para.line.start + para.sentences[sentence][0]:
        return None
    word = verb.group().strip()
    if last.indicator.startswith(word):
        return last.indicator
    return stage_name(word, last.indicator) or word + last.indicator


def names_all(names: str, value: float) -> bool:
    """Whether the list before 等 names ``value`` items: counted by 、 (中和、大弯: a 和 inside a name) or by 、/和/及
    (…30号线一期及轨道交通资阳线). A list names two at least: a clause with no mark is none (招募派遣1万名大学生)."""
    return value >= 2 and value in (names.count("、") + 1, len(re.split("[、和及]", names)))


def stretched(para: Paragraph, sentence: int, unit: str | None) -> Target | None:
    """The target a nameless 力争达到N after a list mark stretches: the last one of this sentence, of the same unit
    (地区生产总值增长7%以上、力争达到8%)."""
    last = para.targets[-1] if para.targets else None
    if last is None or last.unit != unit or last.start < para.line.start + para.sentences[sentence][0]:
        return None
    return last


# A cell that is a value (6亿吨, 61.5%, 2.5, 5.5万元/人): a number and at most a unit's few characters.
_VALUE_CELL = re.compile(r"[\d.,]+\s*[^\d\s|]{0,6}")


def cell_before(before: str) -> str:
    """The indicator of a value in a cell of its own: the cell before it (全年培育指导高新技术企业数量 | 15家以上)."""
    text = before.rstrip(" ≥>≤<")
    if not text.endswith("|"):
        return ""
    cell = text[:-1].rstrip()
    cell = cell[cell.rfind("|") + 1:].strip(" ≥>≤<")
    if _VALUE_CELL.fullmatch(cell):
        return ""  # >6亿吨 | 61.5%: the cell before holds a value of its own, not a name
    return clean_indicator(cell)


def each_target(para: Paragraph, before: str, value, unit, args, cmp, top) -> Target | None:
    """X、Y各N家: one target per name, each with the whole value."""
    v = vocab()
    pos = args[0]
    names = before[:-1]
    lead = v.count_verb_start.match(names)
    if lead:
        names = names[lead.end():]
    start = pos - len(before) + (before.find(names) if names else 0)
    last = None
    for m in re.finditer(r"[^、和及与]+", names):
        last = para.add(m.group(), "level", value, unit, *args, start + m.start(), cmp=cmp, value_max=top) or last
    return last


def increase_target(para: Paragraph, head: str, before: str, value, unit, args, cmp, top) -> Target | None:
    """R&D投入强度比2020年提高2个百分点 → kind increase, unit 个百分点. A count of percentage points is a change
    whether a verb of rising names it or not (超全省平均水平3个百分点: 平昌 2020; the six dev documents whose gold
    counts 个百分点 all read it as an increase)."""
    v = vocab()
    rise = ends_with(v.increase_end, head)
    plain = simplified_all(head)  # 在2020年基礎上: the base read in simplified characters (round 40)
    base = BASE.search(plain if len(plain) == len(head) else head)
    kind = "increase"
    if rise:
        head = head[:rise.start()]
    else:
        head, sign = fallen(head)  # 每年降低0.5个百分点: a fall, −0.5 (point_falls.py)
        if sign < 0 and isinstance(value, (int, float)):
            value, top = -value, (-top if isinstance(top, (int, float)) else top)
    if base:
        head = head[:base.start()] + head[base.end():]
    return para.add(head, kind, value, unit, *args, args[0] - len(before), cmp=cmp, value_max=top,
                    base_year=int(base.group(1)) if base else None)
