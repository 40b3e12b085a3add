"""Uncertainty and sensitivity of ranks and classes to the construction choices (OECD/JRC Handbook, ch. 5).

Uncertain inputs ("factors"): the node weights (each multiplied by a uniform draw in 1 ± ``weights``),
the imputation method and the normalisation method (each chosen uniformly from a list). The design is
Saltelli's: base matrices A and B of ``n`` rows and, per factor, A with that factor taken from B, so
``runs = n × (factors + 2)``. Every run gives ranks and classes; from them come per unit the median rank,
the 5–95 % rank interval and the probability of each class, and per factor the first-order (Saltelli
2010) and total (Jansen 1999) sensitivity indices of the ranks, pooled over units.

Each distinct (imputation, normalisation) pair is prepared once; a run then only re-weights and
re-aggregates, so 1,000 runs on 3,000 units × 60 indicators × 10 years take seconds.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import numpy as np

from kechuang.errors import KechuangError
from kechuang.evaluation import steps
from kechuang.evaluation.engine import Evaluation, classify_scores, eligible_units, evaluate, prepare, score_tree
from kechuang.evaluation.framework import Framework
from kechuang.indicators.panel import Panel


@dataclass
class Uncertainty:
    period: int
    units: list[str]
    nominal_rank: np.ndarray
    median_rank: np.ndarray
    rank_p05: np.ndarray
    rank_p95: np.ndarray
    nominal_class: list[str]
    class_probability: dict[str, np.ndarray]  # class -> per unit probability
    factors: list[str]
    first_order: dict[str, float] = field(default_factory=dict)
    total: dict[str, float] = field(default_factory=dict)
    runs: int = 0

    def rows(self) -> list[dict]:
        out = []
        for u, unit in enumerate(self.units):
            if np.isnan(self.nominal_rank[u]):
                continue
            row = {"unit": unit, "rank": int(self.nominal_rank[u]), "median_rank": float(self.median_rank[u]),
                   "rank_p05": float(self.rank_p05[u]), "rank_p95": float(self.rank_p95[u]),
                   "class": self.nominal_class[u]}
            for cls, prob in self.class_probability.items():
                row[f"p_{cls}"] = float(prob[u])
            row["p_keep_class"] = float(self.class_probability.get(self.nominal_class[u], np.zeros(1))[u]) \
                if self.nominal_class[u] else float("nan")
            out.append(row)
        return out


def _options(fw: Framework) -> dict[str, list]:
    spec = fw.uncertainty or {}
    weights = float(spec.get("weights", 0.25))
    normalise = spec.get("normalise")
    if normalise is None:
        normalise = ["min-max", "percentile"] if fw.normalise["method"] == "min-max" and fw.scale == "weights" else []
    impute = spec.get("impute")
    if impute is None:
        impute = [fw.impute["method"], "mean"] if fw.impute["method"] not in ("none", "mean") else []
    options: dict[str, list] = {}
    if weights > 0:
        options["weights"] = [weights]
    if len(normalise) > 1:
        options["normalise"] = list(normalise)
    if len(impute) > 1:
        options["impute"] = list(impute)
    if not options:
        raise KechuangError("KC-EVAL-UNCERTAINTY", "框架没有可变的构建选择(权重扰动为 0,标准化与插补方法各只有一种)",
                            key="uncertainty")
    return options


def run_uncertainty(panel: Panel, fw: Framework, runs: int = 1000, *, period: int | None = None, seed: int = 0,
                    allow_missing: bool = False, progress=None, evaluation: Evaluation | None = None) -> Uncertainty:
    """Monte Carlo over weights, imputation and normalisation choices; Sobol indices per factor.

    ``evaluation`` is the nominal result when the caller already has it (it is computed otherwise).
    """
    if runs < 10:
        raise KechuangError("KC-EVAL-UNCERTAINTY", "不确定性分析至少需要 10 次重复", key="uncertainty")
    options = _options(fw)
    factors = list(options)
    k = len(factors)
    n = max(runs // (k + 2), 2)
    rng = np.random.default_rng(seed)
    agg_codes = [c for c in fw.order if c != fw.root]
    width = {"weights": len(agg_codes), "normalise": 1, "impute": 1}
    a = {f: rng.random((n, width[f])) for f in factors}
    b = {f: rng.random((n, width[f])) for f in factors}
    p = panel.period_index(period) if period is not None else len(panel.periods) - 1
    eligible = eligible_units(fw, panel)[p]
    cache: dict[tuple, tuple] = {}

    def run(draw: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        imp = options["impute"][int(draw["impute"][0] * len(options["impute"]))] if "impute" in draw else None
        norm = options["normalise"][int(draw["normalise"][0] * len(options["normalise"]))] \
            if "normalise" in draw else None
        key = (imp, norm)
        if key not in cache:
            variant = fw
            if imp is not None:
                variant = dataclasses.replace(variant, impute={**fw.impute, "method": imp})
            if norm is not None:
                variant = dataclasses.replace(variant, normalise={**fw.normalise, "method": norm})
            leaves, stages, _, _ = prepare(panel, variant, allow_missing=allow_missing)
            cache[key] = (variant, leaves, stages["normalised"])
        variant, leaves, normalised = cache[key]
        weights = None
        if "weights" in draw:
            spread = options["weights"][0]
            factor = 1 - spread + 2 * spread * draw["weights"]
            weights = {c: fw.nodes[c].weight * f for c, f in zip(agg_codes, factor, strict=True)}
        # All periods are scored: a rescale to a reference period needs that period.
        root = score_tree(normalised, leaves, variant, panel, weights)[:, :, 0]
        ranks = steps.rank_desc(root[p:p + 1], eligible[None, :])[0]
        classes = classify_scores(root, fw, panel)[p]
        return ranks, classes

    designs = [("A", a), ("B", b)] + [(f, {g: (b[g] if g == f else a[g]) for g in factors}) for f in factors]
    rank_runs: dict[str, np.ndarray] = {}
    class_runs: list[np.ndarray] = []
    done = 0
    for name, design in designs:
        block = np.empty((n, len(panel.units)))
        for r in range(n):
            block[r], cls = run({f: design[f][r] for f in factors})
            class_runs.append(cls)
            done += 1
            if progress:
                progress(done, n * (k + 2))
        rank_runs[name] = block
    nominal = evaluation or evaluate(panel, fw, allow_missing=allow_missing)
    return _summarise(fw, panel, p, eligible, factors, rank_runs, class_runs, nominal)


def _summarise(fw, panel, p, eligible, factors, rank_runs, class_runs, nominal: Evaluation) -> Uncertainty:
    all_ranks = np.vstack(list(rank_runs.values()))
    with np.errstate(all="ignore"), steps.quiet():
        median = np.nanmedian(all_ranks, axis=0)
        p05, p95 = np.nanpercentile(all_ranks, [5, 95], axis=0)
    classes = np.vstack(class_runs)
    labels = [str(t["class"]) for t in fw.classify["thresholds"]] if fw.classify else []
    probability = {c: (classes == c).mean(axis=0) for c in labels}
    ya, yb = rank_runs["A"], rank_runs["B"]
    variance = np.nanvar(np.vstack([ya, yb]), axis=0)
    first, total = {}, {}
    denom = np.nansum(variance)
    for f in factors:
        yab = rank_runs[f]
        if denom > 0:
            first[f] = float(np.nansum(np.nanmean(yb * (yab - ya), axis=0)) / denom)
            total[f] = float(np.nansum(np.nanmean((ya - yab) ** 2, axis=0) / 2) / denom)
        else:
            first[f] = total[f] = 0.0
    nominal_rank = np.where(eligible, nominal.ranks[p, :, 0], np.nan)
    return Uncertainty(panel.periods[p], list(panel.units), nominal_rank, median, p05, p95,
                       [str(c) for c in nominal.classes[p]], probability, factors, first, total, len(class_runs))
