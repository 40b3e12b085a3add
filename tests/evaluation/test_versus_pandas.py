"""The speed benchmark compares like with like: its vectorised pandas version gives kechuang's results."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas  # noqa: F401  (a test dependency: the reference implementation needs it)

from kechuang.evaluation import evaluate, steps

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import bench_evaluate
from pandas_reference import evaluate_pandas, frame


def test_pandas_version_gives_the_same_scores_ranks_and_classes():
    panel, fw = bench_evaluate.synthetic_panel(seed=3, units=160, years=3), bench_evaluate.framework()
    ev = evaluate(panel, fw)
    treatments = {t["treatment"] for t in ev.treatment}
    assert "对数变换(缩尾未达标)" in treatments and any(t.startswith("缩尾") for t in treatments)  # both paths run
    pillars = {c: list(fw.nodes[c].children) for c in fw.nodes[fw.root].children}
    lower = {c for c in fw.leaves if fw.nodes[c].direction < 0}
    out = evaluate_pandas(frame(panel), pillars, lower)
    bench_evaluate.same_results(ev, out)
    assert out["Index"].notna().all()


def test_batched_ranks_equal_per_node_ranks_with_ties_and_gaps():
    rng = np.random.default_rng(5)
    scores = rng.integers(0, 6, size=(4, 50, 3)).astype(float)  # many ties
    scores[rng.random(scores.shape) < 0.1] = np.nan
    eligible = rng.random((4, 50)) > 0.2
    batched = steps.rank_desc(scores, eligible)
    for k in range(3):
        for p in range(4):
            ok = eligible[p] & ~np.isnan(scores[p, :, k])
            expected = np.full(50, np.nan)
            expected[ok] = [1 + np.sum(scores[p, ok, k] > v) for v in scores[p, ok, k]]
            assert np.array_equal(batched[p, :, k], expected, equal_nan=True)
        assert np.array_equal(steps.rank_desc(scores[:, :, k], eligible), batched[:, :, k], equal_nan=True)
