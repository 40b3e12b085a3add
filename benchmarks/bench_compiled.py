"""Does the compiled build pay: the extractor compiled against the same extractor as Python, alternated in one run.

Each round runs two child processes one after the other, one with the compiled modules (kechuang/compiled.py, as
built by ``scripts/compile_extractor.py``) and one with ``KECHUANG_PURE=1``, each measuring ``bench_extract.py``'s
throughput (bytes → plan over the seed plans, MB per second of the child's CPU time) for ``--seconds``. The order
alternates from round to round (a machine's load that drifts favours neither side); the best round of each side is
kept and the ratio printed. Both sides run in a child, so neither pays for the other's imports. The compiled child
also says how many listed modules it loaded compiled (a stale build silently runs as Python).

``--instructions`` counts instead, under valgrind (``instructions_extract.py``'s warm pass over the seeds), the
instructions of the compiled and the Python extractor: on a shared host the timed ratio moves by a tenth from run to
run, the count hardly moves (instructions are not time: the timed ratio stays the figure of record). ``--other DIR``
adds the compiled build of another checkout (e.g. the former ``compiled.txt``, built there).

Usage: python benchmarks/bench_compiled.py [--rounds 5] [--seconds 4]
       python benchmarks/bench_compiled.py --instructions [--other DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


def child(seconds: float) -> None:
    from bench_extract import throughput
    from kechuang import compiled

    _, _, pipeline_cpu, steps_cpu = throughput(seconds)
    print(json.dumps({"pipeline": pipeline_cpu, "steps": steps_cpu, "compiled": len(compiled.in_use()),
                      "listed": len(compiled.modules())}))


def run(pure: bool, seconds: float) -> dict:
    env = dict(os.environ)
    env.pop("KECHUANG_PURE", None)
    if pure:
        env["KECHUANG_PURE"] = "1"
    done = subprocess.run([sys.executable, __file__, "--child", "--seconds", str(seconds)], env=env, check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def instructions(other: Path | None) -> None:
    from instructions_extract import per_pass

    saved = os.environ.pop("KECHUANG_PURE", None)
    try:
        counts = {"compiled": per_pass(ROOT)}
        if other is not None:
            counts[f"compiled, {other}"] = per_pass(other)
        os.environ["KECHUANG_PURE"] = "1"
        counts["Python"] = per_pass(ROOT)
    finally:
        os.environ.pop("KECHUANG_PURE", None)
        if saved is not None:
            os.environ["KECHUANG_PURE"] = saved
    for side, count in counts.items():
        print(f"instructions per warm pass over the seeds, {side}: {count:,} "
              f"(Python / this: {counts['Python'] / count:.3f})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--seconds", type=float, default=4.0)
    ap.add_argument("--instructions", action="store_true", help="count instructions under valgrind instead")
    ap.add_argument("--other", type=Path, help="with --instructions: another checkout's compiled build too")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.seconds)
        return 0
    if args.instructions:
        instructions(args.other)
        return 0
    best: dict[bool, dict] = {}
    for i in range(max(1, args.rounds)):
        for pure in ((False, True) if i % 2 == 0 else (True, False)):
            got = run(pure, args.seconds)
            side = "Python  " if pure else "compiled"
            print(f"round {i + 1} {side}: {got['pipeline']:.2f} MB/s bytes → plan, {got['steps']:.2f} MB/s steps "
                  f"(CPU time; {got['compiled']} of {got['listed']} modules compiled; "
                  f"load {os.getloadavg()[0]:.1f})", flush=True)
            if pure not in best or got["pipeline"] > best[pure]["pipeline"]:
                best[pure] = got
    c, p = best[False], best[True]
    print(f"best of {args.rounds}: compiled {c['pipeline']:.2f} MB/s, Python {p['pipeline']:.2f} MB/s, "
          f"compiled / Python {c['pipeline'] / p['pipeline']:.3f} (steps alone {c['steps'] / p['steps']:.3f})")
    if c["compiled"] < c["listed"]:
        print(f"warning: only {c['compiled']} of {c['listed']} listed modules loaded compiled "
              "(run scripts/compile_extractor.py --check)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
