"""Score the extractor on the real-text corpus (tests/fixtures/real), per split and part.

    .venv/bin/python scripts/score_real.py                 # both splits, figures only
    .venv/bin/python scripts/score_real.py --misses        # plus every miss of the dev split
    .venv/bin/python scripts/score_real.py --misses targets
    .venv/bin/python scripts/score_real.py --since <commit>   # only the fixtures added after a commit (fresh text)

Misses are listed for the dev split only: the validation split is for measuring, not for writing rules.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from kechuang.extract.corpus import SPLITS, corpus_size, load_openings, load_passages, score_corpus, split_of

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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=ROOT)
    ap.add_argument("--misses", nargs="?", const="all", default=None,
                    help="list the dev split's misses (all, or one part: document, targets, assignments)")
    ap.add_argument("--sources", action="store_true", help="write SOURCES.md (the table of sources) and stop")
    ap.add_argument("--since", metavar="COMMIT", help="score only the fixtures added after this commit (git)")
    args = ap.parse_args(argv)
    if args.since:
        with tempfile.TemporaryDirectory() as tmp:
            added = subprocess.run(["git", "diff", "--name-only", "--diff-filter=A", args.since, "HEAD", "--", "."],
                                   cwd=args.root, capture_output=True, text=True, check=True).stdout.split()
            repo = Path(subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=args.root, capture_output=True,
                                       text=True, check=True).stdout.strip())
            for name in added:
                path = repo / name
                if path.parent.name in ("openings", "passages") and path.is_file():
                    (Path(tmp) / path.parent.name).mkdir(exist_ok=True)
                    shutil.copy(path, Path(tmp) / path.parent.name / path.name)
            for part in ("openings", "passages"):
                (Path(tmp) / part).mkdir(exist_ok=True)
            rest = [a for a in (argv if argv is not None else sys.argv[1:]) if a not in ("--since", args.since)]
            return main([*rest, "--root", tmp])
    if args.sources:
        (args.root / "SOURCES.md").write_text(sources_table(args.root), "utf-8")
        return 0
    size = corpus_size(args.root)
    print(f"provinces {len(size['provinces'])}: {' '.join(size['provinces'])}")
    for split in SPLITS:
        score = score_corpus(args.root, split)
        figures = "  ".join(f"{part} F1 {c.f1:.3f} (P {c.precision:.3f} R {c.recall:.3f}, gold {c.gold})"
                            for part, c in score.counts.items())
        print(f"{split:10} {size[split]}\n           {figures}")
        if split == "dev" and args.misses:
            for m in score.misses:
                if args.misses in ("all", m.part):
                    print(f"  {m.name} {m.part} {m.kind}: {json.dumps(m.item, ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
