"""Ranks to reach printed without a measure word: ``rank`` targets whose value is the place (前三 → 3, 第一 → 1).

``paragraph.rank`` reads 进入全省前10名 (a verb, a scope, 前, a number and 名/位/强). Plans also print the place alone,
in Chinese numerals, closing the clause (dev pages of two documents):
  实现以下目标:实现接待游客超386万人次、旅游综合收入25.03亿元,增幅位列全市前三   (庆元 2018 旅游工作)
  强力推进48个涉旅工程项目,…确保增幅在全市排名前三                               (庆元 2018, its next item)
  二是乡村振兴考核指标力争全市第一                                                 (泰山区农业农村局 2025 工作计划,
                                                                                    the twenty-sixth batch)
Only after a commitment word that governs the place, in its own clause (力争, 确保, 争创, 争取, 力求), or after a goal
lead earlier in the sentence (以下目标:). A standing stated alone is history (入库科技型中小企业235家,总量位居全市第二;
高新技术产业增加值增速全省第二), and so is one after a commitment to something else (全县上下确保各项工作落实,…增速位列
全市第一) or after the noun 目标 (完成年度目标任务,…位列全市第一; 围绕年度目标,…位列全市第二: review 3). A class or a
tier (全省第一类县市区, 第一梯队, 前三季度) is none: the place must close the clause.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from kechuang.extract.targets.spans import Covering
from kechuang.text.numerals import to_number

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

_PLACE = re.compile(r"(?:位列|排名|排在|进入|跻身|稳居|保持)?在?(?:全国|全省|全市|全县|全区|全州|全盟)(?:排名)?"
                    r"(?P<which>前|第)(?P<n>[一二三四五六七八九十]|[1-9]\d?)(?=[,,。;;、]|$)")


# the core every place holds (全市第, 全省排名前): a paragraph with none is not searched for one; ``_PLACE`` opens
# with optional words and is tried at every position
_CORE = re.compile(r"全(?:国|省|市|县|区|州|盟)(?:排名)?[前第]")
_GOVERNS = re.compile(r"力争|确保|争创|争取|力求")
_GOAL_LEAD = re.compile(r"目标[::]")
_CLAUSE_REACH = 120


def rank_places(para: Paragraph) -> None:
    """Add the paragraph's ranks printed without a measure word (see the module's note)."""
    text = para.mtext
    if "全" not in text or ("前" not in text and "第" not in text) or not _CORE.search(text):
        return
    starts = [s for s, _ in para.sentences]
    read = None  # the paragraph's targets by position, built at the first place found
    leads: dict[int, int] = {}  # where each sentence's first goal lead ends (-1: none); found once a sentence
    for m in _PLACE.finditer(text):
        k = max(0, bisect.bisect_right(starts, m.start()) - 1)
        s_start, sentence = para.sentences[k]
        if para.masked[m.start()]:
            continue
        # the clause, read back a bounded reach: a sentence of thousands of clauses is read once, not once a place
        lo = max(s_start, m.start() - _CLAUSE_REACH)
        clause_start = max(max(text.rfind(c, lo, m.start()) for c in ",,;;:") + 1, lo)
        if k not in leads:
            lead = _GOAL_LEAD.search(sentence)
            leads[k] = lead.end() if lead else -1
        if not _GOVERNS.search(text, clause_start, m.start()) and not 0 <= leads[k] <= m.start() - s_start:
            continue
        read = read or Covering((t.start, t.end) for t in para.targets)  # a place added later lies after them
        at = para.line.start + m.start("n")
        if read.covers(at, at + 1):
            continue
        para.add(text[clause_start:m.start()], "rank", to_number(m.group("n")), None, m.start(), m.end(), k,
                 text[clause_start:m.end()], clause_start)
