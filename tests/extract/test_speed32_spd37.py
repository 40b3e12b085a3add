"""spd37: the faster forms answer as the old ones (session 30)."""

from __future__ import annotations

import re
from pathlib import Path

from kechuang.extract.corpus import load_openings
from kechuang.text import normalise as norm

ROOT = Path(__file__).resolve().parent.parent / "fixtures"
# the class of runs ``nfkc_runs`` folds, as it was written before spd37
_OLD_FOLDABLE = re.compile(f"[^\x00-\x7f\u4e00-\u9fff\u2460-\u2473{norm._STABLE}]+")


def test_foldable_class_holds_the_same_code_points() -> None:
    """Every code point, one by one: the ranges' class holds exactly what the negated class held."""
    old, new = re.compile(_OLD_FOLDABLE.pattern[:-1]), re.compile(norm._FOLDABLE_CLASS)
    assert all((old.fullmatch(c) is None) == (new.fullmatch(c) is None) for c in map(chr, range(0x110000)))


def test_foldable_runs_are_found_alike() -> None:
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [o.text for o in load_openings(ROOT / "real")]
    texts += ["Ａ\u0301，e\u0301x\u00a0\u00a0①ｶ\U0001d400《》\u3000"]
    for text in texts:
        assert [m.span() for m in norm._FOLDABLE.finditer(text)] == [m.span() for m in _OLD_FOLDABLE.finditer(text)]


def test_basis_gate_answers_as_its_three_tests() -> None:
    """``_TITLE_OR_TRIGGER`` finds a match in a line exactly where 《, 》 or ``_TRIGGER`` stands in it."""
    from kechuang.extract.metadata import basis

    texts = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [o.text for o in load_openings(ROOT / "real")]
    lines = [ln for text in texts for ln in norm.normalise(text).split("\n")]
    lines += ["贯彻执行《", "落实執行", "深入实施执行", "深入实施了", "依照执行按照"]
    for line in lines:
        old = "《" in line or "》" in line or basis._TRIGGER.search(line) is not None
        assert (basis._TITLE_OR_TRIGGER.search(line) is not None) == old
