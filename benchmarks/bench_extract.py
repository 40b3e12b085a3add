"""Extraction speed and batch memory.

1. Throughput: MB of plan text per second on one core, for the whole pipeline from bytes
   (decode, normalise, extract) over the seed plans, and for the extraction steps alone.
2. Batch: ``kechuang extract`` over 1,000 documents (the seeds, each varied so no two are equal)
   in a child process; its peak resident memory is read from the OS.

The throughput is measured as installed (the compiled modules of ``make install`` in use, kechuang/compiled.py) and,
in the same run, in a child process as Python (``KECHUANG_PURE=1``), alternated, best of ``--rounds``.

Usage: python benchmarks/bench_extract.py [--docs 1000] [--seconds 5] [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt"))


def throughput(seconds: float) -> tuple[float, float, float, float]:
    """MB/s of the pipeline and of the steps, by the wall clock and by this process's CPU time.

    The CPU-time figure is what one free core gives; on a shared, loaded machine the wall clock is slower."""
    from kechuang.extract import extract_plan, extract_text
    from kechuang.text.normalise import normalise

    blobs = [s.read_bytes() for s in SEEDS]
    texts = [normalise(b.decode("utf-8")) for b in blobs]
    extract_plan(blobs[0], name="warm.txt")  # load rule files once
    results = []
    for run, items in (("pipeline", blobs), ("steps", texts)):
        done, start, cpu = 0, time.perf_counter(), time.process_time()
        while time.perf_counter() - start < seconds:
            for item in items:
                if run == "pipeline":
                    extract_plan(item, name="x.txt")
                else:
                    extract_text(item, normalised=True)  # normalised above: the steps alone
                done += len(item.encode("utf-8")) if isinstance(item, str) else len(item)
        results.append((done / (time.perf_counter() - start) / 1e6, done / (time.process_time() - cpu) / 1e6))
    (pipeline, pipeline_cpu), (steps, steps_cpu) = results
    return pipeline, steps, pipeline_cpu, steps_cpu


def make_corpus(folder: Path, count: int) -> int:
    total = 0
    for i in range(count):
        seed = SEEDS[i % len(SEEDS)].read_text("utf-8")
        varied = seed.replace("2022年", f"{2020 + i % 9}年").replace("达到", "达到" if i % 2 else "达")
        data = (varied + f"\n附:批处理样本 {i}\n").encode("gb18030" if i % 3 == 0 else "utf-8")
        (folder / f"plan_{i:04d}.txt").write_bytes(data)
        total += len(data)
    return total


def batch(count: int, jobs: int) -> tuple[float, float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in", Path(tmp) / "out"
        src.mkdir()
        size = make_corpus(src, count)
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kechuang", "extract", str(src), "-o", str(out), "-q",
                        "--jobs", str(jobs)], check=True)
        elapsed = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        written = len(list(out.glob("*.json")))
    assert written == count, (written, count)
    return elapsed, max(peak, before) / 1024, size


def pure_throughput(seconds: float) -> tuple[float, float, float, float]:
    """The same throughput in a child whose extractor runs as Python (``KECHUANG_PURE=1``)."""
    env = dict(os.environ, KECHUANG_PURE="1")
    done = subprocess.run([sys.executable, __file__, "--throughput-only", "--seconds", str(seconds)], env=env,
                          check=True, capture_output=True, text=True)
    return tuple(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--rounds", type=int, default=2, help="alternated rounds, installed and Python; best of each")
    ap.add_argument("--throughput-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.throughput_only:
        print(json.dumps(throughput(args.seconds)))
        return 0
    from kechuang import compiled

    runs, pure_runs = [], []
    for _ in range(max(1, args.rounds)):
        runs.append(throughput(args.seconds))
        pure_runs.append(pure_throughput(args.seconds))
    pipeline, steps, pipeline_cpu, steps_cpu = (max(r[k] for r in runs) for k in range(4))
    pure_cpu = max(r[2] for r in pure_runs)
    elapsed, peak_mb, size = batch(args.docs, 1)
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}")
    used = compiled.in_use()
    print(f"compiled modules in use: {len(used)} of {len(compiled.modules())}"
          + ("" if used else " (none: run `make install`, or KECHUANG_PURE is set)"))
    print(f"throughput, bytes → plan (decode, normalise, extract), 1 core: {pipeline:.2f} MB/s wall, "
          f"{pipeline_cpu:.2f} MB/s of CPU time")
    print(f"throughput, extraction steps on normalised text, 1 core:       {steps:.2f} MB/s wall, "
          f"{steps_cpu:.2f} MB/s of CPU time")
    print(f"the same as Python (KECHUANG_PURE=1, alternated in this run): {pure_cpu:.2f} MB/s of CPU time, bytes → "
          f"plan; installed / Python {pipeline_cpu / pure_cpu:.2f}")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f}")
    print(f"batch: {args.docs} documents ({size / 1e6:.1f} MB) in {elapsed:.1f} s, "
          f"{args.docs / elapsed:.0f} docs/s, peak memory {peak_mb:.0f} MB")
    ok = pipeline_cpu >= 3.0 and peak_mb < 300
    print("PASS" if ok else "BELOW TARGET (3 MB/s per core of CPU time, peak < 300 MB)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
