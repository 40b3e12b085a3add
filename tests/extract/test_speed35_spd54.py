"""spd54's speed mend of session 35 (the targets stage's driver and its whole-passage scans): the shortcuts read as the
forms they replace.

``name_numbers._CUES`` are ``_CUE`` as five scans each opening with its literal (the lines they mark are
``_CUE``'s); ``review_reading._all_gone`` reads a passage's years only up to the first not gone by, where C2 and the review of
同比 took ``max`` of them all; ``past_leads._period_line`` searches a line for one of four characters before the words
of a period's review, each of which holds one."""

from __future__ import annotations

import importlib

from kechuang.extract.lines import split_lines
from kechuang.extract.rules import simplified_all
from kechuang.extract.targets import past_leads, review_reading
from kechuang.extract.targets.cue_lines import LineIndex
from kechuang.extract.targets.listed_counts import cued
from tests.extract.pattern_forms import stored_texts


def _old_all_gone(text: str, plan_year: int) -> bool:
    printed = [int(y) for y in review_reading._YEAR.findall(text)]
    return bool(printed) and max(printed) < plan_year


def test_all_gone_reads_as_the_max_of_every_year():
    texts = [simplified_all(t) for t in stored_texts()] + ["", "2020年", "2019年 2021年", "12020年 2019年"]
    assert len(texts) > 3000
    for text in texts:
        for plan_year in (2015, 2020, 2021, 2024, 2025, 2026):
            assert review_reading._all_gone(text, plan_year) == _old_all_gone(text, plan_year)


def test_each_period_word_holds_one_of_the_gate_characters():
    assert all(any(c in word for c in past_leads._PERIOD_CHARS) for word in past_leads._PERIOD_GATE)
    for text in stored_texts():
        for line in text.split("\n"):
            assert past_leads._period_line(line) == any(w in line for w in past_leads._PERIOD_GATE)


def test_the_five_literal_scans_mark_the_lines_of_the_cue():
    names = importlib.import_module("kechuang.extract.targets.name_numbers")  # (the package exports its function)
    texts = [*stored_texts(), "实施八个专项行动,十大工程", "五个专项工作专项行动", "个专项行动 3个专项计划", "大专项 十大工程"]
    for text in texts:
        lines = split_lines(text)
        index = LineIndex(lines, "\n".join(line.text for line in lines))
        assert cued(index, *names._CUES, after=names._COUNT_ENDS) == cued(index, names._CUE, after=names._COUNT_ENDS)
