"""Score the extractor on the real-text corpus (tests/fixtures/real), per split and part.

    .venv/bin/python scripts/score_real.py                 # both splits, figures only
    .venv/bin/python scripts/score_real.py --split dev     # the dev split only (validation, or all: both)
    .venv/bin/python scripts/score_real.py --misses        # the dev split and every miss of it (no validation figure)
    .venv/bin/python scripts/score_real.py --misses targets
    .venv/bin/python scripts/score_real.py --since <commit>   # only the fixtures added after a commit (new text)

Misses are listed for the dev split only: the validation split is for measuring, not for writing rules. The validation
figures are also printed without the few fixtures whose source a rule or test cites (``corpus.CITED_VALIDATION``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from kechuang.extract.corpus import SPLITS, corpus_size, load_openings, load_passages, score_corpus, split_of, untouched

ROOT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "real"


def sources_table(root: Path) -> str:
    rows = {}
    for o in load_openings(root):
        rows[(o.province, o.name)] = (o.source, "page opening", 0, 0)
    for p in load_passages(root):
        name = p.name.split("#")[0]
        _, _, n, t = rows.get((p.province, name), ("", "passages", 0, 0))
        rows[(p.province, name)] = (p.source, "passages", n + 1, t + len(p.targets))
    lines = ["# Sources of the real-text corpus", "", "Written by `scripts/score_real.py --sources`.", "",
             "| province | fixture | kind | passages | gold targets | split | address |",
             "|---|---|---|---|---|---|---|"]
    for (province, name), (source, kind, n, t) in sorted(rows.items()):
        lines.append(f"| {province} | {name} | {kind} | {n or ''} | {t or ''} | {split_of(source)} | {source} |")
    return "\n".join(lines) + "\n"


def added_since(root: Path, commit: str) -> set[str]:
    """The stems of the fixtures (openings and passages) that git says were added after ``commit``."""
    out = subprocess.run(["git", "-C", str(root), "diff", "--name-only", "--diff-filter=A", commit, "--", "."],
                         capture_output=True, text=True, check=True).stdout
    return {Path(line).stem for line in out.splitlines() if line.endswith((".json", ".txt"))}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=ROOT)
    ap.add_argument("--misses", nargs="?", const="all", default=None,
                    help="list the dev split's misses (all, or one part: document, targets, assignments)")
    ap.add_argument("--since", metavar="COMMIT",
                    help="score only the fixtures added after COMMIT (a fresh batch, before rules are written from it)")
    ap.add_argument("--split", choices=[*SPLITS, "all"], default=None,
                    help="the split whose figures are printed (default all: both; dev alone with --misses)")
    ap.add_argument("--sources", action="store_true", help="write SOURCES.md (the table of sources) and stop")
    args = ap.parse_args(argv)
    if args.split is None:  # one who lists misses is writing rules: no validation figure on the same screen
        args.split = "dev" if args.misses else "all"
    if args.sources:
        (args.root / "SOURCES.md").write_text(sources_table(args.root), "utf-8")
        return 0
    only = added_since(args.root, args.since) if args.since else None
    if only is not None:
        print(f"fixtures added since {args.since}: {len(only)}")
    size = corpus_size(args.root)
    print(f"provinces {len(size['provinces'])}: {' '.join(size['provinces'])}")
    for split in SPLITS if args.split == "all" else [args.split]:
        score = score_corpus(args.root, split, only)
        figures = "  ".join(f"{part} F1 {c.f1:.3f} (P {c.precision:.3f} R {c.recall:.3f}, gold {c.gold})"
                            for part, c in score.counts.items())
        figures += "\n           exact (right / predicted of gold): " + "  ".join(
            f"{part} {c.f1:.5f} {c.tp} / {c.pred} of {c.gold}" for part, c in score.counts.items())
        print(f"{split:10} {size[split]}\n           {figures}")
        if split == "validation" and only is None:
            clean = score_corpus(args.root, split, untouched(args.root))
            print("           untouched (no rule or test cites its source): " + "  ".join(
                f"{part} F1 {c.f1:.3f} (gold {c.gold})" for part, c in clean.counts.items()))
        if split == "dev" and args.misses:
            for m in score.misses:
                if args.misses in ("all", m.part):
                    print(f"  {m.name} {m.part} {m.kind}: {json.dumps(m.item, ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
