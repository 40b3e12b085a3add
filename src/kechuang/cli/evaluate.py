"""``kechuang evaluate`` and ``kechuang path-to-class``: scores, ranks and classes from indicator data."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kechuang.errors import KechuangError
from kechuang.evaluation import builtin_frameworks, evaluate, load_data, load_framework
from kechuang.evaluation import report as out
from kechuang.evaluation.path import path_to_class
from kechuang.evaluation.uncertainty import run_uncertainty

FORMATS = ("csv", "xlsx", "json")


def add_parser(sub) -> None:
    names = "、".join(sorted(builtin_frameworks()))
    p = sub.add_parser("evaluate", help="按评价框架计算得分、排名、等级", description=(
        "读取指标数据(宽表或长表,CSV/XLSX),按评价框架计算各单位各节点的得分、排名与等级。"
        f"内置框架:{names};也可给出 YAML 框架文件。"))
    p.add_argument("data", type=Path, metavar="DATA", help="指标数据文件(CSV 或 XLSX)")
    p.add_argument("--framework", required=True, metavar="NAME_OR_PATH", help=f"评价框架:{names} 或 YAML 路径")
    p.add_argument("--year", type=int, help="输出哪一年的结果(默认最近一年;每次运行都计算全部年份)")
    p.add_argument("--all-years", action="store_true", help="CSV 输出全部年份(加 period 列)")
    p.add_argument("--uncertainty", type=int, default=0, metavar="N",
                   help="蒙特卡洛重复次数(如 1000):排名区间、等级概率与敏感性指数")
    p.add_argument("--seed", type=int, default=0, help="不确定性分析的随机种子(默认 0,结果可复现)")
    p.add_argument("--jobs", type=int, default=0, metavar="N",
                   help="不确定性分析的并行进程数(默认 0 即全部 CPU 核;进程数不影响结果)")
    p.add_argument("-o", "--output", type=Path, help="输出文件(省略时 CSV/JSON 打印到屏幕)")
    p.add_argument("--format", choices=FORMATS, help="输出格式(默认按输出文件扩展名,否则 csv)")
    p.add_argument("--allow-missing", action="store_true", help="数据缺少框架中的指标时剔除这些指标继续计算(会提示)")
    p.add_argument("--sheet", help="XLSX 数据所在的工作表(默认第一个)")
    p.set_defaults(func=run_evaluate)

    q = sub.add_parser("path-to-class", help="计算晋级下一等级的最省力指标提升方案", description=(
        "在其他单位不变的前提下,找出使该单位总分越过下一等级门槛、相对提升总量最小的指标组合。"))
    q.add_argument("data", type=Path, metavar="DATA", help="指标数据文件(CSV 或 XLSX)")
    q.add_argument("--framework", required=True, metavar="NAME_OR_PATH", help="评价框架名称或 YAML 路径")
    q.add_argument("--unit", required=True, help="单位(地区)代码,与数据中一致")
    q.add_argument("--year", type=int, help="年份(默认最近一年)")
    q.add_argument("--class", dest="target_class", help="目标等级(默认高一级)")
    q.add_argument("--cap", type=float, help="每个指标的最大相对提升(默认 0.5 即 50%%,框架或指标可另设)")
    q.add_argument("--json", action="store_true", help="以 JSON 输出")
    q.add_argument("--allow-missing", action="store_true", help="剔除数据中缺少的指标后计算")
    q.add_argument("--sheet", help="XLSX 数据所在的工作表")
    q.set_defaults(func=run_path)


def _format(args) -> str:
    if args.format:
        return args.format
    if args.output and args.output.suffix.lower().lstrip(".") in FORMATS:
        return args.output.suffix.lower().lstrip(".")
    return "csv"


def run_evaluate(args: argparse.Namespace) -> int:
    fmt = _format(args)
    if fmt == "xlsx" and not args.output:
        raise KechuangError("KC-CLI-OUTPUT", "XLSX 输出需要用 -o 指定文件")
    fw = load_framework(args.framework)
    panel = load_data(args.data, fw, args.sheet)
    ev = evaluate(panel, fw, allow_missing=args.allow_missing)
    year = args.year
    if year is not None and year not in ev.periods:
        panel.period_index(year)  # raises the coded error listing the years
    uncertainty = None
    if args.jobs < 0:
        raise KechuangError("KC-CLI-ARG", "--jobs 须为非负整数(0 即全部 CPU 核)")
    if args.uncertainty:
        from tqdm import tqdm

        bar = tqdm(total=args.uncertainty, unit="次", desc="不确定性分析", file=sys.stderr,
                   disable=not sys.stderr.isatty())
        progress = lambda done, total: bar.update(done - bar.n)
        uncertainty = run_uncertainty(panel, fw, args.uncertainty, period=year, seed=args.seed,
                                      allow_missing=args.allow_missing, progress=progress, evaluation=ev,
                                      processes=args.jobs or None)
        bar.close()
    for warning in ev.warnings:
        print(f"提示:{warning}", file=sys.stderr)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        out.write_csv(ev, args.output, year, stream=sys.stdout, all_years=args.all_years)
    elif fmt == "json":
        out.write_json(ev, args.output, year, uncertainty, stream=sys.stdout)
    else:
        out.write_xlsx(ev, args.output, year, uncertainty)
    if args.output:
        print(f"已写出 {args.output}", file=sys.stderr)
    if uncertainty is not None and fmt == "csv":
        u = uncertainty
        print(f"不确定性分析({u.runs} 次,扰动:{';'.join(u.described.values())}):" + ";".join(
            f"{f} 一阶 {u.first_order[f]:.2f} [{u.first_order_ci[f][0]:.2f}, {u.first_order_ci[f][1]:.2f}] "
            f"总效应 {u.total[f]:.2f} [{u.total_ci[f][0]:.2f}, {u.total_ci[f][1]:.2f}]" for f in u.factors)
            + "(方括号为 95% 自助法置信区间;完整结果请用 --format xlsx 或 json)", file=sys.stderr)
    return 0


def run_path(args: argparse.Namespace) -> int:
    fw = load_framework(args.framework)
    panel = load_data(args.data, fw, args.sheet)
    ev = evaluate(panel, fw, allow_missing=args.allow_missing)
    path = path_to_class(panel, fw, args.unit, period=args.year, target_class=args.target_class, cap=args.cap,
                         evaluation=ev)
    if args.json:
        doc = {"unit": path.unit, "period": path.period, "score": path.score, "class": path.current_class,
               "target_class": path.target_class, "threshold": path.threshold, "reached": path.reached,
               "exact": path.exact, "effort": path.effort, "note": path.note,
               "verified_score": path.verified_score, "verified_class": path.verified_class,
               "best_score": path.best_score,
               "steps": [{"indicator": s.indicator, "name": s.name, "from": s.value_from, "to": s.value_to,
                          "unit": s.unit, "integer": s.integer, "change": s.change, "gain": s.gain}
                         for s in (path.steps if path.reached else [])]}
        print(json.dumps(doc, ensure_ascii=False, indent=1))
    else:
        print("\n".join(path.lines()))
    # A class that cannot be reached (or a proposal that failed the check) is an error for scripts.
    return 0 if path.reached or path.target_class is None else 1
