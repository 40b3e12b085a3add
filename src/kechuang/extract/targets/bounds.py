"""Where an indicator's words end, read in one step for every count (round 42b: the dev misses where a value was read
right and its indicator wrong, counted by scripts/indicator_bounds.py):

- a bracket right after a value is an aside on that value (培训300万人次以上(含补贴培训105万人次): 河南 2018;
  城区学校10所(含幼儿园4所): 鹿邑 2024; 特色园20座(区域面积1000平米以上): 上海 2024, dev), as is one that breaks
  the count down anywhere after it (整治125个村庄(包括63个…)): no noun after the value names its thing;
- a noun after a count ends where the predicate of its clause starts (对环河13座桥梁进行文化和景观出新: 泰州 2018;
  为14.65万名残疾人提供康复救助: 安徽 2024; 完成50%以上行政村的村庄整治全面推进农村生活垃圾治理: 宿松 2019, dev):
  the thing counted is the noun before the verb, not the work done to it;
- a bound before a count of things (不少于, 不低于) leaves the words before it to the verb and its scope: the noun after
  the count names the thing, as the gold of each of these dev pages reads:
  走访慰问全市不低于120名困境儿童 (扬中 2026,
  https://reportify.cn/tags/concept?page=2&tagValue=%E6%B0%91%E7%94%9F%E5%AE%9E%E4%BA%8B%E9%A1%B9%E7%9B%AE);
  全年排查不少于179个存在安全隐患的路口 (鹿邑 2024,
  http://vocabexpress.net/szb/pc/col/202403/01/content_228274.html);
  每个市州不少于2个电子商务示范县 (甘肃, http://photo.dxbei.com/news/gansuxinwen/20160509/236106.html);
  新、改建不少于200个街心公园 (顺德 2024, http://m.cucmc.com/wljy/3403.html).
  A size bound before 的 (面积不少于200平方米的…) is a size of the thing, not a count of it.
"""

from __future__ import annotations

import re

_BREAKDOWN = re.compile(r"[((](?:包括|其中)")
_BRACKET = re.compile(r"\s{0,3}[((]")
_CLOSE = re.compile(r"[)）]")
_CLOSERS = (")", "）")
# verbs that open a clause's predicate after the thing counted; not verbs inside names (研究开发机构, 建设项目), nor
# 开展, whose service the corpus names as the thing (为600名残疾人开展辅助器具适配服务: 象山 2025, dev)
_PREDICATE = re.compile(r"进行|進行|提供|建立健全|全面推进|全面推進")
_PREDICATE_GATE = ("进", "進", "提供", "建立")
_TRIM = " ,;:、。的|.\n"
_BOUNDS = ("不少于", "不低于", "不少於", "不低於")
# units of things counted one by one (open_count_units of rules/targets.yaml, and events and people)
_EVENTS = frozenset(("场", "场次", "人", "人次"))


def in_aside(clause: str, end: int) -> bool:
    """Whether the value ending at ``end`` closes a bracket (城区学校10所(含幼儿园4所)、乡镇学校15所): a part of the
    count before the bracket, read by breakdown.py, whose words are not the next item's."""
    return clause[end:end + 1] in _CLOSERS or (clause[end:end + 1] == " " and clause[end + 1:end + 2] in _CLOSERS)


def without_aside(after: str) -> str:
    """The words after a value without its aside: a bracket that opens right after it is left out up to its close (the
    words after the close go on: 6亩以下(不含6亩)的土地 → 的土地), one that breaks the count down or that the words
    open and do not close ends them."""
    if (m := _BRACKET.match(after)) is not None:
        close = _CLOSE.search(after, m.end())
        return "" if close is None else after[close.end():]
    if (breakdown := _BREAKDOWN.search(after)) is not None:
        return after[:breakdown.start()]
    unclosed = len(after) - len(after_open_bracket(after)) - 1  # 67个“四类乡村”(清洁乡村56个、…: the thing ends there
    return after[:unclosed] if unclosed > 0 else after


_TIMES = ("小时", "小時", "学时", "學時", "课时", "課時")


def counts_after_bound(verb: str, unit: str | None, after: str, units: frozenset[str]) -> bool:
    """Whether ``verb`` (the level verb before a count) is a bound whose count names its thing by the noun after it:
    a unit of things counted one by one (``units``: open_count_units) and no 的 after the unit."""
    rest = after.lstrip()
    # 不少于2000个小时 counts hours, no thing after them (review 40): the indicator before the bound stays its name
    return verb.startswith(_BOUNDS) and (unit in units or unit in _EVENTS) and not rest.startswith("的") \
        and not (unit == "个" and rest.startswith(_TIMES))


def predicate_at(noun: str) -> int | None:
    """Where the predicate of the clause starts in the words after a count (桥梁进行文化和景观出新 → 2), when a name of
    two characters or more stands before it; else None."""
    if not any(w in noun for w in _PREDICATE_GATE):
        return None
    m = _PREDICATE.search(noun)
    if m is None or len(noun[:m.start()].strip(_TRIM)) < 2:
        return None
    return m.start()


def after_open_bracket(indicator: str) -> str:
    """The words after the last bracket ``indicator`` opens and does not close (“四类乡村”(清洁乡村 → 清洁乡村); the
    whole when every bracket closes (工地(2年以上)围墙)."""
    k = max(indicator.rfind("("), indicator.rfind("（"))
    if k < 0 or ")" in indicator[k:] or "）" in indicator[k:]:
        return indicator
    return indicator[k + 1:]
