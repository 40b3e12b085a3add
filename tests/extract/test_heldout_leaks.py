"""The held-out items (``tests/fixtures/heldout/``: whole plans, notices, sentence lists, tails, openings) measure the
extractor on text no rule was written from. Session 46's asg46 collector took two held-out tails pages into the dev
corpus as new pages: the address check of the brief looked only in the held-out READMEs, and the addresses were in
``tails.yaml``. This test keeps any later batch from doing it again: no real fixture (dev or validation) may share a
held-out item's address (scheme and ``www.`` aside), hold more than half of a held-out text's sampled 20-character runs
wherever it starts, nor be more than half held in one. Failures name the fixture and the held-out item, never their
text. Written, it found 36 earlier pairs (``real/heldout-leaks.tsv``): the held-out figures are reported with and
without them."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import yaml

from tests.conftest import FIXTURES
from tests.extract.test_split_leaks import RUN, _fixtures, _runs

HELD = FIXTURES / "heldout"
MOST = 0.5
FEWEST = 8  # runs of a held-out text below which it is too short to call a copy (one clause)


def _address(address: str) -> str:
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", address.strip()).rstrip("/")


def held_out() -> list[tuple[str, str, str]]:
    """(name, address, text) of every held-out item: each entry of the YAML lists, each plan and notice text."""
    found = []
    for path in sorted(HELD.glob("*.yaml")):
        for k, item in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))):
            found.append((f"{path.name}#{k}", str(item.get("address") or item.get("source") or ""), item["text"]))
    for folder in ("plans", "notices"):
        for text_path in sorted((HELD / folder).glob("*.txt")):
            meta = text_path.with_suffix(".json")
            source = ""
            if meta.exists():
                source = str(yaml.safe_load(meta.read_text(encoding="utf-8")).get("source") or "")
            found.append((f"{folder}/{text_path.name}", source, text_path.read_text(encoding="utf-8")))
    return found


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _contained(inner: list[tuple[str, str, str]], outer: list[tuple[str, str, str]]) -> list[tuple[int, int, float]]:
    """(inner index, outer index, share) of every inner text whose sampled runs (``_runs``: every ``STEP``-th) are more
    than ``MOST`` found among the runs at every position of an outer text: a copy found wherever it starts."""
    owners: dict[str, set[int]] = defaultdict(set)
    sizes = []
    for k, (_, _, text) in enumerate(inner):
        runs = _runs(text)
        sizes.append(len(runs))
        for run in runs:
            owners[run].add(k)
    found = []
    for j, (_, _, text) in enumerate(outer):
        flat = _flat(text)
        hits: dict[int, set[str]] = defaultdict(set)
        for i in range(len(flat) - RUN + 1):
            run = flat[i:i + RUN]
            for k in owners.get(run, ()):
                hits[k].add(run)
        found += [(k, j, len(runs) / sizes[k]) for k, runs in hits.items()
                  if sizes[k] >= FEWEST and len(runs) / sizes[k] > MOST]
    return found


def leaks(fixtures: list[tuple[str, str, str]], held: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """(fixture name, held-out name, why) of every fixture that shares an address with a held-out item, holds most of
    one's text or is mostly held in one."""
    found = set()
    addresses: dict[str, list[str]] = defaultdict(list)
    for name, address, _ in held:
        if address.startswith(("http", "www")):
            addresses[_address(address)].append(name)
    for name, source, _ in fixtures:
        found |= {(name, other, "address") for other in addresses.get(_address(source), ())}
    found |= {(fixtures[j][0], held[k][0], "text") for k, j, _ in _contained(held, fixtures)}
    found |= {(fixtures[k][0], held[j][0], "text") for k, j, _ in _contained(fixtures, held)}
    return sorted(found)


KNOWN_FILE = FIXTURES / "real" / "heldout-leaks.tsv"  # the pairs found when the check was written (its header says why)


def known() -> set[tuple[str, str]]:
    rows = KNOWN_FILE.read_text(encoding="utf-8").splitlines()
    return {tuple(row.split("\t")[:2]) for row in rows if row and not row.startswith("#")}


def real_fixtures() -> list[tuple[str, str, str]]:
    """``test_split_leaks``' openings and pages, and the whole plans of ``real/plans/`` (no address: text only)."""
    folder = FIXTURES / "real" / "plans"
    plans = [(f"plans/{p.name}", "", p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    return _fixtures() + plans


def test_no_real_fixture_is_a_held_out_item_beyond_the_known_pairs() -> None:
    found = {(name, other) for name, other, _ in leaks(real_fixtures(), held_out())}
    assert found - known() == set()


def test_the_check_finds_an_address_and_a_copy() -> None:
    text = "为深入实施创新驱动发展战略，加快建设科技强县，现就推进全县科技创新工作制定如下实施方案。" * 3
    other = "到2025年，全县高新技术企业达到50家，科技型中小企业达到120家，研发经费投入强度达到2.5%。" * 3
    held = [("tails.yaml#0", "https://www.example.gov.cn/a.html", text)]
    assert leaks([("x", "http://example.gov.cn/a.html", other)], held) == [("x", "tails.yaml#0", "address")]
    assert leaks([("y", "https://example.gov.cn/b.html", "前言。" + text + other)], held) == [("y", "tails.yaml#0", "text")]
    assert leaks([("z", "https://example.gov.cn/b.html", other)], held) == []


def test_every_held_out_file_is_read() -> None:
    names = {name.split("#")[0].split("/")[0] for name, _, _ in held_out()}
    assert {p.name for p in HELD.glob("*.yaml")} <= names and {"plans", "notices"} <= names
    assert all(Path(HELD / n).exists() for n in names)
