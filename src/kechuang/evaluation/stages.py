"""The indicator-level stages of an evaluation: denominate → impute → treat → normalise.

``prepare`` applies the numeric steps of ``steps.py`` to a panel under a framework, after the ``min_coverage``
check, and keeps every stage; what it had to work around goes into the warnings it returns. Weighting,
aggregation, classes and ranks are in ``engine.py``.
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np

from kechuang.errors import KechuangError
from kechuang.evaluation import steps
from kechuang.evaluation.framework import Framework
from kechuang.indicators.panel import Panel


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
