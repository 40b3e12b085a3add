"""``kechuang extract``: plan documents → structured plans (JSON, 任务分解表 XLSX, Markdown)."""

from __future__ import annotations

import argparse
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from kechuang.errors import KechuangError
from kechuang.reports.widths import pad
from kechuang.text.formats import BY_SUFFIX, OFFERED, SHOWN
from kechuang.text.load import EMPTY_TEXT

FORMATS = ("json", "xlsx", "md")
DOC_SUFFIXES = frozenset(OFFERED)  # what a folder is scanned for (kechuang.text.formats)


def _help_formats() -> str:
    """``.txt/.html/.docx/.pdf/.ofd,以及经 LibreOffice 转换的 .doc/.wps/.rtf``"""
    direct = "/".join(s for s in SHOWN if not BY_SUFFIX[s].libreoffice)
    converted = "/".join(s for s in SHOWN if BY_SUFFIX[s].libreoffice)
    return f"{direct},以及经 LibreOffice 转换的 {converted}"


def add_parser(sub) -> None:
    p = sub.add_parser(
        "extract", help="从方案文件抽取结构化方案", description=(
            f"从方案文件({_help_formats()};或包含它们的文件夹)"
            "抽取结构化方案:标题、编号、责任分工、量化目标。每个输入文件写出 DIR/<文件名>.<格式>。"))
    p.add_argument("paths", nargs="+", metavar="PATH", help="方案文件或文件夹(文件夹内按扩展名查找)")
    p.add_argument("-o", "--output", default="out", metavar="DIR", help="输出文件夹(默认 out)")
    p.add_argument("--format", action="append", choices=FORMATS, metavar="{json,xlsx,md}",
                   help="输出格式,可重复给出(默认 json):json 为 kechuang.plan/1,xlsx 为任务分解表,md 为摘要")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="并行进程数(默认 1)")
    p.add_argument("--max-mb", type=float, default=20, metavar="MB", help="单个文件大小上限(默认 20 MB)")
    p.add_argument("--max-inflated-mb", type=float, default=100, metavar="MB",
                   help=".docx/PDF/OFD 解压后的总大小上限,超过即视为压缩炸弹拒绝(默认 100 MB)")
    p.add_argument("--max-inflate-ratio", type=float, default=100, metavar="N",
                   help=".docx/PDF/OFD 解压后与原文件大小之比的上限(默认 100)")
    p.add_argument("--no-text", action="store_true", help="JSON 中不附带规范化原文(默认附带,供界面高亮)")
    p.add_argument("--summary", action="store_true", help="结束时打印汇总表")
    p.add_argument("-q", "--quiet", action="store_true", help="不显示进度条")
    p.set_defaults(func=run)


@dataclass
class Outcome:
    path: str
    ok: bool
    message: str = ""
    title: str = ""
    headings: int = 0
    tasks: int = 0
    assignments: int = 0
    targets: int = 0
    warnings: int = 0
    notice: str = ""


def collect(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DOC_SUFFIXES)
        else:
            files.append(path)
    return files


def output_names(files: list[Path]) -> list[str]:
    """Output stems, made unique when two inputs share one (a.txt and a.docx → a, a_2)."""
    seen: dict[str, int] = {}
    out = []
    for f in files:
        stem = f.stem
        seen[stem] = seen.get(stem, 0) + 1
        out.append(stem if seen[stem] == 1 else f"{stem}_{seen[stem]}")
    return out


def _write(plan, stem: str, outdir: Path, formats: tuple[str, ...], include_text: bool) -> None:
    from kechuang.reports.markdown import render_markdown
    from kechuang.reports.xlsx import write_xlsx

    outdir.mkdir(parents=True, exist_ok=True)
    for fmt in formats:
        target = outdir / f"{stem}.{fmt}"
        tmp = target.with_name(target.name + ".part")
        if fmt == "json":
            tmp.write_text(plan.to_json(include_text=include_text), encoding="utf-8")
        elif fmt == "md":
            tmp.write_text(render_markdown(plan), encoding="utf-8")
        else:
            write_xlsx(plan, tmp)
        os.replace(tmp, target)  # never leave a half-written file under the final name


