"""Highlights of the review page's source pane: where spans overlap, the innermost is shown and the outer goes on
around it (a target printed in its heading's own line had no highlight: the heading covered it)."""

from __future__ import annotations

from kechuang.extract.highlight import Segment, segments
from tests.timing import assert_under


def test_a_target_inside_a_heading_keeps_its_highlight_and_the_heading_goes_on_around_it():
    text = "(一)到2025年建成3家研发中心。其他"
    heading, target = (0, 17, "heading", "task-1"), (9, 15, "target", "task-1")
    out = segments(text, [heading, target])
    assert out == [Segment("(一)到2025年", "heading", "task-1", (0, 17)), Segment("建成3家研发", "target", "task-1", (9, 15)),
                   Segment("中心", "heading", "task-1", (0, 17)), Segment("。其他")]
    assert "".join(s.text for s in out) == text


def test_disjoint_and_identical_spans_and_spans_beyond_the_text():
    text = "abcdefghij"
    out = segments(text, [(0, 2, "unit", "a"), (0, 2, "target", "b"), (4, 6, "target", "c"), (8, 99, "unit", "d")])
    assert [(s.text, s.kind, s.ref) for s in out] == [("ab", "unit", "a"), ("cd", None, ""), ("ef", "target", "c"),
                                                      ("gh", None, ""), ("ij", "unit", "d")]


def test_many_nested_spans_stay_fast():
    text = "字" * 200_000
    spans = [(i, i + 50, "unit", str(i)) for i in range(0, 200_000, 20)] + [(0, 200_000, "heading", "h")]
    out = assert_under(lambda: segments(text, spans), 2.0)
    assert "".join(s.text for s in out) == text
