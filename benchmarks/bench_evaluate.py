"""Evaluation speed: 3,000 units × 60 indicators × 10 years, full pipeline and 1,000-run uncertainty.

Side by side, in the same process and run: the same steps written as idiomatic vectorised pandas
(``pandas_reference.py``: grouped transforms, ``skew``/``kurt``, ``groupby.rank``; no row loops) on the same
data; both must give the same scores, ranks and classes (to 1e-9) and the ratio of the best times is printed.
Footnote only: a row-by-row pandas strawman on a 300-unit slice, scaled.
Run: .venv/bin/python benchmarks/bench_evaluate.py   (needs pandas: pip install -e '.[bench]')
"""

from __future__ import annotations

import platform
import time

import numpy as np

from kechuang.evaluation import evaluate
from kechuang.evaluation.framework import framework_from_dict
from kechuang.evaluation.uncertainty import run_uncertainty
from kechuang.indicators.panel import Panel

try:
    from pandas_reference import evaluate_pandas, frame
except ImportError:  # imported as benchmarks.bench_evaluate
    from benchmarks.pandas_reference import evaluate_pandas, frame

UNITS, INDICATORS, YEARS, GROUPS = 3000, 60, 10, 6


def synthetic_panel(seed: int = 7, units: int = UNITS, years: int = YEARS) -> Panel:
    rng = np.random.default_rng(seed)
    values = rng.lognormal(mean=2.0, sigma=0.6, size=(years, units, INDICATORS))
    values[rng.random(values.shape) < 0.02] = np.nan  # 2 % missing
    groups = np.array([f"G{u % 4}" for u in range(units)], dtype=object)
    return Panel([f"U{u:04d}" for u in range(units)], list(range(2014, 2014 + years)),
                 [f"i{i:02d}" for i in range(INDICATORS)], values, np.ones((years, units), dtype=bool),
                 groups={"group": np.tile(groups, (years, 1))})


def framework():
    per = INDICATORS // GROUPS
    children = [{"code": f"P{g}", "children": [{"code": f"i{g * per + k:02d}", "direction": "lower" if k == 0 else 1}
                                               for k in range(per)]} for g in range(GROUPS)]
    return framework_from_dict({
        "name": "bench", "impute": {"method": "group-mean", "group": "group"},
        "treat": {"method": "winsorise", "skew": 2, "kurtosis": 3.5, "winmax": 5},
        "normalise": {"method": "min-max", "range": [0, 100]},
        "classify": {"thresholds": [{"class": "A", "min": 60}, {"class": "B", "min": 45}, {"class": "C"}]},
        "uncertainty": {"weights": 0.25, "normalise": ["min-max", "percentile"], "impute": ["group-mean", "mean"]},
        "tree": {"code": "Index", "children": children}})


def pandas_row_by_row(panel: Panel, fw, n_units: int) -> float:
    """Impute, min-max and aggregate with pandas, one row at a time; seconds for ``n_units`` per year."""
    import pandas as pd

    per = INDICATORS // GROUPS
    start = time.perf_counter()
    for p in range(YEARS):
        df = pd.DataFrame(panel.values[p, :n_units], columns=panel.variables)
        df["group"] = panel.groups["group"][p, :n_units]
        means = df.groupby("group").mean()
        for i, row in df.iterrows():
            for col in panel.variables:
                if pd.isna(row[col]):
                    df.at[i, col] = means.at[row["group"], col]
        lo, hi = df[panel.variables].min(), df[panel.variables].max()
        scores = []
        for _, row in df.iterrows():
            pillars = []
            for g in range(GROUPS):
                vals = []
                for k in range(per):
                    col = f"i{g * per + k:02d}"
                    frac = (row[col] - lo[col]) / (hi[col] - lo[col])
                    vals.append(100 * (1 - frac if k == 0 else frac))
                pillars.append(sum(vals) / len(vals))
            scores.append(sum(pillars) / len(pillars))
        df["Index"] = scores
        df["rank"] = df["Index"].rank(ascending=False, method="min")
    return time.perf_counter() - start


def same_results(ev, out) -> None:
    """kechuang and the pandas version agree on every node's score and rank, and on the classes."""
    for k, node in enumerate(ev.nodes):
        ours, theirs = ev.scores[:, :, k].reshape(-1), out[node].to_numpy()
        assert np.array_equal(np.isnan(ours), np.isnan(theirs)), node
        gap = float(np.nanmax(np.abs(ours - theirs)))
        assert gap <= 1e-9, f"{node}: scores differ by {gap:g}"
        assert np.array_equal(ev.ranks[:, :, k].reshape(-1), out[f"rank_{node}"].to_numpy(), equal_nan=True), node
    assert np.array_equal(ev.classes.reshape(-1).astype(str), out["class"].to_numpy().astype(str))


def versus_pandas(panel: Panel, fw, repeats: int = 7) -> tuple[list[float], list[float]]:
    """Time kechuang and the vectorised pandas version alternately (same process, same data); check they agree."""
    df = frame(panel)
    pillars = {c: list(fw.nodes[c].children) for c in fw.nodes[fw.root].children}
    lower = {c for c in fw.leaves if fw.nodes[c].direction < 0}
    same_results(evaluate(panel, fw), evaluate_pandas(df, pillars, lower))  # also the warm-up
    ours, theirs = [], []
    for _ in range(repeats):
        t = time.perf_counter()
        evaluate(panel, fw)
        ours.append(time.perf_counter() - t)
        t = time.perf_counter()
        evaluate_pandas(df, pillars, lower)
        theirs.append(time.perf_counter() - t)
    return sorted(ours), sorted(theirs)


def main() -> None:
    panel, fw = synthetic_panel(), framework()
    times, pandas_times = versus_pandas(panel, fw)
    best, pd_best = times[0], pandas_times[0]
    ev = evaluate(panel, fw)
    t = time.perf_counter()
    u = run_uncertainty(panel, fw, 1000, seed=1)
    mc = time.perf_counter() - t
    slice_units = 300
    pd_time = pandas_row_by_row(panel, fw, slice_units)
    pd_full = pd_time * UNITS / slice_units
    print(f"machine: {platform.machine()} {platform.python_implementation()} {platform.python_version()}")
    print(f"data: {UNITS} units × {INDICATORS} indicators × {YEARS} years ({UNITS * INDICATORS * YEARS:,} values)")
    print(f"full evaluation (denominate→impute→winsorise→normalise→aggregate→classify→rank): "
          f"best {best:.3f} s, median {times[len(times) // 2]:.3f} s of {len(times)} (target < 1 s)")
    print(f"idiomatic vectorised pandas, same steps, same scores/ranks/classes (checked to 1e-9): "
          f"best {pd_best:.3f} s, median {pandas_times[len(times) // 2]:.3f} s of {len(times)}")
    print(f"kechuang is ×{pd_best / best:.2f} faster than vectorised pandas (best vs best; "
          f"×{pandas_times[len(times) // 2] / times[len(times) // 2]:.2f} median vs median; target ×2)")
    print(f"uncertainty, {u.runs} runs (weights, normalisation, imputation; Sobol S1/ST): {mc:.1f} s "
          "(target < 10 s on 2 cores)")
    print(f"(footnote) pandas row by row, impute+normalise+aggregate+rank only: {pd_time:.1f} s for {slice_units} "
          f"units → ~{pd_full:.0f} s for {UNITS} (×{pd_full / best:.0f}; a strawman, not the comparison above)")
    print(f"warnings: {len(ev.warnings)}; Sobol first-order {u.first_order}")


if __name__ == "__main__":
    main()
