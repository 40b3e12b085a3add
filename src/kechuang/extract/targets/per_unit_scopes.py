"""A count of places that opens its clause and that a per-unit target then shares out is the target's scope: no
target (spurious43).

`143个涉农乡镇,每个乡镇至少建设1处“百亩攻关田”` (济宁 2024) and `其余48个"三区"县则每个特派团配备15名特派员` (山西
2025) count the places over which the per-unit target is measured; the spec reads such a target as the thing counted
per unit (`每个乡镇建有1个科技服务站`), and on dev no such count of places is gold — the same pages'
`11个产粮大县,每个县…` and `针对10个脱贫深度贫困县,每个特派团…` are not read already
(tests/extract/test_spurious43_per_unit_scopes.py).

Read: a count of places (个 and a place noun: 乡镇, 街道, 村, 县, 区…, a quoted qualifier allowed) that opens its clause
(after nothing but 其余, 全省/全市/全县/全区, 针对 or 对), then, in the same clause or the next, 每 and a place or 个; a
target whose value ends in the count is dropped. A count of places the clause creates (`创建10个示范村,每个村…`: a verb
before the count) stays."""

from __future__ import annotations

import re

from kechuang.extract.model import Target
from kechuang.extract.targets.common import held_texts
from kechuang.extract.targets.cue_lines import LineIndex
from kechuang.extract.targets.spans import ending_outside

# The words that gate a line, found in the joined text (either script).
PER_UNIT_WORDS = ("每个", "每個", "每县", "每縣", "每村", "每镇", "每鎮", "每乡", "每鄉")
_SCOPE = re.compile(r"(?:^|[,，;；:：。、\n])[ \t]*(?:其余|全[省市县区]|针对|对)?[ \t]*"
                    r"(?P<count>\d{1,6}[ \t]*个[ \t]*[\"“”]?[^,，。;；:：\d\"“”]{0,8}?[\"“”]?[^,，。;；:：\d]{0,6}?"
                    r"(?:乡镇|镇街|街道|社区|行政村|自然村|村|县|区|镇|乡))"
                    r"[ \t]*[,，]?[ \t]*则?每(?:个|县|村|镇|乡)")


def per_unit_scopes(targets: list[Target], index: LineIndex) -> list[Target]:
    """``targets`` without a count of places that a per-unit target after it shares out. Reads only the lines that
    hold ``PER_UNIT_WORDS`` (``index``)."""
    spans = []
    for text, printed in held_texts(targets, index, PER_UNIT_WORDS):  # 每個鄉鎮 read as 每个乡镇
        for m in _SCOPE.finditer(text):
            spans.append(printed(m.start("count"), m.end("count")))
    return ending_outside(targets, spans)
