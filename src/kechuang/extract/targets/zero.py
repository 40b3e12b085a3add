"""Targets of zero written in words: ``level`` 0 with no unit (the corpus README: `…事件零发生` in a goals section, the
seventh batch; `清零` of a stock, the twenty-second batch). From dev pages of two documents:
  到2020年，…非法转移倾倒固体废物事件零发生                    (国办 2018 “无废城市”建设试点工作方案)
  力争2029年底实现产业类存量违法用地清零                        (奉贤 2024 违法用地综合整治三年行动)
The word closes its clause, and a year to come or a commitment (力争, 确保, 争取) stands before it in the sentence: a
review's `率先实现社会面高质量清零` and a programme's name (`区域风险清零行动`: 琼海 2023, dev) give nothing.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from kechuang.extract.targets.commitment import PLEDGE
from kechuang.extract.targets.spans import insert_in_order

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

_ZERO = re.compile(r"(?P<name>[^\d,,;;。、:：“”\"]{2,24}?)(?:零发生|清零)(?=[,,;;。、]|$)")
_LEAD = re.compile(rf"^(?:并且|并|要|全面|基本|实现|做到|{PLEDGE})+")
_ADVERB = re.compile(r"(?:全部|全面|基本|彻底|逐步|动态)+$")  # 信访积案全部清零: the name ends before the adverb
_COMMIT = re.compile(PLEDGE)
_CLAUSE_REACH = 120


def may_zero_targets(text: str) -> bool:
    """Whether ``text`` holds a word of zero_targets (the call site asks first: one test, two places)."""
    return "零" in text and ("零发生" in text or "清零" in text)  # one character first: a faster scan



def zero_targets(para: Paragraph) -> None:
    """Add the paragraph's targets of zero in words (see the module's note), in document order."""
    text = para.mtext
    if not may_zero_targets(text):
        return
    starts = [s for s, _ in para.sentences]
    before = len(para.targets)
    first_year: dict[int, int] = {}  # a sentence's first year to come
    for mk in para.marks:
        # a year is to come when the plan's own year says so, or when it is a deadline (到2020年): with no plan year a
        # bare year opens a review as well (2024年,全县实现生产安全事故零发生: review 3)
        if not mk.past and (mk.deadline or para.plan_year is not None):
            first_year[mk.sentence] = min(mk.pos, first_year.get(mk.sentence, mk.pos))
    commits: dict[int, int] = {}  # where each sentence's first commitment ends (-1: none); found once a sentence
    for m in _ZERO.finditer(text):
        k = max(0, bisect.bisect_right(starts, m.start()) - 1)
        s_start, sentence = para.sentences[k]
        if k not in commits:
            commit = _COMMIT.search(sentence)
            commits[k] = commit.end() if commit else -1
        dated = first_year.get(k, m.end("name")) < m.end("name")
        if para.masked[m.start("name")] or not (dated or 0 <= commits[k] <= m.end() - s_start):
            continue
        lead = _LEAD.match(m.group("name"))
        lo = m.start("name") + (lead.end() if lead else 0)
        hi = m.end("name") - len(adverb.group()) if (adverb := _ADVERB.search(m.group("name"))) else m.end("name")
        # the clause the word closes stands for the sentence: a sentence of thousands of clauses stays linear
        clause = sentence[max(0, m.start() - s_start - _CLAUSE_REACH):m.end() - s_start]
        para.add(text[lo:max(lo, hi)], "level", 0, None, m.end("name"), m.end(), k, clause, lo)
    added = para.targets[before:]
    del para.targets[before:]
    para.targets[:] = insert_in_order(para.targets, added)
