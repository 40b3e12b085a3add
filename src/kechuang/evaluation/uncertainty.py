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

import ctypes
import dataclasses
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

import numpy as np

from kechuang.errors import KechuangError
from kechuang.evaluation import steps
from kechuang.evaluation.engine import (
    Evaluation,
    _normalise,
    classify_scores,
    eligible_units,
    evaluate,
    prepare,
    score_tree,
)
from kechuang.evaluation.framework import Framework
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


@dataclass
class _Slice:
    """The periods a run needs (the ranked period and a rescale reference period), in the Panel's shape."""
    units: list[str]
    periods: list[int]
    present: np.ndarray


@dataclass
class _State:
    fw: Framework
    factors: Factors
    panel: _Slice
    period: int  # index of the ranked period in ``panel.periods``
    eligible: np.ndarray  # (units,)
    leaves: list[str]
    combos: dict[tuple, tuple]  # (impute, normalise) -> (framework variant, normalised (periods, units, leaves))
    treated: dict[str | None, np.ndarray]  # impute -> treated stage (periods, units, leaves), when standards vary
    labels: list[str]


def _variant(fw: Framework, imp: str | None, norm: str | None) -> Framework:
    variant = fw
    if imp is not None:
        variant = dataclasses.replace(variant, impute={**fw.impute, "method": imp})
    if norm is not None:
        variant = dataclasses.replace(variant, normalise={**fw.normalise, "method": norm})
    return variant


def _prepare_impute(panel: Panel, fw: Framework, imp: str | None, norms: list, needed: list[int],
                    allow_missing: bool) -> tuple[list[str], dict, np.ndarray, tuple | None]:
    """One imputation: the normalised stage under every normalisation alternative, for the needed periods,
    and the nominal ranks and classes when this imputation and the first normalisation are the framework's."""
    leaves, stages, _, _ = prepare(panel, _variant(fw, imp, norms[0]), allow_missing=allow_missing)
    out = {(imp, norms[0]): (_variant(fw, imp, norms[0]), stages["normalised"][needed])}
    pooled = any(fw.normalise_for(leaf).get("reference") == "all" for leaf in leaves)
    sliced = _Slice(list(panel.units), [panel.periods[i] for i in needed], panel.present[needed])
    for norm in norms[1:]:
        variant = _variant(fw, imp, norm)
        if pooled:
            out[(imp, norm)] = (variant, _normalise(stages["treated"], leaves, variant, panel, [])[needed])
        else:
            out[(imp, norm)] = (variant, _normalise(stages["treated"][needed], leaves, variant, sliced, []))
    nominal = None
    if imp in (None, fw.impute["method"]) and norms[0] in (None, fw.normalise["method"]):
        nominal = _nominal_ranks(stages["normalised"], leaves, fw, panel)
    return leaves, out, stages["treated"][needed], nominal


def _prepare_installed(imp, norms, needed, allow_missing):
    panel, fw = _WORKER_STATE
    return _prepare_impute(panel, fw, imp, norms, needed, allow_missing)


def _nominal_ranks(normalised, leaves, fw: Framework, panel: Panel) -> tuple[np.ndarray, np.ndarray]:
    """Root ranks and classes of every period, as ``evaluate`` gives them."""
    root = score_tree(normalised, leaves, fw, panel)[:, :, 0]
    digits = fw.rank.get("round")
    ranked = np.round(root, int(digits)) if digits is not None else root
    return steps.rank_desc(ranked, eligible_units(fw, panel)), classify_scores(root, fw, panel)


def _nominal(panel: Panel, fw: Framework, allow_missing: bool) -> tuple[np.ndarray, np.ndarray]:
    ev = evaluate(panel, fw, allow_missing=allow_missing)
    return ev.ranks[:, :, 0], ev.classes


def _pick(options: list, draw: np.ndarray | None):
    return None if draw is None else options[int(draw[0] * len(options))]


def _competition_ranks(scores: np.ndarray, eligible: np.ndarray) -> np.ndarray:
    """Ranks per row (1 = best, ties share the better rank), as ``steps.rank_desc``, for many runs at once."""
    valid = eligible[None, :] & ~np.isnan(scores)
    keys = np.where(valid, -scores, np.inf)
    order = np.argsort(keys, axis=1, kind="stable")
    ordered = np.take_along_axis(keys, order, axis=1)
    position = np.broadcast_to(np.arange(keys.shape[1]), keys.shape)
    start = np.ones(keys.shape, dtype=bool)
    start[:, 1:] = ordered[:, 1:] != ordered[:, :-1]
    first = np.maximum.accumulate(np.where(start, position, 0), axis=1)
    ranks = np.empty(keys.shape)
    np.put_along_axis(ranks, order, first + 1.0, axis=1)
    return np.where(valid, ranks, np.nan)


def _combo_keys(state: _State, draws: dict[str, np.ndarray]) -> list[tuple]:
    f = state.factors
    return [(_pick(f.impute, draws["impute"][r] if "impute" in draws else None),
             _pick(f.normalise, draws["normalise"][r] if "normalise" in draws else None))
            for r in range(len(next(iter(draws.values()))))]


