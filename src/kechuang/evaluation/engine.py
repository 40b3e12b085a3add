"""Run a framework on a panel: denominate → impute → treat → normalise → weight → aggregate → classify → rank.

``evaluate`` keeps every stage so results can be audited (and checked against COINr stage by stage);
everything it had to work around (a zero denominator, an indicator with no data, a unit with no score)
is reported in ``Evaluation.warnings`` rather than passed on silently. The indicator-level stages
(denominate → impute → treat → normalise) are in ``stages.py``; this module weights, aggregates,
classifies and ranks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from kechuang.errors import KechuangError
from kechuang.evaluation import steps
from kechuang.evaluation.framework import Framework
from kechuang.evaluation.stages import coverage, prepare
from kechuang.indicators.panel import Panel

STAGES = ("raw", "denominated", "imputed", "treated", "normalised")


@dataclass
class Evaluation:
    framework: Framework
    units: list[str]
    periods: list[int]
    indicators: list[str]  # leaf codes, in the order of the stage arrays
    nodes: list[str]  # every node code, in the order of ``scores``
    stages: dict[str, np.ndarray]  # (periods, units, indicators)
    scores: np.ndarray  # (periods, units, nodes)
    ranks: np.ndarray  # (periods, units, nodes)
    classes: np.ndarray  # (periods, units) object; "" where unclassified
    present: np.ndarray  # (periods, units)
    unit_names: dict[str, str] = field(default_factory=dict)
    treatment: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unscored: dict[tuple[int, int], str] = field(default_factory=dict)  # (period, unit) index → why not scored

    def score(self, unit: str, node: str | None = None, period: int | None = None) -> float:
        p = self.periods.index(period) if period is not None else len(self.periods) - 1
        return float(self.scores[p, self.units.index(unit), self.nodes.index(node or self.framework.root)])

    def rank(self, unit: str, node: str | None = None, period: int | None = None) -> int | None:
        p = self.periods.index(period) if period is not None else len(self.periods) - 1
        r = self.ranks[p, self.units.index(unit), self.nodes.index(node or self.framework.root)]
        return None if math.isnan(r) else int(r)


def evaluate(panel: Panel, fw: Framework, *, allow_missing: bool = False) -> Evaluation:
    """Evaluate every period of ``panel`` with framework ``fw``."""
    leaves, stages, treatment, warnings = prepare(panel, fw, allow_missing=allow_missing)
    _, unscored = coverage(stages["raw"], leaves, fw, panel)
    skipped: list[tuple] = []
    scores = score_tree(stages["normalised"], leaves, fw, panel, skipped=skipped)
    _report_skipped(skipped, fw, panel, scores, unscored, warnings)
    nodes = fw.order
    eligible = eligible_units(fw, panel)
    # Published ranks usually come from the published (rounded) scores: equal printed scores share a rank.
    digits = fw.rank.get("round")
    ranked = np.round(scores, int(digits)) if digits is not None else scores
    ranks = steps.rank_desc(ranked, eligible)
    classes = classify_scores(scores[:, :, 0], fw, panel)
    scored = panel.present.copy()
    for p, u in unscored:
        scored[p, u] = False
    _report_missing_scores(scores[:, :, 0], scored, panel, warnings)
    _report_partial_coverage(stages["normalised"], scores[:, :, 0], panel.present, panel, warnings)
    return Evaluation(fw, list(panel.units), list(panel.periods), leaves, nodes, stages, scores, ranks, classes,
                      panel.present, dict(panel.unit_names), treatment, warnings, unscored)


def score_tree(normalised: np.ndarray, leaves: list[str], fw: Framework, panel: Panel,
               weights: dict[str, float] | None = None, skipped: list | None = None) -> np.ndarray:
    """Weight and aggregate up the tree (then rescale); ``weights`` overrides node weights."""
    scores = aggregate_tree(normalised, leaves, fw, weights or {}, skipped)
    rescale(scores, fw, panel.units, panel.periods)
    return scores


def _report_skipped(skipped, fw, panel, scores, unscored, warnings):
    """Unit-years a geometric or harmonic mean could not score (``nonpositive: skip``), per node."""
    by_node: dict[str, list[str]] = {}
    means: dict[str, str] = {}
    for code, method, p, u, child, value in skipped:
        by_node.setdefault(code, []).append(f"{panel.units[u]}({panel.periods[p]},「{child}」= {value:g})")
        means[code] = "几何" if method == "geometric" else "调和"
    for code, who in by_node.items():
        method = means[code]
        count = len({(p, u) for c, _, p, u, _, _ in skipped if c == code})
        warnings.append(f"节点「{code}」用{method}平均汇总,{count} 个单位-年份的下级得分为零或负值,"
                        f"按 nonpositive: skip 不计算该节点及以上各级得分(可改用 nonpositive: floor 并给出 floor):"
                        f"{'、'.join(who[:10])}{' 等' if len(who) > 10 else ''}")
    for _, _, p, u, _, _ in skipped:
        if np.isnan(scores[p, u, 0]):
            unscored.setdefault((p, u), "几何或调和平均的下级得分为零或负值(nonpositive: skip)")


def eligible_units(fw: Framework, panel: Panel) -> np.ndarray:
    eligible = panel.present.copy()
    for unit in fw.rank.get("exclude", []) or []:
        if unit in panel.units:
            eligible[:, panel.units.index(unit)] = False
    return eligible


def aggregate_tree(normalised: np.ndarray, leaves: list[str], fw: Framework, override: dict[str, float],
                   skipped: list | None = None) -> np.ndarray:
    """Leaf scores (points applied) and every aggregate, bottom up; ``override`` replaces node weights.

    A zero or negative input to a geometric or harmonic mean is floored or, under ``nonpositive: skip``,
    leaves that unit-year without a score at that node and every node above; ``skipped`` collects
    ``(node, method, period, unit, child, value)`` for the report.
    """
    nodes = fw.order
    index = {c: k for k, c in enumerate(nodes)}
    scores = np.full((*normalised.shape[:2], len(nodes)), np.nan)
    blocked = np.zeros(scores.shape, dtype=bool)
    leaf_cols = [index[c] for c in leaves]
    if fw.scale == "points":
        scores[:, :, leaf_cols] = normalised * np.array([fw.nodes[c].points for c in leaves], dtype=float)
    else:
        scores[:, :, leaf_cols] = normalised
    for code in fw.aggregates_bottom_up():
        node = fw.nodes[code]
        children = node.children
        method = "sum" if fw.scale == "points" else (node.aggregate or fw.aggregate)
        weights = np.array([override.get(c, fw.nodes[c].weight) for c in children])
        cols = [index[c] for c in children]
        block = scores[:, :, cols]
        stop = blocked[:, :, cols].any(axis=-1)
        if method in ("geometric", "harmonic"):
            block, bad = steps.nonpositive(block, *fw.nonpositive_for(code))
            if skipped is not None:
                skipped.extend((code, method, int(p), int(u), children[j], float(v))
                               for (p, u, j), v in zip(np.argwhere(bad), scores[:, :, cols][bad], strict=True))
            stop |= bad.any(axis=-1)
        value = steps.aggregate(block, weights, method)
        value[stop] = np.nan
        scores[:, :, index[code]] = value
        blocked[:, :, index[code]] = stop
    return scores


def rescale(scores: np.ndarray, fw: Framework, units: list[str], periods: list[int]) -> None:
    """Express aggregates relative to a reference unit's score in a reference period (in place)."""
    spec = fw.rescale
    if not spec:
        return
    unit, period, value = spec.get("unit"), spec.get("period"), float(spec.get("value", 100))
    if unit not in units:
        raise KechuangError("KC-EVAL-REFERENCE-MISSING", f"换算参照单位「{unit}」不在数据中", key="rescale.unit")
    if period is not None and int(period) not in periods:
        raise KechuangError("KC-EVAL-REFERENCE-MISSING", f"换算参照年份 {period} 不在数据中", key="rescale.period")
    u = units.index(unit)
    p = periods.index(int(period)) if period is not None else None
    for k, code in enumerate(fw.order):
        if fw.nodes[code].is_leaf and not spec.get("indicators", False):
            continue
        base = scores[p, u, k] if p is not None else scores[:, u, k][:, None]
        scores[:, :, k] = scores[:, :, k] / base * value


