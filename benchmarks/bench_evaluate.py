"""Evaluation speed: 3,000 units × 60 indicators × 10 years, full pipeline and 1,000-run uncertainty.

Side by side: the same steps written the straightforward pandas way (row by row for normalisation and
aggregation), on a smaller slice, scaled per unit-year so the ratio shows.
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

UNITS, INDICATORS, YEARS, GROUPS = 3000, 60, 10, 6


def synthetic_panel(seed: int = 7) -> Panel:
    rng = np.random.default_rng(seed)
    values = rng.lognormal(mean=2.0, sigma=0.6, size=(YEARS, UNITS, INDICATORS))
    values[rng.random(values.shape) < 0.02] = np.nan  # 2 % missing
    groups = np.array([f"G{u % 4}" for u in range(UNITS)], dtype=object)
    return Panel([f"U{u:04d}" for u in range(UNITS)], list(range(2014, 2014 + YEARS)),
                 [f"i{i:02d}" for i in range(INDICATORS)], values, np.ones((YEARS, UNITS), dtype=bool),
                 groups={"group": np.tile(groups, (YEARS, 1))})


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


def main() -> None:
    panel, fw = synthetic_panel(), framework()
    evaluate(panel, fw)  # warm-up
    times = []
    for _ in range(5):
        t = time.perf_counter()
        ev = evaluate(panel, fw)
        times.append(time.perf_counter() - t)
    best = min(times)
    t = time.perf_counter()
    u = run_uncertainty(panel, fw, 1000, seed=1)
    mc = time.perf_counter() - t
    slice_units = 300
    pd_time = pandas_row_by_row(panel, fw, slice_units)
    pd_full = pd_time * UNITS / slice_units
    print(f"machine: {platform.machine()} {platform.python_implementation()} {platform.python_version()}")
    print(f"data: {UNITS} units × {INDICATORS} indicators × {YEARS} years ({UNITS * INDICATORS * YEARS:,} values)")
    print(f"full evaluation (denominate→impute→winsorise→normalise→aggregate→classify→rank): "
          f"best {best:.3f} s, median {sorted(times)[2]:.3f} s (target < 1 s)")
    print(f"uncertainty, {u.runs} runs (weights, normalisation, imputation; Sobol S1/ST): {mc:.1f} s (target < 30 s)")
    print(f"pandas row by row, impute+normalise+aggregate+rank only: {pd_time:.1f} s for {slice_units} units "
          f"→ ~{pd_full:.0f} s for {UNITS} (×{pd_full / best:.0f} slower than the full vectorised pipeline)")
    print(f"warnings: {len(ev.warnings)}; Sobol first-order {u.first_order}")


if __name__ == "__main__":
    main()
