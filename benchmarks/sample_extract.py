"""Where bytes → plan spends its time, by sampling: the share of samples per function (own and inclusive) and per line.

cProfile times every call, and on this extractor (hundreds of thousands of small calls a document) its own cost
distorts the picture: a function of many cheap calls looks several times dearer than it is (session 48: cProfile put
``common.mask`` at 1.5 % of a run, timed alone it is 0.24 %). This samples the running stack instead, every
``--interval`` seconds of CPU time (``ITIMER_PROF``), over ``extract_plan`` of the seed plans (what
``bench_extract.py`` measures), and prints the shares of the samples. ``--watch NAME…`` adds, for each function of
that name, the share of samples taken while each of its lines ran (the calls it makes included): which line of a
function its inclusive time goes to. Run it as Python (``KECHUANG_PURE=1``): a compiled module shows no lines.

``--modules`` adds the own time per module (what choosing ``kechuang/compiled.txt`` needs: a compiled module saves
only its own frames' interpreter time), and ``--dev`` samples the dev split's openings and passages of the real corpus
too (``extract_text``, as scored; no fixture text is printed, and the validation split is never read).

Usage: KECHUANG_PURE=1 python benchmarks/sample_extract.py [--seconds 20] [--top 30] [--watch candidate add]
       KECHUANG_PURE=1 python benchmarks/sample_extract.py --modules --dev
"""

from __future__ import annotations

import argparse
import signal
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt"))


def _module(frame) -> str:
    path = frame.f_code.co_filename
    if "src/kechuang/" not in path:
        return f"(outside kechuang) {Path(path).name}"
    return "kechuang." + path.split("src/kechuang/")[-1].removesuffix(".py").replace("/", ".")


def _dev_texts() -> list[tuple[str, dict]]:
    """The dev split's openings and passages, with the arguments the scorer extracts them with."""
    from kechuang.extract.corpus import load_openings, load_passages, split_of

    real = ROOT / "tests" / "fixtures" / "real"
    out: list[tuple[str, dict]] = [(o.text, {}) for o in load_openings(real) if split_of(o.source) == "dev"]
    out += [(p.text, {"plan_year": p.plan_year, "title": p.title or None}) for p in load_passages(real)
            if split_of(p.source) == "dev"]
    return out


def _name(frame) -> str:
    return f"{frame.f_code.co_filename.split('src/kechuang/')[-1]}:{frame.f_code.co_name}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="CPU seconds to sample")
    parser.add_argument("--interval", type=float, default=0.0005, help="CPU seconds between samples")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--watch", nargs="*", default=[], help="functions whose lines to break down (by name)")
    parser.add_argument("--modules", action="store_true", help="also the own time per module")
    parser.add_argument("--dev", action="store_true", help="also the dev split's openings and passages")
    args = parser.parse_args()
    from kechuang.extract import extract_plan, extract_text

    blobs = [seed.read_bytes() for seed in SEEDS]
    for blob in blobs:
        extract_plan(blob, name="warm.txt")  # rule files and patterns loaded before sampling
    dev = _dev_texts() if args.dev else []
    modules: Counter[str] = Counter()
    own: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    lines: Counter[str] = Counter()
    watched: dict[str, Counter[int]] = {name: Counter() for name in args.watch}
    taken = [0]

    def sample(_signum, frame) -> None:
        taken[0] += 1
        own[_name(frame)] += 1
        modules[_module(frame)] += 1
        lines[f"{_name(frame)}:{frame.f_lineno}"] += 1
        seen: set[str] = set()
        while frame is not None:  # each function once per sample, however deep its recursion
            if (name := _name(frame)) not in seen:
                inclusive[name] += 1
                seen.add(name)
            if frame.f_code.co_name in watched:
                watched[frame.f_code.co_name][frame.f_lineno] += 1
            frame = frame.f_back

    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, args.interval, args.interval)
    start = time.process_time()
    while time.process_time() - start < args.seconds:
        for blob in blobs:
            extract_plan(blob, name="x.txt")
        for text, kwargs in dev:
            extract_text(text, **kwargs)
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    n = max(1, taken[0])
    print(f"{taken[0]} samples over {args.seconds:.0f} s of CPU")
    tables = [("own time", own, args.top), ("inclusive", inclusive, args.top), ("own time by line", lines, args.top)]
    if args.modules:
        tables.append(("own time by module", modules, len(modules)))
    for title, counts, top in tables:
        print(f"== {title}")
        for key, count in counts.most_common(top):
            print(f"{100 * count / n:5.1f}%  {key}")
    for name, counts in watched.items():
        print(f"== {name}, by line (its calls included; a recursive call counts for each frame)")
        for line, count in counts.most_common(12):
            print(f"{100 * count / n:5.1f}%  line {line}")


if __name__ == "__main__":
    main()
