"""Counts summed over a period up to now, and counts as of a date in a page with no plan year: history (round 41).

- A period up to now (五年来, 十年來, 自2005年开始…以来) followed in its sentence by a word of a sum already made (共,
  累计, 总计, 已) before the value, with no word of a commitment in between, reports what was done:
  `五年來,鄭州共新建、改擴建中小學165所,新增學位22.9萬個` (郑州 2015 news),
  `自2005年开始选派科技特派员以来,累计选派2.5万名` (湖南 2019 news),
  `十年來江西共落實水利投資2288億元` (江西 2022 news), all dev.
- 截至/截止 before a year, in a page that prints no plan year, with a word of a sum already made in the sentence
  (`截至2019年底,全省共改造卫生厕所796.22万座`, 河北 2019 review; `截至2024年底,全國共有體育場地484.17萬個`, 体育总局
  2024 news; both dev): a count as of that date, history. With a plan year, years.as_of_past decides.
Both look only at the text of one sentence before the value (literal tests first), so they stay linear.
"""

from __future__ import annotations

import re
from functools import lru_cache

# 五年来, 十年來, 近年来, 2005年…以来: a period up to now, named by its length or its first year (年来临 is no period);
# an event's 以来 (党的二十大以来, 战略实施以来) names none (review 7, finding 7: the N年累计 after it is a period
# to come)
_SINCE = re.compile(r"(?:[一二两三四五六七八九十几多\d]{1,2}|近)年以?[来來](?!临|臨)"
                    r"|\d{4}\s*年[^,，。;；]{0,20}?以[来來]")
# a word of a sum already made (公共, 共同, 共享… are no sum)
# (N年累计, 三年共: a sum over a period of N years, which the year readers date, is left to them)
_SUMMED = re.compile(r"(?<![一二两三四五六七八九十\d]年)(?:(?<!公)共(?![同享识識性青赢贏治])|累计|累計|總計|总计)|已")
# a word of a commitment or of a time to come: what follows is to be reached
_AHEAD = re.compile(r"将|將|力争|力爭|确保|確保|争取|爭取|计划|計劃|目标|目標|预计|預計|今后|今後|未来|未來"
                    r"|到\s*\d{4}|\d{4}\s*年前")
_AS_OF = re.compile(r"截[至止]到?\s*\d{4}\s*年")
_NONE = 1 << 30


def _first(pattern: re.Pattern[str], text: str, at: int) -> int:
    found = pattern.search(text, at)
    return found.start() if found else _NONE


@lru_cache(maxsize=64)
def _since(sentence: str) -> tuple[int, int, int]:
    """(where the period up to now ends, the first sum word after it, the first word ahead after it), once per
    sentence, so that a sentence of many values stays linear."""
    if "来" not in sentence and "來" not in sentence:
        return _NONE, _NONE, _NONE
    since = _SINCE.search(sentence)
    if not since:
        return _NONE, _NONE, _NONE
    return since.end(), _first(_SUMMED, sentence, since.end()), _first(_AHEAD, sentence, since.end())


@lru_cache(maxsize=64)
def _as_of(sentence: str) -> int:
    """Where 截至 + a year ends when a word of a sum already made and no word ahead follow it, else _NONE."""
    found = _AS_OF.search(sentence) if "截" in sentence else None
    if not found or _first(_SUMMED, sentence, found.end()) == _NONE or _first(_AHEAD, sentence, found.end()) < _NONE:
        return _NONE
    return found.end()


def past_count(sentence: str, at: int, plan_year: int | None) -> bool:
    """Whether the value at ``at`` of ``sentence`` is a sum over a period up to now (五年来,…共新建165所), or, in a page
    with no plan year, a count as of a date (截至2019年底,全省共改造…)."""
    end, summed, ahead = _since(sentence)
    if end <= at and summed < at <= ahead:
        return True
    return not plan_year and _as_of(sentence) <= at
