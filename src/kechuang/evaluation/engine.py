"""Run a framework on a panel: denominate → impute → treat → normalise → weight → aggregate → classify → rank.

``evaluate`` keeps every stage so results can be audited (and checked against COINr stage by stage);
everything it had to work around (a zero denominator, an indicator with no data, a unit with no score)
is reported in ``Evaluation.warnings`` rather than passed on silently.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

import numpy as np

from kechuang.errors import KechuangError
from kechuang.evaluation import steps
from kechuang.evaluation.framework import Framework
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


def _columns(fw: Framework, panel: Panel, allow_missing: bool, warnings: list[str]) -> list[str]:
    leaves = fw.leaves
    missing = [c for c in leaves if (fw.nodes[c].column or c) not in panel.variables]
    if missing and not allow_missing:
        raise KechuangError(
            "KC-EVAL-INDICATOR-MISSING",
            f"数据中缺少框架要求的 {len(missing)} 个指标:{'、'.join(missing[:10])}"
            f"{' 等' if len(missing) > 10 else ''};请补齐数据,或加 --allow-missing 在剔除这些指标后计算",
            file=panel.source, key=missing[0])
    if missing:
        warnings.append(f"数据中缺少 {len(missing)} 个指标,已剔除(其权重由同级指标分担):{'、'.join(missing)}")
    for code in leaves:
        den = fw.nodes[code].denominator
        if den and den not in panel.variables and code not in missing:
            raise KechuangError("KC-EVAL-DENOMINATOR-MISSING", f"指标「{code}」的分母「{den}」不在数据中",
                                file=panel.source, key=f"{code}.denominator")
    return [c for c in leaves if c not in missing]


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


def prepare(panel: Panel, fw: Framework, *, allow_missing: bool = False
            ) -> tuple[list[str], dict[str, np.ndarray], list[dict], list[str]]:
    """Run the indicator-level steps (denominate → impute → treat → normalise); return every stage."""
    warnings: list[str] = []
    leaves = _columns(fw, panel, allow_missing, warnings)
    if not leaves:
        raise KechuangError("KC-EVAL-NO-INDICATORS", "数据中没有框架中的任何指标", file=panel.source)
    present = panel.present
    idx = [panel.variables.index(fw.nodes[c].column or c) for c in leaves]
    raw = (panel.values.astype(float) if idx == list(range(len(panel.variables)))
           else panel.values[:, :, idx].astype(float, copy=False))
    if not present.all():
        raw[~present] = np.nan
    stages = {"raw": raw}
    covered, unscored = coverage(raw, leaves, fw, panel)
    if unscored:  # below min_coverage: out of every later step (imputation, reference sets, ranks)
        _report_coverage(covered, unscored, fw, panel, warnings)
        panel = replace(panel, present=covered)
        raw = np.where(covered[:, :, None], raw, np.nan)
    stages["denominated"] = _denominate(raw, leaves, fw, panel, warnings)
    stages["imputed"] = _impute(stages["denominated"], fw, panel, warnings)
    stages["treated"], treatment = _treat(stages["imputed"], leaves, fw, panel, warnings)
    stages["normalised"] = _normalise(stages["treated"], leaves, fw, panel, warnings)
    return leaves, stages, treatment, warnings


def score_tree(normalised: np.ndarray, leaves: list[str], fw: Framework, panel: Panel,
               weights: dict[str, float] | None = None, skipped: list | None = None) -> np.ndarray:
    """Weight and aggregate up the tree (then rescale); ``weights`` overrides node weights."""
    scores = aggregate_tree(normalised, leaves, fw, weights or {}, skipped)
    rescale(scores, fw, panel.units, panel.periods)
    return scores


def coverage(raw: np.ndarray, leaves: list[str], fw: Framework, panel: Panel
             ) -> tuple[np.ndarray, dict[tuple[int, int], str]]:
    """Unit-years meeting ``min_coverage`` (data reported before imputation), and why the others do not."""
    present = panel.present
    spec = fw.min_coverage
    if not spec:
        return present.copy(), {}
    have = ~np.isnan(raw)
    count = have.sum(axis=-1)
    share = count / len(leaves)
    reasons: dict[tuple[int, int], str] = {}
    for p, u in zip(*np.nonzero(present & (share < spec["share"] - 1e-12)), strict=True):
        reasons[(int(p), int(u))] = f"有数据的指标 {count[p, u]}/{len(leaves)} 个,低于 {spec['share']:.0%}"
    need = spec["per_dimension"]
    for dim, codes in fw.leaves_by_dimension().items():
        idx = [leaves.index(c) for c in codes if c in leaves]
        if not idx or not need:
            continue
        dim_count = have[:, :, idx].sum(axis=-1)
        for p, u in zip(*np.nonzero(present & (dim_count < min(need, len(idx)))), strict=True):
            reasons.setdefault((int(p), int(u)), f"维度「{fw.nodes[dim].name}」有数据的指标 {dim_count[p, u]} 个,"
                               f"少于 {min(need, len(idx))} 个")
    covered = present.copy()
    for p, u in reasons:
        covered[p, u] = False
    if reasons and not covered.any():
        (p, u), why = next(iter(reasons.items()))
        raise KechuangError("KC-EVAL-COVERAGE", f"所有单位的数据都达不到 min_coverage 的要求,没有可以评分的单位"
                            f"(如 {panel.units[u]}({panel.periods[p]}):{why});请补齐数据或放宽 min_coverage",
                            file=panel.source, key="min_coverage")
    return covered, reasons


def _report_coverage(covered, unscored, fw, panel, warnings):
    who = [f"{panel.units[u]}({panel.periods[p]}):{why}" for (p, u), why in sorted(unscored.items())]
    warnings.append(f"{len(who)} 个单位-年份的数据达不到 min_coverage 要求,未评分(不参与插补、标准化参照和排名):"
                    f"{'、'.join(who[:10])}{' 等' if len(who) > 10 else ''}")
    for p, period in enumerate(panel.periods):
        if panel.present[p].any() and not covered[p].any():
            warnings.append(f"{period} 年所有单位的数据都达不到 min_coverage 要求,该年没有评分")


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


def _denominate(x, leaves, fw, panel, warnings):
    if not any(fw.nodes[code].denominator for code in leaves):
        return x  # nothing to divide: the stage is the raw data (stages are read, never written)
    out = x.copy()
    for i, code in enumerate(leaves):
        den_name = fw.nodes[code].denominator
        if not den_name:
            continue
        den = panel.variable(den_name)
        bad = panel.present & ~np.isnan(x[:, :, i]) & ((den == 0) | np.isnan(den))
        if bad.any():
            who = [f"{panel.units[u]}({panel.periods[p]})" for p, u in zip(*np.nonzero(bad), strict=True)]
            warnings.append(f"指标「{code}」的分母「{den_name}」为零或缺失,这些值按缺失处理:{'、'.join(who[:10])}")
        out[:, :, i] = steps.denominate(x[:, :, i], den)
    return out


def _impute(x, fw, panel, warnings):
    method = fw.impute["method"]
    groups = None
    if method == "group-mean":
        name = fw.impute.get("group")
        if not name or name not in panel.groups:
            raise KechuangError("KC-EVAL-GROUP-MISSING", f"按组均值插补需要分组列「{name}」,数据中没有;"
                                f"已有分组列:{'、'.join(panel.groups) or '无'}", file=panel.source, key="impute.group")
        groups = panel.groups[name]
    out = steps.impute(x, method, panel.present, groups)
    before, after = np.isnan(x) & panel.present[:, :, None], np.isnan(out) & panel.present[:, :, None]
    filled = int(before.sum() - after.sum())
    if filled:
        warnings.append(f"按「{method}」插补了 {filled} 个缺失值")
    return out


def _winmax(fw: Framework, n_units: int) -> int:
    value = fw.treat.get("winmax", "10%")
    if isinstance(value, str) and value.endswith("%"):
        return math.ceil(n_units * float(value[:-1]) / 100 - 1e-9)
    return int(value)


def _treat(x, leaves, fw, panel, warnings):
    present = panel.present
    out = x.copy()
    summary: list[dict] = []
    default = fw.treat["method"]
    methods = [((fw.nodes[c].treat or {}).get("method") or default) for c in leaves]
    n_periods, n_units, n_ind = x.shape
    win_cols = [i for i, m in enumerate(methods) if m == "winsorise"]
    if win_cols:
        winmax = _winmax(fw, int(present.sum(axis=1).max()))
        cols = slice(None) if len(win_cols) == n_ind else win_cols  # a slice: no fancy-index gather/scatter
        block = out[:, :, cols].transpose(1, 0, 2).reshape(n_units, -1)
        treated, low, high, failed = steps.winsorise(
            block, float(fw.treat.get("skew", 2.0)), float(fw.treat.get("kurtosis", 3.5)), winmax)
        fallback = fw.treat.get("fallback", "log")
        logged = np.flatnonzero(failed)
        if fallback == "log" and logged.size:  # log_transform works per column: one call for all of them
            treated[:, logged] = steps.log_transform(block[:, logged])
        treated = treated.reshape(n_units, n_periods, len(win_cols)).transpose(1, 0, 2)
        out[:, :, cols] = treated
        low = low.reshape(n_periods, len(win_cols))
        high = high.reshape(n_periods, len(win_cols))
        failed = failed.reshape(n_periods, len(win_cols))
        for j, i in enumerate(win_cols):
            for p in range(n_periods):
                if failed[p, j] and fallback == "log":
                    what = "对数变换(缩尾未达标)"
                    warnings.append(f"指标「{leaves[i]}」({panel.periods[p]})缩尾 {winmax} 点后偏度、峰度仍超限,"
                                    "改用对数变换")
                elif low[p, j] + high[p, j]:
                    what = f"缩尾 {low[p, j] + high[p, j]} 点"
                else:
                    what = "未处理"
                summary.append({"indicator": leaves[i], "period": panel.periods[p], "low": int(low[p, j]),
                                "high": int(high[p, j]), "treatment": what})
    for i, m in enumerate(methods):
        if m == "log":
            col = out[:, :, i]
            if np.nanmin(col) <= 0 if np.any(~np.isnan(col)) else False:
                raise KechuangError("KC-EVAL-LOG-NONPOSITIVE", f"指标「{leaves[i]}」有零或负值,不能取对数;"
                                    "请改用 treat: winsorise 或检查数据", key=f"{leaves[i]}.treat")
            out[:, :, i] = np.log(col)
            summary.append({"indicator": leaves[i], "period": None, "low": 0, "high": 0, "treatment": "对数变换"})
    return out, summary


def _normalise(x, leaves, fw, panel, warnings):
    # one indicator at a time, so hold each one's (periods, units) contiguously: indicator axis first
    x = np.ascontiguousarray(np.moveaxis(x, -1, 0))
    out = np.full(x.shape, np.nan)
    reference = fw.normalise.get("reference", "period")
    ref_mask = panel.present.copy()
    for unit in fw.normalise.get("exclude", []) or []:
        if unit in panel.units:
            ref_mask[:, panel.units.index(unit)] = False
    scale = (0.0, 1.0) if fw.scale == "points" else tuple(fw.normalise.get("range", (0.0, 100.0)))
    every_unit = bool(ref_mask.all())
    for i, code in enumerate(leaves):
        node = fw.nodes[code]
        method = fw.normalise_for(code)
        col = x[i]
        if np.all(np.isnan(col[panel.present])):
            warnings.append(f"指标「{code}」所有单位都没有数据,已剔除(其权重由同级指标分担)")
            continue
        ref = col if every_unit else np.where(ref_mask, col, np.nan)  # normalise_column only reads ref
        if method.get("reference", reference) == "all":
            ref = np.broadcast_to(ref.reshape(1, -1), (col.shape[0], ref.size))
        try:
            out[i] = steps.normalise_column(col, ref, method, node.direction, scale)
        except ValueError:
            raise KechuangError("KC-EVAL-LOG-NONPOSITIVE", f"指标「{code}」有零或负值,不能按对数门槛法标准化",
                                key=f"{code}.normalise.log") from None
        constant = panel.present & ~np.isnan(col) & np.isnan(out[i])
        if constant.any():
            warnings.append(f"指标「{code}」在参照范围内各单位取值相同(或无法标准化),该指标不参与这些单位的得分")
    return np.moveaxis(out, 0, -1)  # a view: each indicator's values stay contiguous for aggregation


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
