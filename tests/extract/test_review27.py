"""Review 27 (rev27): mends of this session's rounds (docs/extraction.md, section 4, "Review 27").

F1: round 62's ``done_only`` (a cueless text whose only mark of facts is 了 keeps its sentences of new work) found
each kept target's sentence by scanning its line from the line's start, and its line by scanning the lines: a long
line of many targets was quadratic (57,000 characters of one line: 2.5 s before round 62, 19 s after), and a line
with no sentence end (one sentence) was weighed whole once per target. Each line's sentence ends are now found once,
its line by bisection, each sentence weighed once."""

from __future__ import annotations

import dataclasses
from functools import partial

from kechuang.extract import extract_text
from kechuang.extract.lines import split_lines
from kechuang.extract.targets.report_tense import reported_text
from tests.timing import assert_under

# round 62's own test sentence (test_target_round62.py, review 17's F4 text with 了), repeated on one line
_ITEM = "全市建成了学校20所。新建学校10所。"


def test_a_cueless_line_of_many_new_works_is_read_in_linear_time() -> None:
    text = _ITEM * 2000
    lines = split_lines(text)
    targets = extract_text(_ITEM, title="某县民生实事").targets
    assert targets  # the sentence's targets, placed once per repeat below
    width = len(_ITEM)
    many = [dataclasses.replace(t, start=t.start + i * width, end=t.end + i * width)
            for i in range(2000) for t in targets]
    kept = assert_under(partial(reported_text, lines, many, None), 1.5)
    assert len(kept) == 2000  # the new work of each repeat (新建学校10所) stays, the status (建成了) does not


def test_the_sentence_of_new_work_keeps_its_target_across_lines() -> None:
    # round 62's text on two lines, a status line first: the line is found by bisection, not by the first match
    found = {(t.value, t.unit) for t in extract_text("全市建成了学校20所。\n新建学校10所。", title="某县民生实事").targets}
    assert (10, "所") in found and (20, "所") not in found


def test_a_cueless_line_with_no_sentence_end_weighs_its_one_sentence_once() -> None:
    # the same repeated with commas: the whole line is one sentence, weighed once however many targets it holds
    item = "全市建成了学校20所,新建学校10所,"
    lines = split_lines(item * 2000)
    targets = extract_text(item, title="某县民生实事").targets
    width = len(item)
    many = [dataclasses.replace(t, start=t.start + i * width, end=t.end + i * width)
            for i in range(2000) for t in targets]
    kept = assert_under(partial(reported_text, lines, many, None), 1.5)
    assert len(kept) == len(many)  # one sentence of new work (新建): all kept, as before