def classify_scores(root_scores: np.ndarray, fw: Framework, panel: Panel) -> np.ndarray:
    classes = np.full(root_scores.shape, "", dtype=object)
    spec = fw.classify
    if not spec:
        return classes
    values = root_scores
    if spec.get("by") == "ratio":
        unit = spec["unit"]
        if unit not in panel.units:
            raise KechuangError("KC-EVAL-REFERENCE-MISSING", f"分级参照单位「{unit}」不在数据中", key="classify.unit")
        ref = root_scores[:, panel.units.index(unit)][:, None]
        values = root_scores / ref * float(spec.get("value", 100))
    if spec.get("round") is not None:  # classify the published (rounded) value, as rank.round ranks it
        values = np.round(values, int(spec["round"]))
    for t in reversed(spec["thresholds"]):
        bound = t.get("min", -math.inf)
        hit = values >= bound if not spec.get("strict") else values > bound
        classes[hit & ~np.isnan(values)] = str(t["class"])
    return classes


def _report_missing_scores(root, present, panel, warnings):
    hole = present & np.isnan(root)
    if hole.any():
        who = [f"{panel.units[u]}({panel.periods[p]})" for p, u in zip(*np.nonzero(hole), strict=True)]
        warnings.append(f"{len(who)} 个单位没有可用指标,无法计算总分(结果中留空):{'、'.join(who[:10])}")


def _report_partial_coverage(normalised, root, present, panel, warnings):
    partial = present & ~np.isnan(root) & np.isnan(normalised).any(axis=-1)
    if partial.any():
        who = [f"{panel.units[u]}({panel.periods[p]})" for p, u in zip(*np.nonzero(partial), strict=True)]
        warnings.append(f"{len(who)} 个单位-年份缺少部分指标,总分按已有指标计算(缺失指标的权重由同级指标分担):"
                        f"{'、'.join(who[:10])}{' 等' if len(who) > 10 else ''}")
