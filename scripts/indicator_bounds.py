"""Count the dev split's target misses that are "value right, indicator wrong" (round 42b, docs/extraction.md).

    .venv/bin/python scripts/indicator_bounds.py            # the table of shapes
    .venv/bin/python scripts/indicator_bounds.py --list     # every pair, by shape
    .venv/bin/python scripts/indicator_bounds.py --years    # the pairs whose indicator is right: year and kind

A missed gold target is paired with a spurious prediction of the same passage with the same value and unit (its kind
or year may differ too: a wrong bound often loses the year the words it left out stated). The wrong indicator's shape
is read from its words. Dev only: the validation split is never read here.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from kechuang.extract.corpus import load_passages, split_of
from kechuang.extract.pipeline import extract_text
from kechuang.extract.scoring import magnitude, same_target, similar

ROOT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "real"

_SHAPES = (
    ("empty", re.compile(r"^\s*$")),
    ("year or time phrase", re.compile(r"^(?:在|到|至|于|截至)?\s*(?:\d{4}\s*年|今年|明年|全年|年底|年内|当年|每年"
                                       r"|本年|第.年)")),
    ("open bracket", re.compile(r"^[(（]|[(（][^)）]*$")),
    ("growth word", re.compile(r"^(?:年均|同比|比上年|较上年|增长|增速|增幅)")),
    ("verb only", re.compile(r"^(?:推进|实施|完成|新建|建成|建设|开工|改造|培训|新增|实现|达到|提供|开展|支持|创建"
                             r"|培育|认定|推动)[^,，、]{0,3}$")),
    ("list head (…等)", re.compile(r"等$")),
    ("a scope or place before the thing", re.compile(r"^(?:全省|全县|全縣|全市|全区|每个|每所|在|按照|部分|年度)")),
    ("takes the predicate's words", re.compile(r"..(?:进行|提供|建立|推进|达到|改造提升|治理|安装|安裝|纳入|发力)")),
)


def shape_of(gold: dict, got: dict) -> str:
    """The shape of the wrong indicator, or why the pair missed when the indicator is right."""
    indicator = got.get("indicator") or ""
    if similar(gold.get("indicator", ""), indicator, 0.5):
        return "indicator right, year or kind wrong"
    if indicator.endswith(("、", ",", "，")) or "," in indicator or "，" in indicator:
        return "crosses a comma"
    for name, pattern in _SHAPES:
        if pattern.search(indicator):
            return name
    return "other (another clause's words, a table cell)"


def pairs():
    """(passage name, gold target, spurious prediction) of each value read with the wrong indicator."""
    for p in load_passages(ROOT):
        if split_of(p.source) != "dev":
            continue
        plan = extract_text(p.text, plan_year=p.plan_year, title=p.title or None)
        pred = json.loads(plan.to_json(include_text=False)).get("targets") or []
        used: set[int] = set()
        missed = []
        for g in p.targets:
            j = next((j for j, q in enumerate(pred) if j not in used and same_target(g, q)), None)
            if j is None:
                missed.append(g)
            else:
                used.add(j)
        spurious = [q for j, q in enumerate(pred) if j not in used]
        taken: set[int] = set()
        for g in missed:
            gv = magnitude(g.get("value"), g.get("unit"))
            for j, q in enumerate(spurious):
                if j in taken:
                    continue
                if magnitude(q.get("value"), q.get("unit")) == gv:
                    taken.add(j)
                    yield p.name, g, q
                    break


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--years", action="store_true", help="list the pairs whose indicator is right (round 43)")
    args = ap.parse_args(argv)
    found = list(pairs())
    shapes = Counter(shape_of(g, q) for _, g, q in found)
    wrong = len(found) - shapes["indicator right, year or kind wrong"]
    print(f"missed with the value read right: {len(found)} pairs, {wrong} of them with the indicator wrong")
    for name, n in shapes.most_common():
        print(f"  {name:24} {n}")
    if args.list:
        for name, g, q in sorted(found, key=lambda f: shape_of(f[1], f[2])):
            print(f"[{shape_of(g, q)}] {name}: gold {g['indicator']!r} got {q['indicator']!r}"
                  f"  quote {q.get('quote')!r}")
    if args.years:  # what differs where the indicator is right: the year step's misses (round 43)
        for name, g, q in found:
            if shape_of(g, q) != "indicator right, year or kind wrong":
                continue
            differs = [k for k in ("year", "kind", "recurring") if g.get(k) != q.get(k)]
            print(f"{name}: {'/'.join(differs)} gold {g.get('year')} {g.get('kind')}"
                  f" got {q.get('year')} {q.get('kind')}  {g['indicator']!r}  quote {q.get('quote')!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
