"""A city's, prefecture's or county's region in the form its plan's title writes it: the title names the place
without its level word (楚雄文化和旅游强州建设三年行动 under 楚雄州's offices → 楚雄; 关于推进健康瓦房店行动的实施意见
under 瓦房店市人民政府 → 瓦房店), as the provinces' short names stand (广西, 内蒙古: openings/DECISIONS.md, region: the
place's own name, in the title's form when the title names it). Round 59."""

from __future__ import annotations

import re

from kechuang.extract.rules import simplified

_LOCAL = re.compile(r"(?P<stem>[\u4e00-\u9fff]{2,6}?)(?:市|县|州|旗|盟|縣)")


def local_title_form(region: str, title: str) -> str | None:
    """The region's name without its level word as the title prints it, when the title names the place so and
    never with its level word; else None."""
    m = _LOCAL.fullmatch(simplified(region))
    if not m:
        return None
    plain, stem = simplified(title), m.group("stem")
    at = plain.find(stem)
    if at < 0 or simplified(region) in plain:
        return None
    after = plain[at + len(stem):at + len(stem) + 1]
    if after in "市县州区旗盟乡镇":  # another place that opens with the same name (楚雄市 for 楚雄州)
        return None
    return title[at:at + len(stem)]
