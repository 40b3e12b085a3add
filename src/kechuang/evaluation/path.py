"""Path to the next class: the least total relative improvement that lifts a unit over the next threshold.

Other units are held constant, so each indicator's normalised score is a function of the unit's own
value with the reference (others' minimum and maximum, the standard, the goalposts) frozen. Under
arithmetic or points aggregation the root score is then a weighted sum of these functions. For the
piecewise-linear methods (capped ratio 达标, min-max, goalposts without log, distance to target) each
indicator's gain is linear in its change up to a breakpoint (the cap, the standard, the best unit).

Proposals live on each indicator's grid: whole numbers for counts (家, 个, 件, 人 … with whole-number
data), otherwise the decimals the data is given in. The linear case is a small integer programme over
grid steps (``scipy.optimize.milp``); other methods and aggregations take the best gain per effort in
steps of 1 % (at least one grid step) and are marked approximate. Every answer is then checked by
evaluating the whole framework again with the proposed values; only a checked answer is printed.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field

import numpy as np

from kechuang.errors import KechuangError
from kechuang.evaluation import steps
from kechuang.evaluation.engine import Evaluation, aggregate_tree, evaluate, rescale
from kechuang.evaluation.framework import Framework
from kechuang.evaluation.path_grid import Grid, fixed, grids, solve_linear
from kechuang.indicators.panel import Panel

LINEAR = {"ratio", "min-max", "distance-to-target", "score", "identity"}
REPAIRS = 6  # re-solves with a larger aim when the check by re-evaluation falls short


@dataclass
class Step:
    indicator: str
    name: str
    value_from: float
    value_to: float
    change: float  # relative, +0.12 = +12 %
    gain: float  # points of the root score
    unit: str = ""
    integer: bool = False
    decimals: int = 2

    def sentence(self) -> str:
        verb = "提高" if self.value_to >= self.value_from else "降低"
        d = self.decimals
        if self.unit == "%":
            a, b = fixed(self.value_from, d) + "% ", fixed(self.value_to, d) + "%"
            delta = f"{fixed(self.value_to - self.value_from, d, sign=True)} 个百分点"
        elif self.unit:
            a, b = f"{fixed(self.value_from, d)} {self.unit}", f"{fixed(self.value_to, d)} {self.unit}"
            delta = f"{fixed(self.value_to - self.value_from, d, sign=True)} {self.unit}"
        else:
            a, b = fixed(self.value_from, d) + " ", fixed(self.value_to, d)
            delta = fixed(self.value_to - self.value_from, d, sign=True)
        pct = fixed(self.change * 100, 1 if abs(self.change) >= 0.01 else 3, sign=True)
        gain = fixed(self.gain, 2 if abs(self.gain) >= 0.01 else 4, sign=True)
        return f"{verb}「{self.name}」:由 {a}到 {b}({delta},{pct}%),总分 {gain}"


@dataclass
class Path:
    unit: str
    period: int
    score: float
    current_class: str
    target_class: str | None
    threshold: float | None
    steps: list[Step] = field(default_factory=list)
    reached: bool = False  # the proposed data, evaluated again, gives the target class
    exact: bool = True
    effort: float = 0.0
    note: str = ""
    verified_score: float | None = None  # the unit's score when the framework is evaluated with the proposal
    verified_class: str | None = None
    best_score: float | None = None  # when unreachable: the score with every indicator at its cap (evaluated)

    def lines(self) -> list[str]:
        head = f"{self.unit}({self.period}):当前得分 {self.score:.2f},等级 {self.current_class or '—'}"
        if self.target_class is None:
            return [head, self.note or "已是最高等级"]
        out = [head, f"目标:{self.target_class}(得分需达到 {self.threshold:.2f},差 {self.threshold - self.score:.2f})"]
        if not self.reached:  # never print a path that does not reach the class
            return [*out, self.note or "在各指标提升上限内无法达到下一等级"]
        out += [f"{i}. {s.sentence()}" for i, s in enumerate(self.steps, 1)]
        approx = "(近似解:非线性计分或随数据变化的插补、处理,经重新评价校正,未必最省力)"
        out.append(f"合计相对提升 {self.effort:.1%}{'' if self.exact else approx}")
        if self.steps:
            out.append(f"复核:按以上数值重新评价,得分 {self.verified_score:.2f},等级 {self.verified_class}")
        return out


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
    if threshold - score <= 0:
        path.reached, path.verified_score, path.verified_class = True, score, current
        return path
    model = _UnitModel(ev, fw, p, u, default_cap)
    path.exact = model.linear
    _search(path, model, functools.partial(_check, panel, fw, ev, p, u, model, target, threshold), default_cap)
    return path


def _search(path: Path, model: _UnitModel, check, default_cap: float) -> None:
    """Solve, check by evaluation, correct; record the checked path or why there is none."""
    score, target, threshold = path.score, path.target_class, path.threshold
    aim, last = threshold, {}
    for attempt in range(REPAIRS):
        chosen = _solve(model, aim - score)
        if chosen is None:
            break
        values, verified, klass, ok = check(chosen)
        if ok:
            path.exact = path.exact and attempt == 0
            _record(path, model, chosen, values, verified, klass)
            return
        # The model and the full evaluation disagree (treatment, imputation or rescaling moved with the
        # proposal): aim higher by the shortfall and solve again.
        last = chosen
        aim += max(threshold - verified, 1e-6 * max(1.0, abs(threshold)))
    at_caps = {i: model.grids[i].cap_steps for i in range(len(model.leaves)) if model.usable(i)}
    values, best, klass, ok = check(at_caps)
    if ok:  # reachable when checked: the least move from the last proposal towards the caps that is
        chosen = _towards_caps(last, at_caps, check)
        values, verified, klass, _ = check(chosen)
        path.exact = False
        _record(path, model, chosen, values, verified, klass)
        return
    path.best_score = best
    path.note = (f"不可达:即使各指标达到上限(默认每项最多提升 {default_cap:.0%}),最高得分 {fixed(best, 2)},"
                 f"低于「{target}」的门槛 {threshold:.2f}")


def _check(panel, fw, ev, p, u, model, target, threshold, chosen):
    values = model.values_for(chosen)
    verified, klass = _reevaluate(panel, fw, ev, p, u, values)
    return values, verified, klass, klass == target or (verified >= threshold and _rank(fw, klass) <= _rank(fw, target))


def _towards_caps(start: dict[int, int], caps: dict[int, int], check) -> dict[int, int]:
    """Bisect on the share t of the way from ``start`` to ``caps`` (checked by evaluation at every try)."""
    def at(t: float) -> dict[int, int]:
        return {i: start.get(i, 0) + math.ceil(t * (top - start.get(i, 0))) for i, top in caps.items()}

    lo, hi = 0.0, 1.0
    for _ in range(30):
        mid = (lo + hi) / 2
        if check(at(mid))[3]:
            hi = mid
        else:
            lo = mid
    return at(hi)


def _rank(fw: Framework, label: str | None) -> int:
    labels = [str(t["class"]) for t in fw.classify["thresholds"]]
    return labels.index(label) if label in labels else len(labels)


def _solve(model: _UnitModel, gap: float) -> dict[int, int] | None:
    """Grid steps per indicator that add at least ``gap`` to the modelled score, or None when none do."""
    if model.linear:
        return solve_linear(model.segments, gap)
    return _greedy_steps(model, gap)


def _record(path: Path, model: _UnitModel, chosen: dict[int, int], values: dict[int, float], verified: float,
            klass: str) -> None:
    fw = model.fw
    for i, n in chosen.items():
        if n <= 0:
            continue
        g = model.grids[i]
        code = model.leaves[i]
        change = (values[i] - model.raw[i]) / abs(model.raw[i])
        gain = model.root_with({i: values[i]}) - path.score
        path.steps.append(Step(code, fw.nodes[code].name, float(model.raw[i]), values[i], change, gain, g.unit,
                               g.integer, g.decimals))
    path.steps.sort(key=lambda s: -s.gain)
    path.effort = sum(abs(s.change) for s in path.steps)
    path.reached, path.verified_score, path.verified_class = True, verified, klass


def _reevaluate(panel: Panel, fw: Framework, ev: Evaluation, p: int, u: int, values: dict[int, float]
                ) -> tuple[float, str]:
    """The unit's score and class when the whole framework is evaluated with the proposed values."""
    data = panel.values.copy()
    for i, value in values.items():
        node = fw.nodes[ev.indicators[i]]
        data[p, u, panel.variables.index(node.column or node.code)] = value
    changed = Panel(panel.units, panel.periods, panel.variables, data, panel.present, panel.unit_names,
                    panel.groups, panel.source)
    with steps.quiet():
        after = evaluate(changed, fw, allow_missing=len(ev.indicators) < len(fw.leaves))
    return float(after.scores[p, u, 0]), str(after.classes[p, u])


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


