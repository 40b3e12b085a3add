"""Plan extraction against a hand-written baseline, in one run, on the same inputs.

The baseline (``benchmarks/baseline/``) is what a competent Python engineer would write in a day for the same job
without kechuang: compiled regexes over lines for numbered headings, a number+unit regex with the sentence's
到20XX年 for targets, 牵头单位/责任单位 labels split on 、 for assignments, 关于印发…的通知 / 〔20XX〕N号 /
20XX年X月X日 for metadata, cn2an for Chinese numerals. Each extractor runs in its own child process over the same texts:

- speed, MB/s of CPU time (and of the wall clock) on one core, on the seed plans (normalised, as the "steps" run of
  ``bench_extract.py``) and on the dev split of the real-text corpus (``tests/fixtures/real``: passages and page
  openings as stored);
- accuracy, F1 per part with the project's own scorer: the dev split of the real-text corpus as
  ``scripts/score_real.py`` scores it, the seeds against their gold (``tests/fixtures/gold``), and the whole held-out
  plans (``tests/fixtures/heldout/plans``, pooled over every level; the only headings of real text), which the baseline
  was never tested on.

Only the dev split is read or scored: validation figures are never printed here.

Usage: python benchmarks/baseline_extract.py [--seconds 5] [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt"))
GOLD = ROOT / "tests" / "fixtures" / "gold"
REAL = ROOT / "tests" / "fixtures" / "real"
PLANS = ROOT / "tests" / "fixtures" / "heldout" / "plans"
EXTRACTORS = ("kechuang", "baseline")
SEED_PARTS = ("document", "headings", "assignments", "targets")
CORPUS_PARTS = ("document", "assignments", "targets")


def inputs() -> dict:
    """The texts both extractors get: normalised seeds, and the dev split's openings and passages as stored."""
    from kechuang.extract.corpus import load_openings, load_passages, split_of
    from kechuang.text.normalise import normalise

    seeds = [{"name": p.stem, "text": normalise(p.read_bytes().decode("utf-8"))} for p in SEEDS]
    openings = [{"name": o.name, "text": o.text} for o in load_openings(REAL) if split_of(o.source) == "dev"]
    passages = [{"name": p.name, "text": p.text, "plan_year": p.plan_year, "title": p.title or None}
                for p in load_passages(REAL) if split_of(p.source) == "dev"]
    plans = [{"name": p.stem, "text": p.with_suffix(".txt").read_text("utf-8")} for p in sorted(PLANS.glob("*.json"))]
    return {"seeds": seeds, "openings": openings, "passages": passages, "plans": plans}


# ---- child: one extractor, timed and run once over every input ---------------------------------------------------

def _extractor(name: str):
    if name == "kechuang":
        from kechuang.extract import extract_text

        def run(text: str, plan_year: int | None = None, title: str | None = None) -> dict:
            return json.loads(extract_text(text, plan_year=plan_year, title=title).to_json(include_text=False))
        return run, lambda text: extract_text(text)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from baseline import extract
    return extract, extract


def _mbps(fn, texts: list[str], seconds: float) -> tuple[float, float]:
    """(MB/s of CPU time, MB/s of the wall clock) of ``fn`` over ``texts``, repeated for ``seconds``."""
    size = sum(len(t.encode("utf-8")) for t in texts)
    done, start, cpu = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - start < seconds:
        for t in texts:
            fn(t)
        done += size
    return done / (time.process_time() - cpu) / 1e6, done / (time.perf_counter() - start) / 1e6


def child(name: str, data_path: Path, seconds: float, out_path: Path) -> None:
    data = json.loads(data_path.read_text("utf-8"))
    run, fast = _extractor(name)
    seeds = [s["text"] for s in data["seeds"]]
    corpus = [o["text"] for o in data["openings"]] + [p["text"] for p in data["passages"]]
    for t in seeds + corpus[:50]:  # warm: rule files, caches, regex compilation
        fast(t)
    speed = {"seeds": _mbps(fast, seeds, seconds), "corpus": _mbps(fast, corpus, seconds)}
    preds = {"seeds": {s["name"]: run(s["text"]) for s in data["seeds"]},
             "plans": {p["name"]: run(p["text"]) for p in data["plans"]},
             "openings": {o["name"]: run(o["text"]) for o in data["openings"]},
             "passages": {p["name"]: run(p["text"], p["plan_year"], p["title"]) for p in data["passages"]}}
    out_path.write_text(json.dumps({"speed": speed, "preds": preds}, ensure_ascii=False), "utf-8")


