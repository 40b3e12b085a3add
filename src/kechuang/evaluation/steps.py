"""The construction steps on arrays shaped (periods, units, indicators); ``nan`` marks a missing value.

Each function is vectorised over periods and indicators so a full evaluation of thousands of units runs
in well under a second. The statistics follow COINr (sample skewness and kurtosis of e1071 type 2,
winsorisation to the next value, min-max with the indicator's direction).
"""

from __future__ import annotations

import contextlib
import math
import warnings

import numpy as np

from kechuang.errors import KechuangError


def denominate(x: np.ndarray, den: np.ndarray) -> np.ndarray:
    """Divide by the denominators; a zero denominator gives a missing value (reported by the engine)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        out = x / den
    out[~np.isfinite(out)] = np.nan
    return out


def impute(x: np.ndarray, method: str, present: np.ndarray, groups: np.ndarray | None = None) -> np.ndarray:
    """Fill missing values of present units: group or overall mean per period, or along each unit's series."""
    out = x.copy()
    if method == "none":
        return out
    if method in ("group-mean", "mean"):
        labels = groups if method == "group-mean" else np.zeros(present.shape, dtype=object)
        for p in range(x.shape[0]):
            for label in set(labels[p][present[p]]):
                rows = present[p] & (labels[p] == label)
                block = out[p, rows]
                with np.errstate(invalid="ignore"), quiet():
                    means = np.nanmean(block, axis=0)
                holes = np.isnan(block)
                block[holes] = np.broadcast_to(means, block.shape)[holes]
                out[p, rows] = block
        return out
    if method == "last-value":
        for p in range(1, x.shape[0]):
            holes = np.isnan(out[p]) & present[p][:, None]
            out[p][holes] = out[p - 1][holes]
        return out
    if method == "interpolate":
        return _interpolate(out, present)
    raise KechuangError("KC-EVAL-METHOD", f"未知的插补方法「{method}」", key="impute.method")


@contextlib.contextmanager
def quiet():
    """Silence numpy's RuntimeWarnings (all-nan slices): missing values are reported by the engine."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        yield


def _interpolate(x: np.ndarray, present: np.ndarray) -> np.ndarray:
    """Linear interpolation along periods for each unit and indicator; ends take the nearest value."""
    periods = np.arange(x.shape[0], dtype=float)
    out = x.copy()
    for u in range(x.shape[1]):
        for i in range(x.shape[2]):
            series = out[:, u, i]
            known = ~np.isnan(series)
            if known.all() or not known.any():
                continue
            holes = ~known & present[:, u]
            series[holes] = np.interp(periods[holes], periods[known], series[known])
    return out


def _moments(x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Count and central moments per column ignoring nan; the sums nanmean would take, without its copies."""
    missing = np.isnan(x)
    gaps = missing.any()
    n = (x.shape[0] - missing.sum(axis=0)).astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        d = x - (np.where(missing, 0.0, x) if gaps else x).sum(axis=0) / n
        if gaps:
            d[missing] = 0.0
        d2 = d * d
        m2 = d2.sum(axis=0) / n
        m3 = np.multiply(d2, d, out=d).sum(axis=0) / n
        m4 = np.multiply(d2, d2, out=d2).sum(axis=0) / n
    return n, m2, m3, m4


def skewness(x: np.ndarray) -> np.ndarray:
    """Sample skewness (e1071 type 2, as COINr uses) along axis 0, ignoring nan."""
    return _skew_kurt(x)[0]


def kurtosis(x: np.ndarray) -> np.ndarray:
    """Sample excess kurtosis (e1071 type 2) along axis 0, ignoring nan."""
    return _skew_kurt(x)[1]