def _leaf_values(state: _State, draws: dict[str, np.ndarray], key: tuple) -> tuple[np.ndarray, np.ndarray]:
    """Leaf values of runs sharing one (imputation, normalisation) choice, (1 or runs, periods, leaves, units):
    units last, so each step runs over long contiguous rows; one shared array unless standards move.
    Also each run's leaf multipliers (runs, leaves): the points (perturbed) under ``scale: points``, else 1."""
    f, fw = state.factors, state.fw
    runs = len(next(iter(draws.values())))
    values = state.combos[key][1][None]
    if "standards" in draws:
        values = np.repeat(values, runs, axis=0)
        for r in range(runs):
            _move_standards(state, state.combos[key][0], state.treated[key[0]], draws["standards"][r], values[r])
    scale = np.ones((runs, len(state.leaves)))
    if fw.scale == "points":
        scale *= np.array([fw.nodes[c].points for c in state.leaves])
        if "points" in draws:
            points = np.array([fw.nodes[c].points for c in f.perturbed])
            factor = 1 - f.share + 2 * f.share * draws["points"]
            factor = factor * points.sum() / (factor * points).sum(axis=1, keepdims=True)  # the total stays
            cols = [state.leaves.index(c) for c in f.perturbed if c in state.leaves]
            scale[:, cols] *= factor[:, [f.perturbed.index(state.leaves[i]) for i in cols]]
    return values, scale


def _move_standards(state: _State, variant: Framework, treated: np.ndarray, draw: np.ndarray, out: np.ndarray):
    """Normalise again the indicators whose standard, goalposts or target this run moves (into ``out``,
    shaped (periods, leaves, units))."""
    share = state.factors.standard_share
    changed: dict[str, dict] = {}
    for (leaf, method, key), u in zip(state.factors.standards, draw, strict=True):
        current = changed.get(leaf) or variant.normalise_for(leaf)
        if current["method"] != method or leaf not in state.leaves:  # an alternative without this standard
            continue
        changed[leaf] = {**current, key: float(current[key]) * (1 - share + 2 * share * u)}
    if changed:
        nodes = dict(variant.nodes)
        for leaf, method in changed.items():
            nodes[leaf] = dataclasses.replace(nodes[leaf], normalise=method)
        cols = [state.leaves.index(c) for c in changed]
        moved = dataclasses.replace(variant, nodes=nodes)
        out[:, cols, :] = _normalise(treated[:, :, cols], list(changed), moved, state.panel, []).transpose(0, 2, 1)


def _root_scores(state: _State, values: np.ndarray, scale: np.ndarray, draws: dict[str, np.ndarray]) -> np.ndarray:
    """Weight and aggregate up the tree for a chunk of runs at once; root scores (runs, periods, units).

    The steps of ``engine.score_tree``: a missing child's weight is shared by its siblings
    (``steps.aggregate``); points frameworks sum points × score. Children that are leaves next to each
    other with no missing value are one ``einsum`` over the shared leaf values. Only the root is
    rescaled, since a parent is aggregated before its children are rescaled.
    """
    fw = state.fw
    runs = scale.shape[0]
    weights = {c: np.full(runs, fw.nodes[c].weight) for c in fw.order}
    if "weights" in draws:
        factor = 1 - state.factors.share + 2 * state.factors.share * draws["weights"]
        for j, code in enumerate(state.factors.perturbed):
            weights[code] = fw.nodes[code].weight * factor[:, j]
    index = {code: i for i, code in enumerate(state.leaves)}
    scores: dict[str, np.ndarray] = {}
    missing = np.full((runs, values.shape[1], values.shape[3]), np.nan)

    def leaf(code: str) -> np.ndarray:
        if code not in index:
            return missing
        i = index[code]
        return values[:, :, i, :] * scale[:, i, None, None]

    for code in fw.aggregates_bottom_up():
        node = fw.nodes[code]
        method = "sum" if fw.scale == "points" else (node.aggregate or fw.aggregate)
        cols = [index.get(c, -1) for c in node.children]
        w = np.stack([weights[c] for c in node.children], axis=-1)  # (runs, children)
        if min(cols) >= 0 and cols == list(range(cols[0], cols[0] + len(cols))) and method in ("arithmetic", "sum"):
            block = values[:, :, cols[0]:cols[0] + len(cols), :]
            if not np.isnan(block).any():
                w_eff = w * scale[:, cols] if method == "arithmetic" else scale[:, cols]
                out = np.einsum("rc,pcu->rpu", w_eff, block[0]) if block.shape[0] == 1 else \
                    np.einsum("rc,rpcu->rpu", w_eff, block)
                scores[code] = out / w.sum(axis=1)[:, None, None] if method == "arithmetic" else out
                continue
        block = np.stack([scores.pop(c) if c in scores else leaf(c) for c in node.children], axis=-1)
        try:
            scores[code] = steps.aggregate(block, w[:, None, None, :], method)
        except ValueError:
            raise KechuangError("KC-EVAL-GEOMEAN-NONPOSITIVE", f"节点「{code}」用{method}平均汇总,但下级得分中有"
                                "零或负值;请把标准化区间设为正数(如 range: [1, 100])或改用算术平均",
                                key=f"{code}.aggregate") from None
    root = scores[fw.root]
    if fw.rescale:
        spec = fw.rescale
        u = state.panel.units.index(spec.get("unit"))
        value = float(spec.get("value", 100))
        if spec.get("period") is not None:
            base = root[:, state.panel.periods.index(int(spec["period"])), u][:, None, None]
        else:
            base = root[:, :, u][:, :, None]
        root = root / base * value
    return root


