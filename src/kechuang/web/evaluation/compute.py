"""What a run computes, on plain data (a core ``Panel`` and ``Framework``): the evaluation, its uncertainty, each
unit's path to the next class and the indicators where it stands furthest below the next class's typical unit.

No Django here: the job reads the panel, calls ``compute_run`` and stores what it returns in one transaction.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from kechuang.errors import KechuangError
from kechuang.evaluation import evaluate
from kechuang.evaluation.engine import Evaluation
from kechuang.evaluation.framework import Framework
from kechuang.evaluation.path import path_to_class
from kechuang.evaluation.report import jump_rows
from kechuang.evaluation.uncertainty import Uncertainty, run_uncertainty
from kechuang.indicators.panel import Panel

BELOW_SHOWN = 5  # indicators listed as furthest below the next class's typical unit


@dataclass
class Computed:
    evaluation: Evaluation
    uncertainty: Uncertainty | None
    year: int
    rows: list[dict] = field(default_factory=list)  # one per unit with data in ``year``
    warnings: list[str] = field(default_factory=list)


def _num(value) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)


def panel_until(panel: Panel, year: int) -> Panel:
    """The panel's years up to ``year`` (the evaluated year is then the latest); a year without any data is an
    error naming the years that have data."""
    if year not in panel.periods or not panel.present[panel.periods.index(year)].any():
        have = "、".join(str(p) for p in panel.periods) or "无"
        raise KechuangError("KC-EVAL-NO-DATA", f"{year} 年没有任何地区的指标数据,无法评价;已有数据的年份:{have}",
                            key="year")
    keep = [i for i, p in enumerate(panel.periods) if p <= year]
    groups = {k: v[keep] for k, v in panel.groups.items()}
    return replace(panel, periods=[panel.periods[i] for i in keep], values=panel.values[keep],
                   present=panel.present[keep], groups=groups)


def framework_check(panel: Panel, fw: Framework, allow_missing: bool) -> list[str]:
    """The framework's indicators the data lacks (an error unless ``allow_missing``); returns them."""
    missing = [c for c in fw.leaves if (fw.nodes[c].column or c) not in panel.variables]
    if missing and (not allow_missing or len(missing) == len(fw.leaves)):
        names = "、".join(f"{fw.nodes[c].name}({c})" for c in missing[:10])
        raise KechuangError(
            "KC-EVAL-INDICATOR-MISSING",
            f"数据中缺少框架「{fw.name}」要求的 {len(missing)} 个指标:{names}{' 等' if len(missing) > 10 else ''};"
            "请先导入这些指标的数据,或勾选“剔除缺少的指标”后重新计算", key=missing[0])
    return missing


def compute_run(panel: Panel, fw: Framework, year: int, *, replications: int = 1000, seed: int = 0,
                allow_missing: bool = False, progress: Callable[[float, str], None] | None = None) -> Computed:
    """Evaluate every year up to ``year``; uncertainty, paths and gaps for ``year``. ``progress(share, stage)``.

    The uncertainty runs in this process: huey's workers are daemonic (they may not start processes) and a web
    process should not fork a pool."""
    say = progress or (lambda share, stage: None)
    panel = panel_until(panel, year)
    framework_check(panel, fw, allow_missing)
    say(0.02, "计算得分、排名与等级")
    ev = evaluate(panel, fw, allow_missing=allow_missing)
    warnings = list(ev.warnings)
    unc = None
    if replications:
        say(0.1, f"不确定性分析(0/{replications})")
        try:
            unc = run_uncertainty(panel, fw, replications, seed=seed, allow_missing=allow_missing, evaluation=ev,
                                  processes=1,
                                  progress=lambda done, total: say(0.1 + 0.7 * done / total,
                                                                   f"不确定性分析({done}/{total})"))
        except KechuangError as exc:  # nothing varies: results without uncertainty, said so
            warnings.append(f"未做不确定性分析:{exc.message_zh}")
    rows = _rows(panel, fw, ev, unc, lambda share: say(0.8 + 0.18 * share, "计算晋级路径"))
    return Computed(ev, unc, year, rows, warnings)


