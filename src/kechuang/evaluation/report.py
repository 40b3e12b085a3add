"""Evaluation results as rows and files: tidy CSV, JSON, and an XLSX workbook for the bureau."""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import numpy as np

from kechuang.evaluation.engine import Evaluation
from kechuang.evaluation.uncertainty import Uncertainty

CLASS_ORDER_HELP = "等级变化按框架中等级的先后判断(靠前的等级更高)"
UNSCORED = "未评分"  # a unit-year below min_coverage or skipped by a geometric mean: no number is published


def _num(value: float) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)


def score_rows(ev: Evaluation, period: int | None = None) -> list[dict]:
    """Tidy rows ``unit, node, score, rank, class`` for one period (default: the latest)."""
    p = ev.periods.index(period) if period is not None else len(ev.periods) - 1
    rows = []
    for u, unit in enumerate(ev.units):
        if not ev.present[p, u]:
            continue
        for k, node in enumerate(ev.nodes):
            rank = ev.ranks[p, u, k]
            cls = (UNSCORED if (p, u) in ev.unscored else str(ev.classes[p, u])) if k == 0 else ""
            rows.append({"unit": unit, "node": node, "score": _num(ev.scores[p, u, k]),
                         "rank": None if math.isnan(rank) else int(rank), "class": cls})
    return rows


def jump_rows(ev: Evaluation, period: int | None = None) -> list[dict]:
    """Year on year at the top node: score and rank change, best-ever rank, class jumps."""
    p = ev.periods.index(period) if period is not None else len(ev.periods) - 1
    labels = [str(t["class"]) for t in ev.framework.classify["thresholds"]] if ev.framework.classify else []
    rows = []
    for u, unit in enumerate(ev.units):
        if not ev.present[p, u]:
            continue
        score, rank, cls = ev.scores[p, u, 0], ev.ranks[p, u, 0], str(ev.classes[p, u])
        prev = p - 1 if p > 0 and ev.present[p - 1, u] else None
        history = ev.ranks[: p + 1, u, 0]
        best = np.nanmin(history) if np.any(~np.isnan(history)) else float("nan")
        row = {"unit": unit, "period": ev.periods[p], "score": _num(score),
               "rank": None if math.isnan(rank) else int(rank), "class": cls,
               "previous_score": None, "score_change": None, "previous_rank": None, "rank_change": None,
               "best_rank": None if math.isnan(best) else int(best), "previous_class": "", "class_change": ""}
        if prev is not None:
            ps, pr, pc = ev.scores[prev, u, 0], ev.ranks[prev, u, 0], str(ev.classes[prev, u])
            row["previous_score"] = _num(ps)
            row["score_change"] = _num(score - ps)
            row["previous_rank"] = None if math.isnan(pr) else int(pr)
            row["rank_change"] = None if math.isnan(pr) or math.isnan(rank) else int(pr - rank)  # + = up
            row["previous_class"] = pc
            if pc and cls and pc != cls and pc in labels and cls in labels:
                up = labels.index(cls) < labels.index(pc)
                row["class_change"] = f"{pc}→{cls} {'升级' if up else '降级'}"
            elif pc and cls:
                row["class_change"] = "持平"
        rows.append(row)
    return rows


def write_csv(ev: Evaluation, path: str | Path | None, period: int | None = None, stream=None,
              all_years: bool = False) -> None:
    """The tidy table of one period; with ``all_years`` every period, with a ``period`` column."""
    if all_years:
        rows = [{"period": p, **row} for p in ev.periods for row in score_rows(ev, p)]
        fields = ["period", "unit", "node", "score", "rank", "class"]
    else:
        rows = score_rows(ev, period)
        fields = ["unit", "node", "score", "rank", "class"]
    if path is None:
        writer = csv.DictWriter(stream, fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: "" if v is None else v for k, v in r.items()} for r in rows)
        return
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fields)
        writer.writeheader()
        writer.writerows({k: "" if v is None else v for k, v in r.items()} for r in rows)


def to_json(ev: Evaluation, period: int | None = None, uncertainty: Uncertainty | None = None) -> dict:
    fw = ev.framework
    p = ev.periods.index(period) if period is not None else len(ev.periods) - 1
    doc = {
        "format": "kechuang.evaluation/1",
        "framework": {"name": fw.name, "title": fw.title, "version": fw.version, "source": fw.source},
        "period": ev.periods[p], "periods": ev.periods,
        "scores": score_rows(ev, ev.periods[p]), "year_on_year": jump_rows(ev, ev.periods[p]),
        "treatment": ev.treatment, "warnings": ev.warnings,
        "unscored": [{"unit": ev.units[u], "period": ev.periods[q], "reason": why}
                     for (q, u), why in sorted(ev.unscored.items())],
    }
    if uncertainty is not None:
        doc["uncertainty"] = {"runs": uncertainty.runs, "factors": uncertainty.factors,
                              "first_order": uncertainty.first_order, "total": uncertainty.total,
                              "first_order_ci95": uncertainty.first_order_ci, "total_ci95": uncertainty.total_ci,
                              "perturbed": uncertainty.described,
                              "units": uncertainty.rows()}
    return doc


