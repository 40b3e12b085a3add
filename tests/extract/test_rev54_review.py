"""rev54: the review of session 41's first merges (rev53, learn41, cells41, goals41).

What the review pins (both held before it; docs/extraction.md, "Review 54"):
- the learned acceptance step (learn41) is off: with ``acceptance.ENABLED = False`` no code path scores a target, so
  an extraction never reaches ``features``, ``probability`` or the stored model;
- ``Target.reader`` (learn41's provenance field) changes neither equality nor the plan's JSON.

Real dev sentence (verbatim): 济南 历城 2022 实事 (http://www.jnhouse.com/housenews/detail.php?id=124347), the goal
learn41's tests use: `新建、筹集保障性租赁住房2000套以上`.
"""

from __future__ import annotations

import dataclasses

from kechuang.extract.model import Target
from kechuang.extract.pipeline import extract_text
from kechuang.extract.targets import acceptance

LICHENG = "六、扩大保障性租赁住房供给,新建、筹集保障性租赁住房2000套以上,建成1188套租赁式住房。"
LICHENG_TITLE = "济南市历城区2022年为民办10件实事来了!含保障安置房建设"


def _refuse(*_args, **_kwargs):
    raise AssertionError("the acceptance step ran while it is off")


def test_the_step_off_never_scores_a_target(monkeypatch):
    expected = extract_text(LICHENG, plan_year=2022, title=LICHENG_TITLE).to_json()
    assert acceptance.ENABLED is False
    for name in ("features", "probability", "model", "heading_starts"):
        monkeypatch.setattr(acceptance, name, _refuse)
    plan = extract_text(LICHENG, plan_year=2022, title=LICHENG_TITLE)
    assert [t.value for t in plan.targets] == [2000, 1188]
    assert plan.to_json() == expected


def test_the_reader_changes_no_equality_and_no_output():
    plan = extract_text(LICHENG, plan_year=2022, title=LICHENG_TITLE)
    before = plan.to_json()
    first = plan.targets[0]
    other = dataclasses.replace(first, reader="goal_table")
    assert other == first and other.reader != first.reader
    assert Target.__hash__ is None  # unhashable with or without a reader (a mutable dataclass)
    plan.targets = [other, *plan.targets[1:]]
    assert plan.to_json() == before
    assert "reader" not in plan.to_dict()["targets"][0]
