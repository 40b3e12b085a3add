"""Scoring whole real plans of tests/fixtures/real/plans/ (their `<name>.json` gold) with the reference scorer."""

from __future__ import annotations

import importlib.util
import json

from kechuang.extract import extract_plan
from tests.conftest import FIXTURES

PLANS = FIXTURES / "real" / "plans"


def reference():
    """The reference scorer (tests/fixtures/tools/score_plan.py) as a module."""
    spec = importlib.util.spec_from_file_location("score_plan", FIXTURES / "tools" / "score_plan.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def micro(names, part: str) -> tuple[float, list[int]]:
    """Micro F1 of one part over the named plans, and its totals (true positives, predicted, gold)."""
    ref = reference()
    totals = [0, 0, 0]
    for name in names:
        gold = json.loads((PLANS / f"{name}.json").read_text("utf-8"))
        pred = json.loads(extract_plan(PLANS / f"{name}.txt").to_json(include_text=False))
        totals = [a + b for a, b in zip(totals, ref.SCORERS[part](gold, pred), strict=True)]
    return ref.prf(*totals)["f1"], totals
