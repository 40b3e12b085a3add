"""``kechuang monitor``: each target of an extracted plan against the region's indicator data."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from kechuang.errors import KechuangError
from kechuang.indicators.catalog import load_catalog
from kechuang.indicators.observations import import_observations
from kechuang.monitoring import Thresholds, monitor_plan

COLUMNS = [("index", "序号"), ("indicator", "目标指标(原文)"), ("indicator_id", "指标代码"),
           ("indicator_name", "目录指标"), ("link", "关联方式"), ("link_score", "关联得分"), ("kind", "类型"),
           ("target_value", "目标值"), ("unit", "单位"),
           ("target_year", "目标年份"), ("direction", "方向"), ("base_year", "基期年份"), ("base_value", "基期值"),
           ("latest_year", "最新年份"), ("latest_value", "最新值"), ("attainment", "完成度"),
           ("required_now", "按进度应达到"), ("projected", "目标年预测值"), ("projection_method", "预测方法"),
           ("light", "状态"), ("feasible", "可行性"), ("required_growth", "所需年均增速"),
           ("best_growth", "历史最高年增速"), ("note", "说明")]


def add_parser(sub) -> None:
    p = sub.add_parser("monitor", help="对照指标数据监测方案目标的进度", description=(
        "读取抽取得到的方案 JSON 和本地区的指标观测数据(长表:地区、指标、年份、数值;或宽表),"
        "逐条目标给出最新值、完成度、应达进度、目标年预测值与红黄绿状态。"))
    p.add_argument("plan", type=Path, metavar="PLAN.json", help="kechuang extract 输出的方案 JSON")
    p.add_argument("data", type=Path, metavar="DATA", help="观测数据(CSV 或 XLSX)")
    p.add_argument("-o", "--output", type=Path, help="输出文件(.csv、.xlsx 或 .json;省略时打印表格)")
    p.add_argument("--region", help="数据中对应的地区(默认取方案的地区)")
    p.add_argument("--green", type=float, default=0.98, help="最新值达到应达进度的比例不低于此值为绿灯(默认 0.98)")
    p.add_argument("--yellow", type=float, default=0.90, help="不低于此值为黄灯,否则红灯(默认 0.90)")
    p.add_argument("--feasibility", type=float, default=2.0,
                   help="所需年均增速超过历史最高增速的倍数即标记为难以实现(默认 2)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not 0 < args.yellow <= args.green:
        raise KechuangError("KC-CLI-THRESHOLD", "阈值应满足 0 < --yellow ≤ --green")
    try:
        plan = json.loads(args.plan.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KechuangError("KC-MONITOR-PLAN", "找不到方案文件", file=str(args.plan)) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise KechuangError("KC-MONITOR-PLAN", f"方案文件不是有效的 JSON:{exc}", file=str(args.plan)) from exc
    if not isinstance(plan, dict) or "targets" not in plan:
        raise KechuangError("KC-MONITOR-PLAN", "方案文件缺少 targets;请使用 kechuang extract 输出的 JSON",
                            file=str(args.plan))
    catalog = load_catalog()
    report = import_observations(args.data, catalog)
    rows = monitor_plan(plan, report.observations, region=args.region, catalog=catalog,
                        thresholds=Thresholds(args.green, args.yellow, args.feasibility))
    if args.output is None:
        _print(rows)
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    suffix = args.output.suffix.lower()
    if suffix == ".json":
        args.output.write_text(json.dumps([r.to_dict() for r in rows], ensure_ascii=False, indent=1) + "\n",
                               encoding="utf-8")
    elif suffix == ".xlsx":
        _xlsx(rows, args.output)
    else:
        with open(args.output, "w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh)
            writer.writerow([zh for _, zh in COLUMNS])
            for r in rows:
                writer.writerow([_cell(getattr(r, k)) for k, _ in COLUMNS])
    print(f"已写出 {args.output}({len(rows)} 条目标)", file=sys.stderr)
    return 0


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "可行" if value else "难以实现"
    if isinstance(value, float):
        return round(value, 4)
    return value


def _print(rows) -> None:
    for r in rows:
        latest = f"{r.latest_value:g}({r.latest_year})" if r.latest_value is not None else "—"
        target = f"{r.target_value:g}{r.unit or ''}({r.target_year or '—'})" if r.target_value is not None else "—"
        att = f"{r.attainment:.0%}" if r.attainment is not None else "—"
        print(f"{r.index:>3}. {r.indicator[:24]:<24} 目标 {target:<18} 最新 {latest:<14} 完成度 {att:<6} {r.light}"
              + (f"  {r.note}" if r.note else "") + ("  ⚠难以实现" if r.feasible is False else ""))


def _xlsx(rows, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    from kechuang.reports.cells import append_row

    colours = {"green": "C6EFCE", "done": "C6EFCE", "yellow": "FFEB9C", "red": "FFC7CE", "unknown": "EDEDED"}
    wb = Workbook()
    ws = wb.active
    ws.title = "目标监测"
    ws.append([zh for _, zh in COLUMNS])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    light_col = [k for k, _ in COLUMNS].index("light") + 1
    for r in rows:
        append_row(ws, [_cell(getattr(r, k)) for k, _ in COLUMNS])
        ws.cell(ws.max_row, light_col).fill = PatternFill("solid", fgColor=colours[r.status])
    ws.freeze_panes = "C2"
    ws.column_dimensions["B"].width = 30
    wb.save(path)
