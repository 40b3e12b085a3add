"""Extraction speed of this checkout against another, on the same host in the same run.

When the host's speed changes between sessions, an absolute MB/s cannot be compared with an older figure; the ratio
to a fixed older commit, measured alternately in one run, can. Each code runs in its own child process (so the two
``kechuang`` packages never mix), over the seed plans, best of ``--repeats`` timings of ``--loops`` passes, by CPU time.

Usage: python benchmarks/compare_extract.py --other /path/to/older/checkout [--rounds 3]
       (an older checkout: ``mkdir /tmp/old && git archive 1246c448 | tar -x -C /tmp/old``)
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import sys, time
from pathlib import Path
root, seeds = Path(sys.argv[1]), Path(sys.argv[4]); loops, repeats = int(sys.argv[2]), int(sys.argv[3])
sys.path.insert(0, str(root / "src"))
from kechuang.extract import extract_text
from kechuang.text.normalise import normalise
texts = [normalise(p.read_bytes().decode("utf-8")) for p in sorted(seeds.glob("*.txt"))]
for t in texts:
    extract_text(t)
best = float("inf")
for _ in range(repeats):
    start = time.process_time()
    for _ in range(loops):
        for t in texts:
            extract_text(t)
    best = min(best, time.process_time() - start)
print(loops * sum(len(t.encode("utf-8")) for t in texts) / best / 1e6)
"""


def speed(root: Path, loops: int, repeats: int) -> float:
    """MB/s of CPU time of the extraction steps of the checkout at ``root``, over this checkout's seeds."""
    seeds = ROOT / "tests" / "fixtures" / "seeds"
    out = subprocess.run([sys.executable, "-c", CHILD, str(root), str(loops), str(repeats), str(seeds)],
                         capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--other", type=Path, required=True, help="root of the checkout to compare against (has src/)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--loops", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    if not (args.other / "src" / "kechuang").is_dir():
        parser.error(f"{args.other} 下没有 src/kechuang：请给出另一份代码的根目录")
    ours, theirs = [], []
    for _ in range(args.rounds):
        ours.append(speed(ROOT, args.loops, args.repeats))
        theirs.append(speed(args.other, args.loops, args.repeats))
    print("this checkout, MB/s of CPU:", " / ".join(f"{v:.2f}" for v in ours))
    print(f"{args.other}, MB/s of CPU:", " / ".join(f"{v:.2f}" for v in theirs))
    print(f"ratio (best against best): {max(ours) / max(theirs):.2f}")


if __name__ == "__main__":
    main()
