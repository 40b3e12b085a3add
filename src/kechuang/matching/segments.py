"""The BM25 segments of a ``MatchIndex``: a large main segment (bm25s, built at once over many records) and a
small delta segment of the records added since, searched together.

Scores are comparable across segments because the delta is scored with the **main segment's statistics**: the
main segment's document count and average length per field, its IDF for every term it knows (a term only the
delta has gets the IDF of its delta document frequency over the main segment's count), and bm25s's own formula
(Lucene variant: ``idf · tf / (tf + k1 · (1 − b + b · len / avglen))``). A main-segment record scores exactly as
before; a delta record scores as it would in a main segment of the same statistics. The difference from a fresh
build is only that the statistics do not yet count the delta (and still count removed records): with a delta of
10 % the evaluation set's figures are those of a fresh build (``tests/matching/test_segments.py``). A merge
(``MatchIndex.merge``) folds the delta into a new main segment.

The delta keeps postings (term → delta slots and their tf components) and grows by appending: adding a record
costs its own tokens only, never a pass over the main segment.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

EMPTY = "\u2400"  # bm25s needs a token in every document: an empty field holds this one


def field_tokens(tokens: dict[str, list[str]], name: str) -> list[str]:
    return tokens.get(name) or [EMPTY]


def lucene_idf(df: int, n: int) -> float:
    """bm25s's IDF (``scoring._score_idf_lucene``)."""
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


@dataclass
class FieldStats:
    """What the main segment's BM25 of one field scores with."""

    n_docs: int
    avg_len: float
    k1: float
    b: float


@dataclass
class Delta:
    """The records added since the main segment was built (``slots`` are their positions in the index)."""

    stats: dict[str, FieldStats]
    postings: dict[str, dict[str, tuple[list[int], list[float]]]] = field(default_factory=dict)
    size: int = 0

    def add(self, slot: int, tokens: dict[str, list[str]]) -> None:
        for name, st in self.stats.items():
            words = field_tokens(tokens, name)
            norm = st.k1 * (1 - st.b + st.b * len(words) / st.avg_len)
            post = self.postings.setdefault(name, {})
            for term, tf in Counter(words).items():
                slots, tfcs = post.get(term) or post.setdefault(term, ([], []))
                slots.append(slot)
                tfcs.append(tf / (tf + norm))
        self.size += 1

    def add_scores(self, total: np.ndarray, name: str, terms: list[str], weight: float, retriever) -> None:
        """Add ``weight`` × the BM25 score of ``terms`` (a query's tokens of field ``name``, repeats counted as
        bm25s counts them) to the delta's slots of ``total``."""
        post = self.postings.get(name, {})
        if not post:
            return
        n = self.stats[name].n_docs
        indptr, vocab = retriever.scores["indptr"], retriever.vocab_dict
        for term, repeat in Counter(terms).items():
            found = post.get(term)
            if found is None:
                continue
            tid = vocab.get(term)
            df = int(indptr[tid + 1] - indptr[tid]) if tid is not None else len(found[0])
            tfcs = np.asarray(found[1], dtype=np.float32)  # read first: a write in another thread appends slot, then tf
            slots = np.asarray(found[0][:len(tfcs)], dtype=np.int64)
            if len(slots) and slots[-1] >= len(total):  # added after this search sized its scores
                keep = slots < len(total)
                slots, tfcs = slots[keep], tfcs[keep]
            total[slots] += np.float32(weight * repeat * lucene_idf(df, n)) * tfcs


def query_weights(terms: list[str], idf) -> dict[str, float]:
    """A query's ``terms`` of one field as term → repeats × IDF (``idf(term)`` None: a term no segment holds)."""
    out = {}
    for term, repeat in Counter(terms).items():
        weight = idf(term)
        if weight is not None:
            out[term] = repeat * weight
    return out


def record_score(weights: dict[str, float], words: list[str], st: FieldStats) -> float:
    """One record's BM25 score of a field from its own ``words``, for a query's ``query_weights``: bm25s's Lucene
    formula with the main segment's statistics ``st``, as ``Delta.add_scores`` scores a delta record and bm25s a
    main one."""
    if not weights:
        return 0.0
    norm = st.k1 * (1 - st.b + st.b * len(words) / st.avg_len)
    total = 0.0
    for term, tf in Counter(words).items():
        weight = weights.get(term)
        if weight is not None:
            total += weight * tf / (tf + norm)
    return total


def main_stats(retrievers: dict, tokens: list[dict[str, list[str]]]) -> dict[str, FieldStats]:
    """The statistics of a main segment built by bm25s over ``tokens``."""
    out = {}
    for name, retriever in retrievers.items():
        n = len(tokens)
        avg = sum(len(field_tokens(t, name)) for t in tokens) / n if n else 1.0
        out[name] = FieldStats(n, avg or 1.0, float(retriever.k1), float(retriever.b))
    return out
