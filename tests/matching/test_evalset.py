"""The matching core gated on real text: duplicate recall and precision, precision@5, on both splits."""

from __future__ import annotations

from pathlib import Path

import pytest

from kechuang.matching.evalset import evaluate, load

FIXTURES = Path(__file__).parent.parent / "fixtures" / "matching"


@pytest.fixture(scope="module")
def evalset():
    return load(FIXTURES)


def test_the_set_has_its_sources_and_enough_pairs(evalset):
    assert len(evalset.records) >= 300
    assert len(evalset.pairs) >= 380
    assert all(src.startswith("http") for src in evalset.sources.values())
    readme = (FIXTURES / "README.md").read_text("utf-8")
    for src in set(evalset.sources.values()):
        assert src in readme, src


@pytest.mark.parametrize("split", ["dev", "validation"])
def test_duplicates_are_found_without_false_alarms(evalset, split):
    fig = evaluate(evalset, split)
    assert fig.duplicates >= 10
    assert fig.dup_recall >= 0.85, fig.misses  # measured: dev 11/11, validation 19/22 (reworded titles missed)
    assert fig.dup_precision >= 0.85, fig.misses  # measured: no annotated non-duplicate flagged


# measured 0.652 and 0.688 with the industry concepts (0.539 and 0.610 before; TF-IDF baseline 0.563, 0.648)
@pytest.mark.parametrize(("split", "floor"), [("dev", 0.62), ("validation", 0.65)])
def test_precision_at_5(evalset, split, floor):
    fig = evaluate(evalset, split)
    assert fig.queries >= 100
    assert fig.precision_at_5 >= floor, fig.misses
    assert fig.negatives_in_top5 <= 0.1 * fig.queries * 5
