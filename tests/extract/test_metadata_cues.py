"""The literal cues that gate metadata readers (``metadata/cues.py``): a gate is a necessary condition of its reader's
match, so the gated reader answers as the reader does on every dev text; where the cue is missing the reader is not run;
the test of a cue is linear in the head's length."""

from __future__ import annotations

from pathlib import Path

import pytest

from kechuang.extract.corpus import load_openings, load_passages, split_of
from kechuang.extract.lines import Line, split_lines
from kechuang.extract.metadata import consultation, cues, issuer, title
from kechuang.extract.rules import forget_lines
from kechuang.text.normalise import normalise
from tests.timing import assert_linear

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"


def _dev_texts() -> list[str]:
    openings = [o.text for o in load_openings(REAL) if split_of(o.source) == "dev"]
    passages = [p.text for p in load_passages(REAL) if split_of(p.source) == "dev"]
    return openings + passages[::4]


@pytest.fixture(scope="module")
def dev_lines() -> list:
    return [split_lines(normalise(text)) for text in _dev_texts()]


@pytest.mark.parametrize(("gated", "reader", "span"), [
    (cues.notice_of, title.notice_of, None),
    (cues.own_title, title.own_title, 60),
    (cues.consulted_title, consultation.consulted_title, 60),
    (cues.order_of, issuer.order_of, 40),
])
def test_gated_reader_answers_as_the_reader(dev_lines, gated, reader, span) -> None:
    """On every dev opening and a quarter of the dev passages, cue or no cue, the same answer."""
    skipped = 0
    for lines in dev_lines:
        forget_lines()
        head = lines if span is None else lines[:span]
        assert gated(head) == reader(head)
        skipped += gated is not reader and not cues.printed(head, "于", "於", "印", "征求", "听取", "令")
    assert skipped  # some texts lack every cue: the gates are exercised


def test_missing_cue_skips_the_reader(monkeypatch) -> None:
    def never(*_):
        raise AssertionError("the reader ran without its cue")

    monkeypatch.setattr(title, "notice_of", never)
    monkeypatch.setattr(title, "own_title", never)
    monkeypatch.setattr(issuer, "order_of", never)
    # a passage of a plan (dev corpus, passages: a target sentence with none of 于/於/印/关/令)
    lines = split_lines("到2025年,全市高新技术企业数量达到500家,研发投入强度达到3%。")
    assert cues.notice_of(lines) is None
    assert cues.own_title(lines) is None
    assert cues.order_of(lines) is None


def test_traditional_cue_is_read_simplified() -> None:
    """關於 read in simplified characters: the cue 关 is found through ``simplified``."""
    lines = split_lines("國務院關於印發某計劃的通知")
    assert cues.read(lines, "关") and cues.read(lines, "于", "於")


def test_cue_is_linear() -> None:
    line = Line(0, 0, 15, "某縣人民政府關於推進工作的通知", False)  # traditional: the joined head is translated

    def run(lines: list[Line]) -> None:
        forget_lines()  # no cached translation
        cues.read(lines, "辖")

    assert_linear(run, lambda n: [line] * n, 20000)
