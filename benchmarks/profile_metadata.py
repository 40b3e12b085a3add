"""Which metadata readers a short text pays for: time and empty answers per reader of ``extract_document``.

Wraps every function ``kechuang.extract.metadata`` calls by name (the readers it imports from its modules, and
``simplified``/``unread``/``strip``) with a timer, runs ``extract_text`` over the dev split's openings and passages
(as ``baseline_extract.py`` builds them) and the seeds, and prints per reader: calls, CPU ms per document, share of
``extract_document``'s time, and how many calls returned nothing (None, "", [], an empty tuple or one whose first
item is empty). Times include a reader's own inner calls to other wrapped readers only when they call through the
module's name (they do not: the readers import their helpers directly), so the rows add up to less than the total.
Only the dev split is read; no text is printed.

Usage: python benchmarks/profile_metadata.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

from kechuang.extract import extract_text, pipeline
from kechuang.extract import metadata as md
from kechuang.extract.corpus import load_openings, load_passages, split_of
from kechuang.text.normalise import normalise

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "fixtures" / "real"
SEEDS = sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt"))

_SKIP = {"DocumentInfo", "Line", "Located", "load_rules", "annotations", "extract_document"}


def _empty(value: object) -> bool:
    if value is None or value == "" or value == [] or value == () or value is False:
        return True
    return isinstance(value, tuple) and bool(value) and all(not v for v in value)


def _wrap(stats: dict) -> None:
    for name, fn in list(vars(md).items()):
        if name.startswith("_") and name not in {"_titled_by", "_with_next", "_after_addressees"}:
            continue
        if name in _SKIP or not callable(fn) or isinstance(fn, type) or (not hasattr(fn, "__code__")
                                                                        and not hasattr(fn, "__wrapped__")):
            continue

        def timed(*args, __fn=fn, __name=name, **kwargs):
            t = time.process_time()
            out = __fn(*args, **kwargs)
            row = stats[__name]
            row[0] += 1
            row[1] += time.process_time() - t
            row[2] += _empty(out)
            return out

        setattr(md, name, timed)
    whole = md.extract_document

    def document(*args, **kwargs):
        t = time.process_time()
        out = whole(*args, **kwargs)
        stats["(extract_document)"][0] += 1
        stats["(extract_document)"][1] += time.process_time() - t
        return out

    pipeline.extract_document = document


def texts() -> dict[str, list[tuple[str, dict]]]:
    openings = [(o.text, {}) for o in load_openings(REAL) if split_of(o.source) == "dev"]
    passages = [(p.text, {"plan_year": p.plan_year, "title": p.title or None})
                for p in load_passages(REAL) if split_of(p.source) == "dev"]
    seeds = [(normalise(p.read_bytes().decode("utf-8")), {}) for p in SEEDS]
    return {"short (dev openings and passages)": openings + passages, "seeds": seeds}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()
    sets = texts()
    for docs in sets.values():
        for text, kw in docs:  # warm the caches of rules and patterns
            extract_text(text, **kw)
    stats_by: dict[str, dict] = {}
    for label, docs in sets.items():
        stats: dict = defaultdict(lambda: [0, 0.0, 0])
        _wrap(stats)
        t0 = time.process_time()
        for _ in range(args.rounds):
            for text, kw in docs:
                extract_text(text, **kw)
        total = time.process_time() - t0
        import importlib

        importlib.reload(md)  # unwrap
        pipeline.extract_document = md.extract_document
        stats_by[label] = (stats, total, len(docs) * args.rounds)
    for label, (stats, total, n) in stats_by.items():
        meta = stats["(extract_document)"][1]
        print(f"\n## {label}: {n // args.rounds} documents × {args.rounds}; extract_text {total / n * 1e3:.3f} ms, "
              f"extract_document {meta / n * 1e3:.3f} ms per document ({meta / total:.0%}, profiler included)")
        print("| reader | calls / doc | ms / doc | share of metadata | empty answers |")
        print("|---|---|---|---|---|")
        rows = sorted(((k, v) for k, v in stats.items() if k != "(extract_document)"), key=lambda kv: -kv[1][1])
        for name, (calls, secs, empty) in rows[:args.top]:
            print(f"| `{name}` | {calls / n:.2f} | {secs / n * 1e3:.3f} | {secs / meta:.1%} | "
                  f"{empty / calls:.0%} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