class _FixedTree(Framework):
    """The framework with its tree order worked out once: the search aggregates the tree thousands of times and
    never changes it."""

    def __init__(self, fw: Framework) -> None:  # a view of ``fw``'s fields, not a dataclass construction
        self.__dict__.update(fw.__dict__)
        self._order = Framework.order.fget(fw)
        self._bottom_up = Framework.aggregates_bottom_up(fw)
        self._depths = Framework.depths(fw)

    @property
    def order(self) -> list[str]:
        return self._order

    def aggregates_bottom_up(self) -> list[str]:
        return self._bottom_up

    def depths(self) -> dict[str, int]:
        return self._depths


class _UnitModel:
    """The unit's root score as a function of its own indicator values (everything else frozen)."""

    def __init__(self, ev: Evaluation, fw: Framework, p: int, u: int, default_cap: float) -> None:
        fw = _FixedTree(fw)
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
        caps = [self._cap(i, default_cap) for i in range(len(self.leaves))]
        self.grids: list[Grid] = grids(fw, self.leaves, ev.stages["raw"], self.raw, self.sign, caps)
        # The leaves' scores at the current values: a proposal rescores only the leaves it changes.
        self.base_leaf_scores = np.array([self.leaf_score(i, v) for i, v in enumerate(self.base)])
        self.base_score = self.root_with({})

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

    def values_for(self, chosen: dict[int, int]) -> dict[int, float]:
        """Proposed raw values for grid steps per indicator."""
        return {i: self.grids[i].value(n) for i, n in chosen.items() if n > 0}

    def root_with(self, new_raw: dict[int, float]) -> float:
        leaf_scores = self.base_leaf_scores.copy()
        for i, v in new_raw.items():  # the same relative change as the raw value
            leaf_scores[i] = self.leaf_score(i, self.base[i] * v / self.raw[i])
        scores = aggregate_tree(leaf_scores[None, None, :], self.leaves, self.fw, {})
        if self.fw.rescale:  # relative to the reference unit: rescale with everybody else's unrescaled scores
            everyone = aggregate_tree(self.ev.stages["normalised"], self.leaves, self.fw, {})
            everyone[self.p, self.u] = scores[0, 0]
            rescale(everyone, self.fw, self.ev.units, self.ev.periods)
            return float(everyone[self.p, self.u, 0])
        return float(scores[0, 0, 0])

    def score_steps(self, chosen: dict[int, int]) -> float:
        return self.root_with(self.values_for(chosen))

    def usable(self, i: int) -> bool:
        return not (np.isnan(self.base[i]) or self.base[i] == 0 or np.isnan(self.raw[i]) or self.raw[i] == 0
                    or self.fw.nodes[self.leaves[i]].qualitative)

    def _cap(self, i: int, default: float) -> float:
        node_cap = self.fw.nodes[self.leaves[i]].cap
        value = node_cap if node_cap is not None else default
        return min(value, 0.999) if self.sign[i] < 0 else value

    @functools.cached_property
    def segments(self) -> list[tuple[int, float, int, float, float]]:
        """Per usable indicator: (index, gain per grid step, steps to the breakpoint, gain at the breakpoint,
        relative effort per step)."""
        out = []
        for i in range(len(self.leaves)):
            top = self.grids[i].cap_steps
            if not self.usable(i) or top <= 0:
                continue
            full = self.score_steps({i: top}) - self.base_score
            if full <= 1e-12:
                continue
            lo, hi = 0, top  # the fewest steps reaching the full gain (the gain is monotone in the steps)
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if self.score_steps({i: mid}) - self.base_score >= full - 1e-12 * max(1.0, abs(full)):
                    hi = mid
                else:
                    lo = mid
            # Gain per step from the breakpoint: never more than the true slope (a value rounded to the grid
            # only adds), so the programme's gains are attainable.
            out.append((i, full / hi, hi, full, self.grids[i].step / abs(self.raw[i])))
        return out


def _greedy_steps(model: _UnitModel, gap: float) -> dict[int, int] | None:
    """Best gain per effort, about 1 % (at least one grid step) at a time, on the exact modelled score."""
    chosen: dict[int, int] = {}
    current = model.base_score
    target = current + gap
    usable = [i for i in range(len(model.leaves)) if model.usable(i)]
    stride = {i: max(1, math.ceil(0.01 * abs(model.raw[i]) / model.grids[i].step - 1e-9)) for i in usable}
    while current < target:
        best, best_gain = None, 0.0
        for i in usable:
            n = chosen.get(i, 0)
            nxt = min(n + stride[i], model.grids[i].cap_steps)
            if nxt <= n:
                continue
            effort = (nxt - n) * model.grids[i].step / abs(model.raw[i])
            gain = (model.score_steps({**chosen, i: nxt}) - current) / effort
            if gain > best_gain:
                best, best_gain = i, gain
        if best is None:
            return None
        chosen[best] = min(chosen.get(best, 0) + stride[best], model.grids[best].cap_steps)
        current = model.score_steps(chosen)
    return chosen
