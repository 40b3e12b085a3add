"""spd52 (session 34): readers rewritten for speed read exactly what their earlier forms read.

``paragraph._sentences`` splits a text whose full stops end sentences (1.实施…。) as one split at 。: it gives what
``_SENTENCE`` gives on every line of the seeds and the corpus and on short strings of every mark, and
``paragraph._clauses`` what ``_CLAUSE`` gives on each of their sentences. ``title._ISSUING`` opens each
branch with its character (关, 關, 印): it finds what its earlier form found on every stored text."""

from __future__ import annotations

import random
import re

from kechuang.extract.metadata import title
from kechuang.extract.metadata.title import ABOUT, READING
from kechuang.extract.targets import paragraph
from kechuang.text.normalise import normalise
from tests.extract.pattern_forms import opens_with_assertion, stored_texts

_OLD_ISSUING = re.compile(rf"{ABOUT}|印(?<=[办室厅委府局]印)[发發]{READING}(?=《)")


def _lines() -> list[str]:
    return [line for text in stored_texts() for line in normalise(text).split("\n")]


def _strings(alphabet: str, count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12))) for _ in range(count)]


def test_sentences_are_the_pattern_s_matches():
    lines = _lines()
    assert len(lines) > 20000
    for text in lines + _strings("。.!?1a年 。..", 50000, 1):
        assert paragraph._sentences(text) == [(m.start(), m.group()) for m in paragraph._SENTENCE.finditer(text)]


def test_clauses_are_the_pattern_s_matches():
    sentences = [s for line in _lines() for _, s in paragraph._sentences(line)]
    for text in sentences + _strings(",;:a且占●,,", 50000, 2):
        assert paragraph._clauses(text) == [(m.start(), m.group()) for m in paragraph._CLAUSE.finditer(text)]


def test_issuing_matches_as_its_earlier_form():
    texts = [*stored_texts(), "市政府办公室印发《方案》的通知", "關(guān)于印发", "关於", "关(guān)(guan)于", "局印發(fā)《规划》"]
    for text in texts:
        assert [m.span() for m in title._ISSUING.finditer(text)] == [m.span() for m in _OLD_ISSUING.finditer(text)]
    assert not opens_with_assertion(title._ISSUING)
