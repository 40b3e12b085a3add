"""Matched passages are marked in user text escaped first: HTML in a title never becomes markup."""

from __future__ import annotations

from kechuang.web.libraries.highlight import marked


def test_text_is_escaped_then_the_offsets_are_marked():
    text = '<b>智能</b>温室"控制"系统'
    start = text.index("温室")
    out = str(marked(text, [(start, start + 2)]))
    assert out == '&lt;b&gt;智能&lt;/b&gt;<mark>温室</mark>&quot;控制&quot;系统'


def test_overlapping_and_out_of_range_spans_are_safe():
    out = str(marked("水肥一体化", [(0, 3), (2, 5), (4, 99), (7, 3)]))
    assert out == "<mark>水肥一</mark><mark>体化</mark>"


def test_a_long_text_shows_a_window_around_the_first_passage():
    text = "甲" * 500 + "<i>水肥一体化</i>" + "乙" * 500
    start = text.index("水肥")
    out = str(marked(text, [(start, start + 5)], limit=100))
    assert out.startswith("…") and out.endswith("…") and "<mark>水肥一体化</mark>" in out
    assert "&lt;i&gt;" in out and "<i>" not in out
