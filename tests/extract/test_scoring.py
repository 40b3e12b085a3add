"""The project's scorer agrees with the reference scorer, on the seeds and on damaged predictions."""

from __future__ import annotations

import copy
import importlib.util
import json
import random

import pytest

from kechuang.extract.scoring import PARTS, score_pair, score_paths
from tests.conftest import FIXTURES, GOLD


def _reference():
    spec = importlib.util.spec_from_file_location("score_plan", FIXTURES / "tools" / "score_plan.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _reference_scores(gold_dir, pred_dir) -> dict:
    ref = _reference()
    totals = {part: [0, 0, 0] for part in PARTS}
    for _, g, q in ref.pairs(gold_dir, pred_dir):
        for part in PARTS:
            for i, v in enumerate(ref.SCORERS[part](g, q)):
                totals[part][i] += v
    return {part: ref.prf(*totals[part]) for part in PARTS}


def _damage(plan: dict, rng: random.Random) -> dict:
    plan = copy.deepcopy(plan)
    doc = plan["document"]
    doc["title"] = (doc.get("title") or "") + "(修订)" if rng.random() < 0.5 else doc.get("title")
    doc["issuer"] = [*doc.get("issuer", [])[:-1], "某某局"]
    doc["date"] = None if rng.random() < 0.5 else "2001-01-01"
    for key in ("headings", "assignments", "targets"):
        items = plan.get(key, [])
        rng.shuffle(items)
        del items[: len(items) // 5]
        for item in items[: len(items) // 4]:
            if key == "headings":
                item["title"] = item["title"][: max(1, len(item["title"]) // 2)]
            elif key == "assignments":
                item["unit"] = "县" + item["unit"] if rng.random() < 0.5 else item["unit"] + "办"
                item["role"] = rng.choice(["lead", "responsible", "cooperating"])
            else:
                item["value"] = item["value"] * 10 if isinstance(item["value"], (int, float)) else "A"
                item["year"] = rng.choice([None, item.get("year"), 2030])
        if key == "targets":
            for item in items[len(items) // 4: len(items) // 2]:
                _rescale(item, rng)
        if items:
            items.append(copy.deepcopy(items[0]))
    return plan


def _rescale(target: dict, rng: random.Random) -> None:
    """The same quantity written another way (320 万名 ↔ 3200000 名), or a wrong magnitude (320 名)."""
    value, unit = target.get("value"), target.get("unit") or ""
    if not isinstance(value, (int, float)):
        return
    choice = rng.random()
    if unit[:1] in ("万", "亿") and len(unit) > 1:
        factor = 10_000 if unit[0] == "万" else 100_000_000
        target["value"], target["unit"] = (value * factor, unit[1:]) if choice < 0.7 else (value, unit[1:])
    elif unit and unit not in ("%", "倍"):
        target["value"], target["unit"] = (value / 10_000, "万" + unit) if choice < 0.7 else (value, "亿" + unit)


def test_magnitude_in_the_unit_is_the_same_value():
    gold = {"targets": [{"indicator": "科技人才", "kind": "level", "value": 320, "unit": "万名", "year": 2025}]}
    same = {"targets": [{"indicator": "科技人才", "kind": "level", "value": 3_200_000, "unit": "名", "year": 2025}]}
    wrong = {"targets": [{"indicator": "科技人才", "kind": "level", "value": 320, "unit": "名", "year": 2025}]}
    assert score_pair(gold, same, ("targets",))["targets"].tp == 1
    assert score_pair(gold, wrong, ("targets",))["targets"].tp == 0
    ref = _reference()
    assert ref.score_targets(gold, same)[0] == 1 and ref.score_targets(gold, wrong)[0] == 0


def _assert_same(ours, theirs):
    for part in PARTS:
        c = ours.micro[part]
        t = theirs[part]
        assert (c.tp, c.pred, c.gold) == (t["tp"], t["pred"], t["gold"]), part
        assert c.f1 == pytest.approx(t["f1"], abs=1e-12)


def test_agrees_on_gold_against_itself():
    _assert_same(score_paths(GOLD, GOLD), _reference_scores(GOLD, GOLD))


def test_agrees_on_seed_extractions(seed_plans, tmp_path):
    for stem, plan in seed_plans.items():
        (tmp_path / f"{stem}.json").write_text(plan.to_json(include_text=False), "utf-8")
    _assert_same(score_paths(GOLD, tmp_path), _reference_scores(GOLD, tmp_path))


@pytest.mark.parametrize("seed", range(6))
def test_agrees_on_damaged_predictions(tmp_path, seed):
    rng = random.Random(seed)
    for path in sorted(GOLD.glob("*.json")):
        if rng.random() < 0.15:
            continue  # a missing prediction counts as an empty plan
        damaged = _damage(json.loads(path.read_text("utf-8")), rng)
        (tmp_path / path.name).write_text(json.dumps(damaged, ensure_ascii=False), "utf-8")
    ours = score_paths(GOLD, tmp_path)
    _assert_same(ours, _reference_scores(GOLD, tmp_path))
    assert ours.micro["assignments"].f1 < 1.0  # the damage is seen


def test_empty_prediction_scores_zero(tmp_path):
    ours = score_paths(GOLD, tmp_path)
    assert all(ours.micro[p].tp == 0 for p in PARTS)
    _assert_same(ours, _reference_scores(GOLD, tmp_path))
