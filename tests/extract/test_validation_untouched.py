"""No rule or test may cite a validation source beyond the few listed in ``corpus.CITED_VALIDATION``: the validation
split is scored, never read; a new citation of one of its addresses (or fixture names) fails here."""

from __future__ import annotations

import re
from pathlib import Path

from kechuang.extract.corpus import CITED_VALIDATION, load_openings, load_passages, split_of
from tests.conftest import FIXTURES

REPO = Path(__file__).resolve().parents[2]
REAL = FIXTURES / "real"


def _validation() -> dict[str, str]:
    """Address → fixture name of every validation fixture."""
    items = [(o.source, o.name) for o in load_openings(REAL)]
    items += [(p.source, p.name.split("#")[0]) for p in load_passages(REAL)]
    return {source: name for source, name in items if split_of(source) == "validation"}


def _code_files() -> list[Path]:
    roots = [REPO / "src" / "kechuang", REPO / "tests", REPO / "scripts", REPO / "benchmarks"]
    return sorted(p for root in roots for p in root.rglob("*") if p.suffix in (".py", ".yaml")
                  and p.name != "corpus.py" and "fixtures" not in p.parts)


def test_rules_and_tests_cite_no_validation_source_but_the_listed_ones():
    validation = {source: name for source, name in _validation().items() if source not in CITED_VALIDATION}
    words = sorted({*validation, *validation.values()}, key=len, reverse=True)
    cited = re.compile("|".join(rf"(?<![\w-]){re.escape(w)}(?![\w-])" for w in words))
    found = [f"{path.relative_to(REPO)}: {m.group(0)}" for path in _code_files()
             for m in cited.finditer(path.read_text("utf-8"))]
    assert not found, found


def test_the_listed_sources_are_validation_fixtures_of_the_corpus():
    """The list names only real validation sources (a stale entry would hide nothing, but would mislead)."""
    assert set(_validation()) >= CITED_VALIDATION
