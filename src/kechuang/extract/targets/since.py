"""Counts summed over a period up to now, and counts as of a date in a page with no plan year: history (round 41,
mended after review 12).

- A period up to now (五年来, 十年來, 自2005年开始…以来) followed in its sentence by a word of a sum already made
  (共建成, 共有, 累计, 总计, 已建成; not 共建共享, 已显, 已明显) before the value, with no word of a commitment in
  between, reports what was done: `五年來,鄭州共新建、改擴建中小學165所,新增學位22.9萬個` (郑州 2015 news),
  `自2005年开始选派科技特派员以来,累计选派2.5万名` (湖南 2019 news),
  `十年來江西共落實水利投資2288億元` (江西 2022 news), all dev.
- 截至/截止 before a year, in a page that prints no plan year, with a word of a sum already made after it
  (`截至2019年底,全省共改造卫生厕所796.22万座`, 河北 2019 review; `截至2024年底,全國共有體育場地484.17萬個`, 体育总局
  2024 news; both dev): a count as of that date, history. With a plan year, years.as_of_past decides. A 截至 year
  followed by 前/将/力争, or not before the year a goals section states, is a deadline.
The history reading runs from the sum word over the clauses (，/；) after it up to the value, and stops at a clause
that carries a time or word of its own commitment (至2025年, 2025年底前, “十四五”时期, 今年, 规划, 拟, 再, 下一步…):
that clause and the rest of the sentence are goals. Each sentence is scanned once (cached), so it stays linear.
"""

from __future__ import annotations

import re

from kechuang.extract.rules import cached_per_document

# 五年来, 十年來, 近年来, 2005年…以来: a period up to now, named by its length or its first year (年来临 is no period);
# an event's 以来 (党的二十大以来, 战略实施以来) names none (review 7, finding 7: the N年累计 after it is a period
# to come)
_SINCE = re.compile(r"(?:[一二两三四五六七八九十几多\d]{1,2}|近)年以?[来來](?!临|臨)"
                    r"|\d{4}\s*年[^,，。;；]{0,20}?以[来來]")
# a word of a sum already made: 累计, 总计, 共计, 共有, 共 or 已 before a verb of a thing done (review 12, finding 2:
# 共建共享, 共抓, 已显不足, 已明显改善, 已形成 make no sum)
# (N年累计, 三年共: a sum over a period of N years, which the year readers date, is left to them)
_DONE = (r"建成|新建|改建|扩建|擴建|改[造擴扩]|建设|建設|完成|落[实實]|投入|实施|實施|选派|選派|培育|培[训訓]|发放|發放"
         r"|帮扶|幫扶|解决|解決|安置|搬迁|搬遷|创建|創建|认定|認定|获批|獲批|开工|開工|竣工|投产|投產|带动|帶動"
         r"|吸引|引进|引進|招[引收]|争取|爭取|筹集|籌集|拨付|撥付|种植|種植|治理|整治|修建|打造|组织|組織|开展|開展"
         r"|举办|舉辦|接[待收]|实现|實現|达到|達到|有")
_SUMMED = re.compile(rf"(?<![一二两三四五六七八九十\d]年)(?:(?<!公)共(?:计|計|{_DONE})|累计|累計|總計|总计)"
                     rf"|已(?:累计|累計|共|经|經)?(?:{_DONE})")
# a word of a commitment or of a time to come: what follows is to be reached
_AHEAD = re.compile(r"将|將|力争|力爭|确保|確保|争取|爭取|计划|計劃|目标|目標|预计|預計|今后|今後|未来|未來"
                    r"|到\s*\d{4}|\d{4}\s*年前")
# a clause of its own time or commitment after a look back (review 12, finding 1): 至2025年, 2025年底前, “十四五”时期,
# 今年, 规划, 拟, 再, 下一步, 需
_OWN_GOAL = re.compile(r"至\s*\d{4}|\d{4}\s*年[底末]?前|十[一二三四五六七八九]五|[期时時]期|期[间間]|今年|明年|全年"
                       r"|规划|規劃|拟|擬|年均|再|下一步|需要?")
_CLAUSE = re.compile(r"[,，;；]")
_AS_OF = re.compile(r"截[至止]到?\s*(\d{4})\s*年[底末]?")
_DEADLINE = re.compile(r"\s*(?:前|以前|将|將|力争|力爭)")
_NONE = 1 << 30


def _first(pattern: re.Pattern[str], text: str, at: int) -> int:
    found = pattern.search(text, at)
    return found.start() if found else _NONE


@cached_per_document(64)
def _history_end(sentence: str, summed: int) -> int:
    """Where the history read from the sum word at ``summed`` ends: the start of the first clause after the sum word's
    clause that carries a commitment or a time of its own (or the first word ahead), else _NONE."""
    end = min(_first(_AHEAD, sentence, summed), len(sentence) + 1)
    cut = _CLAUSE.search(sentence, summed)
    while cut and cut.end() < end:
        nxt = _CLAUSE.search(sentence, cut.end())
        stop = nxt.start() if nxt else len(sentence)
        if _OWN_GOAL.search(sentence, cut.end(), stop):
            return cut.end()
        cut = nxt
    return end if end <= len(sentence) else _NONE


@cached_per_document(64)
def _since(sentence: str) -> tuple[int, int, int]:
    """(where the period up to now ends, the first sum word after it, where the history from it ends), once per
    sentence, so that a sentence of many values stays linear."""
    if "来" not in sentence and "來" not in sentence:
        return _NONE, _NONE, _NONE
    since = _SINCE.search(sentence)
    if not since:
        return _NONE, _NONE, _NONE
    summed = _first(_SUMMED, sentence, since.end())
    if summed == _NONE:
        return since.end(), _NONE, _NONE
    return since.end(), summed, _history_end(sentence, summed)


@cached_per_document(64)
def _as_of(sentence: str, goal_year: int | None) -> tuple[int, int]:
    """(where 截至 + a year ends, where the history from the sum word after it ends) when the year is a date already
    reached (not a deadline: 截至2025年底前, or a year not before ``goal_year``) and a sum word follows, else _NONE."""
    found = _AS_OF.search(sentence) if "截" in sentence else None
    if not found or _DEADLINE.match(sentence, found.end()) or (goal_year and int(found.group(1)) >= goal_year):
        return _NONE, _NONE
    summed = _first(_SUMMED, sentence, found.end())
    if summed == _NONE:
        return _NONE, _NONE
    return found.end(), _history_end(sentence, summed)


def past_count(sentence: str, at: int, plan_year: int | None, goal_year: int | None = None,
               goals: bool = False) -> bool:
    """Whether the value at ``at`` of ``sentence`` is a sum over a period up to now (五年来,…共新建165所), or, in a page
    with no plan year, a count as of a date (截至2019年底,全省共改造…); ``goal_year``: a goals section's year;
    ``goals``: in a goals section."""
    end, summed, until = _since(sentence)
    if end <= at and summed < at < until:
        return True
    if plan_year or goals:
        return False  # under a goals heading, 截至2025年底 is a deadline (review 12, finding 5)
    start, until = _as_of(sentence, goal_year)
    return start <= at < until