def _skew_kurt(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    n, m2, m3, m4 = _moments(x)
    with np.errstate(invalid="ignore", divide="ignore"):
        g1 = m3 / m2 ** 1.5
        g2 = m4 / (m2 * m2) - 3
        skew = g1 * np.sqrt(n * (n - 1)) / (n - 2)
        kurt = ((n + 1) * g2 + 6) * (n - 1) / ((n - 2) * (n - 3))
    return skew, kurt


def winsorise(x: np.ndarray, skew_limit: float, kurt_limit: float, winmax: int
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Winsorise each column of ``x`` (units × columns) while |skewness| > limit and kurtosis > limit.

    Returns the treated values, points winsorised low and high per column, and whether each column
    still fails the limits after ``winmax`` points (the caller then falls back to a log transform).
    """
    out = x.copy()
    low = np.zeros(x.shape[1], dtype=int)
    high = np.zeros(x.shape[1], dtype=int)
    sk, kt = _skew_kurt(out)
    active = np.flatnonzero((np.abs(sk) > skew_limit) & (kt > kurt_limit))
    # The columns still being treated, sign-flipped so that the tail to pull in is always the top: negation is
    # exact, so maxima, equalities and moments (skewness flips sign) are those of the unflipped values.
    sign = np.where(sk[active] >= 0, 1.0, -1.0)
    block = out[:, active] * sign
    for _ in range(winmax):
        if active.size == 0:
            break
        want = np.where(sk[active] >= 0, 1.0, -1.0)
        flip = want != sign
        if flip.any():
            block[:, flip] *= -1.0
            sign = want
        with quiet():
            top = np.fmax.reduce(block, axis=0)  # nanmax
            hit = block == top
            nxt = np.fmax.reduce(np.where(hit, np.nan, block), axis=0)
        np.copyto(block, np.broadcast_to(nxt, block.shape), where=hit)
        up = sign > 0
        high[active[up]] += 1
        low[active[~up]] += 1
        sk_a, kt_a = _skew_kurt(block)
        sk_a *= sign
        sk[active], kt[active] = sk_a, kt_a
        keep = (np.abs(sk_a) > skew_limit) & (kt_a > kurt_limit)
        if not keep.all():
            out[:, active[~keep]] = block[:, ~keep] * sign[~keep]
            block, sign, active = block[:, keep], sign[keep], active[keep]
    if active.size:
        out[:, active] = block * sign
    failed = (np.abs(sk) > skew_limit) & (kt > kurt_limit)
    return out, low, high, failed


def log_transform(x: np.ndarray, shifted: bool = True) -> np.ndarray:
    """COIN Tool log: ln(x - min + 0.01 (max - min)) per column; plain ln(x) when ``shifted`` is false."""
    if not shifted:
        if np.nanmin(x) <= 0:
            raise ValueError("non-positive")
        return np.log(x)
    with quiet():
        lo, hi = np.nanmin(x, axis=0), np.nanmax(x, axis=0)
    return np.log(x - lo + 0.01 * (hi - lo))


def normalise_column(x: np.ndarray, ref: np.ndarray, method: dict, direction: int, scale: tuple[float, float]
                     ) -> np.ndarray:
    """Normalise one indicator; ``x`` and ``ref`` are (periods, units); ``ref`` is the reference set.

    ``ref`` has the same shape, with values outside the reference set as ``nan``; when the reference is
    all periods it is passed already pooled (every row the same).
    """
    name = method["method"]
    lo, hi = scale
    with np.errstate(invalid="ignore", divide="ignore"), quiet():
        if name == "min-max":
            mn, mx = np.nanmin(ref, axis=1, keepdims=True), np.nanmax(ref, axis=1, keepdims=True)
            frac = (x - mn) / (mx - mn) if direction > 0 else (mx - x) / (mx - mn)
            return lo + frac * (hi - lo)
        if name == "z-score":
            mean = np.nanmean(ref, axis=1, keepdims=True)
            sd = np.nanstd(ref, axis=1, ddof=1, keepdims=True)
            z = direction * (x - mean) / sd
            return method.get("mean", 0.0) + z * method.get("sd", 1.0)
        if name == "ratio":
            standard = float(method["standard"])
            cap = float(method.get("cap", 1.0))
            frac = x / standard if direction > 0 else standard / x
            frac = np.where(np.isnan(x), np.nan, np.clip(frac, 0, cap))
            if direction < 0:
                frac = np.where(x <= 0, cap, frac)
            return lo + frac * (hi - lo)
        if name == "goalposts":
            a, b = float(method["min"]), float(method["max"])
            if method.get("log"):
                if np.nanmin(x) <= 0 if np.any(~np.isnan(x)) else False:
                    raise ValueError("log")
                x, a, b = np.log(x), math.log(a), math.log(b)
            frac = (x - a) / (b - a) if direction > 0 else (b - x) / (b - a)
            if method.get("clip", True):
                frac = np.clip(frac, 0, 1)
            return lo + frac * (hi - lo)
        if name == "distance-to-target":
            target = float(method["target"])
            if direction > 0:
                mn = np.nanmin(ref, axis=1, keepdims=True)
                frac = (x - mn) / (target - mn)
            else:
                mx = np.nanmax(ref, axis=1, keepdims=True)
                frac = (mx - x) / (mx - target)
            frac = np.minimum(frac, 1.0) if method.get("cap", True) else frac
            return lo + frac * (hi - lo)
        if name in ("rank", "percentile"):
            return _rank_scores(x, ref, direction, name, lo, hi)
        if name == "identity":
            return x.copy()
        if name == "score":
            top = float(method.get("max", 1.0))
            return lo + np.clip(x / top, 0, 1) * (hi - lo)
    raise KechuangError("KC-EVAL-METHOD", f"未知的标准化方法「{name}」", key="normalise.method")


def _rank_scores(x, ref, direction, name, lo, hi):
    out = np.full(x.shape, np.nan)
    for p in range(x.shape[0]):
        r = ref[p][~np.isnan(ref[p])] * direction
        r.sort()
        v = x[p] * direction
        below = np.searchsorted(r, v, side="left")
        equal = np.searchsorted(r, v, side="right") - below
        rank = below + (equal + 1) / 2  # average rank, 1 = worst
        n = r.size
        if name == "rank":
            out[p] = rank
        else:
            out[p] = lo + (rank - 1) / max(n - 1, 1) * (hi - lo)
        out[p][np.isnan(x[p])] = np.nan
    return out


def aggregate(values: np.ndarray, weights: np.ndarray, method: str) -> np.ndarray:
    """Aggregate children (last axis) with weights, skipping missing children (weights renormalised)."""
    have = ~np.isnan(values)
    w = np.where(have, weights, 0.0)
    total = w.sum(axis=-1)
    filled = np.where(have, values, 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        if method == "sum":
            out = filled.sum(axis=-1)
        elif method == "arithmetic":
            out = (filled * w).sum(axis=-1) / total
        elif method == "geometric":
            if np.any(filled[have] <= 0):
                raise ValueError("geometric")
            out = np.exp((np.log(np.where(have, values, 1.0)) * w).sum(axis=-1) / total)
        elif method == "harmonic":
            if np.any(filled[have] <= 0):
                raise ValueError("harmonic")
            out = total / (w / np.where(have, values, 1.0)).sum(axis=-1)
        else:
            raise KechuangError("KC-EVAL-METHOD", f"未知的汇总方法「{method}」", key="aggregate")
    out[~have.any(axis=-1)] = np.nan
    return out


def nonpositive(values: np.ndarray, rule: str, floor: float | None) -> tuple[np.ndarray, np.ndarray]:
    """Inputs of a geometric or harmonic mean (children on the last axis) made usable.

    ``floor``: values below the floor are raised to it (as the HDI floors its indices). ``skip``: zero and
    negative values are dropped; the second result marks them so the caller leaves the unit-year unscored.
    """
    if rule == "floor":
        return np.where(values < floor, floor, values), np.zeros(values.shape, dtype=bool)
    bad = values <= 0  # nan compares False: a missing child stays missing, it is not a bad one
    return np.where(bad, np.nan, values), bad


def rank_desc(scores: np.ndarray, eligible: np.ndarray) -> np.ndarray:
    """Competition ranks (1 = best, ties share the lower rank) per period; ``nan`` where not eligible.

    ``scores`` is (periods, units) or (periods, units, nodes): every node and period is ranked with one
    batched sort over units (no Python loop), ties found from the sorted runs.
    """
    flat = scores.ndim == 2
    s = scores[:, :, None] if flat else scores
    ok = eligible[:, :, None] & ~np.isnan(s)
    periods, units, nodes = s.shape
    neg = np.where(ok, -s, np.inf).transpose(0, 2, 1).reshape(-1, units)  # a row per (period, node)
    order = np.argsort(neg, axis=-1)
    order += np.arange(0, neg.size, units)[:, None]  # flat positions: 1-d take and put are the fast ones
    ordered = neg.ravel().take(order)
    run = np.ones(ordered.shape, dtype=bool)
    run[:, 1:] = ordered[:, 1:] != ordered[:, :-1]
    first = np.maximum.accumulate(np.where(run, np.arange(1, units + 1, dtype=np.int32), 0), axis=-1)
    ranks = np.empty(neg.size)
    ranks[order.ravel()] = first.ravel()
    ranks = ranks.reshape(periods, nodes, units).transpose(0, 2, 1)
    ranks[~ok] = np.nan
    return ranks[:, :, 0] if flat else ranks
