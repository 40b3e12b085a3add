"""asg57, review 40's risk on asg54's 》 rule: a verb tail after a title's 》 that the page broke after a 、 kept only the
first line's units. The page's break inside a verb tail is the 陕西 乡村振兴 实施方案's (dev,
https://yihaowenku.com/doc/19507.html, `〔县自然资` / `源局、县农业农村局、县林业局按职责分工负责,各乡(街道)落实〕`),
here between two names; the bare list after 》 (review 39's pinned input) is unchanged."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.text.normalise import normalise


def _units(text: str) -> list[tuple[str, str]]:
    return [(a.role, a.unit) for a in extract_text(normalise(text)).assignments]


def test_a_verb_tail_broken_after_a_comma_is_read_whole():
    assert _units("(三)加强普法宣传。认真贯彻落实《中华人民共和国安全生产法》(县司法局、县公安局、\n"
                  "县应急管理局按职责分工负责)") == [
        ("responsible", "县司法局"), ("responsible", "县公安局"), ("responsible", "县应急管理局")]


def test_after_a_stop_as_well():
    assert _units("(三)建设高标准农田5000亩。〔县自然资源局、\n县农业农村局、县林业局按职责分工负责,各乡(街道)落实〕") == [
        ("responsible", "县自然资源局"), ("responsible", "县农业农村局"), ("responsible", "县林业局"),
        ("responsible", "各乡(街道)")]
