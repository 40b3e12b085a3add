"""The count of those a recognition names: a list just published, no target (spur65).

    …公示了…第二批拟入库科技型中小企业名单,我市…等387家企业入选。           (南昌 2023 news)
    此次認定的陜西昱琛航空設備股份有限公司、…等238家省級“專精特新”中小企業   (陕西 2022 news)
    決定選認第二批寧德市科技特派員303名,、縣鄉兩級…工作站站長140名           (宁德 2023 notice)

Read: a value after 此次/本次/本批/决定 + a verb of recognition (认定, 选认, 命名, 入选) in its sentence, or a count
right after 等 (the end of the list of names) whose clause closes with 入选. ``not_targets.not_target`` reads it so
only when no commitment stands before the value in its sentence (力争…等10家企业入选… stays a goal); a recognition
the plan commits to (三年内认定市级众创空间60家以上, 每年选拔认定2名…) has no such lead. Cost: a look for the verbs'
characters in the sentence, then bounded matches."""

from __future__ import annotations

import re

from kechuang.extract.rules import cached_per_document

_VERB = r"(?:认定|認定|选认|選認|命名|入选|入選)"
_ANNOUNCED = re.compile(rf"(?:此次|本次|本批|决定|決定)\s{{0,2}}{_VERB}")
_SELECTED = re.compile(r"\d+(?:\.\d+)?\s{0,1}(?:家|个|個|名|所|项|項)[^,，。;；\d]{0,12}(?:入选|入選)")
_GATE = ("认", "認", "选", "選", "命名")


@cached_per_document(64)
def _selected_in(sentence: str) -> bool:
    """Whether ``sentence`` holds 入选 at all, once per sentence."""
    return "入选" in sentence or "入選" in sentence


@cached_per_document(64)
def _announced_at(sentence: str) -> int:
    """Where the first announcement of a recognition ends in ``sentence`` (-1 when none)."""
    if not any(g in sentence for g in _GATE):
        return -1
    found = _ANNOUNCED.search(sentence)
    return found.end() if found else -1


def recognised(sentence: str, at: int) -> bool:
    """Whether the value at ``at`` of ``sentence`` counts those a published recognition names."""
    announced = _announced_at(sentence)
    if 0 <= announced <= at:
        return True
    if not _selected_in(sentence):
        return False
    return sentence[max(0, at - 3):at].rstrip().endswith("等") and _SELECTED.match(sentence, at) is not None
