"""A count of a list that names no thing of its own takes the thing its neighbour counts: the first item the
thing of the item after it, counted in the same unit (新增24个、提升10个A级景区村庄: 庆元 2018 旅游工作, dev), a later
item the thing of the item before it, as a second measure of one physical thing (实施城镇老旧供热管网改造68处、
36.6公里: 通辽 2024 计划, dev; a count of sites or things, then a length, area or household count — not people,
tonnes, beds, nor after a share or 个百分点: review 6) — one target per number, each with the list's thing (spec: one
target per number in a list). A count with words of its own (新增24个景区、…) keeps them; a nameless count of the same
unit after an item (5家、10家) is no second measure, and amounts of money and shares (奖励5万元、8万元) name no
thing."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kechuang.extract.targets.common import TRIM
from kechuang.extract.targets.naming import is_bare_verb, noun_after
from kechuang.extract.targets.vocab import value_of, vocab

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

# the next item: 、, a verb of at most four characters, its number (提升10个)
_NEXT = re.compile(r"、(?:[\u4e00-\u9fff]{1,4})?(?=\d)")
# a later item shares its thing only as a second measure of one physical thing: a count of sites or things, then its
# length, area or households (改造68处、36.6公里); never after a share or 个百分点, nor people, tonnes or beds
# (建成污水管网30公里、5万吨, 新增养老机构5家、800张, 增长8%、3个百分点: review 6)
_SITES = ("处", "个", "座", "条", "栋")
_MEASURES = ("公里", "米", "平方米", "万平方米", "户", "栋")
# the thing: no number in it but inside quotes (“15分钟就业服务圈”社区就业服务站点: 普陀 2025, dev)
_NOUN = re.compile(r"(?:“[^“”,;。、\n]{1,12}”|[^,;。、:()()\d|]){2,20}")


def neighbour_noun(para: Paragraph, clause: str, m: re.Match, pos: int, unit: str | None, sentence: int,
                   listed: bool, before: str) -> str:
    """The thing a nameless count of a list takes from its neighbour, else ""; ``pos``: where the count stands in the
    paragraph, ``listed``: an item of the list stands right before this count, ``before``: this count's own words."""
    if not unit or unit.endswith(("元", "%", "萬")) or unit in ("万", "亿"):
        return ""  # 给予5万元、8万元奖励: amounts of a reward rule share no thing (凤台 2024, 嵊州 2022: dev gold)
    if listed:
        last = para.targets[-1] if para.targets else None
        if last is None or last.unit not in _SITES or unit not in _MEASURES or last.unit == unit \
                or last.start < para.line.start + para.sentences[sentence][0] or last.end > para.line.start + pos:
            return ""
        return last.indicator if not before.strip(TRIM) else ""
    own = before.strip(TRIM)
    if not own or not (vocab().count_verb_end.match(own) or is_bare_verb(own)):
        return ""  # 新增24个: a verb alone before the count
    nxt = _NEXT.match(clause, m.end())
    if not nxt:
        return ""
    item = vocab().candidate.match(clause, nxt.end())
    if not item or value_of(item)[1] != unit:
        return ""
    noun = _NOUN.match(clause, item.end())
    return noun_after(noun.group()).strip(TRIM) if noun else ""


# A count whose thing is only a level (国家级, 省级) joined to a next count of the same unit with a level and a thing
# shares that thing: 争取建成20个国家级和100个省级重点学科 (深圳 卫生健康“十四五”,
# http://news.wybstv.com.cn/xw/2022/0511/30412.html), 组成17个省级、86个市级科技特派团 (辽宁 2009 科技,
# https://most.gov.cn/ztzl/kjzg60/dfkj60/ln/dtxw/200909/t20090916_72980.html), 力争新培育1户国家级、10户省级企业技术中心
# (山西 工业, http://bbs.dakotacollectibles.net/archiver/showtopic-2931.aspx) — dev; the gold names 国家级重点学科,
# 省级科技特派团, 国家级企业技术中心.
_LEVEL = r"(?:国家|省|市|县|区|州|部|国际|世界)级"
_LEVEL_ONLY = re.compile(_LEVEL)
_LEVEL_NEXT = re.compile(rf"\s{{0,2}}{_LEVEL}\s{{0,2}}(?:和|与|及|、)\s{{0,2}}"
                         rf"(?P<num>\d{{1,9}}(?:\.\d{{1,4}})?)\s{{0,2}}(?P<unit>[\u4e00-\u9fff]{{1,3}}?)\s{{0,2}}{_LEVEL}(?P<thing>[^,;。、:()()\d|和与及]{{2,20}})")


def level_shared(clause: str, end: int, unit: str | None, noun: str) -> str:
    """``noun`` with the thing of the next item when it is only a level (20个国家级和100个省级重点学科: 国家级 →
    国家级重点学科); ``end``: where the count ends in ``clause``; ``noun`` as it is otherwise."""
    if not unit or not _LEVEL_ONLY.fullmatch(noun):
        return noun
    nxt = _LEVEL_NEXT.match(clause, end)
    if not nxt or nxt.group("unit") != unit:
        return noun
    return noun + noun_after(nxt.group("thing")).strip(TRIM)
