"""A sentence that opens with its source of data states facts measured: its numbers are history (spurious43).

`海南省农业厅资料显示,全省耕地面积628.7万亩,人均1.22亩,…` (海南 “十二五” 热带现代农业) and `李斌提供的数据显示:5年来…
人口自然增长率在6‰以内` (a 全国 人口发展 news) print what a source measured, as `数据显示,2018年,吉林省粮食总产量达到
726.6亿斤` (吉林 2019) and `数据显示,2020 年至2024年间,陇县地区生产总值…` (陇县 2025) do: baselines and history, no
commitment (the spec's "Not targets"). On dev no gold target stands in such a sentence; the plan's sentence after it
(`据此,《规划》提出,…全省建设标准农田200万亩`) keeps its own (tests/extract/test_spurious43_data_shown.py).

Read: a sentence whose first clause (at most 24 characters) ends with 数据/资料/统计 and 显示/表明, then a comma or
a colon; a pledge in the sentence (力争, 争取, 确保) keeps it: the facts lead to a goal. The sentence is history to its
end."""

from __future__ import annotations

import re

from kechuang.extract.model import Target
from kechuang.extract.targets.commitment import PLEDGE
from kechuang.extract.targets.common import SENTENCE, held_texts
from kechuang.extract.targets.cue_lines import LineIndex
from kechuang.extract.targets.spans import outside

# The words that gate a line, found in the joined text (either script).
SHOWN_WORDS = ("显示", "顯示", "表明")
# the sentence's lead clause: its source (李斌提供的, 海南省农业厅, none) and the data it shows
_LEAD = re.compile(r"\s{0,2}[^,，。;；:：!！?？\d]{0,20}?(?:数据|资料|统计)(?:显示|表明)[ \t]*[,，:：]")
_PLEDGE = re.compile(PLEDGE)


def data_shown(targets: list[Target], index: LineIndex) -> list[Target]:
    """``targets`` without those of a sentence that opens with the data a source shows. Reads only the lines that
    hold ``SHOWN_WORDS`` (``index``)."""
    spans = []
    for text, printed in held_texts(targets, index, SHOWN_WORDS):  # 資料顯示 read as 资料显示
        for s in SENTENCE.finditer(text):
            if _LEAD.match(text, s.start()) and not _PLEDGE.search(text, s.start(), s.end()):
                spans.append(printed(s.start(), s.end()))
    return outside(targets, spans)
