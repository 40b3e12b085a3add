"""Old Word (.doc) loading through LibreOffice against antiword, in one run on the same files (session 42, doc42).

What a competent engineer would write instead of a LibreOffice conversion is a call to ``antiword`` (the Debian
package of that name), which reads the Word 97 binary format itself. Each seed plan is written as a .doc by
LibreOffice (one HTML paragraph a line), then read both ways: kechuang (``legacy_to_text``: LibreOffice → .docx →
the docx loader) and ``antiword -m UTF-8.txt``, with kechuang's normaliser applied to both. Printed per reader:
seconds per file (best of ``--repeat``) and the extracted plan's targets and units against the same text as a .txt
file (F1 of (value, unit, year) and of (role, unit)). One more .doc holds Word's automatic list numbering and a task
table: does each reader keep the list numbers (``1.加强平台建设``) and read the table's rows as tasks with their units
(``(牵头单位:县科技局``)?

    PYTHONPATH=src python benchmarks/bench_legacy.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.conftest import SEEDS  # noqa: E402
from tests.text.docs_builders import build_legacy, lines_html  # noqa: E402

from kechuang.extract import extract_text  # noqa: E402
from kechuang.text.legacy import legacy_to_text  # noqa: E402
from kechuang.text.normalise import normalise  # noqa: E402

TABLE = [["序号", "重点任务", "牵头单位", "配合单位"],
         ["1", "培育科技型中小企业100家", "县科技局", "县财政局、县工信局"],
         ["2", "新建省级研发平台3个", "县发改局", "县科技局"]]
ORDERED = ["加强平台建设", "壮大人才队伍"]


def antiword(data: bytes) -> str:
    with tempfile.NamedTemporaryFile(suffix=".doc") as fh:
        fh.write(data)
        fh.flush()
        out = subprocess.run(["antiword", "-m", "UTF-8.txt", fh.name], capture_output=True, check=True, timeout=60)
    return normalise(out.stdout.decode("utf-8", "replace"))


def best(run, repeat: int) -> tuple[float, str]:
    times, result = [], ""
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return min(times), result


def f1(gold: list, pred: list) -> float:
    left, hit = list(gold), 0
    for item in pred:
        if item in left:
            left.remove(item)
            hit += 1
    return 2 * hit / (len(gold) + len(pred)) if gold or pred else 1.0


def facts(text: str) -> tuple[list, list]:
    plan = extract_text(text)
    return ([(t.value, t.unit, t.year) for t in plan.targets], [(a.role, a.unit) for a in plan.assignments])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    if shutil.which("antiword") is None:
        print("antiword is not installed (apt-get install antiword): nothing to compare with")
        return 1
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load {os.getloadavg()[0]:.1f}")
    totals = {"kechuang": [0.0, [], []], "antiword": [0.0, [], []]}
    readers = {"kechuang": lambda d: legacy_to_text(d, "doc", "plan.doc"), "antiword": antiword}
    for seed in SEEDS:
        lines = seed.read_text("utf-8").splitlines()
        data = build_legacy(lines_html(lines), "doc")
        gold_targets, gold_units = facts(normalise("\n".join(lines)))
        for reader, run in readers.items():
            seconds, text = best(lambda r=run, d=data: r(d), args.repeat)
            targets, units = facts(text)
            t = totals[reader]
            t[0] += seconds
            t[1].append(f1(gold_targets, targets))
            t[2].append(f1(gold_units, units))
            print(f"  {seed.name[:3]} {reader:9} {seconds:6.2f} s  targets F1 {t[1][-1]:.3f}  units F1 {t[2][-1]:.3f}")
    n = len(SEEDS)
    features = build_legacy(lines_html(["一、重点任务"], table=TABLE, ordered=ORDERED), "doc")
    for reader, (seconds, tf, uf) in totals.items():
        squeezed = readers[reader](features).replace(" ", "")
        numbered = all(f"{i}.{item}" in squeezed for i, item in enumerate(ORDERED, 1))
        rows = "(牵头单位:县科技局" in squeezed
        print(f"{reader:9} {seconds / n:6.2f} s a file; targets F1 {sum(tf) / n:.3f}, units F1 {sum(uf) / n:.3f} "
              f"(against the seeds as .txt); list numbers kept: {'yes' if numbered else 'no'}; table rows read as "
              f"tasks with their units: {'yes' if rows else 'no'}")
    print(f"ratio antiword/kechuang time: {totals['antiword'][0] / totals['kechuang'][0]:.3f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
