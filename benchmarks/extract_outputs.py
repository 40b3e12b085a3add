"""Extraction outputs, one digest per document: proof that a speed change changes no output.

Extracts every real-corpus fixture (openings and passages of both splits, the whole plans kept in
``tests/fixtures/real/plans``), the seeds (``/work/shared/seeds`` and ``tests/fixtures/seeds``), the held-out
plans, notices and lists (``tests/fixtures/heldout/**``) and the documents of ``bench_extract.py``'s batch, and
writes ``{document name: sha256 of the plan's full JSON}`` (text, warnings and offsets included). It prints
document names and counts only, never fixture text.

    python benchmarks/extract_outputs.py -o /tmp/before.json
    python benchmarks/extract_outputs.py -o /tmp/after.json --compare /tmp/before.json   # exit 1 on a mismatch
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import yaml

from kechuang.extract import extract_plan, extract_text
from kechuang.extract.corpus import load_openings, load_passages
from kechuang.extract.model import Plan

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SHARED_SEEDS = Path("/work/shared/seeds")
BATCH_DOCS = 200  # the benchmark's batch documents (seeds varied: years, 达到/达, GB18030 for one in three)


def _plans() -> Iterator[tuple[str, Plan]]:
    real = FIXTURES / "real"
    for o in load_openings(real):
        yield f"opening:{o.name}", extract_text(o.text)
    for p in load_passages(real):
        yield f"passage:{p.name}", extract_text(p.text, plan_year=p.plan_year, title=p.title or None)
        yield f"passage-bare:{p.name}", extract_text(p.text)
    for path in sorted((real / "plans").glob("*.txt")):
        yield f"real-plan:{path.stem}", extract_plan(path)
    for folder in (SHARED_SEEDS, FIXTURES / "seeds"):
        for path in sorted(folder.glob("*.txt")):
            yield f"seed:{folder.name}/{path.stem}", extract_plan(path)
    heldout = FIXTURES / "heldout"
    for path in sorted(heldout.rglob("*.txt")):
        yield f"heldout:{path.relative_to(heldout)}", extract_plan(path)
    for path in sorted(heldout.glob("*.yaml")):
        for i, page in enumerate(yaml.safe_load(path.read_text("utf-8")) or []):
            yield f"heldout:{path.stem}#{i}", extract_text(page["text"], plan_year=page.get("plan_year"))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_extract import make_corpus

    with tempfile.TemporaryDirectory() as tmp:
        make_corpus(Path(tmp), BATCH_DOCS)
        for path in sorted(Path(tmp).glob("*.txt")):
            yield f"batch:{path.stem}", extract_plan(path.read_bytes(), name=path.name)


def digests() -> dict[str, str]:
    out: dict[str, str] = {}
    for name, plan in _plans():
        # a plan read from a file names its path: the checkout's folder is no part of the output compared (two
        # checkouts in different folders would differ on every path-loaded document; review 45)
        out[name] = hashlib.sha256(plan.to_json().replace(str(ROOT), "<checkout>").encode("utf-8")).hexdigest()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--out", type=Path, required=True, help="where to write the digests (JSON)")
    ap.add_argument("--compare", type=Path, help="digests written before the change")
    args = ap.parse_args(argv)
    now = digests()
    args.out.write_text(json.dumps(now, indent=0, sort_keys=True), "utf-8")
    print(f"{len(now)} documents extracted, digests in {args.out}")
    if not args.compare:
        return 0
    before = json.loads(args.compare.read_text("utf-8"))
    differ = sorted(k for k in now.keys() & before.keys() if now[k] != before[k])
    only = sorted(now.keys() ^ before.keys())
    for name in differ:
        print(f"  differs: {name}")
    for name in only:
        print(f"  in one run only: {name}")
    print(f"{len(differ)} of {len(now.keys() & before.keys())} documents differ, {len(only)} in one run only")
    return 1 if differ or only else 0


if __name__ == "__main__":
    sys.exit(main())
