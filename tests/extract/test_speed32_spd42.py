"""spd42's speed mends of session 30: the chrome entries' needed words and the head's dated words found by one scan of
an alternation of literals instead of one ``str.find`` pass a word. A match the alternation skips (one starting inside
another) starts on the same line, since no word holds a line break: these tests hold that the lines found are the
same as the earlier per-word finds gave, on every seed and corpus text and on overlapping words."""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from kechuang.extract.lines import _needed
from kechuang.extract.metadata import _DATED_WORD, _DATED_WORDS
from kechuang.text.chrome import needed_literals
from kechuang.text.normalise import normalise
from tests.extract.pattern_forms import stored_texts


def _found(text: str, word: str) -> list[int]:
    """Where ``word`` starts in ``text``, every place: the per-word ``str.find`` passes the one scan replaced."""
    out, at = [], text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out

def _texts() -> list[str]:
    texts = stored_texts()
    texts += ["http>»›http\n版权所有联系我们\n>>>\nICP备网站标识码网站地图公网安备", "日期时间日期\n[来源]\n点击字号阅读\n字号号"]
    return [normalise(t) for t in texts]


def _lines_of(text: str, found: list[int]) -> set[int]:
    starts = list(accumulate([len(raw) + 1 for raw in text.split("\n")[:-1]], initial=0))
    return {bisect_right(starts, at) - 1 for at in found}


def test_one_scan_finds_the_same_lines() -> None:
    for text in _texts():
        for words, pattern in ((needed_literals(), _needed()), (_DATED_WORDS, _DATED_WORD)):
            old = _lines_of(text, [at for word in words if word in text for at in _found(text, word)])
            assert _lines_of(text, [m.start() for m in pattern.finditer(text)]) == old