def write_json(ev, path, period=None, uncertainty=None, stream=None) -> None:
    text = json.dumps(to_json(ev, period, uncertainty), ensure_ascii=False, indent=1,
                      default=lambda o: None if isinstance(o, float) and math.isnan(o) else str(o))
    text = text.replace("NaN", "null")
    if path is None:
        stream.write(text + "\n")
    else:
        Path(path).write_text(text + "\n", encoding="utf-8")


def write_xlsx(ev: Evaluation, path: str | Path, period: int | None = None,
               uncertainty: Uncertainty | None = None) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    from kechuang.reports.cells import append_row

    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    p = ev.periods.index(period) if period is not None else len(ev.periods) - 1
    wb = Workbook()

    def sheet(title, header, rows, first=False):
        ws = wb.active if first else wb.create_sheet(title)
        ws.title = title
        append_row(ws, header)
        for cell in ws[1]:
            cell.font, cell.fill = bold, fill
        for row in rows:
            append_row(ws, row)
        ws.freeze_panes = "B2"
        for i, _ in enumerate(header):
            ws.column_dimensions[ws.cell(1, i + 1).column_letter].width = 14 if i else 18
        return ws

    names = ev.unit_names
    nodes = ev.nodes
    name_of = {c: ev.framework.nodes[c].name for c in nodes}
    def cells(values, q, i):
        out = [_num(v) for v in values[q, i]]
        return [UNSCORED if v is None and (q, i) in ev.unscored else v for v in out]

    sheet("得分", ["单位", "名称", *[name_of[c] for c in nodes]],
          [[u, names.get(u, ""), *cells(ev.scores, p, i)] for i, u in enumerate(ev.units) if ev.present[p, i]],
          first=True)
    sheet("排名", ["单位", "名称", *[name_of[c] for c in nodes]],
          [[u, names.get(u, ""), *cells(ev.ranks, p, i)] for i, u in enumerate(ev.units) if ev.present[p, i]])
    sheet("等级", ["单位", "名称", *[str(y) for y in ev.periods]],
          [[u, names.get(u, ""), *[UNSCORED if (q, i) in ev.unscored else str(ev.classes[q, i])
                                   for q in range(len(ev.periods))]] for i, u in enumerate(ev.units)])
    jumps = jump_rows(ev, ev.periods[p])
    sheet("年度变化", ["单位", "年份", "得分", "排名", "等级", "上年得分", "得分变化", "上年排名", "排名变化(+为上升)",
                     "历史最好排名", "上年等级", "等级变化"],
          [[r["unit"], r["period"], r["score"], r["rank"], r["class"], r["previous_score"], r["score_change"],
            r["previous_rank"], r["rank_change"], r["best_rank"], r["previous_class"], r["class_change"]]
           for r in jumps])
    if uncertainty is not None:
        labels = list(uncertainty.class_probability)
        sheet("不确定性", ["单位", "名义排名", "排名中位数", "5%分位", "95%分位", "名义等级",
                        *[f"P({c})" for c in labels], "保持等级概率"],
              [[r["unit"], r["rank"], r["median_rank"], r["rank_p05"], r["rank_p95"], r["class"],
                *[r[f"p_{c}"] for c in labels], _num(r["p_keep_class"])] for r in uncertainty.rows()])
        u = uncertainty
        ws = sheet("敏感性", ["构建选择", "扰动", "一阶敏感性指数", "95%置信下限", "95%置信上限", "总效应指数",
                           "95%置信下限", "95%置信上限"],
                   [[f, u.described.get(f, ""), u.first_order[f], *u.first_order_ci.get(f, ("", "")), u.total[f],
                     *u.total_ci.get(f, ("", ""))] for f in u.factors])
        ws.append([])
        ws.append([f"蒙特卡洛重复 {uncertainty.runs} 次(Saltelli 设计),对象为 {uncertainty.period} 年各单位排名"])
    fw = ev.framework
    info = sheet("说明", ["项目", "内容"], [
        ["框架", f"{fw.name} {fw.title}"], ["版本", fw.version], ["来源", fw.source],
        ["年份", str(ev.periods[p])], ["等级变化", CLASS_ORDER_HELP],
        *[["提示", w] for w in ev.warnings]])
    info.column_dimensions["B"].width = 100
    wb.save(path)
