"""The real-text evaluation set (``tests/fixtures/matching``): records from public pages, hand-annotated pairs.

``records.tsv``: id, kind (project / achievement / demand), year, applicant, title, source address, summary
(where the page gave one).
``pairs.tsv``: a, b, label (duplicate / related / unrelated for projects and achievements; answers /
not_answers for a demand and an achievement), why. A pair falls on the validation split when either record's
source does (``kechuang.extract.corpus.split_of``), else on dev: weights and thresholds are tuned on dev only.

Measures:
- duplicate check, end to end: every record of the split is checked against all the others; a reported suspect
  (score ≥ threshold) that is an annotated duplicate is a true positive, an annotated related/unrelated pair a
  false positive (unannotated suspects are counted apart); recall is over the annotated duplicates.
- matching precision@5: for every record with annotated positives (duplicate/related, or answers), the share of
  its positives in the top five of a search over all other records, capped by the number of positives
  (``hits / min(5, positives)``), averaged over queries.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kechuang.extract.corpus import split_of
from kechuang.matching.duplicates import DuplicateIndex
from kechuang.matching.index import MatchIndex
from kechuang.matching.records import Record

POSITIVE = {"duplicate", "related", "answers"}


@dataclass
class EvalSet:
    records: dict[str, Record]
    sources: dict[str, str]
    pairs: list[tuple[str, str, str]]  # a, b, label

    def split_of_pair(self, a: str, b: str) -> str:
        splits = {split_of(self.sources[a]), split_of(self.sources[b])}
        return "validation" if "validation" in splits else "dev"

    def pairs_in(self, split: str) -> list[tuple[str, str, str]]:
        return [p for p in self.pairs if self.split_of_pair(p[0], p[1]) == split]


@dataclass
class Figures:
    split: str
    pairs: int = 0
    duplicates: int = 0
    dup_found: int = 0
    dup_false: int = 0
    unannotated_suspects: int = 0
    queries: int = 0
    precision_at_5: float = 0.0
    negatives_in_top5: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def dup_recall(self) -> float:
        return self.dup_found / self.duplicates if self.duplicates else 1.0

    @property
    def dup_precision(self) -> float:
        flagged = self.dup_found + self.dup_false
        return self.dup_found / flagged if flagged else 1.0


def load(directory: Path) -> EvalSet:
    with (directory / "records.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    records = {r["id"]: Record(id=r["id"], title=r["title"], summary=r.get("summary") or "", applicant=r["applicant"],
                               year=int(r["year"]) if r["year"] else None, extra={"kind": r["kind"]})
               for r in rows}
    sources = {r["id"]: r["source"] for r in rows}
    with (directory / "pairs.tsv").open(encoding="utf-8") as fh:
        pairs = [(p["a"], p["b"], p["label"]) for p in csv.DictReader(fh, delimiter="\t")]
    for a, b, label in pairs:
        if a not in records or b not in records:
            raise ValueError(f"pairs.tsv: unknown record in pair {a}–{b}")
        if label not in POSITIVE | {"unrelated", "not_answers"}:
            raise ValueError(f"pairs.tsv: unknown label {label!r} for {a}–{b}")
    return EvalSet(records, sources, pairs)


def evaluate(es: EvalSet, split: str, *, threshold: float | None = None,
             make: Callable[[list[Record]], DuplicateIndex] | None = None) -> Figures:
    """The split's figures, with the index ``make`` builds from the set's library records (default: a fresh
    ``DuplicateIndex``; the segment tests build one from a main segment, a delta and removals)."""
    fig = Figures(split=split)
    pairs = es.pairs_in(split)
    fig.pairs = len(pairs)
    labels = {frozenset((a, b)): label for a, b, label in pairs}
    libs = [r for r in es.records.values() if r.extra["kind"] != "demand"]
    if make is not None:
        dup = make(libs)
    else:
        dup = DuplicateIndex(libs) if threshold is None else DuplicateIndex(libs, threshold=threshold)
    fig.duplicates = sum(1 for label in labels.values() if label == "duplicate")
    found: set[frozenset] = set()
    members = {x for a, b, _ in pairs for x in (a, b) if es.records[x].extra["kind"] != "demand"}
    for rid in sorted(members):
        for s in dup.suspects(es.records[rid]):
            key = frozenset((rid, s.record.id))
            label = labels.get(key)
            if key in found:
                continue
            found.add(key)
            if label == "duplicate":
                fig.dup_found += 1
            elif label is None:
                fig.unannotated_suspects += 1
            else:
                fig.dup_false += 1
                fig.misses.append(f"false duplicate {rid}–{s.record.id} ({label}, {s.score:.2f})")
    fig.misses += [f"missed duplicate {'–'.join(sorted(k))}" for k, v in labels.items()
                   if v == "duplicate" and k not in found]
    _precision_at_5(es, pairs, fig, dup.index)
    return fig


def _precision_at_5(es: EvalSet, pairs: list[tuple[str, str, str]], fig: Figures, index: MatchIndex) -> None:
    positives: dict[str, set[str]] = {}
    negatives: dict[str, set[str]] = {}
    for a, b, label in pairs:
        target = positives if label in POSITIVE else negatives
        target.setdefault(a, set()).add(b)
        if es.records[a].extra["kind"] != "demand":  # project pairs are symmetric; a demand is the query only
            target.setdefault(b, set()).add(a)
    total = 0.0
    for qid, pos in sorted(positives.items()):
        top = [m.record.id for m in index.search(es.records[qid], k=5, exclude=qid)]
        hits = len(pos & set(top))
        total += hits / min(5, len(pos))
        fig.negatives_in_top5 += len(negatives.get(qid, set()) & set(top))
        if hits < min(5, len(pos)):
            fig.misses.append(f"p@5 {qid}: {hits}/{min(5, len(pos))} (top: {' '.join(top)})")
    fig.queries = len(positives)
    fig.precision_at_5 = total / fig.queries if fig.queries else 0.0
