"""Notices and 意见 that are themselves the document, annotated before the extractor ran, scored by the reference.

Each `tests/fixtures/heldout/notices/<name>.txt` is a 通知 or 意见 whose numbered items are the document (no plan is
printed under it), its title often broken over two or three lines as printed; `<name>.json` its gold `document` and
headings (sources and decisions in the folder's README). The gates are the figures reached: raise, never lower.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import FIXTURES
from tests.extract.test_heldout_plans import micro_scores

NOTICES = FIXTURES / "heldout" / "notices"
NAMES = sorted(p.stem for p in NOTICES.glob("*.json"))
PARTS = ("document", "headings")
# Micro F1 per part over all texts. First run, out of sample (README): document 0.964 (40/41/42), headings 0.986
# (69/71/69); after round 14's rules (written from dev text and other real texts): 0.988 (41/41/42) and 1.000.
# With the second batch (three notices annotated after the rules, out of sample: document 0.857, 9/10/11, the same
# under main's rules): document 0.962 (50/51/53). Review 19 mended (fix19, F1: 关于公布安徽省… reads 安徽省): document
# 0.981 (51/51/53). Review 20 mended (fix20, F6): that reading removed, the gate back to the floor it then gives,
# document 0.971 (50/50/53) — the gate had been raised on the document the rule was written for.
GATES = {"document": 0.970, "headings": 1.0}


def _gold(name: str) -> dict:
    return json.loads((NOTICES / f"{name}.json").read_text("utf-8"))


@pytest.mark.parametrize("name", NAMES)
def test_gold_quotes_the_text(name):
    gold, text = _gold(name), (NOTICES / f"{name}.txt").read_text("utf-8")
    assert gold["source"].startswith("http") and gold["via"], name
    paths = [h["path"] for h in gold["headings"]]
    assert len(paths) == len(set(paths)), name
    assert all(h["title"] in text for h in gold["headings"]), name
    assert gold["document"]["title"].replace(" ", "")[:6] in text.replace(" ", "").replace("\n", ""), name


@pytest.fixture(scope="module")
def scores():
    return micro_scores(NOTICES, PARTS)


@pytest.mark.parametrize("part", PARTS)
def test_micro_f1_holds_its_gate(scores, part):
    assert scores[part]["f1"] >= GATES[part], f"{part}: {scores[part]}"
