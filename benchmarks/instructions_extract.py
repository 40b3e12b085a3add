"""Instructions one extraction pass over the seed plans costs, this checkout against another, counted by valgrind.

``compare_extract.py`` times the two checkouts by CPU time; on a host shared with other work its figures move by a
tenth from one run to the next. The count of instructions hardly moves: valgrind (Debian package ``valgrind``) runs
each checkout's child twice, once with one pass over the seeds and once with two, and the difference is one warm pass,
without the import and the first pass's loading of the rules (the hash seed is fixed). On 2026-12-04 the ratio it gave
(0.889 against ``1246c448``) matched the timed ratio (0.89). Instructions are not time (a cache miss costs more than
an add), so the timed comparison stays the figure of record; this one tells a change's cost while the host is busy.

Usage: python benchmarks/instructions_extract.py --other /path/to/older/checkout
       (an older checkout: ``mkdir /tmp/old && git archive 1246c448 | tar -x -C /tmp/old``)
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import sys
from pathlib import Path
root, seeds, passes = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
sys.path.insert(0, str(root / "src"))
from kechuang.extract import extract_text
from kechuang.text.normalise import normalise
texts = [normalise(p.read_bytes().decode("utf-8")) for p in sorted(seeds.glob("*.txt"))]
for _ in range(passes):
    for t in texts:
        extract_text(t, normalised=True)  # normalised once above, as the loader does
"""


def _count(root: Path, passes: int) -> int:
    seeds = ROOT / "tests" / "fixtures" / "seeds"
    out = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                          sys.executable, "-c", CHILD, str(root), str(seeds), str(passes)],
                         capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    found = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
    if not found:
        raise SystemExit(f"valgrind 没有报告指令数：{out.stderr[-500:]}")
    return int(found.group(1).replace(",", ""))


def per_pass(root: Path) -> int:
    """Instructions of one warm pass over the seeds: two passes minus one (the first fills the rule caches)."""
    return _count(root, 2) - _count(root, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--other", type=Path, required=True, help="root of the checkout to compare against (has src/)")
    args = parser.parse_args()
    if not (args.other / "src" / "kechuang").is_dir():
        parser.error(f"{args.other} 下没有 src/kechuang：请给出另一份代码的根目录")
    if not shutil.which("valgrind"):
        parser.error("找不到 valgrind：请先安装 Debian 软件包 valgrind")
    ours, theirs = per_pass(ROOT), per_pass(args.other)
    print(f"this checkout, instructions per pass: {ours:,}")
    print(f"{args.other}, instructions per pass: {theirs:,}")
    print(f"ratio (speed, theirs / ours): {theirs / ours:.3f}")


if __name__ == "__main__":
    main()
