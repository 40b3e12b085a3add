"""Uncertainty speed: 1,000 replications on 3,000 units × 60 indicators × 10 years, in 1 and in all processes.

The data and framework are bench_evaluate's (group-mean imputation, winsorisation, min-max, 6 pillars), so
the factors are the weights, the normalisation (min-max / percentile) and the imputation (group mean /
mean). Both runs must give the same result (same seed); the figure to record is the one with all cores.
Run: .venv/bin/python benchmarks/bench_uncertainty.py
"""

from __future__ import annotations

import os
import platform
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from bench_evaluate import INDICATORS, UNITS, YEARS, framework, synthetic_panel
from kechuang.evaluation.uncertainty import run_uncertainty

RUNS = 1000


def timed(panel, fw, processes: int):
    start = time.perf_counter()
    result = run_uncertainty(panel, fw, RUNS, seed=1, processes=processes)
    return result, time.perf_counter() - start


def main() -> None:
    panel, fw = synthetic_panel(), framework()
    cores = len(os.sched_getaffinity(0))
    one, t_one = timed(panel, fw, 1)
    many, t_many = timed(panel, fw, cores)
    assert np.array_equal(one.median_rank, many.median_rank, equal_nan=True)
    assert one.first_order == many.first_order and one.total == many.total
    print(f"machine: {platform.machine()} {cores} cores, {platform.python_implementation()} "
          f"{platform.python_version()}, numpy {np.__version__}")
    print(f"data: {UNITS} units × {INDICATORS} indicators × {YEARS} years; {many.runs} runs; factors "
          + "; ".join(f"{f} ({d})" for f, d in many.described.items()))
    print(f"uncertainty, 1 process: {t_one:.2f} s; {cores} processes: {t_many:.2f} s (target < 10 s); "
          "results identical")
    print("Sobol first order (95 % bootstrap): " + "; ".join(
        f"{f} {many.first_order[f]:.3f} [{many.first_order_ci[f][0]:.3f}, {many.first_order_ci[f][1]:.3f}]"
        for f in many.factors))


if __name__ == "__main__":
    main()
