"""``kechuang score``: precision, recall and F1 of extracted plans against annotated gold plans."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kechuang.errors import KechuangError
from kechuang.extract.scoring import PARTS, score_paths


def add_parser(sub) -> None:
    p = sub.add_parser(
        "score", help="按人工标注评测抽取结果(P/R/F1)", description=(
            "比较抽取结果与人工标注(kechuang.plan/1 JSON),按部分输出精确率、召回率和 F1。"
            "GOLD 与 PRED 同为文件或同为文件夹(按文件名配对,缺少的预测按空方案计)。"))
    p.add_argument("gold", type=Path, metavar="GOLD", help="人工标注文件或文件夹")
    p.add_argument("pred", type=Path, metavar="PRED", help="抽取结果文件或文件夹")
    p.add_argument("--json", action="store_true", help="以 JSON 输出全部分数")
    p.add_argument("--parts", default=",".join(PARTS), help="要评测的部分,逗号分隔(默认全部)")
    p.add_argument("--min", action="append", default=[], metavar="PART=F1",
                   help="某部分 micro F1 低于给定值时退出码为 1,如 --min targets=0.9")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    parts = tuple(p for p in args.parts.split(",") if p)
    unknown = [p for p in parts if p not in PARTS]
    if unknown:
        raise KechuangError("KC-SCORE-PART", f"未知的部分 {','.join(unknown)};可选:{','.join(PARTS)}")
    if not args.gold.exists():
        raise KechuangError("KC-SCORE-GOLD", "标注文件或文件夹不存在", file=str(args.gold))
    minimums = {}
    for item in args.min:
        part, _, value = item.partition("=")
        if part not in parts:
            raise KechuangError("KC-SCORE-PART", f"--min 中的部分 {part!r} 未知;可选:{','.join(parts)}")
        try:
            minimums[part] = float(value)
        except ValueError as exc:
            raise KechuangError("KC-SCORE-MIN", f"--min 的值须为数字:{item}") from exc
    try:
        report = score_paths(args.gold, args.pred, parts)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise KechuangError("KC-SCORE-JSON", f"JSON 文件无法解析:{exc}") from exc
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        for name, scores in report.documents.items():
            row = "  ".join(f"{part} {c.f1:.3f} ({c.tp}/{c.pred}/{c.gold})" for part, c in scores.items())
            print(f"{name}: {row}")
        print("micro:  " + "  ".join(
            f"{part} P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.3f}" for part, c in report.micro.items()))
    failed = [f"{part} F1 {report.micro[part].f1:.3f} < {v}" for part, v in minimums.items()
              if report.micro[part].f1 < v]
    summary = " ".join(f"{part}={report.micro[part].f1:.3f}" for part in parts)
    print(("FAIL " + "; ".join(failed) + " | " if failed else "") + "F1 " + summary)
    return 1 if failed else 0
