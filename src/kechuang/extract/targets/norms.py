"""A norm: a bound after the modal 应 states what a product, a building or a facility shall meet (spur65).

    光伏组件初始效率不应低于21%                                  (临港新片区 2022 光伏系统建设管理)
    采用晶硅组件的应不低于18%,…太阳能保证率和集热器效率应均不低于50%   (上海 2023 新建建筑可再生能源应用)
    鄉鎮中心幼兒園規模應不小于6個班,生均用地面積應不小于15㎡           (福州 2011 学前教育)

The value right after 应(均/当)不低于/不小于/不少于/不超过/不高于, or after 不应低于…, is a requirement of a standard,
no outcome the plan commits to. ``not_targets.not_target`` reads it so only when the sentence commits to nothing:
到2020年我國人均預期壽命應大于77.3歲 and 整治的面积应不低于年度计划任务量的60% (a share of the plan's task)
stay goals.
Cost: a look for 应/應 in the sentence, then one match over the nine characters before the value."""

from __future__ import annotations

import re

from kechuang.extract.rules import cached_per_document

_MODAL = "应應"
_BOUND = r"(?:低于|低於|小于|小於|少于|少於|超过|超過|高于|高於)"
_NORM = re.compile(rf"(?:[应應](?:均|当|當)?不{_BOUND}|不[应應]{_BOUND})\s{{0,2}}$")
_REACH = 9  # characters read before the value


@cached_per_document(64)
def _has_modal(sentence: str) -> bool:
    """Whether ``sentence`` holds 应 at all, once per sentence (a line of many values is not scanned per value)."""
    return any(c in sentence for c in _MODAL)


def under_norm(sentence: str, at: int) -> bool:
    """Whether the value at ``at`` of ``sentence`` is the bound of a norm (应不低于 N)."""
    if not _has_modal(sentence):
        return False
    return _NORM.search(sentence, max(0, at - _REACH), at) is not None
