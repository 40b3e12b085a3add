"""spd46 (session 31): the candidate value pattern tests once, where its number ends, what may follow it
(``vocab._after_number``); the same pattern without that test (its earlier form) finds the same matches, with the same
groups, on every seed and corpus text, from every position a reader starts at."""

from __future__ import annotations

import re

from kechuang.extract.rules import simplified_all
from kechuang.extract.targets import vocab as _vocab  # noqa: F401 (the module, below)
from tests.extract.pattern_forms import stored_texts


def _module():
    import sys

    return sys.modules["kechuang.extract.targets.vocab"]


def test_candidate_matches_as_without_the_gate_after_its_number():
    module = _module()
    new = module.vocab().candidate
    i = new.pattern.index("(?P<unit>(?=[") + len("(?P<unit>(?=[")
    heads = new.pattern[i:new.pattern.index("])", i)].replace("\\", "")
    gate = module._after_number(heads + module._NUMBER_FOLLOWERS)  # (口: wells, horizon49)
    assert new.pattern.count(gate) == 1
    old = re.compile(new.pattern.replace(gate, ""))
    texts = stored_texts()
    assert len(texts) > 3000
    texts += ["3至10万名 460多亿 2025年 十九大 1.5 亿元 12 个 350亿方 3万 8万套(间) 7人(个) 100%~200% 20‰ 一万 五千分之一"]
    for text in texts:
        for t in {text, simplified_all(text)}:
            for start in range(0, min(len(t), 6)):  # readers start a scan anywhere (a clause's first number)
                assert [(m.span(), m.groupdict()) for m in new.finditer(t, start)] == \
                       [(m.span(), m.groupdict()) for m in old.finditer(t, start)]
