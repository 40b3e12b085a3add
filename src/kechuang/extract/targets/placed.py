"""A named place between a count verb and its count: 完成主城区3条道路、158个小区的雨污分流改造 (长清 2023 重点民生
实事), 建设三岛79公里大堤、13座水闸 (崇明 水务 十四五), 完成小居安村287户群众回迁安置 (长安 2022 惠民实事), 解決劉坪、
中山等鄉鎮4萬人的飲水不安全問題 (秦安 2015 民生实事) — all dev. The verb still counts the thing after the number, as
it does after the places listed in ``count_places`` (城区, 农村, 辖区…); here the place is any word of two to six
characters that ends as a place's name ends (区, 县, 岛, 村, 镇, 乡, 街道, 社区), or names listed before 等 and such a
word (临潼区、长安区…等沿山区县19处农村供水设施: 西安 2024 为民实事, batch lists). A place with no count verb before it
is a scope (全市31个乡镇), a thing that ends like a place is no place (老旧小区, 园区, 景区: 改造老旧小区3个), and names
listed without 等 are the items a count counts (新建兰州东、兰州北2个收费站: counts.py). The same verb counts a count
after the 、 of a list whose first item is named with no count (建成投用柳东大桥、19条市政道路: ``named_first``)."""

from __future__ import annotations

import re
from functools import cache

from kechuang.extract.rules import load_rules
from kechuang.extract.targets.vocab import alt

_REACH = 48  # characters before a count that can hold the verb and its place (a list of five counties and 等)
_PLACE_END = r"(?:城区|(?<![小园景校厂营矿])[区區]|[县縣岛島村镇鎮乡鄉]|街道|社区|社區)"


@cache
def _placed() -> re.Pattern[str]:
    verbs = load_rules("targets")["count_verbs"]
    word = r"[^\W\d_]"
    listed = rf"(?:{word}{{1,6}}、){{1,8}}{word}{{1,6}}等{word}{{0,5}}"  # 临潼区、…、周至县等沿山区县
    return re.compile(rf"(?:{alt(verbs)})(?P<place>{listed}{_PLACE_END}|{word}{{1,5}}{_PLACE_END}) ?$")


def placed(counted: str, noun: str) -> re.Match[str] | None:
    """The count verb and the place before a count, ending ``counted`` (the words before the number), else None:
    a word of two to six characters, or names joined by 、 closed by 等 and a word of at most six. A project named
    with its size (实施崇明岛57公里原水管线复线项目: 崇明, dev gold: no target) and a one-character place
    (命名县两个层次) are not counted."""
    if noun.rstrip().endswith("项目"):
        return None
    return _placed().search(counted, max(0, len(counted) - _REACH))


@cache
def _named_first() -> re.Pattern[str]:
    rules = load_rules("targets")
    verbs = alt(rules["count_verbs"] + rules["beneficiary_verbs"])
    # an item number, the verb, named items (an age may qualify a group) and the 、 right before the count
    item = r"\s*(?:[((]?\d{1,2}[))、.]\s*)?"
    return re.compile(rf"{item}(?:{verbs})(?:[^\W\d_]|\d{{1,3}}岁(?:及以上|以上)?){{2,16}}、$")


def named_first(before: str) -> re.Match[str] | None:
    """A count after 、 in a list whose verb opens the clause and whose first item names a thing with no count:
    建成投用柳东大桥、19条市政道路等项目 (拉萨 2018 政府工作报告, dev), (2)为全省65岁以上老年人、4.5万名脱贫攻坚
    一线干部免费体检一次 (贵州 2020 十件民生实事, dev): the verb counts the thing after the number. Names right before
    a count (完成靖宁路、长兴南路2个积水点改造) are counted by it (counts.py); a clause that opens with a year is a
    review's."""
    return _named_first().fullmatch(before) if len(before) <= 40 else None
