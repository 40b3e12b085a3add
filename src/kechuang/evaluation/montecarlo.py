"""Scoring the Monte Carlo runs of ``uncertainty``: preparation per (imputation, normalisation) choice, then
chunks of runs scored together, in this process or in worker processes.

Each run depends only on its row of the design, and each chunk's arithmetic is elementwise per run, so
the result is the same for any number of processes. Arrays keep units last, so every step runs over long
contiguous rows; leaves next to each other with no missing value are aggregated with one ``einsum`` over
the values the runs share.
"""

from __future__ import annotations

import ctypes
import dataclasses
import multiprocessing
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from kechuang.errors import KechuangError
from kechuang.evaluation import steps
from kechuang.evaluation.engine import classify_scores, eligible_units, evaluate, score_tree
from kechuang.evaluation.framework import Framework
from kechuang.evaluation.stages import _normalise, prepare
from kechuang.indicators.panel import Panel

if TYPE_CHECKING:
    from kechuang.evaluation.uncertainty import Factors


@dataclass
class PeriodSlice:
    """The periods a run needs (the ranked period and a rescale reference period), in the Panel's shape."""
    units: list[str]
    periods: list[int]
    present: np.ndarray


@dataclass
class RunState:
    fw: Framework
    factors: Factors
    panel: PeriodSlice
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


def prepare_impute(panel: Panel, fw: Framework, imp: str | None, norms: list, needed: list[int],
                    allow_missing: bool) -> tuple[list[str], dict, np.ndarray, tuple | None]:
    """One imputation: the normalised stage under every normalisation alternative, for the needed periods,
    and the nominal ranks and classes when this imputation and the first normalisation are the framework's."""
    leaves, stages, _, _ = prepare(panel, _variant(fw, imp, norms[0]), allow_missing=allow_missing)
    out = {(imp, norms[0]): (_variant(fw, imp, norms[0]), stages["normalised"][needed])}
    pooled = any(fw.normalise_for(leaf).get("reference") == "all" for leaf in leaves)
    sliced = PeriodSlice(list(panel.units), [panel.periods[i] for i in needed], panel.present[needed])
    for norm in norms[1:]:
        variant = _variant(fw, imp, norm)
        if pooled:
            out[(imp, norm)] = (variant, _normalise(stages["treated"], leaves, variant, panel, [])[needed])
        else:
            out[(imp, norm)] = (variant, _normalise(stages["treated"][needed], leaves, variant, sliced, []))
    nominal = None
    if imp in (None, fw.impute["method"]) and norms[0] in (None, fw.normalise["method"]):
        nominal = nominal_ranks(stages["normalised"], leaves, fw, panel)
    return leaves, out, stages["treated"][needed], nominal


def prepare_installed(imp, norms, needed, allow_missing):
    panel, fw = _WORKER_STATE
    return prepare_impute(panel, fw, imp, norms, needed, allow_missing)


def nominal_ranks(normalised, leaves, fw: Framework, panel: Panel) -> tuple[np.ndarray, np.ndarray]:
    """Root ranks and classes of every period, as ``evaluate`` gives them."""
    root = score_tree(normalised, leaves, fw, panel)[:, :, 0]
    digits = fw.rank.get("round")
    ranked = np.round(root, int(digits)) if digits is not None else root
    return steps.rank_desc(ranked, eligible_units(fw, panel)), classify_scores(root, fw, panel)


def nominal_result(panel: Panel, fw: Framework, allow_missing: bool) -> tuple[np.ndarray, np.ndarray]:
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


def _combo_keys(state: RunState, draws: dict[str, np.ndarray]) -> list[tuple]:
    f = state.factors
    return [(_pick(f.impute, draws["impute"][r] if "impute" in draws else None),
             _pick(f.normalise, draws["normalise"][r] if "normalise" in draws else None))
            for r in range(len(next(iter(draws.values()))))]


def _leaf_values(state: RunState, draws: dict[str, np.ndarray], key: tuple) -> tuple[np.ndarray, np.ndarray]:
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


def _move_standards(state: RunState, variant: Framework, treated: np.ndarray, draw: np.ndarray, out: np.ndarray):
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


def _root_scores(state: RunState, values: np.ndarray, scale: np.ndarray, draws: dict[str, np.ndarray]) -> np.ndarray:
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


def run_chunk(draws: dict[str, np.ndarray], state: RunState | None = None
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


def worker_context():
    """Fresh workers from a fork server: a plain fork copies the parent's used heap, and writing into it
    page by page made each worker's preparation three times slower than in the parent."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return None
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["kechuang.evaluation.uncertainty"])
    return context


def run_chunks(state: RunState, parts: list[dict]) -> list[tuple]:
    return [run_chunk(part, state) for part in parts]


_WORKER_STATE = None  # a worker's (panel, framework) while preparing, then its RunState while running


def install(state) -> None:
    global _WORKER_STATE
    _keep_heap()
    _WORKER_STATE = state
