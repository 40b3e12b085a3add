"""A named place between a count verb and its count: 完成主城区3条道路、158个小区的雨污分流改造 (长清 2023 重点民生
实事), 建设三岛79公里大堤、13座水闸 (崇明 水务 十四五), 完成小居安村287户群众回迁安置 (长安 2022 惠民实事), 解決劉坪、
中山等鄉鎮4萬人的飲水不安全問題 (秦安 2015 民生实事) — all dev. The verb still counts the thing after the number, as
it does after the places listed in ``count_places`` (城区, 农村, 辖区…); here the place is a word of two to
seven characters (one to five, then the ending) that ends as a place's name ends (区, 县, 岛, 村, 镇, 乡, 街道, 社区),
or names listed before 等 and such a word (临潼区、长安区…等沿山区县19处农村供水设施: 西安 2024 为民实事, batch
lists). A scope word is never a place, with a count verb before it or not (全市31个乡镇, 组织全县18个乡镇, 本县, 各,
该: review 6); a thing that ends like a place is no place (老旧小区, 园区, 景区: 改造老旧小区3个; 特色小镇, 产业强镇,
美丽乡村, 示范区); names listed without 等 are the items a count counts (新建兰州东、兰州北2个收费站: counts.py), and a
place alone after a list's 、 opens the next item (主城区3条道路、老城区158个小区: ``place_item``). The same verb
counts a count after the 、 of a list whose first item is named with no count (建成投用柳东大桥、19条市政道路:
``named_first``)."""

from __future__ import annotations

import re
from functools import cache

from kechuang.extract.rules import load_rules
from kechuang.extract.targets.scoped_counts import scoped_count
from kechuang.extract.targets.vocab import alt

_REACH = 48  # characters before a count that can hold the verb and its place (a list of five counties and 等)
# not 小区, 园区, 景区…, nor things named like places: 特色小镇, 农业产业强镇, 美丽乡村, 示范区, 试验区 (review 6)
PLACE_END = (r"(?:城区|(?<![小园景校厂营矿])(?<!示范)(?<!试验)(?<!試驗)[区區]|[县縣岛島乡鄉]|(?<![乡鄉])村"
              r"|(?<![小强強])[镇鎮]|街道|社区|社區)")
# a scope is no place: 全县, 全区, 本县, 各乡镇, 该区 (the scope words of rules/targets.yaml: 全市, 全县, 全省, 全区)
_SCOPE = r"(?![全本][市县縣区區省镇鎮乡鄉州旗]|[各该該])"


@cache
def _placed() -> re.Pattern[str]:
    verbs = load_rules("targets")["count_verbs"]
    word = r"[^\W\d_]"
    listed = rf"(?:{word}{{1,6}}、){{1,8}}{word}{{1,6}}等{word}{{0,5}}"  # 临潼区、…、周至县等沿山区县
    return re.compile(rf"(?:{alt(verbs)}){_SCOPE}(?P<place>{listed}{PLACE_END}|{word}{{1,5}}{PLACE_END}) ?$")


@cache
def _place_item() -> re.Pattern[str]:
    return re.compile(rf"{_SCOPE}[^\W\d_]{{1,5}}{PLACE_END}")


def place_item(words: str) -> bool:
    """Whether ``words``, between a list's 、 and the next count, are a place alone (完成主城区3条道路、老城区158个
    小区的雨污分流改造: review 6): the item ends the one before it and shares its verb."""
    return len(words) <= 7 and _place_item().fullmatch(words) is not None


def placed(counted: str, noun: str) -> re.Match[str] | None:
    """The count verb and the place before a count, ending ``counted`` (the words before the number), else None:
    a word of two to seven characters, or names joined by 、 closed by 等 and a word of at most six. A project named
    with its size (实施崇明岛57公里原水管线复线项目: 崇明, dev gold: no target) and a one-character place
    (命名县两个层次) are not counted."""
    if noun.rstrip().endswith("项目"):
        return scoped_count(counted, noun)  # 推进全省20个…重点项目: a count of projects, no project's size
    return _placed().search(counted, max(0, len(counted) - _REACH)) or scoped_count(counted, noun)


@cache
def _named_first() -> re.Pattern[str]:
    rules = load_rules("targets")
    verbs = alt(rules["count_verbs"] + rules["beneficiary_verbs"])
    # an item number, the verb, named items (an age may qualify a group) and the 、 right before the count
    item = r"\s*(?:[((]?\d{1,2}[))、.]\s*)?"
    # the first item opens with no scope or subject word (其中, 现有, 围绕, 覆盖…), the 全X of a group aside
    # (为全省65岁以上老年人、4.5万名…: 贵州 2020), and is no administrative level or seat
    words = [w for w in rules["not_open_verbs"] + rules["open_verb_scopes"] if not w.startswith("全")]
    first = rf"(?!{alt(words)}|{_LEVELS}、)"
    return re.compile(rf"{item}(?:{verbs}){first}(?:[^\W\d_]|\d{{1,3}}岁(?:及以上|以上)?){{2,16}}、$")


# a first item that is an administrative level or seat (建立县级、12个乡镇、236个村三级服务网络, 建成县城、5个中心镇…的
# 城镇体系, 形成中心城区、3个副中心的空间结构: review 6) begins a tier of places, not a list of things
_LEVELS = r"(?:[省市县縣区區镇鎮乡鄉村][级級]|县城|縣城|市区|城区|[主老新中][城心]城?区|县级中心|市级中心|县乡村三级)"
# …and a count of places, tiers or centres after it is a tier too (12个乡镇, 5个片区, 3个副中心, 4个层级: review 6)
_TIER = re.compile(r"(?:乡镇|鄉鎮|镇街|鎮街|街道|社区|社區|行政村|村|片区|片區|中心镇|中心村|副中心|层级|層級"
                   r"|镇|鎮|乡|鄉)"
                   r"(?:.*(?:体系|體系|网络|網絡|格局|结构|結構|全覆盖|全覆蓋)|全面|推进|推進)")


def named_first(before: str, noun: str = "") -> re.Match[str] | None:
    """A count after 、 in a list whose verb opens the clause and whose first item names a thing with no count:
    建成投用柳东大桥、19条市政道路等项目 (拉萨 2018 政府工作报告, dev), (2)为全省65岁以上老年人、4.5万名脱贫攻坚
    一线干部免费体检一次 (贵州 2020 十件民生实事, dev): the verb counts the thing after the number. Names right before
    a count (完成靖宁路、长兴南路2个积水点改造) are counted by it (counts.py). A clause that opens with a year is a
    review's only because the pattern must match ``before`` whole from its start (an item number, then the verb): a
    leading 2017年 leaves it unmatched. No reading after an administrative level or seat (县级、12个乡镇…, 县城、
    3个中心镇), a scope or subject word first, nor for a count of places or tiers ending in …体系/网络/格局/全覆盖
    (review 6)."""
    if len(before) > 40 or _TIER.match(noun.lstrip()):
        return None
    return _named_first().fullmatch(before)
