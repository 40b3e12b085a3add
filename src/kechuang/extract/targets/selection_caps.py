"""A cap on how many a programme selects is a rule of the programme, not a target.

Talent programmes and titles print how many they may select each round: a selecting verb, then 不超过/不多于/最多
and the count. The count bounds the programme; it is no outcome the plan commits to (tests/fixtures/real/README.md,
forty-fourth batch: "a cap on how many a programme selects … is a rule of the programme, no target"). Dev pages of
three documents:
  全省每年选拔不超过10名青年科技人才进行资助培养                 (福建省青年人才托举工程 2017)
  每2年选拔一批,每次选拔总数不超过50名                           (肇庆 西江拔尖人才)
  每年评选产生的命名县不超过10个                                 (四川 天府旅游名县 2019)
A count to select stays a target (今年该省将选拔200名学术技术带头人; 每年选拔认定2名学术技术带头人), and so does a
limit on an outcome (控制在…以内, 不超过5年 of 轮候时间: the spec), which names no selecting verb before it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

# the verb, at most a short object or qualifier (总数, 产生的命名县) with no clause mark, the cap, then the count
_CAP = re.compile(r"(?:选拔|评选|遴选|评审|评定|表彰|推荐)[^\d,,。;;::、]{0,8}?(?:不超过|不多于|最多)\s*\d")
_MAY_CAP = re.compile(r"不超过|不多于|最多")


def selection_caps(para: Paragraph) -> None:
    """Drop the targets whose number is a selection's cap (see the module's note)."""
    text = para.mtext
    # (the words of _MAY_CAP hold 超 or 多: a search for one character first, a regex of alternatives scans slowly)
    if not para.targets or ("超" not in text and "多" not in text) or not _MAY_CAP.search(text):
        return
    capped = {para.line.start + m.end() - 1 for m in _CAP.finditer(text)}  # where each capped count starts
    if capped:
        para.targets = [t for t in para.targets if not _holds(t, capped, para.line.start, text)]


def _holds(target, capped: set[int], offset: int, text: str) -> bool:
    """Whether the target's value is one of the capped counts: the first digit at or after its quote's start that
    is a capped count's first digit, within the quote."""
    lo, hi = target.start - offset, target.end - offset
    return any(offset + i in capped for i in range(max(lo, 0), min(hi, len(text))) if text[i].isdigit())
