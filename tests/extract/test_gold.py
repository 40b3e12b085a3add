"""Accuracy on the five seed plans against the hand-annotated gold, with the project's scorer."""

from __future__ import annotations

import json

import pytest

from kechuang.extract.scoring import PARTS, Counts, score_pair
from tests.conftest import GOLD

THRESHOLD = 1.0  # the issue asks ≥ 0.99; every part reached 1.000, and a 0.993 regression once passed under 0.99


@pytest.fixture(scope="module")
def micro(seed_plans):
    totals = {part: Counts() for part in PARTS}
    for stem, plan in seed_plans.items():
        gold = json.loads((GOLD / f"{stem}.json").read_text("utf-8"))
        pred = json.loads(plan.to_json(include_text=False))
        for part, counts in score_pair(gold, pred).items():
            totals[part] += counts
    return totals


@pytest.mark.parametrize("part", PARTS)
def test_micro_f1_at_least_threshold(micro, part):
    assert micro[part].f1 >= THRESHOLD, f"{part}: {micro[part].to_dict()}"


def test_every_seed_has_a_title_and_region(seed_plans):
    for stem, plan in seed_plans.items():
        assert plan.document.title, stem
        assert plan.document.region, stem