# ---- parent: score with the project's scorer, print figures and ratios -------------------------------------------

def score(preds: dict) -> dict[str, dict]:
    """F1 counts per part: the seeds and the held-out plans against their gold, the dev corpus as ``score_corpus``
    scores it."""
    from kechuang.extract.corpus import (
        load_openings,
        load_passages,
        match_items,
        same_assignment,
        same_target,
        split_of,
    )
    from kechuang.extract.scoring import Counts, score_document, score_pair

    whole = {}
    for where, folder in (("seeds", GOLD), ("plans", PLANS)):
        whole[where] = {part: Counts() for part in SEED_PARTS}
        for name, pred in preds[where].items():
            gold = json.loads((folder / f"{name}.json").read_text("utf-8"))
            for part, c in score_pair(gold, pred, SEED_PARTS).items():
                whole[where][part] += c
    corpus = {part: Counts() for part in CORPUS_PARTS}
    for o in load_openings(REAL):
        if split_of(o.source) == "dev":
            corpus["document"] += score_document({"document": o.gold}, preds["openings"][o.name])
    for p in load_passages(REAL):
        if split_of(p.source) == "dev":
            pred = preds["passages"][p.name]
            for part, gold, same in (("targets", p.targets, same_target),
                                     ("assignments", p.assignments, same_assignment)):
                got = pred.get(part) or []
                _, spurious = match_items(gold, got, same)
                corpus[part] += Counts(len(got) - len(spurious), len(got), len(gold))
    return {**whole, "corpus": corpus}


def ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}×" if b else "∞×"


def report(speeds: dict[str, list[dict]], scores: dict[str, dict]) -> str:
    """The figures of both extractors and their ratios (kechuang over the baseline), as printed."""
    lines = []
    for inp, label in (("seeds", "seed plans (normalised)"), ("corpus", "real corpus, dev split")):
        lines.append(f"speed, {label}, MB/s of CPU time on 1 core (wall in brackets), run by run:")
        for name in EXTRACTORS:
            runs = speeds[name]
            lines.append(f"  {name:9}" + "  ".join(f"{r[inp][0]:6.2f} ({r[inp][1]:.2f})" for r in runs))
        best = {name: max(r[inp][0] for r in speeds[name]) for name in EXTRACTORS}
        lines.append(f"  ratio kechuang/baseline (best against best): {ratio(best['kechuang'], best['baseline'])}")
    for where, parts, label in (("corpus", CORPUS_PARTS, "real corpus, dev split"), ("seeds", SEED_PARTS, "seeds"),
                                ("plans", SEED_PARTS, "held-out whole plans")):
        if where not in scores["kechuang"]:
            continue
        lines.append(f"accuracy, {label}, F1 (P / R) per part:")
        for part in parts:
            k, b = scores["kechuang"][where][part], scores["baseline"][where][part]
            lines.append(f"  {part:12} kechuang {k.f1:.3f} ({k.precision:.3f} / {k.recall:.3f})   baseline {b.f1:.3f} "
                         f"({b.precision:.3f} / {b.recall:.3f})   gold {k.gold}   ratio {ratio(k.f1, b.f1)}")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=5.0, help="timing per extractor and input set")
    ap.add_argument("--rounds", type=int, default=2, help="alternating runs of each extractor")
    ap.add_argument("--child", choices=EXTRACTORS, help=argparse.SUPPRESS)
    ap.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.data, args.seconds, args.out)
        return 0
    speeds: dict[str, list[dict]] = {name: [] for name in EXTRACTORS}
    scores: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "inputs.json"
        data.write_text(json.dumps(inputs(), ensure_ascii=False), "utf-8")
        for _ in range(args.rounds):
            for name in EXTRACTORS:
                out = Path(tmp) / f"{name}.json"
                subprocess.run([sys.executable, __file__, "--child", name, "--data", str(data), "--out", str(out),
                                "--seconds", str(args.seconds)], check=True)
                result = json.loads(out.read_text("utf-8"))
                speeds[name].append(result["speed"])
                scores.setdefault(name, score(result["preds"]))
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
          f"load {os.getloadavg()[0]:.1f}")
    print(report(speeds, scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
