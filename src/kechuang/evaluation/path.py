"""Path to the next class: the least total relative improvement that lifts a unit over the next threshold.

Other units are held constant, so each indicator's normalised score is a function of the unit's own
value with the reference (others' minimum and maximum, the standard, the goalposts) frozen. Under
arithmetic or points aggregation the root score is then a weighted sum of these functions. For the
piecewise-linear methods (capped ratio 达标, min-max, goalposts without log, distance to target) each
indicator's gain is linear in its relative change up to a breakpoint (the cap, the standard, the best
unit), so taking indicators in order of gain per unit of effort — a fractional knapsack — is exact. For
other methods and aggregations the same greedy search runs in 1 % steps on the exact score and the
answer is marked approximate.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from kechuang.errors import KechuangError
from kechuang.evaluation import steps
from kechuang.evaluation.engine import Evaluation, aggregate_tree, evaluate, rescale
from kechuang.evaluation.framework import Framework
from kechuang.indicators.panel import Panel

LINEAR = {"ratio", "min-max", "distance-to-target", "score", "identity"}


@dataclass
class Step:
    indicator: str
    name: str
    value_from: float
    value_to: float
    change: float  # relative, +0.12 = +12 %
    gain: float  # points of the root score

    def sentence(self) -> str:
        verb = "提高" if self.value_to >= self.value_from else "降低"
        return (f"{verb}「{self.name}」:由 {_fmt(self.value_from)} 到 {_fmt(self.value_to)}"
                f"({self.change:+.1%}),总分 +{self.gain:.2f}")


@dataclass
class Path:
    unit: str
    period: int
    score: float
    current_class: str
    target_class: str | None
    threshold: float | None
    steps: list[Step] = field(default_factory=list)
    reached: bool = False
    exact: bool = True
    effort: float = 0.0
    note: str = ""

    def lines(self) -> list[str]:
        head = f"{self.unit}({self.period}):当前得分 {self.score:.2f},等级 {self.current_class or '—'}"
        if self.target_class is None:
            return [head, self.note or "已是最高等级"]
        out = [head, f"目标:{self.target_class}(得分需达到 {self.threshold:.2f},差 {self.threshold - self.score:.2f})"]
        out += [f"{i}. {s.sentence()}" for i, s in enumerate(self.steps, 1)]
        if self.reached:
            out.append(f"合计相对提升 {self.effort:.1%}{'' if self.exact else '(近似解:非线性计分,按 1% 步长搜索)'}")
        else:
            out.append(self.note or "在各指标提升上限内无法达到下一等级")
        return out


def _fmt(value: float) -> str:
    return f"{value:,.4g}" if abs(value) < 1e6 else f"{value:,.0f}"


def path_to_class(panel: Panel, fw: Framework, unit: str, *, period: int | None = None,
                  target_class: str | None = None, cap: float | None = None,
                  evaluation: Evaluation | None = None) -> Path:
    ev = evaluation or evaluate(panel, fw)
    if unit not in ev.units:
        raise KechuangError("KC-EVAL-UNIT", f"数据中没有单位「{unit}」", key="unit")
    if not fw.classify:
        raise KechuangError("KC-EVAL-NO-CLASSES", f"框架「{fw.name}」没有等级划分(classify),无法计算晋级路径",
                            key="classify")
    p = ev.periods.index(period) if period is not None else len(ev.periods) - 1
    u = ev.units.index(unit)
    score = float(ev.scores[p, u, 0])
    current = str(ev.classes[p, u])
    if math.isnan(score):
        raise KechuangError("KC-EVAL-NO-SCORE", f"单位「{unit}」在 {ev.periods[p]} 年没有得分", key="unit")
    target, threshold = _target(fw, ev, p, current, target_class)
    path = Path(unit, ev.periods[p], score, current, target, threshold)
    if target is None:
        path.note = "已是最高等级"
        return path
    default_cap = cap if cap is not None else float((fw.uncertainty or {}).get("path_cap", 0.5))
    model = _UnitModel(ev, fw, p, u)
    # Aim a hair above the threshold so that evaluating the proposed values lands in the class.
    gap = threshold - score + 1e-9 * max(1.0, abs(threshold))
    if gap <= 0:
        path.reached = True
        return path
    linear = model.linear
    chosen = _greedy_segments(model, default_cap, gap) if linear else _greedy_steps(model, default_cap, gap)
    path.exact = linear
    total = 0.0
    for i, r in chosen.items():
        if r <= 0:
            continue
        code = model.leaves[i]
        base = model.raw[i]
        new = base * (1 + r * model.sign[i])
        gain = model.root_with({i: r}) - score
        path.steps.append(Step(code, fw.nodes[code].name, base, new, r * model.sign[i], gain))
        total += r
    path.steps.sort(key=lambda s: -s.gain)
    path.effort = total
    path.reached = model.root_with(chosen) >= threshold - 1e-9
    if not path.reached:
        best = model.root_with(chosen)
        path.note = f"在各指标提升上限(默认 {default_cap:.0%})内最多达到 {best:.2f} 分,无法达到下一等级"
    return path


def _target(fw, ev, p, current, wanted):
    thresholds = fw.classify["thresholds"]
    labels = [str(t["class"]) for t in thresholds]
    if wanted is not None:
        if wanted not in labels:
            raise KechuangError("KC-EVAL-CLASS", f"没有等级「{wanted}」;可选:{'、'.join(labels)}", key="class")
        k = labels.index(wanted)
    else:
        k = labels.index(current) - 1 if current in labels else len(labels) - 1
        if k < 0:
            return None, None
    bound = float(thresholds[k].get("min", -math.inf))
    if fw.classify.get("by") == "ratio":
        ref = ev.scores[p, ev.units.index(fw.classify["unit"]), 0]
        bound = bound * ref / float(fw.classify.get("value", 100))
    return labels[k], bound


class _UnitModel:
    """The unit's root score as a function of relative changes of its own indicator values."""

    def __init__(self, ev: Evaluation, fw: Framework, p: int, u: int) -> None:
        self.ev, self.fw, self.p, self.u = ev, fw, p, u
        self.leaves = ev.indicators
        treated = ev.stages["treated"][p]
        self.base = treated[u].copy()
        raw = ev.stages["raw"][p, u]
        self.raw = np.where(np.isnan(raw), ev.stages["imputed"][p, u], raw)
        others = treated.copy()
        others[u] = np.nan
        others[~ev.present[p]] = np.nan
        self.others = others
        self.sign = np.array([fw.nodes[c].direction for c in self.leaves], dtype=float)
        self.methods = [fw.normalise_for(code) for code in self.leaves]
        arithmetic = fw.scale == "points" or all(
            (fw.nodes[c].aggregate or fw.aggregate) == "arithmetic" for c in fw.order if not fw.nodes[c].is_leaf)
        # A denominator scales the value, so a relative change of the numerator is the same relative change.
        self.linear = arithmetic and all(
            m["method"] in LINEAR or (m["method"] == "goalposts" and not m.get("log")) for m in self.methods)
        self.scale = (0.0, 1.0) if fw.scale == "points" else tuple(fw.normalise.get("range", (0.0, 100.0)))

    def leaf_score(self, i: int, value: float) -> float:
        ref = self.others[:, i].copy()
        ref = np.append(ref, value)[None, :]
        x = np.array([[value]])
        if self.methods[i].get("reference", "period") == "all":
            pooled = self.ev.stages["treated"][:, :, i].ravel()
            ref = np.append(pooled, value)[None, :]
        with steps.quiet():
            out = steps.normalise_column(x, ref, self.methods[i], int(self.sign[i]), self.scale)[0, 0]
        return float(out)

    def root_with(self, changes: dict[int, float]) -> float:
        values = self.base.copy()
        for i, r in changes.items():
            values[i] = values[i] * (1 + r * self.sign[i])
        leaf_scores = np.array([self.leaf_score(i, v) for i, v in enumerate(values)])
        scores = aggregate_tree(leaf_scores[None, None, :], self.leaves, self.fw, {})
        if self.fw.rescale:  # relative to the reference unit: rescale with everybody else's unrescaled scores
            everyone = aggregate_tree(self.ev.stages["normalised"], self.leaves, self.fw, {})
            everyone[self.p, self.u] = scores[0, 0]
            rescale(everyone, self.fw, self.ev.units, self.ev.periods)
            return float(everyone[self.p, self.u, 0])
        return float(scores[0, 0, 0])

    def usable(self, i: int) -> bool:
        return not (np.isnan(self.base[i]) or self.base[i] == 0 or self.fw.nodes[self.leaves[i]].qualitative)

    def cap(self, i: int, default: float) -> float:
        node_cap = self.fw.nodes[self.leaves[i]].cap
        value = node_cap if node_cap is not None else default
        return min(value, 0.999) if self.sign[i] < 0 else value


