"""Uncertainty and sensitivity of ranks and classes to the construction choices (OECD/JRC Handbook, ch. 5).

Only what the framework actually uses is perturbed ("factors", see docs/evaluation.md):
- ``weights``: each node weight that has a sibling × U(1 − w, 1 + w) (frameworks that average weights);
- ``points``: each indicator's points × U(1 − w, 1 + w), then all rescaled so the total stays the
  framework's total (frameworks with ``scale: points``, whose weights are never used);
- ``standards``: each standard (``ratio``), goalpost (``goalposts`` min and max) and target
  (``distance-to-target``) × U(1 − s, 1 + s);
- ``normalise`` and ``impute``: one method drawn uniformly from the declared alternatives.
The design is Saltelli's: base matrices A and B of ``n`` rows and, per factor, A with that factor taken
from B, so ``runs = n × (factors + 2)``. Every run gives ranks and classes. Runs are split into chunks
over processes; each run depends only on its row of the design, so the result is the same for any
number of processes. When no factor exists, or no run moves any score, a ``KechuangError`` says so.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

import numpy as np

from kechuang.errors import KechuangError
from kechuang.evaluation import steps
from kechuang.evaluation.engine import (
    Evaluation,
    eligible_units,
)
from kechuang.evaluation.framework import Framework
from kechuang.evaluation.montecarlo import (
    PeriodSlice,
    RunState,
    install,
    nominal_result,
    prepare_impute,
    prepare_installed,
    run_chunk,
    run_chunks,
    worker_context,
)
from kechuang.evaluation.sobol import sobol_indices
from kechuang.indicators.panel import Panel

FACTOR_NAMES = {"weights": "权重", "points": "分值", "standards": "标准值与门槛", "normalise": "标准化方法",
                "impute": "插补方法"}
CHUNK = 25  # runs scored together (one array operation per node for the whole chunk)
STANDARD_KEYS = {"ratio": ("standard",), "goalposts": ("min", "max"), "distance-to-target": ("target",)}


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
    first_order_ci: dict[str, tuple[float, float]] = field(default_factory=dict)  # 95 % bootstrap
    total_ci: dict[str, tuple[float, float]] = field(default_factory=dict)
    described: dict[str, str] = field(default_factory=dict)  # factor -> what was perturbed, in Chinese
    processes: int = 1

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


@dataclass
class Factors:
    names: list[str]
    share: float  # weights or points: ± share
    standard_share: float
    perturbed: list[str]  # node codes whose weight (or leaf codes whose points) are perturbed
    standards: list[tuple[str, str, str]]  # (leaf, method, key)
    normalise: list[str]
    impute: list[str]

    def width(self, name: str) -> int:
        return {"weights": len(self.perturbed), "points": len(self.perturbed), "standards": len(self.standards)
                }.get(name, 1)


def _share(spec: dict, key: str, default: float, fw: Framework) -> float:
    value = spec.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < 1:
        raise KechuangError("KC-EVAL-UNCERTAINTY", f"框架「{fw.name}」的 uncertainty.{key} 应为 0 到 1 之间的比例"
                            f"(如 0.2 即 ±20%),现为「{value}」", file=fw.path, key=f"uncertainty.{key}")
    return float(value)


def factors_of(fw: Framework) -> Factors:
    """The factors the framework really uses; an error naming the framework when there is none."""
    spec = fw.uncertainty or {}
    share = _share(spec, "weights", 0.25, fw)
    standard_share = _share(spec, "standards", 0.1, fw)
    normalise = spec.get("normalise")
    if normalise is None:
        normalise = ["min-max", "percentile"] if fw.normalise["method"] == "min-max" and fw.scale == "weights" else []
    impute = spec.get("impute")
    if impute is None:
        impute = [fw.impute["method"], "mean"] if fw.impute["method"] not in ("none", "mean") else []
    if fw.scale == "points":
        perturbed = [c for c in fw.leaves if (fw.nodes[c].points or 0) > 0]
        weight_name = "points"
    else:  # a weight only matters next to a sibling (weights are shared out per parent)
        perturbed = [c for c in fw.order if c != fw.root and len(fw.nodes[fw.nodes[c].parent].children) > 1]
        weight_name = "weights"
    standards = []
    for leaf in fw.leaves:
        method = fw.normalise_for(leaf)
        for key in STANDARD_KEYS.get(method["method"], ()):
            if key in method and float(method[key]) != 0:
                standards.append((leaf, method["method"], key))
    names = []
    if share > 0 and len(perturbed) > 1:
        names.append(weight_name)
    if standard_share > 0 and standards:
        names.append("standards")
    if len(normalise) > 1:
        names.append("normalise")
    if len(impute) > 1:
        names.append("impute")
    if not names:
        raise KechuangError(
            "KC-EVAL-UNCERTAINTY-NOTHING", f"框架「{fw.name}」没有可扰动的构建选择:{FACTOR_NAMES[weight_name]}扰动为 0 "
            f"或只有一项,没有标准值/门槛(或 uncertainty.standards 为 0),标准化与插补方法各只有一种;"
            "请在框架的 uncertainty 中设置 weights、standards,或列出 normalise / impute 的备选方法",
            file=fw.path, key="uncertainty")
    return Factors(names, share, standard_share, perturbed, standards, list(normalise), list(impute))


def describe(factors: Factors) -> dict[str, str]:
    out = {}
    for name in factors.names:
        if name in ("weights", "points"):
            out[name] = f"{len(factors.perturbed)} 个{FACTOR_NAMES[name]} ±{factors.share:.0%}"
        elif name == "standards":
            out[name] = f"{len(factors.standards)} 个标准值/门槛 ±{factors.standard_share:.0%}"
        else:
            out[name] = "、".join(getattr(factors, name))
    return out


def _needed_periods(fw: Framework, panel: Panel, p: int, factors: Factors) -> list[int]:
    pooled = any(fw.normalise_for(leaf).get("reference", fw.normalise.get("reference")) == "all"
                 for leaf, _, _ in factors.standards)
    if "standards" in factors.names and pooled:
        return list(range(len(panel.periods)))
    needed = {p}
    ref = (fw.rescale or {}).get("period")
    if ref is not None and int(ref) in panel.periods:
        needed.add(panel.periods.index(int(ref)))
    return sorted(needed)


def run_uncertainty(panel: Panel, fw: Framework, runs: int = 1000, *, period: int | None = None, seed: int = 0,
                    allow_missing: bool = False, progress=None, evaluation: Evaluation | None = None,
                    processes: int | None = None) -> Uncertainty:
    """Monte Carlo over the factors the framework uses; Sobol indices with bootstrap intervals.

    ``evaluation`` is the nominal result when the caller already has it (it is computed otherwise);
    ``processes`` defaults to every core available (the result does not depend on it).
    """
    if runs < 10:
        raise KechuangError("KC-EVAL-UNCERTAINTY", "不确定性分析至少需要 10 次重复", key="uncertainty")
    factors = factors_of(fw)
    names = factors.names
    k = len(names)
    n = max(runs // (k + 2), 2)
    rng = np.random.default_rng(seed)
    a = {f: rng.random((n, factors.width(f))) for f in names}
    b = {f: rng.random((n, factors.width(f))) for f in names}
    designs = [a, b] + [{g: (b[g] if g == f else a[g]) for g in names} for f in names]
    draws = {f: np.concatenate([d[f] for d in designs]) for f in names}
    total_runs = n * (k + 2)
    p = panel.period_index(period) if period is not None else len(panel.periods) - 1
    needed = _needed_periods(fw, panel, p, factors)
    processes = max(1, min(processes or len(os.sched_getaffinity(0)), total_runs // CHUNK + 1))
    # Fixed chunks, whatever the number of processes: every run is computed the same way either way.
    chunks = np.array_split(np.arange(total_runs), -(-total_runs // CHUNK))
    parts = [{f: d[c] for f, d in draws.items()} for c in chunks]
    results = []
    if processes == 1:
        state, nominal = _setup(panel, fw, factors, p, needed, allow_missing, evaluation, None)
        for part in parts:
            results.append(run_chunk(part, state))
            if progress:
                progress(sum(len(r[0]) for r in results), total_runs)
    else:  # the panel reaches the workers once, through the initializer (not pickled per task on Linux)
        with ProcessPoolExecutor(processes, mp_context=worker_context(), initializer=install,
                                 initargs=((panel, fw),)) as pool:
            state, nominal = _setup(panel, fw, factors, p, needed, allow_missing, evaluation, pool)
            # The prepared state travels once per task; each task scores its share of the fixed chunks.
            shares = [parts[i::processes * 2] for i in range(processes * 2)]
            done = [None] * len(parts)
            for i, result in enumerate(pool.map(run_chunks, [state] * len(shares), shares)):
                done[i::processes * 2] = result
                if progress:
                    progress(sum(len(r[0]) for r in done if r is not None), total_runs)
            results = done
    scores, ranks, codes = (np.concatenate([r[i] for r in results]) for i in range(3))
    _check_varies(fw, factors, scores, total_runs)
    return _summarise(fw, panel, p, state, nominal, scores, ranks, codes, n, seed, processes)


def _first(options: list, own: str) -> list:
    """The framework's own method first, so the nominal result comes with its preparation."""
    return sorted(options, key=lambda m: m != own)


