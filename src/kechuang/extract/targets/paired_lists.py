"""A list of names paired with a list of values (round 60, targ60; spec: one target per number in a list, each with
its own indicator). The names are paired with the values in order when they are as many, and nothing is paired when
they are not. Three shapes of it on dev pages:
  煤炭、原油、天然气产量7.8亿吨、2470万吨、350亿方以上                 (陕西 2024 政府工作报告, dev: no 分别, the
                                                                   values of three units, one after the other)
  乘用车(新能源)、太阳能光伏、输变电装备、半导体及集成电路产业链产值分别突破2500亿元、1800亿元、1000亿元和1000亿元
                                                                   (the same page: 及 inside a name, 和 before the
                                                                   last value: the names are split by 、 alone)
  电子信息、新型材料、新能源、绿色食品等重点特色产业产值分别增长35%、15%、20%、16%以上   (宁夏 2021 工业经济, dev:
                                                                   the class after 等 is no name of its own)
The measure the last name ends with (产量, 产值, 产业链产值…) is shared by every name (the gold of these pages:
煤炭产量, 乘用车(新能源)产业链产值, 绿色食品产值); after 等 only the measure word is kept, not the class.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kechuang.extract.targets.vocab import CN_NUM, value_of, vocab

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

# the measure of an industry's output a list of names shares, printed once after its last name; not a measure that
# may be the last name's alone (用水量、能源消耗、二氧化碳排放量分别下降…: 排放量 is 二氧化碳's)
_MEASURE = r"(?:产值|产量|营收|营业收入|主营业务收入|销售收入|增加值)"
_TAIL = re.compile(rf"(?:产业链|产业集群|产业)?{_MEASURE}$")
_MEASURE_END = re.compile(rf"{_MEASURE}$")
# a name that ends with a measure of its own (用水量, 覆盖率, 能源消耗, 成交额; GDP, as 地区生产总值 ends with 值:
# 全市GDP、规上工业增加值 is no 全市GDP增加值, resp48) takes none
_OWN_MEASURE = re.compile(r"(?:量|率|值|额|数|耗|度|重|收入|规模|投资|GDP)$")
# X等Y产值: the names before 等, a class after it (重点特色产业), the measure at its end
_CLASS = re.compile(r"等[^、等]{0,20}$")
# the gap between two values of a list, and a verb of reaching between the names and the first value
_GAP = re.compile(r"\s{0,2}(?:、|和|及)\s{0,2}")
# a gap and what a value opens with (the candidate's own lookahead): a clause with none holds no run of two values, so
# the candidate search over it is skipped (most clauses that list names list one value; same runs)
_JOINED = re.compile(rf"[、和及]\s{{0,2}}[\d{CN_NUM}半]")
_VERB = re.compile(r"(?:达到|达|突破|超过|超)?\s{0,2}$")
_NAMES = re.compile(r"[^、]+")
_NOTE = re.compile(r"[（(][^（）()]{0,30}[）)]")
_DIGIT = re.compile(r"\d")
# what may follow the run: spaces and the stop of a sentence the run closes (…350亿方以上。)
_STOPS = " \t\r\n\u3000。;；!！?？"


def shared_measure(names: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The names, each given the measure the last one closes on (煤炭、原油、天然气产量 → 煤炭产量, 原油产量,
    天然气产量); a last name ``X等Y产值`` gives X产值. Names that end with a measure of their own keep theirs."""
    if len(names) < 2 or len({name for name, _ in names}) != len(names):
        return names
    last, last_at = names[-1]
    classed = _CLASS.search(last)
    tail = _MEASURE_END.search(last) if classed else _TAIL.search(last)
    if tail is None or tail.start() < 2:
        return names
    if classed:
        names = [*names[:-1], (last[:classed.start()] + tail.group(), last_at)]
    # the last name, and any that states a shared measure itself (企业营收、园区营收), keeps its own: 营收 ends with no
    # measure word of _OWN_MEASURE, and was appended again (园区营收营收: review 47, N4; resp48)
    return [(name if _OWN_MEASURE.search(name) or _MEASURE_END.search(name) else name + tail.group(), at)
            for name, at in names[:-1]] + [names[-1]]


def listed_values(para: Paragraph, clause: str, c_start: int, sentence: int, taken: set[int]) -> None:
    """A、B、C产量x、y、z (no 分别): the names listed before a run of as many values, joined by 、/和 (at most a verb of
    reaching between them), are paired in order. The names are the clause's text before the values; each of two
    characters at least, none holding a digit."""
    values = _value_run(clause)
    if not values:
        return
    head = clause[:values[0].start()]
    head = head[:_VERB.search(head).start()]
    masked = _NOTE.sub(lambda m: "·" * len(m.group()), head)
    if _DIGIT.search(head) or "、" not in masked:
        return
    names = [(head[m.start():m.end()].strip(), c_start + m.start()) for m in _NAMES.finditer(masked)]
    if len(names) != len(values) or any(len(name) < 2 for name, _ in names):
        return
    found = []
    for m in values:
        value, unit, top = value_of(m)
        if value is None or para.masked[c_start + m.start()]:
            return
        found.append((m, value, unit, top))
    for (name, name_at), (m, value, unit, top) in zip(shared_measure(names), found, strict=True):
        para.add(name, "level", value, unit, c_start + m.start(), c_start + m.end(), sentence, clause, name_at,
                 cmp=m.group("cmp"), value_max=top)
        taken.add(m.start())


def _value_run(clause: str) -> list[re.Match]:
    """The first run of two or more values joined by 、/和/及 that closes the clause (nothing but a comparator after
    it), or nothing."""
    if _JOINED.search(clause) is None:
        return []
    run: list[re.Match] = []
    for m in vocab().candidate.finditer(clause):
        if run and not _GAP.fullmatch(clause, run[-1].end(), m.start()):
            return []  # a second run, or values apart: no list of values
        run.append(m)
    if len(run) < 2 or clause[run[-1].end():].strip(_STOPS):  # (the sentence's stop, if the run closes it: resp48)
        return []
    return run
