"""Names that are only a measure (规模, 建筑面积, 投资, 床位) of a thing the clause before names.

A clause that opens with a measure and its value names no thing: the thing stands in the clause before, in the same
sentence, as the thing it counts or the object of its verb, and the measure is that thing's (the name is the thing
and the measure as read):

- 2024年，启动首轮海上光伏项目竞争配置，规模不低于100万千瓦 (上海 2024 海上光伏, dev)
  → 启动首轮海上光伏项目竞争配置规模;
- 2025年共安排重点新续建项目57个，年度计划完成固定资产投资98.5亿元 (松阳 2025 投资计划, dev)
  → 安排重点新续建项目年度计划完成固定资产投资;
- 加快区养老服务中心建设，设置床位500张 (钢城 2021 为民实事, dev) → 区养老服务中心建设设置床位;
- 推动建设千万元以上重点项目200个,完成投资200亿元以上 (竹山 2024, dev) → 重点项目投资 (the size class of
  each project counted is no part of the name of their total).

The thing counted before must be a count of things (个, 套, 栋: not a share, an amount, a measure of its own or the
people served), so that 规模以上工业增加值增长7%，固定资产投资增长10% keeps its two indicators apart; a clause
before with a number and no target of a count names nothing taken here; a rate (固定资产投资增速达到15%) names its own
indicator.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kechuang.extract.rules import load_rules
from kechuang.extract.targets.common import WINDOW
from kechuang.extract.targets.naming import object_of, without_verb
from kechuang.extract.targets.vocab import alt

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

# A measure, after at most a time word and a verb of doing it (年度计划完成, 设置, 形成): the whole name
_MEASURE = re.compile(r"(?:年度|全年|年内)?(?:计划)?(?:完成|设置|形成|实现|新增)?"
                      r"总?(?:建筑面积|占地面积|规模|固定资产投资|投资|床位)")
_SEPARATOR = re.compile(r"[,，;；]")
# What may stand between the clause's separator and the measure: a time word (年内, 全年) or nothing
_LEAD_REACH = 4
# A unit that measures rather than counts (a share, money, a length, an area, a weight, a power), or counts people
# (解决农牧区5万人的饮水安全问题,年内完成投资2亿元: 昌都, dev; the people served are not what the money builds)
_MEASURE_UNIT = re.compile(r"[%‰元倍米亩吨瓦人户名]|百分点")
_DIGIT = re.compile(r"\d")
# A size class of the things counted (千万元以上重点项目200个,…投资200亿元: 竹山 2024, dev; 亿元以上项目) is a
# threshold of each thing, no part of the name of their total
_SIZE_CLASS = re.compile(r"^[\d.一二三四五六七八九十百千万亿两]+(?:元|平方米|亩|吨)?(?:及?以上|级)的?(?=\w{2})")


@cache
def _adverb() -> re.Pattern[str]:
    """An adverb after a subject (全市数字经济加快发展，规模达到1000亿元: the subject is the thing, round 42)."""
    return re.compile(rf"(?<=\w{{2}})(?:{alt(load_rules('targets')['clause_adverbs'])})")


def _clause_start(text: str, lo: int, hi: int) -> int:
    """The position just after the last separator in text[lo:hi], or -1."""
    cut = -1
    for m in _SEPARATOR.finditer(text, lo, hi):
        cut = m.end()
    return cut


def measured_name(para: Paragraph, indicator: str, ind_start: int, s_start: int, unit: str | None) -> str:
    """The indicator, or the thing of the clause before and the measure this one names (see the module); a rate
    (固定资产投资增速达到15%) names its own indicator."""
    if unit in ("%", "‰") or not _MEASURE.fullmatch(indicator):
        return indicator
    text = para.mtext
    here = _clause_start(text, max(s_start, ind_start - _LEAD_REACH - 1), ind_start)
    if here < 0 or _DIGIT.search(text, here, ind_start):
        return indicator  # the measure does not open its clause
    reach = max(s_start, here - 1 - WINDOW)  # the clause before, within an indicator's reach: no scan of a sentence
    before = _clause_start(text, reach, here - 1)
    if before < 0 and reach > s_start:
        return indicator  # a clause before longer than any name
    before = s_start if before < 0 else before
    previous = text[before:here - 1]
    if len(previous.strip()) < 2:
        return indicator
    last = para.targets[-1] if para.targets else None
    line = para.line.start
    if last is not None and before <= last.start - line < here:
        if last.kind != "level" or not last.unit or _MEASURE_UNIT.search(last.unit):
            return indicator  # 地区生产总值增长7%,固定资产投资增长10%: two indicators
        thing = _SIZE_CLASS.sub("", without_verb(last.indicator) or last.indicator)
    elif _DIGIT.search(previous):
        return indicator
    else:
        thing = object_of(previous)
        if adverb := _adverb().search(thing):
            thing = thing[:adverb.start()]
        if para.traditional:
            thing = para.printed(thing, before, here) or thing
    if not thing:
        return indicator
    if para.traditional:  # the name as printed: the thing is, the measure is looked up where it stands
        indicator = para.printed(indicator, ind_start, ind_start + len(indicator)) or indicator
    return thing + indicator