def _setup(panel, fw, factors, p, needed, allow_missing, evaluation, pool) -> tuple[RunState, tuple]:
    imputes = _first(factors.impute, fw.impute["method"]) if "impute" in factors.names else [None]
    norms = _first(factors.normalise, fw.normalise["method"]) if "normalise" in factors.names else [None]
    args = [(panel, fw, imp, norms, needed, allow_missing) for imp in imputes]
    if pool is None:
        prepared = [prepare_impute(*a) for a in args]
    else:
        prepared = [f.result() for f in [pool.submit(prepare_installed, *a[2:]) for a in args]]
    if evaluation is not None:
        nominal = evaluation.ranks[:, :, 0], evaluation.classes
    else:
        nominal = next((r[3] for r in prepared if r[3] is not None), None) or nominal_result(panel, fw, allow_missing)
    combos: dict[tuple, tuple] = {}
    treated = {}
    for imp, (_leaves, out, stage, _) in zip(imputes, prepared, strict=True):
        combos.update({key: (variant, np.ascontiguousarray(x.transpose(0, 2, 1))) for key, (variant, x) in out.items()})
        if "standards" in factors.names:
            treated[imp] = stage
    leaves = prepared[0][0]
    eligible = eligible_units(fw, panel)[p]
    labels = [str(t["class"]) for t in fw.classify["thresholds"]] if fw.classify else []
    sliced = PeriodSlice(list(panel.units), [panel.periods[i] for i in needed], panel.present[needed])
    state = RunState(fw, factors, sliced, needed.index(p), eligible, leaves, combos, treated, labels)
    return state, (nominal[0][p], nominal[1][p])


