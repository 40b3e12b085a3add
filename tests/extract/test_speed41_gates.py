"""Session 41 (speed41): four hot paths lost a generator each (a chain of str finds, or a list comprehension, in its
place); what each gate lets through is unchanged. ``benchmarks/extract_outputs.py`` proved the extractor's outputs
identical over 8,659 documents; these tests pin the gates themselves, each against the generator form it replaced."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.extract.lines import Line
from kechuang.extract.rules import forget_lines
from kechuang.extract.targets.noted_years import without_noted_past
from kechuang.extract.targets.paragraph import Paragraph
from kechuang.extract.targets.years import years

QUOTE_MARKS = ("“", "\"", "「", "‘")  # the opening marks of paragraph._QUOTED (the tuple the gate was)
NOTE_BRACKETS = "(（〔【"  # the openers noted_years' gate looked for


def _masked(text: str) -> list[int]:
    forget_lines()
    para = Paragraph(Line(0, 0, len(text), text, False), "", 2024, None, [])
    return [i for i, flag in enumerate(para.masked) if flag]


@pytest.mark.parametrize(("opening", "closing"), [("“", "”"), ("\"", "\""), ("「", "」"), ("‘", "’")])
def test_each_opening_mark_still_masks_its_quote(opening, closing):
    text = f"实施{opening}百县千村{closing}工程,新建示范村20个"
    start = text.index(opening)
    assert _masked(text) == list(range(start, text.index(closing, start + 1) + 1))


def test_a_line_with_no_opening_mark_masks_nothing():
    text = "到2025年,新建示范村20个,改造农村公路300公里"
    assert not any(q in text for q in QUOTE_MARKS)
    assert _masked(text) == []


@pytest.mark.parametrize("sentence", [
    "全市生产总值增长6%(2022年数据)",
    "支出〔扣除2022年灾后恢复重建专项资金支出外〕增长3%",
    "新建学校10所【含2021年续建项目】",
    "新建学校10所（2022年已开工）",
    "2022年新建学校10所,2024年再建5所",
])
def test_the_noted_past_gate_reads_as_its_generator_form(sentence):
    marks = years(sentence, 0, 0, 2024, None)
    kept = without_noted_past(marks, sentence, 0)
    early = not any(m.past for m in marks) or not any(b in sentence for b in NOTE_BRACKETS)  # the former gate
    assert early == (sentence.startswith("2022年") or not any(b in sentence for b in NOTE_BRACKETS))
    if early:
        assert kept is marks  # the gate's early answer, as before
    else:
        assert all(m in marks for m in kept)  # read on: at most the past ones inside a note are dropped


def test_a_tail_cut_before_the_next_items_number_is_still_read():
    # a page that lost its line breaks (assignments._item_segments): the segments are listed once, then read in order
    text = ("一、推进科技创新\n(一)培育高新技术企业。(责任单位:县科技局)(二)建设孵化器。(责任单位:县发改局、县财政局)\n")
    units = [a.unit for a in extract_text(text).assignments]
    assert units[:1] == ["县科技局"] and "县发改局" in units and "县财政局" in units
