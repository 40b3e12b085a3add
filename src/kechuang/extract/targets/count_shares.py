"""A share printed right after a count, in a clause that opens with 占比, is the share of the things just counted: no
target (spurious43).

`今年共新增14个项目,占比43.75%` (上海 2023 为民办实事) and `20个主要指标中,有7个是民生福祉类、占比超过三分之一`
(国家发改委 on the “十四五” draft) describe a list, as a report's `新建项目已开工10个,占比71.4%` (太仓 2024),
`已办结6件,占比27%` (紫阳 2022) and `30万以上32个村,占比74.4%` (湖镇 2025) break down what was done: the spec's
counts of listed items and history, never an outcome to reach; on dev no such share is gold
(tests/extract/test_spurious43_count_shares.py).

Read: 占比 opening a clause (after , or 、) whose clause before holds a count (a number and a measure word of things,
not 个百分点) at most ten characters before it; a target whose value ends in the 占比 clause is dropped. A share with
its own subject (`企业研发经费支出占比达到65%`), after a margin in points (`高于…1个百分点以上,占比提升2个百分点以上`)
or after a list of quarters (`一、二、三、四季度,占比分别达18%`) stays."""

from __future__ import annotations

import re

from kechuang.extract.model import Target
from kechuang.extract.targets.common import held_texts
from kechuang.extract.targets.cue_lines import LineIndex
from kechuang.extract.targets.spans import ending_outside

# The words that gate a line, found in the joined text (either script); sought apart, not in the one scan of
# cue_lines.LineIndex (占比 would overlap its 比全)
SHARE_WORDS = ("占比", "佔比")
_COUNTED = re.compile(r"\d{1,6}[ \t]*(?:个|项|件|家|所|村|户|条|座)(?!百分点)"
                      r"[^,，。;；:：!！?？\n\d]{0,10}[,，、][ \t]*占比")
_CLAUSE_END = re.compile(r"[,，。;；!！?？\n]")


def count_shares(targets: list[Target], index: LineIndex) -> list[Target]:
    """``targets`` without those whose value ends in a 占比 clause that shares out the count before it. Reads only the
    lines that hold ``SHARE_WORDS`` (``index``)."""
    spans = []
    for text, printed in held_texts(targets, index, SHARE_WORDS):  # 佔比 read as 占比
        for m in _COUNTED.finditer(text):
            end = _CLAUSE_END.search(text, m.end())
            spans.append(printed(m.end() - 2, end.start() if end else len(text)))
    return ending_outside(targets, spans)
