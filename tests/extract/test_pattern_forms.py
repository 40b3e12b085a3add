"""Patterns written for speed match what their plain forms match (benchmarks/extract_outputs.py proves the outputs of
the corpus unchanged; these hold the equivalences on any text)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kechuang.extract.assignments import _NEXT_ITEM
from kechuang.extract.metadata.basis import _sentences
from kechuang.extract.rules import load_rules, simplified_all, simplified_table
from kechuang.extract.targets.paragraph import _PER_YEAR
from kechuang.extract.targets.vocab import alt, vocab
from kechuang.extract.targets.years import _CN_SMALL, _IN_YEAR

_PIECES = ["每年", "年均", "年增长", "逐年", "年度内", "年内", "年末", "本年度", "今年", "以来", "全年", "2", "5", "一", "每",
           "上", "年", "均", "增长", "(", "(", ")", ")", "〕", "】", "局", "办", "一、", "(二)", "十", "、", "。", "發展",
           "𠁞", "a", " "]
_TEXT = st.lists(st.sampled_from(_PIECES) | st.text(max_size=2), max_size=25).map("".join)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_lookbehind_after_the_words_matches_as_before_them(text):
    plain = re.compile(rf"(?<!\d)(?:{alt(load_rules('targets')['recurring_words'])})")
    assert _spans(vocab().recurring, text) == _spans(plain, text)
    in_year = re.compile(rf"(?<![\d年{_CN_SMALL}每上去前])年(?:内|末|底)|本年度|今年(?!以来)")
    assert _spans(_IN_YEAR, text) == _spans(in_year, text)
    assert _spans(_PER_YEAR, text) == _spans(re.compile(r"(?<![全今本当明去\d])年(?:均|增长|增速|递增|平均)"), text)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_next_item_as_two_branches(text):
    plain = re.compile(r"[)）〕\]】](?=[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十]{1,3}[))])"
                       r"|[局办委厅站科室部府处所组队心会院辦廳處組隊會](?=[((][一二三四五六七八九十]{1,3}[))])")
    assert _spans(_NEXT_ITEM, text) == _spans(plain, text)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_sentences_and_simplified_as_before(text):
    assert _sentences(text) == re.split(r"(?<=。)", text)
    assert simplified_all(text) == text.translate(simplified_table()[0])
