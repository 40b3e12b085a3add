"""Short texts against whole plans, one checkout per process: CPU ms per document and MB/s on one core.

Short texts: the dev split's openings and passages as ``baseline_extract.py`` builds them; whole plans: the seeds
(normalised) and the held-out whole plans (``tests/fixtures/heldout/plans``, read as stored). Median of ``rounds``
passes after a warming pass. To compare checkouts, run it alternately with ``PYTHONPATH=<checkout>/src``; the
fixtures are always this checkout's. Only the dev split is read; no text is printed.

Usage: PYTHONPATH=/work/main/src python benchmarks/bench_fixed_cost.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import kechuang
from kechuang.extract import extract_text
from kechuang.extract.corpus import load_openings, load_passages, split_of
from kechuang.text.normalise import normalise

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "fixtures" / "real"
SEEDS = sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt"))
PLANS = sorted((ROOT / "tests" / "fixtures" / "heldout" / "plans").glob("*.txt"))


def sets() -> dict[str, list[tuple[str, dict]]]:
    short = [(o.text, {}) for o in load_openings(REAL) if split_of(o.source) == "dev"]
    short += [(p.text, {"plan_year": p.plan_year, "title": p.title or None})
              for p in load_passages(REAL) if split_of(p.source) == "dev"]
    seeds = [(normalise(p.read_bytes().decode("utf-8")), {}) for p in SEEDS]
    plans = [(p.read_text("utf-8"), {}) for p in PLANS]
    return {"short": short, "seeds": seeds, "heldout_plans": plans}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    out = {}
    for label, docs in sets().items():
        for text, kw in docs:
            extract_text(text, **kw)
        size = sum(len(text.encode("utf-8")) for text, _ in docs)
        times = []
        for _ in range(args.rounds):
            start = time.process_time()
            for text, kw in docs:
                extract_text(text, **kw)
            times.append(time.process_time() - start)
        median = sorted(times)[len(times) // 2]
        out[label] = {"docs": len(docs), "ms_per_doc": round(median / len(docs) * 1e3, 3),
                      "MB_s": round(size / median / 1e6, 3)}
    print(Path(kechuang.__file__).resolve().parents[2], json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
