"""A count of one printed in Chinese (一次, 一处) where the sentence commits to it (num66; MISSES-fresh65 row 3).

次 and 处 are idiom units for a Chinese numeral (一次性, 一处失信: set_terms.py), so a rule printed 一次 read nothing
where the same rule printed 1次 is read. A floor comparator or a commitment word before the numeral, with at most a
period and a verb between, makes it a count — all dev:
  原则上每半年至少召开一次成员单位会议，每季度至少召开一次联络员会议   (黄浦 2023 基层消防, sh-huangpu-jcxf2023)
  督查工作每半年至少开展一次 / 确保每季度全覆盖一次                    (the same page)
  落实每两周至少一次全覆盖清理                                        (宝山 2025 河道垃圾, sh-baoshan-hyljql2025)
  每季度提请市政府召开不少于一次消防工作的联席会议                    (阳春 2021 消防, gd-yangchun-xfzrz2021)
  浦东新区要增设一处泥浆干化设施                                      (上海 2024 建筑垃圾, sh-shanghai-jzlj2024)
With no such word the once stays unread, as the corpus's gold reads it: 免费体检一次, 进行一次考核, 每两年举行一次,
最多换乘一次 (a ceiling), 一件事一次办 (a slogan). A place (处) is counted only after a count verb (增设一处), not as
a slogan's first word (一处失信、处处受限).
"""

from __future__ import annotations

import re

from kechuang.extract.targets.commitment import ONCE_COMMITTED
from kechuang.extract.targets.vocab import vocab

_ONCE_UNITS = frozenset("次处")
_ONCE_NUMS = frozenset("一两")


def committed_once(m: re.Match, clause: str) -> bool:
    """Whether a candidate's lone 一 / 两 before 次 or 处 is a count the clause commits to (see the module's doc)."""
    unit, at = m.group("unit"), m.start()
    if m.group("num") not in _ONCE_NUMS or unit not in _ONCE_UNITS or clause[m.end():m.end() + 1] == "性":
        return False
    if unit == "处" and not vocab().count_verb_end.search(clause, max(0, at - 8), at):
        return False  # 增设一处: a place built, not 一处失信
    return bool(ONCE_COMMITTED.search(clause, max(0, at - 12), at))
