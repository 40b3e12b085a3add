"""`scripts/score_real.py --split dev|validation|all` (spd28): an engineer writing rules prints the dev split only,
so a routine run does not show the validation figures; the default (all) prints both, as before."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from kechuang.extract.corpus import split_of

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "score_real.py"
TEXT = "某县人民政府关于印发某县科技创新方案的通知\n某政发〔2019〕55号\n各乡镇人民政府:\n现将方案印发给你们。\n"


def _script():
    spec = importlib.util.spec_from_file_location("score_real", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _source(split: str) -> str:
    return next(f"http://example.gov.cn/{k}.html" for k in range(100) if split_of(f"http://example.gov.cn/{k}.html")
                == split)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """A corpus of two made-up openings, one of each split (no real fixture is read)."""
    (tmp_path / "openings").mkdir()
    (tmp_path / "passages").mkdir()
    for split in ("dev", "validation"):
        (tmp_path / "openings" / f"{split}.txt").write_text(TEXT, "utf-8")
        gold = {"source": _source(split), "province": "浙江", "document": {"doc_number": "某政发〔2019〕55号"}}
        (tmp_path / "openings" / f"{split}.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    return tmp_path


def _printed_splits(out: str) -> list[str]:
    return [line.split()[0] for line in out.splitlines() if line.startswith(("dev ", "validation "))]


def test_split_dev_prints_the_dev_split_only(corpus, capsys):
    assert _script().main(["--root", str(corpus), "--split", "dev"]) == 0
    out = capsys.readouterr().out
    assert _printed_splits(out) == ["dev"]
    assert "untouched" not in out  # the validation split's second line is not printed either


def test_split_validation_prints_the_validation_split_only(corpus, capsys):
    assert _script().main(["--root", str(corpus), "--split", "validation"]) == 0
    assert _printed_splits(capsys.readouterr().out) == ["validation"]


def test_default_and_all_print_both_splits(corpus, capsys):
    script = _script()
    assert script.main(["--root", str(corpus)]) == 0
    default = capsys.readouterr().out
    assert script.main(["--root", str(corpus), "--split", "all"]) == 0
    assert _printed_splits(default) == _printed_splits(capsys.readouterr().out) == ["dev", "validation"]


def test_an_unknown_split_is_refused(corpus):
    with pytest.raises(SystemExit):
        _script().main(["--root", str(corpus), "--split", "test"])


def test_misses_without_a_split_print_the_dev_split_only(corpus, capsys):
    """meta47 (session 31) saw the validation figures beside the dev misses it was writing rules from."""
    assert _script().main(["--root", str(corpus), "--misses"]) == 0
    out = capsys.readouterr().out
    assert _printed_splits(out) == ["dev"]
    assert "untouched" not in out