def _greedy_segments(model: _UnitModel, default_cap: float, gap: float) -> dict[int, float]:
    """Exact fractional knapsack over linear segments (gain linear in r up to a breakpoint)."""
    base_score = model.root_with({})
    segments = []
    for i in range(len(model.leaves)):
        if not model.usable(i):
            continue
        top = model.cap(i, default_cap)
        full = model.root_with({i: top}) - base_score
        if full <= 1e-12:
            continue
        # Breakpoint: the smallest r reaching the full gain (bisection on a monotone function).
        lo, hi = 0.0, top
        for _ in range(60):
            mid = (lo + hi) / 2
            if model.root_with({i: mid}) - base_score >= full - 1e-12 * max(1.0, abs(full)):
                hi = mid
            else:
                lo = mid
        segments.append((full / hi, i, hi, full))
    segments.sort(reverse=True)
    chosen: dict[int, float] = {}
    remaining = gap
    for slope, i, length, full in segments:
        if remaining <= 1e-12:
            break
        if full >= remaining:
            chosen[i] = remaining / slope
            remaining = 0.0
        else:
            chosen[i] = length
            remaining -= full
    return chosen


def _greedy_steps(model: _UnitModel, default_cap: float, gap: float, step: float = 0.01) -> dict[int, float]:
    chosen: dict[int, float] = {}
    current = model.root_with({})
    target = current + gap
    usable = [i for i in range(len(model.leaves)) if model.usable(i)]
    while current < target - 1e-9:
        best, best_gain = None, 0.0
        for i in usable:
            r = chosen.get(i, 0.0)
            nxt = min(r + step, model.cap(i, default_cap))
            if nxt <= r:
                continue
            gain = (model.root_with({**chosen, i: nxt}) - current) / (nxt - r)
            if gain > best_gain:
                best, best_gain = i, gain
        if best is None:
            break
        chosen[best] = min(chosen.get(best, 0.0) + step, model.cap(best, default_cap))
        current = model.root_with(chosen)
    return chosen
