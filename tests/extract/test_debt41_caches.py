"""The extractor's caches of one document's sentences and cells are emptied with the document's other caches (debt41).

Readers of the targets keep bounded caches of their answers for a sentence (not_targets, base_clauses, recognitions,
place_facts, profiles, since, own_parts, norms: a sentence is asked once per value in it) or a table cell (grid,
goal_tables). Each answer depends on its string alone, so no output could differ, but the answers outlived their
document: the next document was read with another's sentences in memory, which ``rules.forget_lines`` promises
against ("no document is read faster for lines another left"). Every bounded cache of ``kechuang.extract`` is now
emptied by ``forget_lines``; the caches with no bound hold patterns built once from the vocabulary, no text.

The documents are real dev passages, chosen by the split (``corpus.split_of``) and by the characters the cached
readers gate on, never by name: their plans are compared, not their text printed.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import pkgutil
from pathlib import Path

import pytest

import kechuang.extract as extract_package
from kechuang.extract import extract_text
from kechuang.extract.corpus import load_passages, split_of
from kechuang.extract.rules import forget_lines

REAL = Path(__file__).resolve().parent.parent / "fixtures" / "real"
# the characters the cached readers gate on: 基础上 (base_clauses), 以来/截至 (since), 入选/认定 (recognitions),
# 面积/人口 (place_facts), 是 (profiles), 其中 (not_targets), a table's bar (grid, goal_tables)
GATES = ("基础上", "以来", "截至", "入选", "认定", "面积", "人口", "其中", "|")


def _dev_passages(count: int) -> list:
    chosen = []
    for p in load_passages(REAL):
        if split_of(p.name) == "dev" and any(g in p.text for g in GATES):
            chosen.append(p)
        if len(chosen) == count:
            break
    return chosen


def _plan(p) -> str:
    plan = extract_text(p.text, plan_year=p.plan_year, title=p.title or None)
    return json.dumps(dataclasses.asdict(plan), ensure_ascii=False, sort_keys=True, default=str)


def _bounded_caches() -> dict[str, object]:
    """Every function of ``kechuang.extract`` with a bounded cache (``functools.lru_cache(maxsize=N)``)."""
    found: dict[str, object] = {}
    for info in pkgutil.walk_packages(extract_package.__path__, "kechuang.extract."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            info_of = getattr(value, "cache_info", None)
            if info_of is not None and getattr(value, "__module__", None) == module.__name__ \
                    and info_of().maxsize is not None:
                found[f"{module.__name__}.{name}"] = value
    return found


def test_the_readers_caches_of_a_document_are_emptied_with_its_lines():
    passages = _dev_passages(12)
    assert len(passages) == 12
    for p in passages:
        _plan(p)
    caches = _bounded_caches()
    # the per-sentence readers the review named are among them
    for name in ("targets.not_targets._commits_at", "targets.base_clauses._base_spans", "targets.since._since",
                 "targets.recognitions._announced_at", "targets.grid._value", "targets.goal_tables._value"):
        assert f"kechuang.extract.{name}" in caches, name
    assert any(cache.cache_info().currsize for cache in caches.values())  # the passages were read through them
    forget_lines()
    kept = sorted(name for name, cache in caches.items() if cache.cache_info().currsize)
    assert kept == []


@pytest.mark.parametrize("pair", [(0, 1), (2, 3), (4, 5)])
def test_two_documents_in_a_row_read_as_each_alone(pair):
    passages = _dev_passages(6)
    first, second = (passages[k] for k in pair)
    forget_lines()
    alone = _plan(second)
    _plan(first)
    after = _plan(second)  # (the second again, after the first: its sentences read with the first's gone)
    assert after == alone
    forget_lines()
    assert _plan(first) == _plan(first)
