"""A place's profile: a sentence that opens by saying what a place is describes it (spur65).

    青海是“三江之源”…和国家重要的生态安全屏障,境内黄河干流长度1694公里,占黄河总长的31%,…   (青海 2022 黄河流域规划)
    云南省是我國茶葉種植面積、茶產量最大的省份之一,2016年全省茶葉種植面積達610萬畝,…        (云南 2017 茶产业 news)
    云南是中国咖啡主产区,咖啡种植面积、产量、农业产值均占全国的98%以上。                     (云南 2024 咖啡 measures)
    开发区是我区经济发展的主战场,行政管辖面积171平方公里,核心区面积27.5平方公里,…           (金坛 2018 开发区 news)

The opening is a place (a province's short name, or a name ending in 省/市/县/区/州/盟/旗/镇/乡 that is no word
naming no place, such as 城市是…, 超市是…: place_names.PLACE_END; a word pointing at a place, 我市是…, or a zone,
开发区是…, 园区是…, is the place described), 是, and a noun phrase with no figure closing its clause; the figures
after it in the sentence are the place's length, area, output or share, no commitment. ``not_targets.not_target``
reads them so only when the sentence commits to nothing (到2025年, 力争, 将…: 雄安新区是…之一,2023年河北将继续推进…
stays read). A subject that is no place (重点产业项目是稳工业的关键) and an ordinal 是 (一是实施…) open no profile.
Cost: a look at the sentence's first 50 characters for 是, then one anchored, bounded match."""

from __future__ import annotations

import re

from kechuang.extract.place_names import PLACE_END
from kechuang.extract.rules import cached_per_document, load_rules

_NAMES = "|".join(load_rules("places")["province_short_names"])
_PLACE = rf"(?:{_NAMES}|[\u4e00-\u9fff]{PLACE_END})"
_FREE = r"[^\d,，:：;；。!！?？\n]"
_OPENING = re.compile(rf"\s{{0,3}}{_FREE}{{0,8}}?{_PLACE}是{_FREE}{{2,40}}[,，]")


@cached_per_document(64)
def profile_end(sentence: str) -> int:
    """Where the figures of a place's profile may start in ``sentence`` (after its opening), -1 when it opens none."""
    if "是" not in sentence[:50]:
        return -1
    found = _OPENING.match(sentence)
    return found.end() if found else -1


def in_profile(sentence: str, at: int) -> bool:
    """Whether the value at ``at`` of ``sentence`` stands after the opening of a place's profile."""
    end = profile_end(sentence)
    return 0 <= end <= at
