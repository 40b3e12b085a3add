"""Session 35's speed mend of the metadata readers (spd55): scans replaced by ``str`` tests or searched only where a
match can stand. These tests hold that each new form reads exactly what the old one did on every seed and corpus
line, and on the edge cases the old forms' anchors admit (``$`` also before a last line break)."""

from __future__ import annotations

import re

from kechuang.extract.metadata import basis, issuer
from kechuang.extract.metadata.common import ORG_SUFFIX, org_named
from kechuang.extract.metadata.title import ABOUT_RE, OWN_TITLE
from kechuang.extract.rules import simplified_all
from tests.extract.pattern_forms import stored_texts


def _lines() -> list[str]:
    lines = [line for text in stored_texts() for line in text.split("\n")]
    assert len(lines) > 30000
    return lines


def test_an_organisation_suffix_is_told_as_the_pattern_tells_it():
    cases = ["", "局", "局\n", "局\n\n", "市科技局 ", "人民政府办公厅", "總社", "中心校", "\n", "领导小组\n"]
    for text in [*cases, *_lines()]:
        assert org_named(text) == (ORG_SUFFIX.search(text) is not None), text[:20]
    # and the words as the pattern lists them, none left out
    assert ORG_SUFFIX.pattern == "(" + "|".join(org_named.__globals__["_ORG_ENDS"]) + ")$"


def test_a_signature_trailer_is_cut_from_the_tail_as_from_the_whole_line():
    tails = ["(此件公开发布)", "(此件主动公开)", "|", "||", "(此件公开发布)|", "(此件公开发布)(此件公开发布)(此件主动公开)"]
    texts = [line.strip() for line in _lines() if line.strip().endswith((")", "）", "|"))]
    texts += [head + tail for head in ("", "2015年7月17日", "二○一○年十二月二日 ", "某某" * 30) for tail in tails]
    for text in texts:
        cut = max(0, len(text) - 36)
        assert text[:cut] + issuer._TRAILER.sub("", text[cut:]) == issuer._TRAILER.sub("", text)


def test_the_gated_basis_readings_need_their_words():
    for line in _lines():
        plain = simplified_all(line)
        if "人大" not in plain and "人民代表大" not in plain:
            assert basis._ADOPTED.search(plain) is None and basis._ADOPTED_AFTER.search(plain) is None
        if "现" not in plain and "現" not in plain:
            assert basis._DIVIDED.search(plain) is None
        for sentence in plain.split("。"):
            trigger = basis._TRIGGER.search(sentence)
            if trigger and not sentence.endswith("要", 0, trigger.start()):
                assert basis._INSTRUCTION.search(sentence, 0, trigger.start()) is None


def test_a_title_of_its_own_holds_about_where_the_pattern_finds_one():
    for line in _lines():
        flat = "".join(simplified_all(line).split())
        if OWN_TITLE.match(flat):
            assert ABOUT_RE.search(flat)


def test_lost_spaces_are_question_marks():
    assert all("?" in m.group() for m in re.finditer(issuer._LOST, "??a? b?"))
