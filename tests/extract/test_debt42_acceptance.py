"""debt42, point 5: the learned acceptance step's stored weights (rules/acceptance.yaml) belong to the training set
they were trained on. The file keeps the digest of that set (``training_sha256``: every dev passage's text and gold,
scripts/train_acceptance.training_digest); this fails when the corpus's digest now differs, so that a change of dev's
passages or gold asks for ``scripts/train_acceptance.py --write`` (learn41's weights went stale so, session 41). It
does not retrain: a full training extracts every dev passage (minutes); test_learn41_acceptance retrains a slice."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from kechuang.extract.rules import load_rules

_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(_ROOT / "scripts"))
import train_acceptance  # noqa: E402


def test_the_stored_weights_were_trained_on_the_current_dev_gold():
    stored = load_rules("acceptance").get("training_sha256")
    assert stored == train_acceptance.training_digest(), (
        "dev's passages or gold changed since rules/acceptance.yaml was trained: run scripts/train_acceptance.py --write")


def test_the_digest_moves_with_the_gold(tmp_path):
    passages = _ROOT / "tests" / "fixtures" / "real" / "passages"
    name = "jx-tonggu-lymbrw.json"  # a dev page (http://clcgzc.com/html/html20170-3n6225799.html)
    (tmp_path / "passages").mkdir()
    text = (passages / name).read_text("utf-8")
    (tmp_path / "passages" / name).write_text(text, "utf-8")
    before = train_acceptance.training_digest(tmp_path)
    (tmp_path / "passages" / name).write_text(re.sub(r'"value": 12\b', '"value": 13', text, count=1), "utf-8")
    assert train_acceptance.training_digest(tmp_path) != before


def test_every_script_that_needs_scikit_learn_is_named_beside_it():
    pyproject = (_ROOT / "pyproject.toml").read_text("utf-8")
    comment = pyproject[:pyproject.index('"scikit-learn')].rsplit('",', 1)[-1]
    for script in sorted((_ROOT / "scripts").glob("*.py")):
        if re.search(r"^\s*(?:from|import) sklearn", script.read_text("utf-8"), re.M):
            assert f"scripts/{script.name}" in comment, script.name
