"""Session 33's speed mends of the Paragraph stage (spd50), held to the forms they replaced.

``Paragraph.run`` visits only the clauses that may hold a value, found by bisection, instead of walking every clause of
a sentence: the clauses read, in order, with the same clause before each and the same count carried, are the ones the
earlier walk read. ``Paragraph.__init__`` asks ``years`` and ``sentence_marks`` only of the sentences ``may_mark``
allows: of every other, the two give no mark (the paragraph's own gate, ``may_mark`` of the whole text, rests on the
same: a change to what ``years`` reads needs a change to ``may_mark``)."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.extract.lines import split_lines
from kechuang.extract.rules import simplified
from kechuang.extract.targets import paragraph as P
from kechuang.extract.targets.sentence_years import sentence_marks
from kechuang.extract.targets.vocab import vocab
from kechuang.extract.targets.years import arabic_years, may_mark, years
from kechuang.text.normalise import normalise
from tests.extract.pattern_forms import stored_texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [normalise(t) for t in stored_texts()]


def test_a_sentence_may_mark_refuses_has_no_mark(texts):
    sentences = ["完成6月底前的任务。", "今秋启动", "到二〇二五年", "“十四五”末", "去年达到5家", "今年新增10家"]
    for text in texts:
        for line in split_lines(text):
            sentences += [s for _, s in P._sentences(arabic_years(simplified(line.text)))]
    assert len(sentences) > 30_000
    for sentence in sentences:
        for plan_year in (None, 2024):
            if may_mark(sentence, plan_year):
                continue
            for inherited in (None, 2025):
                assert years(sentence, 0, 0, plan_year, inherited, None) == []
                assert sentence_marks([], sentence, 0, 0, plan_year, inherited, []) == []


def _walked(para: P.Paragraph) -> None:
    """``Paragraph.run`` as it was before session 33 for a sentence with no 每年 (every clause walked)."""
    recurring, mtext, at = vocab().recurring, para.mtext, -1
    for k, (s_start, sentence) in enumerate(para.sentences):
        if at < s_start:
            hold = P._MAY_HOLD.search(mtext, s_start)
            at = hold.start() if hold is not None else len(mtext)
        if at >= s_start + len(sentence) or recurring.search(sentence) is not None:
            continue
        para.carried_recurring = False
        previous, counting = "", False
        for c0, text in P._read_clauses(sentence):
            if at < s_start + c0:
                hold = P._MAY_HOLD.search(mtext, s_start + c0)
                at = hold.start() if hold is not None else len(mtext)
            counting = at < s_start + c0 + len(text) and para.clause(text, s_start + c0, k, previous, counting,
                                                                     at - s_start - c0)
            previous = text


def test_run_reads_the_clauses_the_walk_read(texts, monkeypatch):
    built: list[tuple[tuple, dict, str, object]] = []
    init, run = P.Paragraph.__init__, P.Paragraph.run

    def recording_init(self, *args, **kwargs):
        self._made = (args, kwargs)
        init(self, *args, **kwargs)

    def recording_run(self):
        if vocab().recurring.search(self.mtext) is None:  # (a sentence with 每年 is walked as before)
            built.append((*self._made, self.lead_cell, self.carried))
        return run(self)

    monkeypatch.setattr(P.Paragraph, "__init__", recording_init)
    monkeypatch.setattr(P.Paragraph, "run", recording_run)
    for text in texts[:1500]:
        extract_text(text, normalised=True)
    monkeypatch.undo()
    assert len(built) > 3000

    def read(para: P.Paragraph, walk) -> list[tuple]:
        calls = []
        clause = para.clause

        def recording(*args):
            calls.append(args)
            return clause(*args)

        para.clause = recording
        walk(para)
        return [*calls, para.targets]

    for args, kwargs, cell, carried in built:
        paras = [P.Paragraph(*args, **kwargs) for _ in range(2)]
        for para in paras:
            para.lead_cell, para.carried = cell, carried
        assert read(paras[0], P.Paragraph.run) == read(paras[1], _walked)
