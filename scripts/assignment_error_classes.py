"""The corpus's wrong assignments by class (session 44): each passage's missed gold paired with its spurious
predictions by unit, and what differs.

    PYTHONPATH=src .venv/bin/python scripts/assignment_error_classes.py                    # dev: counts
    PYTHONPATH=src .venv/bin/python scripts/assignment_error_classes.py --list invented    # dev: one class's cases
    PYTHONPATH=src .venv/bin/python scripts/assignment_error_classes.py --split validation # counts only, never text

Classes: ``role`` (the gold's unit predicted with another role), ``part`` (a predicted unit that holds or is held by a
missed gold unit of its passage: a split or a merge), ``unread`` (a gold unit nothing predicted resembles) and
``invented`` (a predicted unit nothing in the gold resembles). Invented units are also counted by whether their
passage has any assignment gold at all (a passage annotated for its targets only). ``--list`` prints text and is
refused for any split but dev: the validation split is for measuring, not for writing rules.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kechuang.extract.corpus import match_items, predicted, print_classes, same_assignment
from kechuang.extract.scoring import norm, norm_unit

ROOT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "real"


def _related(g: dict, q: dict) -> str | None:
    gu, qu = norm_unit(g.get("unit")), norm_unit(q.get("unit"))
    if gu == qu:
        return "role " + f"{norm(g.get('role'))}→{norm(q.get('role'))}"
    if gu and qu and (gu in qu or qu in gu):
        return "part, predicted " + ("longer" if len(qu) > len(gu) else "shorter")
    return None


def classes(split: str, root: Path = ROOT):
    """(class, passage name, gold or None, prediction or None) for every wrong assignment of ``split``."""
    for p, pred in predicted(root, split, "assignments"):
        missed, spurious = match_items(p.assignments, pred, same_assignment)
        spurious = list(spurious)
        for g in missed:
            pair = next(((j, label) for j, q in enumerate(spurious) if (label := _related(g, q))), None)
            if pair is None:
                yield "unread", p.name, g, None
                continue
            yield pair[1], p.name, g, spurious.pop(pair[0])
        for q in spurious:
            where = "a passage with assignment gold" if p.assignments else "a passage with no assignment gold"
            yield "invented, in " + where, p.name, None, q


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev", choices=("dev", "validation"))
    parser.add_argument("--list", metavar="CLASS",
                        help="print the wrong assignments of the classes starting so (dev only)")
    args = parser.parse_args(argv)
    if args.list and args.split != "dev":
        parser.error("--list prints text: dev split only")
    print_classes(classes(args.split), args.list, lambda a: (a.get("role"), a.get("unit")))
    return 0

if __name__ == "__main__":
    raise SystemExit(main())
