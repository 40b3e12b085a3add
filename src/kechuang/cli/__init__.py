"""Command line: extract, score, evaluate, path-to-class, monitor, data, indicators, serve, worker, manage."""

from __future__ import annotations

import argparse
import sys

from kechuang import __version__
from kechuang.cli import data as data_cmd
from kechuang.cli import enterprises as enterprises_cmd
from kechuang.cli import evaluate as evaluate_cmd
from kechuang.cli import extract as extract_cmd
from kechuang.cli import match as match_cmd
from kechuang.cli import monitor as monitor_cmd
from kechuang.cli import score as score_cmd
from kechuang.cli import serve as serve_cmd
from kechuang.errors import KechuangError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kechuang", description="科创:县市科技创新方案的结构化抽取、分解、监测评价与督查督办平台")
    parser.add_argument("--version", action="version", version=f"kechuang {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    extract_cmd.add_parser(sub)
    score_cmd.add_parser(sub)
    evaluate_cmd.add_parser(sub)
    monitor_cmd.add_parser(sub)
    data_cmd.add_parser(sub)
    enterprises_cmd.add_parser(sub)
    serve_cmd.add_parser(sub)
    match_cmd.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KechuangError as exc:
        print(f"错误:{exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("已中断", file=sys.stderr)
        return 130