def process(job: tuple[str, str, str, tuple[str, ...], int, bool, int, float]) -> Outcome:
    path, stem, outdir, formats, max_bytes, include_text, max_inflated, max_ratio = job
    from kechuang.extract import extract_plan

    try:
        plan = extract_plan(Path(path), name=path, max_bytes=max_bytes, max_inflated=max_inflated,
                            max_ratio=max_ratio)
        _write(plan, stem, Path(outdir), formats, include_text)
    except KechuangError as exc:
        return Outcome(path, False, f"{exc.message_zh} [{exc.code}]")
    except OSError as exc:
        return Outcome(path, False, f"无法写出结果:{exc.strerror or exc}")
    except Exception as exc:  # a bug must not stop the batch nor print a traceback
        return Outcome(path, False, f"内部错误({type(exc).__name__}),请将此文件反馈给开发者")
    # An empty file is no error (its plan is written, empty), but the user must be told why nothing was found.
    notice = next((w for w in plan.warnings if w == EMPTY_TEXT), "")
    return Outcome(path, True, title=plan.document.title or "", headings=len(plan.headings),
                   tasks=len(plan.tasks()), assignments=len(plan.assignments), targets=len(plan.targets),
                   warnings=len(plan.warnings), notice=notice)


def print_summary(outcomes: list[Outcome], stream) -> None:
    cols = (("文件", 28), ("方案标题", 40), ("标题", 6), ("任务", 6), ("分工", 6), ("目标", 6), ("提示", 6))
    print("  ".join(pad(name, w) for name, w in cols), file=stream)
    for o in outcomes:
        if o.ok:
            values = (Path(o.path).name, o.title, o.headings, o.tasks, o.assignments, o.targets, o.warnings)
        else:
            values = (Path(o.path).name, "失败:" + o.message, "", "", "", "", "")
        print("  ".join(pad(str(v), w) for v, (_, w) in zip(values, cols, strict=True)), file=stream)
    ok = sum(o.ok for o in outcomes)
    print(f"共 {len(outcomes)} 个文件,成功 {ok} 个,失败 {len(outcomes) - ok} 个", file=stream)


def run(args: argparse.Namespace) -> int:
    formats = tuple(dict.fromkeys(args.format or ["json"]))
    files = collect(args.paths)
    if not files:
        raise KechuangError("KC-CLI-NO-INPUT",
                            f"没有找到可处理的方案文件(支持 {' '.join(SHOWN)})",
                            file=" ".join(args.paths))
    if args.jobs < 1 or args.max_mb <= 0 or args.max_inflated_mb <= 0 or args.max_inflate_ratio < 1:
        raise KechuangError("KC-CLI-ARG", "--jobs 须为正整数,--max-mb、--max-inflated-mb 须为正数,"
                            "--max-inflate-ratio 须不小于 1")
    jobs = [(str(f), stem, args.output, formats, int(args.max_mb * 1024 * 1024), not args.no_text,
             int(args.max_inflated_mb * 1024 * 1024), args.max_inflate_ratio)
            for f, stem in zip(files, output_names(files), strict=True)]
    show_bar = len(files) > 3 and not args.quiet
    outcomes: list[Outcome] = []
    from tqdm import tqdm

    bar = tqdm(total=len(jobs), unit="份", desc="抽取", disable=not show_bar, file=sys.stderr)
    if args.jobs == 1:
        results = map(process, jobs)
    else:
        pool = ProcessPoolExecutor(max_workers=args.jobs)
        results = pool.map(process, jobs, chunksize=max(1, len(jobs) // (args.jobs * 8)))
    for outcome in results:
        outcomes.append(outcome)
        if not outcome.ok:
            bar.write(f"失败:{outcome.path}: {outcome.message}", file=sys.stderr)
        elif outcome.notice:
            bar.write(f"提示:{outcome.path}: {outcome.notice},已写出空的结果", file=sys.stderr)
        bar.update(1)
    bar.close()
    if args.jobs != 1:
        pool.shutdown()
    if args.summary:
        print_summary(outcomes, sys.stdout)
    failed = sum(not o.ok for o in outcomes)
    return 1 if failed else 0
