"""spd45's speed mend of session 31: Paragraph's sentences and clauses found without a match object each, and a
clause's values sought from its first character that may open one.

A line where no ASCII point ends a sentence is split at 。 by str.split (or, with ! or ?, by a simpler pattern:
``_SENTENCE``'s full stop branches cannot match there), a sentence with no 且 or bullet at , ; : by str's methods. These
tests hold that ``_sentences`` and ``_clauses`` give exactly the patterns' (start, text) pairs on every line of every
seed and corpus text and on the edge cases of each form (a mark left alone, decimals, one sentence, an empty text), and
that the candidates of a clause are the same when sought from its first character of ``_MAY_HOLD``."""

from __future__ import annotations

from kechuang.extract.rules import simplified_all
from kechuang.extract.targets import paragraph
from kechuang.extract.targets.vocab import vocab
from tests.extract.pattern_forms import stored_texts

_EDGES = ["", "。", "。。", "a。。b", "。开头", "结尾。", "一句话", "第一句。第二句!第三句?", "增长4.5%。", "47.1%. 发改委",
          "...", "a.b.c", "1.5亿元.", "!?!", "甲。乙。。丙", "。.。", "2.。3", "..5", "增长4.5%。占3.2%", "4.5", "。4.5。",
          "甲!乙。4.5", "2.5。。3.5"]


def _old(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in paragraph._SENTENCE.finditer(text)]


def test_sentences_are_sentence_patterns_matches():
    lines = [line for text in stored_texts() for line in simplified_all(text).split("\n")]
    assert len(lines) > 10000
    for text in lines + _EDGES:
        assert paragraph._sentences(text) == _old(text)


def test_candidates_start_at_or_after_the_first_character_that_may_hold_one():
    """Paragraph.clause scans for values from the clause's first character of _MAY_HOLD (every value opens with one)."""
    candidate = vocab().candidate
    texts = [line for text in stored_texts() for line in simplified_all(text).split("\n")] + _EDGES
    for text in texts:
        for clause in paragraph._CLAUSE.findall(text):
            hold = paragraph._MAY_HOLD.search(clause)
            first = hold.start() if hold else len(clause)
            assert [m.span() for m in candidate.finditer(clause, first)] == [m.span() for m in candidate.finditer(clause)]


def test_clauses_are_clause_patterns_matches():
    """Paragraph.run splits a sentence with no 且 or bullet at , ; : by str's methods: _CLAUSE's matches."""
    texts = [line for text in stored_texts() for line in simplified_all(text).split("\n")]
    edges = ["", ",", ",,a", "a,,", "a;b:c,d", "且", "a且占b", "a且b,c", "●a ●b", "a◆b■c▪d", ":;,", "甲,乙;丙:丁"]
    for text in texts + _EDGES + edges:
        for sentence in [s for _, s in paragraph._sentences(text)] + [text]:
            assert paragraph._clauses(sentence) == [(m.start(), m.group()) for m in paragraph._CLAUSE.finditer(sentence)]
