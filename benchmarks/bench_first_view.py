"""The matching core's share of a library page's first view, at the issue's volumes: the project page's duplicate
check (``DuplicateIndex.check``, k=6) of a stored project and the demand page's search (``MatchIndex.search``
of the demand as a record, k=30) — CPU per call, and the results written out so that two versions of the code can
be compared for identical answers.

    python benchmarks/bench_first_view.py [--n 100000] [--calls 200] [--out results.json] [--same-as other.json]

The built indexes are pickled under ``--cache`` (default /tmp) and reused by the next run (a build costs a minute).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import platform
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_matching import make_records, vocabulary  # noqa: E402
from kechuang.matching import DuplicateIndex, MatchIndex, Record  # noqa: E402


def indexes(n: int, cache: Path) -> tuple[DuplicateIndex, MatchIndex, list[Record]]:
    path = cache / f"kechuang-first-view-{n}.pkl"
    if path.exists():
        with path.open("rb") as fh:
            return pickle.load(fh)
    rng = random.Random(15)
    vocab = vocabulary()
    projects, achievements = make_records("p", n, vocab, rng), make_records("a", n, vocab, rng)
    demands = make_records("d", 500, vocab, rng)
    dup, ach = DuplicateIndex(projects), MatchIndex(achievements)
    dup.index.scores({}), ach.scores({})  # BM25 built now
    with path.open("wb") as fh:
        pickle.dump((dup, ach, demands), fh, protocol=pickle.HIGHEST_PROTOCOL)
    return dup, ach, demands


def per_call(fn, items) -> tuple[list[float], list]:
    cpus, out = [], []
    for item in items:
        cpu = time.process_time()
        out.append(fn(item))
        cpus.append((time.process_time() - cpu) * 1000)
    return cpus, out


def figures(cpus: list[float]) -> str:
    cpus = sorted(cpus)
    return f"median {statistics.median(cpus):.2f} ms, p95 {cpus[int(0.95 * len(cpus)) - 1]:.2f} ms CPU"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--cache", default="/tmp")
    parser.add_argument("--out", help="write the answers (ids, scores, explanations) as JSON")
    parser.add_argument("--same-as", help="fail unless the answers equal this file's")
    args = parser.parse_args()
    dup, ach, demands = indexes(args.n, Path(args.cache))
    rng = random.Random(3)
    stored = [dup.index.slots[rng.randrange(len(dup.index.slots))] for _ in range(args.calls)]
    asked = [demands[i % len(demands)] for i in range(args.calls)]
    print(f"# bench_first_view — {time.strftime('%Y-%m-%d %H:%M:%S')}, {platform.machine()}, {os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.1f}, {args.n:,} projects + {args.n:,} achievements", flush=True)
    dup.check(stored[0], k=6), ach.search(asked[0], k=30)  # warm: jieba, stop words, tables
    check_cpu, checks = per_call(lambda rec: dup.check(rec, k=6), stored)
    print(f"duplicate check of a stored project (k=6): {figures(check_cpu)}", flush=True)
    search_cpu, searches = per_call(lambda rec: ach.search(rec, k=30, exclude=rec.id), asked)
    print(f"search of a demand (k=30, explained): {figures(search_cpu)}", flush=True)
    answers = {"check": [[m.to_dict() for m in found] for found in checks],
               "search": [[m.to_dict() for m in found] for found in searches]}
    if args.out:
        Path(args.out).write_text(json.dumps(answers, ensure_ascii=False), "utf-8")
    if args.same_as:
        other = json.loads(Path(args.same_as).read_text("utf-8"))
        same = other == json.loads(json.dumps(answers, ensure_ascii=False))
        print("answers identical to", args.same_as, ":", same, flush=True)
        return 0 if same else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