def _run_chunk(draws: dict[str, np.ndarray], state: _State | None = None
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Scores, ranks and class codes of the ranked period for a chunk of runs, (runs, units) each."""
    state = state or _WORKER_STATE
    keys = _combo_keys(state, draws)
    root = None
    for key in dict.fromkeys(keys):
        rows = np.array([k == key for k in keys])
        group = {f: d[rows] for f, d in draws.items()}
        values, scale = _leaf_values(state, group, key)
        part = _root_scores(state, values, scale, group)
        if root is None:
            root = np.empty((len(keys), *part.shape[1:]))
        root[rows] = part
    digits = state.fw.rank.get("round")
    ranked = np.round(root, int(digits)) if digits is not None else root
    p = state.period
    ranks = _competition_ranks(ranked[:, p], state.eligible)
    runs, periods, units = root.shape
    classes = classify_scores(root.reshape(runs * periods, units), state.fw, state.panel)
    classes = classes.reshape(runs, periods, units)[:, p]
    codes = np.full(classes.shape, -1, dtype=np.int16)
    for k, label in enumerate(state.labels):
        codes[classes == label] = k
    return root[:, p], ranks, codes


def _keep_heap() -> None:
    """glibc: keep freed memory in the worker's heap (no mmap per large array, no trimming), so the
    arrays of every run reuse pages already faulted in instead of asking the kernel for zeroed ones."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(-1, 1 << 30)  # M_TRIM_THRESHOLD
        libc.mallopt(-3, 1 << 25)  # M_MMAP_THRESHOLD (32 MiB, the largest glibc accepts on 64-bit)
    except (OSError, AttributeError):
        pass


def _context():
    """Fresh workers from a fork server: a plain fork copies the parent's used heap, and writing into it
    page by page made each worker's preparation three times slower than in the parent."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return None
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["kechuang.evaluation.uncertainty"])
    return context


def _run_chunks(state: _State, parts: list[dict]) -> list[tuple]:
    return [_run_chunk(part, state) for part in parts]


_WORKER_STATE = None  # a worker's (panel, framework) while preparing, then its _State while running


def _install(state) -> None:
    global _WORKER_STATE
    _keep_heap()
    _WORKER_STATE = state


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
            results.append(_run_chunk(part, state))
            if progress:
                progress(sum(len(r[0]) for r in results), total_runs)
    else:  # the panel reaches the workers once, through the initializer (not pickled per task on Linux)
        with ProcessPoolExecutor(processes, mp_context=_context(), initializer=_install,
                                 initargs=((panel, fw),)) as pool:
            state, nominal = _setup(panel, fw, factors, p, needed, allow_missing, evaluation, pool)
            # The prepared state travels once per task; each task scores its share of the fixed chunks.
            shares = [parts[i::processes * 2] for i in range(processes * 2)]
            done = [None] * len(parts)
            for i, result in enumerate(pool.map(_run_chunks, [state] * len(shares), shares)):
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


def _setup(panel, fw, factors, p, needed, allow_missing, evaluation, pool) -> tuple[_State, tuple]:
    imputes = _first(factors.impute, fw.impute["method"]) if "impute" in factors.names else [None]
    norms = _first(factors.normalise, fw.normalise["method"]) if "normalise" in factors.names else [None]
    args = [(panel, fw, imp, norms, needed, allow_missing) for imp in imputes]
    if pool is None:
        prepared = [_prepare_impute(*a) for a in args]
    else:
        prepared = [f.result() for f in [pool.submit(_prepare_installed, *a[2:]) for a in args]]
    if evaluation is not None:
        nominal = evaluation.ranks[:, :, 0], evaluation.classes
    else:
        nominal = next((r[3] for r in prepared if r[3] is not None), None) or _nominal(panel, fw, allow_missing)
    combos: dict[tuple, tuple] = {}
    treated = {}
    for imp, (_leaves, out, stage, _) in zip(imputes, prepared, strict=True):
        combos.update({key: (variant, np.ascontiguousarray(x.transpose(0, 2, 1))) for key, (variant, x) in out.items()})
        if "standards" in factors.names:
            treated[imp] = stage
    leaves = prepared[0][0]
    eligible = eligible_units(fw, panel)[p]
    labels = [str(t["class"]) for t in fw.classify["thresholds"]] if fw.classify else []
    sliced = _Slice(list(panel.units), [panel.periods[i] for i in needed], panel.present[needed])
    state = _State(fw, factors, sliced, needed.index(p), eligible, leaves, combos, treated, labels)
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


def _summarise(fw, panel, p, state: _State, nominal, scores, ranks, codes, n, seed, processes) -> Uncertainty:
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
