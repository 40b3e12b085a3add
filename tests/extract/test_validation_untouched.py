"""No rule or test may cite a validation source beyond the few listed in ``corpus.CITED_VALIDATION``: the validation
split is scored, never read; a new citation of one of its addresses (or fixture names) fails here."""

from __future__ import annotations

import re
from pathlib import Path

from kechuang.extract.corpus import CITED_VALIDATION, load_openings, load_passages, split_of
from tests.conftest import FIXTURES

REPO = Path(__file__).resolve().parents[2]
REAL = FIXTURES / "real"


def _fixtures() -> list[tuple[str, str]]:
    """(address, fixture stem) of every fixture of the corpus."""
    return [(o.source, o.name) for o in load_openings(REAL)] + \
        [(p.source, p.name.split("#")[0]) for p in load_passages(REAL)]


def _validation() -> dict[str, str]:
    """Address → fixture name of every validation fixture."""
    return {source: name for source, name in _fixtures() if split_of(source) == "validation"}


def _bare(address: str) -> str:
    """An address as a citation may print it: without its scheme and a trailing slash."""
    return re.sub(r"^https?://", "", address.strip()).rstrip("/")


def _code_files() -> list[Path]:
    roots = [REPO / "src" / "kechuang", REPO / "tests", REPO / "scripts", REPO / "benchmarks"]
    return sorted(p for root in roots for p in root.rglob("*") if p.suffix in (".py", ".yaml")
                  and p.name != "corpus.py" and "fixtures" not in p.parts)


_ADDRESS = re.compile(r"(?:https?://)?[A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z]{2,}(?:/[!-~]*)?")
_STEM = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")


def test_rules_and_tests_cite_no_validation_source_but_the_listed_ones():
    """Addresses are matched without scheme or trailing slash (and a citation's closing punctuation); a fixture stem
    only when no dev fixture has the same stem (openings and passages of two pages may share one)."""
    validation = {source: name for source, name in _validation().items() if source not in CITED_VALIDATION}
    dev_names = {name for source, name in _fixtures() if split_of(source) == "dev"}
    addresses = set(map(_bare, validation))
    stems = set(validation.values()) - dev_names
    found = []
    for path in _code_files():
        text = path.read_text("utf-8")
        found += [f"{path.relative_to(REPO)}: {m.group(0)}" for m in _ADDRESS.finditer(text)
                  if _bare(m.group(0).rstrip(".,;:)'\"`]")) in addresses]
        found += [f"{path.relative_to(REPO)}: {m.group(0)}" for m in _STEM.finditer(text) if m.group(0) in stems]
    assert not found, found


def test_the_listed_sources_are_validation_fixtures_of_the_corpus():
    """The list names only real validation sources (a stale entry would hide nothing, but would mislead)."""
    assert set(_validation()) >= CITED_VALIDATION
