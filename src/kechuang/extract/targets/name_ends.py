"""Ending words that are no part of an indicator's name: 双双, 预计, 预期 before a growth, 过 before the value.

The words are data (rules/targets.yaml ``indicator_end_words`` and the lists beside it, where their dev sentences are
cited), read through ``vocab``: a name ending in one loses it when three characters of the name stay
(新开工项目和储备项目的总投资额双双突破300亿元 names 新开工项目和储备项目的总投资额; 工业园区过百亿 names 工业园区).
"""

from __future__ import annotations

from kechuang.extract.targets.vocab import vocab

_KEPT = 3  # the characters of the name that must stay for an ending word to be cut


def _cut(indicator: str, words: tuple[str, ...]) -> str | None:
    """``indicator`` without the first of ``words`` it ends with, when ``_KEPT`` characters stay; else None."""
    for word in words:
        if indicator.endswith(word) and len(indicator) >= len(word) + _KEPT:
            return indicator[:-len(word)]
    return None


def name_without_end(indicator: str, kind: str, mtext: str, ind_start: int, pos: int) -> str:
    """``indicator`` (of a ``kind`` target whose name runs in ``mtext`` from ``ind_start`` to its value at ``pos``)
    without the ending words that are no part of it: at most one of the end words (the growth's too for a growth),
    then a reaching word printed right before the value that ends no word of its own (超过, 通过 keep theirs)."""
    v = vocab()
    cut = _cut(indicator, v.end_words + v.growth_end_words if kind == "growth" else v.end_words)
    indicator = indicator if cut is None else cut
    reached = _cut(indicator, v.reach_end_words)
    if reached is not None and indicator[-2:-1] not in v.reach_word_heads \
            and mtext[ind_start:pos].rstrip().endswith(v.reach_end_words):
        return reached
    return indicator
