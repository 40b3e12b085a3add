"""``kechuang match``: search a library, and the duplicate check of projects (重复立项)."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from kechuang.errors import KechuangError
from kechuang.matching import DuplicateIndex, MatchIndex
from kechuang.matching.duplicates import THRESHOLD
from kechuang.matching.io import read_records


def add_parser(sub) -> None:
    p = sub.add_parser("match", help="资源库检索与项目查重", description=(
        "在项目库、成果库或需求库(CSV、TSV 或 XLSX,表头含“名称”等列)中检索,或检查项目是否重复立项。"))
    msub = p.add_subparsers(dest="match_command", metavar="SUBCOMMAND", required=True)
    q = msub.add_parser("query", help="按文字检索资源库,列出最相关的条目及匹配原因")
    q.add_argument("library", type=Path, metavar="LIBRARY", help="资源库文件")
    q.add_argument("text", help="检索内容:技术需求、项目名称或关键词")
    q.add_argument("-k", "--top", type=int, default=10, help="列出的条数(默认 10)")
    q.add_argument("--json", action="store_true", help="输出 JSON(含匹配词语和高亮位置)")
    q.set_defaults(func=run_query)
    d = msub.add_parser("dup", help="项目查重:新申报项目与历年项目(或一批项目相互之间)比对")
    d.add_argument("library", type=Path, metavar="LIBRARY", help="历年项目库文件")
    d.add_argument("--new", type=Path, help="新申报项目文件(省略时检查项目库内部的疑似重复)")
    d.add_argument("--threshold", type=float, default=THRESHOLD, help=f"疑似重复的相似度阈值(默认 {THRESHOLD})")
    d.add_argument("-o", "--output", type=Path, help="输出 CSV 文件(省略时打印)")
    d.set_defaults(func=run_dup)


def run_query(args: argparse.Namespace) -> int:
    if args.top < 1:
        raise KechuangError("KC-CLI-TOP", "--top 应为正整数")
    matches = MatchIndex(read_records(args.library)).search(args.text, k=args.top)
    if args.json:
        print(json.dumps([m.to_dict() for m in matches], ensure_ascii=False, indent=2))
        return 0
    for rank, m in enumerate(matches, start=1):
        print(f"{rank}\t{m.score:.2f}\t{m.record.id}\t{m.record.title}\t{'、'.join(m.explanation.shared_terms)}")
    if not matches:
        print("没有找到相关条目", file=sys.stderr)
    return 0


def run_dup(args: argparse.Namespace) -> int:
    if not 0 < args.threshold <= 1:
        raise KechuangError("KC-CLI-THRESHOLD", "--threshold 应在 0 与 1 之间")
    library = read_records(args.library)
    if args.new:
        pairs = DuplicateIndex(library, threshold=args.threshold).batch(read_records(args.new))
    else:
        pairs = DuplicateIndex([], threshold=args.threshold).batch(library)
    rows = [{"编号": a, "疑似重复编号": s.record.id, "疑似重复项目": s.record.title, "相似度": f"{s.score:.2f}",
             "说明": ";".join(s.explanation.notes)} for a, s in pairs]
    out = args.output.open("w", encoding="utf-8-sig", newline="") if args.output else sys.stdout
    try:
        writer = csv.DictWriter(out, fieldnames=["编号", "疑似重复编号", "疑似重复项目", "相似度", "说明"])
        writer.writeheader()
        writer.writerows(rows)
    finally:
        if args.output:
            out.close()
    print(f"疑似重复 {len(rows)} 对", file=sys.stderr)
    return 0
