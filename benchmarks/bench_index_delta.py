"""A write to a large library, then the next search: the rebuild the index did before (BM25 over every record
from the kept tokens) against the delta segment (issue 15). Same run, same index, same records.

For 100,000 projects (synthetic, the real set's vocabulary: ``bench_matching.make_records``) in a duplicate index:
add 1 record, add 100 records, remove 1 record; each time the next duplicate check and the next free-text search
are timed (median of 5 writes each), with the delta (now) and with a full merge (what every write cost before:
``MatchIndex.merge`` is the old rebuild). Target: the next search < 100 ms.

    python benchmarks/bench_index_delta.py            # 100,000
    python benchmarks/bench_index_delta.py --n 20000  # a quicker look
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_matching import make_records, reworded, vocabulary  # noqa: E402
from kechuang.matching import DuplicateIndex  # noqa: E402


def timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="projects in the index")
    parser.add_argument("--rounds", type=int, default=5, help="writes timed per case (median)")
    args = parser.parse_args()
    rng = random.Random(15)
    vocab = vocabulary()
    projects = make_records("p", args.n, vocab, rng)
    extra = iter(make_records("x", 110 * args.rounds * 2, vocab, rng))
    print(f"# bench_index_delta — {time.strftime('%Y-%m-%d %H:%M')} UTC, {platform.machine()}, "
          f"{os.cpu_count()} cores (shared), Python {platform.python_version()}, {args.n:,} projects")
    start = time.perf_counter()
    dup = DuplicateIndex(projects)
    dup.index.scores({})
    print(f"build: {time.perf_counter() - start:.1f} s")
    queries = [reworded(rng.choice(projects), rng, i) for i in range(args.rounds)]

    def write(case: str):
        if case == "add 1":
            dup.add([next(extra)])
        elif case == "add 100":
            dup.add([next(extra) for _ in range(100)])
        else:
            dup.remove([rng.choice(dup.index.records).id])

    for case in ("add 1", "add 100", "remove 1"):
        row = {}
        for mode in ("delta", "rebuild"):
            checks, searches, writes = [], [], []
            for q in queries:
                writes.append(timed(write, case))
                if mode == "rebuild":
                    checks.append(timed(dup.index.merge))  # what the next search paid before: BM25 over all
                else:
                    checks.append(0.0)
                checks[-1] += timed(dup.check, q)
                searches.append(timed(dup.index.search, q.title, 10))
            row[mode] = (statistics.median(writes), statistics.median(checks), statistics.median(searches),
                         dup.index.pending)
        d, r = row["delta"], row["rebuild"]
        print(f"{case:8}: next duplicate check {d[1] * 1000:7.1f} ms with the delta, {r[1] * 1000:7.1f} ms with the "
              f"rebuild ({r[1] / d[1]:.0f}×); next search after it {d[2] * 1000:.1f} ms; write itself "
              f"{d[0] * 1000:.1f} ms (delta + removed then: {d[3]})")
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
