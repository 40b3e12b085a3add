"""The corpus's wrong targets by class (session 43): each passage's missed gold paired with its spurious predictions
by value, and what differs.

    PYTHONPATH=src .venv/bin/python scripts/target_error_classes.py                    # dev: counts
    PYTHONPATH=src .venv/bin/python scripts/target_error_classes.py --list pair-year   # dev: the pairs of one class
    PYTHONPATH=src .venv/bin/python scripts/target_error_classes.py --split validation # counts only, never text

Classes: ``unread`` (a gold value no prediction of its passage carries), ``invented`` (a predicted value no gold of its
passage carries), ``pair-<fields>`` (a gold and a prediction of the same value that differ in kind, unit, year or a
dissimilar name). Unread values are also counted by where they stand (a table row: the quote holds ``|`` or a line
break; prose otherwise), wrong years by how the two years relate. ``--list`` prints text and is refused for any split
but dev: the validation split is for measuring, not for writing rules.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kechuang.extract.corpus import match_items, predicted, print_classes, same_value
from kechuang.extract.scoring import magnitude, norm, same_target, similar

ROOT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "real"


def _differs(g: dict, q: dict) -> str:
    gu = magnitude(g.get("value"), g.get("unit"))[1]
    qu = magnitude(q.get("value"), q.get("unit"))[1]
    checks = (("kind", norm(g.get("kind")) == norm(q.get("kind"))), ("unit", gu == qu),
              ("year", g.get("year") == q.get("year")),
              ("name", similar(g.get("indicator", ""), q.get("indicator", ""), 0.5)))
    fields = [name for name, same in checks if not same]
    return "pair-" + "+".join(fields)


def _year_relation(g: dict, q: dict, plan_year: int | None) -> str:
    gy, qy = g.get("year"), q.get("year")
    if gy is None or qy is None:
        return "gold undated" if gy is None else "prediction undated" + (
            f", gold the plan's year + {gy - plan_year}" if plan_year else "")
    return "gold later" if gy > qy else "gold earlier"


def classes(split: str, root: Path = ROOT):
    """(class, passage name, gold or None, prediction or None) for every wrong target of ``split``."""
    for p, pred in predicted(root, split, "targets"):
        missed, spurious = match_items(p.targets, pred, same_target)
        spurious = list(spurious)
        for g in missed:
            j = next((j for j, q in enumerate(spurious) if same_value(g, q.get("value"), q.get("unit"))), None)
            if j is None:
                quote = g.get("quote") or ""
                yield "unread, " + ("table row" if "|" in quote or "\n" in quote else "prose"), p.name, g, None
                continue
            q = spurious.pop(j)
            label = _differs(g, q)
            if label == "pair-year":
                label += ", " + _year_relation(g, q, p.plan_year)
            yield label, p.name, g, q
        for q in spurious:
            yield "invented", p.name, None, q


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev", choices=("dev", "validation"))
    parser.add_argument("--list", metavar="CLASS", help="print the wrong targets of the classes starting so (dev only)")
    args = parser.parse_args(argv)
    if args.list and args.split != "dev":
        parser.error("--list prints text: dev split only")
    print_classes(classes(args.split), args.list,
                  lambda t: (t.get("value"), t.get("unit"), t.get("year"), t.get("indicator")))
    return 0

if __name__ == "__main__":
    raise SystemExit(main())
