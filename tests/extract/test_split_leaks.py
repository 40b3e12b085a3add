"""The split is fixed by the source address (``corpus.split_of``), so one document stored at two addresses can fall
on both sides: its dev copy would put validation text into the rules' sight. The tails52 collector found such a pair
on 2026-12-04 (a county's 政府工作报告 分解 under two paths of one portal, one hashing to each side) and kept the dev
copy out; this test keeps any later batch from letting one in. A dev fixture (an opening, or a page's passages
together) that shares more than half of its 20-character runs with one validation fixture fails, naming both.
Sibling documents (one body's yearly plans) share their boilerplate, about a third at most today."""

from __future__ import annotations

import re
from collections import defaultdict

from kechuang.extract.corpus import load_openings, load_passages, split_of
from tests.conftest import FIXTURES

REAL = FIXTURES / "real"
RUN = 20  # characters of a run; runs start every STEP characters
STEP = 5
MOST = 0.5


def _runs(text: str) -> set[str]:
    text = re.sub(r"\s+", "", text)
    return {text[i:i + RUN] for i in range(0, max(0, len(text) - RUN), STEP)}


def _fixtures() -> list[tuple[str, str, str]]:
    """(name, source, text) of every opening and of every page's passages joined."""
    found = [(o.name, o.source, o.text) for o in load_openings(REAL)]
    pages: dict[tuple[str, str], list[str]] = defaultdict(list)
    for p in load_passages(REAL):
        pages[(p.name.split("#")[0], p.source)].append(p.text)
    return found + [(name, source, "\n".join(texts)) for (name, source), texts in pages.items()]


def shared_runs(fixtures: list[tuple[str, str, str]]) -> list[tuple[str, str, float]]:
    """(dev name, validation name, share of the dev fixture's runs) of every pair above ``MOST``."""
    owners: dict[str, set[int]] = defaultdict(set)
    for k, (_, source, text) in enumerate(fixtures):
        if split_of(source) == "validation":
            for run in _runs(text):
                owners[run].add(k)
    found = []
    for name, source, text in fixtures:
        runs = _runs(text)
        if split_of(source) != "dev" or not runs:
            continue
        hits: dict[int, int] = defaultdict(int)
        for run in runs:
            for k in owners.get(run, ()):
                hits[k] += 1
        found += [(name, fixtures[k][0], n / len(runs)) for k, n in hits.items() if n / len(runs) > MOST]
    return found


def test_no_dev_fixture_copies_a_validation_one() -> None:
    assert shared_runs(_fixtures()) == []


def test_the_check_finds_a_copy() -> None:
    """The same text under a dev and a validation address is found; a different text is not."""
    text = "为深入实施创新驱动发展战略，加快建设科技强县，现就推进全县科技创新工作制定如下实施方案。" * 3
    dev = next(f"https://example.gov.cn/{k}.html" for k in range(200)
               if split_of(f"https://example.gov.cn/{k}.html") == "dev")
    val = next(f"https://example.gov.cn/{k}.html" for k in range(200)
               if split_of(f"https://example.gov.cn/{k}.html") == "validation")
    assert shared_runs([("a", dev, text), ("b", val, text)]) == [("a", "b", 1.0)]
    other = "到2025年，全县高新技术企业达到50家，科技型中小企业达到120家，研发经费投入强度达到2.5%。" * 3
    assert shared_runs([("a", dev, text), ("b", val, other)]) == []
