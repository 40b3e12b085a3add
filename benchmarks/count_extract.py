"""Instructions per byte of the extraction steps, this checkout against another, counted by callgrind.

Seconds measured on a loaded machine are noise (``compare_extract.py`` gave ratios from 0.77 to 1.36 when other work
ran on both cores). Callgrind counts the instructions the interpreter executes, which do not depend on what else the
machine is doing. Each code runs in its own child process under ``valgrind --tool=callgrind``, once with one pass over
this checkout's seeds and once with three; the difference over two passes is the cost of one warm pass, with the
imports, regex compilation and the first pass's caches subtracted.

Usage: python benchmarks/count_extract.py --other /path/to/older/checkout
       (an older checkout: ``mkdir /tmp/old && git archive 1246c448 | tar -x -C /tmp/old``)
The ratio printed is the other code's instructions per pass over this checkout's: above 1 means this checkout is faster.
It counts instructions, not cycles (cache misses and branch prediction are not in it), so it complements the timings.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import sys
from pathlib import Path
root, passes, seeds = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
sys.path.insert(0, str(root / "src"))
from kechuang.extract import extract_text
from kechuang.text.normalise import normalise
texts = [normalise(p.read_bytes().decode("utf-8")) for p in sorted(seeds.glob("*.txt"))]
for _ in range(passes):
    for t in texts:
        extract_text(t)
print(sum(len(t.encode("utf-8")) for t in texts))
"""

_COLLECTED = re.compile(r"Collected : (\d+)")


def instructions(root: Path, passes: int) -> tuple[int, int]:
    """(instructions executed, bytes of one pass) of ``passes`` passes of the code at ``root`` over the seeds."""
    seeds = ROOT / "tests" / "fixtures" / "seeds"
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c",
                          CHILD, str(root), str(passes), str(seeds)], capture_output=True, text=True, check=True)
    found = _COLLECTED.findall(out.stderr)
    if not found:
        raise SystemExit(f"callgrind 没有报告指令数：{out.stderr[-300:]}")
    return int(found[-1]), int(out.stdout.strip())


def per_pass(root: Path) -> tuple[float, int]:
    one, size = instructions(root, 1)
    three, _ = instructions(root, 3)
    return (three - one) / 2, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--other", type=Path, required=True, help="root of the checkout to compare against (has src/)")
    args = parser.parse_args()
    if not (args.other / "src" / "kechuang").is_dir():
        parser.error(f"{args.other} 下没有 src/kechuang：请给出另一份代码的根目录")
    if shutil.which("valgrind") is None:
        parser.error("没有找到 valgrind：请先安装 Debian 的 valgrind 软件包")
    ours, size = per_pass(ROOT)
    theirs, _ = per_pass(args.other)
    print(f"this checkout: {ours / size:.0f} instructions per byte ({ours:.3e} per pass of {size} bytes)")
    print(f"{args.other}: {theirs / size:.0f} instructions per byte ({theirs:.3e} per pass)")
    print(f"ratio (other / this): {theirs / ours:.3f}")


if __name__ == "__main__":
    main()