def _rows(panel: Panel, fw: Framework, ev: Evaluation, unc: Uncertainty | None, progress) -> list[dict]:
    p = len(ev.periods) - 1
    jumps = {r["unit"]: r for r in jump_rows(ev)}
    probability = {} if unc is None else unc.class_probability
    typical = _typical_values(ev, fw, p)
    rows = []
    scored = [u for u, unit in enumerate(ev.units) if ev.present[p, u]]
    for n, u in enumerate(scored):
        unit = ev.units[u]
        score = _num(ev.scores[p, u, 0])
        jump = jumps.get(unit, {})
        row = {"unit": unit, "score": score, "rank": jump.get("rank"), "class": str(ev.classes[p, u]),
               "nodes": {c: [_num(ev.scores[p, u, k]), _num(ev.ranks[p, u, k])] for k, c in enumerate(ev.nodes)},
               "previous_score": jump.get("previous_score"), "score_change": jump.get("score_change"),
               "rank_change": jump.get("rank_change"), "class_change": jump.get("class_change", ""),
               "p_class": {c: float(prob[u]) for c, prob in probability.items()},
               "rank_p05": None, "rank_p95": None, "median_rank": None, "path": {}, "below": [],
               "note": ev.unscored.get((p, u), "")}
        if unc is not None:
            row.update(rank_p05=_num(unc.rank_p05[u]), rank_p95=_num(unc.rank_p95[u]),
                       median_rank=_num(unc.median_rank[u]))
        if score is not None and fw.classify:
            row["path"] = _path(panel, fw, ev, unit)
            row["below"] = _below(ev, fw, p, u, typical)
        rows.append(row)
        progress((n + 1) / len(scored))
    return rows


def _path(panel: Panel, fw: Framework, ev: Evaluation, unit: str) -> dict:
    try:
        path = path_to_class(panel, fw, unit, evaluation=ev)
    except KechuangError as exc:
        return {"reached": False, "note": exc.message_zh, "steps": []}
    return {"target": path.target_class, "threshold": _num(path.threshold), "reached": path.reached,
            "exact": path.exact, "note": path.note, "effort": path.effort,
            "verified_score": _num(path.verified_score), "verified_class": path.verified_class,
            "steps": [{"indicator": s.indicator, "name": s.name, "from": s.value_from, "to": s.value_to,
                       "unit": s.unit, "change": s.change, "gain": s.gain, "sentence": s.sentence()}
                      for s in path.steps]}


def _typical_values(ev: Evaluation, fw: Framework, p: int) -> dict[str, np.ndarray]:
    """Per class: the median raw value of each indicator over the units of that class in year ``p``."""
    raw = ev.stages["raw"][p]
    out = {}
    labels = [str(t["class"]) for t in fw.classify["thresholds"]] if fw.classify else []
    for label in labels:
        members = np.array([str(c) == label for c in ev.classes[p]]) & ev.present[p]
        if members.any():
            with np.errstate(all="ignore"):
                out[label] = np.nanmedian(np.where(members[:, None], raw, np.nan)[members], axis=0)
    return out


def _below(ev: Evaluation, fw: Framework, p: int, u: int, typical: dict[str, np.ndarray]) -> list[dict]:
    """The indicators where the unit stands furthest below the typical unit (median) of the next class (of its
    own class when it is in the top one), as a share of that median; direction-aware."""
    labels = [str(t["class"]) for t in fw.classify["thresholds"]]
    own = str(ev.classes[p, u])
    k = labels.index(own) if own in labels else len(labels)
    reference = next((labels[j] for j in range(k - 1, -1, -1) if labels[j] in typical), None) if k else None
    reference = reference or (own if own in typical else None)
    if reference is None:
        return []
    out = []
    for i, code in enumerate(ev.indicators):
        value, median = ev.stages["raw"][p, u, i], typical[reference][i]
        if math.isnan(value) or math.isnan(median) or median == 0:
            continue
        node = fw.nodes[code]
        gap = (median - value) / abs(median) * (1 if node.direction >= 0 else -1)
        if gap > 0:
            out.append({"indicator": code, "name": node.name, "value": float(value), "typical": float(median),
                        "unit": node.unit or "", "gap": float(gap), "class": reference})
    return sorted(out, key=lambda r: -r["gap"])[:BELOW_SHOWN]
