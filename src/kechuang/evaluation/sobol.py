"""Sobol sensitivity indices from a Saltelli design, pooled over units, with bootstrap confidence intervals.

Outputs ``y`` are (runs, units) arrays: the base matrices A and B and, per factor, A with that factor's
columns taken from B. First order: Saltelli et al. (2010), mean(y_B (y_AB − y_A)) / V; total: Jansen
(1999), mean((y_A − y_AB)²) / 2 / V; V is the variance over A and B. Numerators and variances are summed
over the units ranked in every run, so one index per factor summarises the whole ranking.

The bootstrap resamples the base rows (a row of A goes with the same row of B and of every A_B), so the
intervals show how much of an index is Monte Carlo noise; more replications narrow them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class SobolIndices:
    first: dict[str, float]
    total: dict[str, float]
    first_ci: dict[str, tuple[float, float]]
    total_ci: dict[str, tuple[float, float]]
    bootstrap: int
    units: int  # units pooled (ranked in every run)


def _pooled(ya: np.ndarray, yb: np.ndarray, yab: list[np.ndarray], counts: np.ndarray
            ) -> tuple[np.ndarray, np.ndarray]:
    """Indices for each resample (row of ``counts``: how often each base row is drawn); (resamples, factors)."""
    n = ya.shape[0]
    weights = counts / n
    both = np.hstack([counts, counts]) / (2 * n)
    y = np.vstack([ya, yb])
    mean = both @ y
    variance = (both @ (y * y) - mean * mean).sum(axis=1)
    first = np.empty((counts.shape[0], len(yab)))
    total = np.empty_like(first)
    with np.errstate(invalid="ignore", divide="ignore"):
        for k, y_ab in enumerate(yab):
            first[:, k] = weights @ (yb * (y_ab - ya)).sum(axis=1) / variance
            total[:, k] = weights @ ((ya - y_ab) ** 2).sum(axis=1) / 2 / variance
    # No variance at all (every run ranks the same): no factor explains anything.
    first[variance <= 0] = 0.0
    total[variance <= 0] = 0.0
    return first, total


def sobol_indices(ya: np.ndarray, yb: np.ndarray, yab: dict[str, np.ndarray], *, bootstrap: int = 500,
                  seed: int = 0, level: float = 0.95) -> SobolIndices:
    """Pooled first-order and total indices with percentile bootstrap intervals at ``level``."""
    factors = list(yab)
    keep = np.isfinite(ya).all(axis=0) & np.isfinite(yb).all(axis=0)
    for y in yab.values():
        keep &= np.isfinite(y).all(axis=0)
    ya, yb = ya[:, keep], yb[:, keep]
    blocks = [yab[f][:, keep] for f in factors]
    n = ya.shape[0]
    first, total = _pooled(ya, yb, blocks, np.ones((1, n)))
    rng = np.random.default_rng([seed, 1])
    counts = np.stack([np.bincount(rng.integers(0, n, n), minlength=n) for _ in range(bootstrap)]).astype(float)
    boot_first, boot_total = _pooled(ya, yb, blocks, counts)
    tail = (1 - level) / 2 * 100
    lo_f, hi_f = np.percentile(boot_first, [tail, 100 - tail], axis=0)
    lo_t, hi_t = np.percentile(boot_total, [tail, 100 - tail], axis=0)
    return SobolIndices(
        {f: float(first[0, k]) for k, f in enumerate(factors)}, {f: float(total[0, k]) for k, f in enumerate(factors)},
        {f: (float(lo_f[k]), float(hi_f[k])) for k, f in enumerate(factors)},
        {f: (float(lo_t[k]), float(hi_t[k])) for k, f in enumerate(factors)}, bootstrap, int(keep.sum()))