def _check_varies(fw: Framework, factors: Factors, scores: np.ndarray, runs: int) -> None:
    with np.errstate(invalid="ignore"), steps.quiet():
        spread = np.nanmax(scores, axis=0) - np.nanmin(scores, axis=0)
        size = np.nanmax(np.abs(scores))
    if not np.any(spread > 1e-12 * max(float(size), 1.0)):
        what = "、".join(f"{FACTOR_NAMES[f]}({d})" for f, d in describe(factors).items())
        raise KechuangError(
            "KC-EVAL-UNCERTAINTY-NOTHING", f"框架「{fw.name}」的不确定性分析没有任何变化:扰动{what}后,"
            f"{runs} 次重复中各单位的总分完全相同,排名区间与等级概率没有意义;请在框架的 uncertainty 中"
            "设置真正影响得分的选择", file=fw.path, key="uncertainty")


def _summarise(fw, panel, p, state: RunState, nominal, scores, ranks, codes, n, seed, processes) -> Uncertainty:
    names = state.factors.names
    with np.errstate(all="ignore"), steps.quiet():
        if np.isnan(ranks).any():
            median, p05, p95 = np.nanpercentile(ranks, [50, 5, 95], axis=0)
        else:
            median, p05, p95 = np.percentile(ranks, [50, 5, 95], axis=0)
    probability = {c: (codes == k).mean(axis=0) for k, c in enumerate(state.labels)}
    blocks = {name: ranks[(2 + i) * n:(3 + i) * n] for i, name in enumerate(names)}
    sobol = sobol_indices(ranks[:n], ranks[n:2 * n], blocks, seed=seed)
    nominal_rank = np.where(state.eligible, nominal[0], np.nan)
    return Uncertainty(panel.periods[p], list(panel.units), nominal_rank, median, p05, p95,
                       [str(c) for c in nominal[1]], probability, names, sobol.first, sobol.total, len(ranks),
                       sobol.first_ci, sobol.total_ci, describe(state.factors), processes)
