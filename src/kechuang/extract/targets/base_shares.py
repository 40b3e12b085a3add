"""Names of a share or a multiple of a base stated after a bound.

A value that is a share or a multiple of a base the bound names (调度量不少于备案总量50%: 青浦 2025 建筑垃圾,
sh-qingpu-jzlj2025#3; 特困供养人员基本生活标准不低于当地最低生活保障标准的1.6倍: 肇庆 民生实事, gd-zhaoqing-msssjz#2 —
dev; tests/extract/test_names44_base_shares.py) measures the thing before the bound: the name is that thing, not the
bound and its base. The base must run up to the value (at most 总量 or 的 between), so that a bound between two things
of a list (有效投资增长高于经济增长、4个结构性指标均实现10%) keeps its name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

_UNITS = frozenset(("%", "倍"))
_BOUND = r"(?:[应须]?不(?:少于|低于|高于|超过)|不得(?:少于|低于|高于|超过))"
_BASE_SHARE = re.compile(rf"(?P<thing>[^\s,，、;；:：]{{2,40}}?){_BOUND}(?P<base>[\u4e00-\u9fff]{{2,16}})")
_AFTER_BASE = re.compile(r"(?:总量|总额|总数)?的?")
_AFTER_REACH = 3  # the most characters between the base and the value (总量的)


def base_share_name(para: Paragraph, indicator: str, unit: str | None, pos: int) -> str:
    """The indicator of a share or multiple (at ``pos`` of the paragraph's text) of a base after a bound: the thing
    before the bound (see the module); else the indicator as read."""
    if unit not in _UNITS or "不" not in indicator:
        return indicator
    m = _BASE_SHARE.fullmatch(indicator)
    if m is None:
        return indicator
    base = m.group("base")
    window = para.mtext[max(0, pos - len(base) - _AFTER_REACH):pos]
    k = window.rfind(base)
    if k < 0 or not _AFTER_BASE.fullmatch(window, k + len(base)):
        return indicator
    return m.group("thing")
