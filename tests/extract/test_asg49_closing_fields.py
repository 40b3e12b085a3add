"""asg49 (session 49): a paragraph that closes with two or three labelled fields, each its own sentence
(`…。牵头单位:X。配合单位:Y。`), reads every field: the inline tail looked only after the paragraph's last full stop
but one, so the lead before the last field was lost (the brief's probe: `。牵头单位：X。配合单位：Y。` read the
cooperating units only). No dev document prints this shape (probed: none of the corpus's dev passages holds a field
closed by 。 and followed by another field); what each field reads is the corpus README's plain convention for a
labelled tail (`牵头单位:` → lead, `责任单位:` → responsible, `配合单位:` → cooperating; the README's `(牵头单位:市城建局;
责任单位:…)`, the same fields parted by ; instead, already read both). The commit is separate: the lead may drop it.
"""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.text.normalise import normalise
from tests.timing import assert_linear_far


def _units(text: str) -> list[tuple[str, str]]:
    return [(a.role, a.unit) for a in extract_text(normalise(text)).assignments]


def test_a_lead_field_before_a_cooperating_field_is_read():
    assert _units("一、加快推进项目建设。全面落实重点项目包保责任。牵头单位：市发展改革委。配合单位：市财政局、市自然资源局。") == [
        ("lead", "市发展改革委"), ("cooperating", "市财政局"), ("cooperating", "市自然资源局")]


def test_three_fields_are_read_in_the_order_printed():
    assert _units("一、加快推进项目建设。全面落实重点项目包保责任。牵头单位：市发展改革委。责任单位：市交通局。配合单位：市财政局。") == [
        ("lead", "市发展改革委"), ("responsible", "市交通局"), ("cooperating", "市财政局")]


def test_a_field_of_an_earlier_task_on_the_line_is_not_read():
    # a task's sentence between two fields: the earlier field is no part of the tail that closes the line (as before)
    assert _units("任务A要加快。责任单位：市交通局。任务B要加快。责任单位：市财政局。") == [("responsible", "市财政局")]


def test_the_same_line_still_reads_as_before():
    assert _units("一、加快推进项目建设。全面落实重点项目包保责任。牵头单位：市发展改革委。") == [("lead", "市发展改革委")]
    assert _units("一、加快推进项目建设。全面落实重点项目包保责任。\n牵头单位：市发展改革委。配合单位：市财政局。") == [
        ("lead", "市发展改革委"), ("cooperating", "市财政局")]


def test_closing_fields_are_linear():
    def make(n: int) -> str:
        # one line without breaks: many sentences, each closing with fields, the looks bounded to a few sentences
        return "全面落实重点项目包保责任。牵头单位:市发展改革委。配合单位:市财政局。" * n

    assert_linear_far(lambda text: extract_text(text), make, n=8)
