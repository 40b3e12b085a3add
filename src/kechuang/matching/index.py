"""BM25 (bm25s) over a record's title, summary and fields, plus character bigrams of the title for short titles.

One bm25s index per field; a query's score is the weighted sum of the fields' BM25 scores
(``FIELD_WEIGHTS``). Every hit is explained (shared terms, fields that agreed, matched passages).

Updates are segments, as search engines do them (``segments.py``): the first search builds the **main segment**
(bm25s over every record); ``add`` appends records to a small **delta segment** scored with the main segment's
statistics, ``remove`` masks records (their slots stay until a merge). A search scores both segments and zeroes
the removed slots, so a write costs the next search milliseconds, not a rebuild (100,000 records: 7–10 s). The
delta is **merged** (a new main segment over the live records, from the tokens kept in memory, no re-segmentation)
when delta and removals pass ``merge_limit`` or when ``merge`` is called (the web store's background rebuild).
Positions (``slots[i]``, ``scores()[i]``) are slots: valid until the next merge; ``position(id)`` finds one.
``save``/``load`` write a directory (the live records JSON lines + tokens), so a saved index loads without
running jieba again (merged on load).
"""

from __future__ import annotations

import functools
import gzip
import json
import threading
from dataclasses import dataclass
from pathlib import Path
from sys import intern

import numpy as np

from kechuang.errors import KechuangError
from kechuang.matching.concepts import concepts
from kechuang.matching.explain import Explanation, common_passages, shared_terms
from kechuang.matching.records import Record
from kechuang.matching.segments import Delta, field_tokens, lucene_idf, main_stats, query_weights, record_score
from kechuang.matching.text import char_ngrams, fold, query_tokens, tokenize

FIELD_WEIGHTS = {"title": 1.0, "summary": 1.0, "fields": 0.7, "title_bigrams": 2.0,
                 "concepts": 4.0}  # tuned on the dev split (docs/matching.md)
FORMAT = "kechuang.match-index/1"
DELTA_MIN, DELTA_MAX = 100, 5_000  # merge past max(DELTA_MIN, 10 % of the main segment), at most DELTA_MAX


def merge_limit(main_size: int) -> int:
    """Delta records plus removed records past which a write merges at once: 10 % of the main segment (its
    statistics still describe the whole), at least ``DELTA_MIN`` (a merge of a small index is cheap), at most
    ``DELTA_MAX`` (the delta's postings are Python lists: past a few thousand records a query feels them)."""
    return min(DELTA_MAX, max(DELTA_MIN, main_size // 10))


def _bigram_tokens(text: str, *, folded: bool = False) -> list[str]:
    """Character bigrams and single characters of a title: short titles and words jieba cut differently
    (养猪 / 母猪) still meet."""
    return sorted(char_ngrams(text, 2, folded=folded) | char_ngrams(text, 1, folded=folded))


def record_tokens(rec: Record) -> dict[str, list[str]]:
    """Tokens per field: jieba words for the title and fields, character bigrams for the summary (jieba on
    every summary would dominate the build; bigrams serve BM25 on Chinese as well, see docs/matching.md)."""
    title = fold(rec.title)
    toks = {"title": tokenize(title, folded=True), "summary": sorted(char_ngrams(rec.summary, 2)),
            "fields": tokenize(" ".join(rec.fields)), "title_bigrams": _bigram_tokens(title, folded=True),
            "concepts": concepts(title + " " + fold(" ".join(rec.fields)), folded=True)}
    return {name: [intern(t) for t in words] for name, words in toks.items()}  # one str per distinct token


def text_query_tokens(text: str) -> dict[str, list[str]]:
    words = query_tokens(text)
    folded = fold(text)
    return {"title": words, "summary": sorted(char_ngrams(folded, 2, folded=True)), "fields": words,
            "title_bigrams": _bigram_tokens(folded, folded=True), "concepts": concepts(folded, folded=True)}


def dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


@dataclass
class Match:
    record: Record
    score: float
    explanation: Explanation

    def to_dict(self) -> dict:
        return {"id": self.record.id, "title": self.record.title, "score": round(self.score, 4),
                "explanation": self.explanation.to_dict()}


def _locked(method):
    """Run under the index's lock: the web store writes (its catch-up) while other threads of the worker search;
    a merge in place renumbers the slots a search reads."""

    @functools.wraps(method)
    def run(self, *args, **kwargs):
        with self.lock:
            return method(self, *args, **kwargs)

    return run


class MatchIndex:
    def __init__(self, records: list[Record] | None = None, *, weights: dict[str, float] | None = None) -> None:
        self.weights = dict(weights or FIELD_WEIGHTS)
        self.slots: list[Record] = []  # the main segment's records, then the delta's (removed ones until a merge)
        self.tokens: list[dict[str, list[str]]] = []
        self._retrievers: dict = {}
        self._stale = True  # no main segment yet: the next search merges
        self._main = 0  # slots [0, _main) are the main segment's
        self._delta: Delta | None = None
        self._dead: set[int] = set()  # removed slots
        self._pos: dict[str, int] = {}  # live record id → slot
        self._stats = None  # the main segment's statistics (segments.FieldStats per field)
        self._merges = 0
        self.lock = threading.RLock()  # searches and writes of threads sharing the index take turns
        if records:
            self.add(records)

    def __len__(self) -> int:
        return len(self.slots) - len(self._dead)

    @property
    def records(self) -> list[Record]:
        """The live records (a new list; positions are ``slots``)."""
        return [self.slots[i] for i in self.live()] if self._dead else list(self.slots)

    def __setstate__(self, state: dict) -> None:
        """Unpickled: the BM25 arrays get numpy's own dtype objects back. An unpickled array's dtype is an equal
        copy, and ``np.add.at`` (bm25s scoring) takes its slow path for it: ~10x slower a query (measured).
        An index pickled before the segments existed has its main segment over every record."""
        state["lock"] = threading.RLock()
        if "records" in state:  # pickled before the segments existed
            state["slots"] = state.pop("records")
        self.__dict__.update(state)
        for retriever in self._retrievers.values():
            arrays = {k: v for k, v in retriever.scores.items() if isinstance(v, np.ndarray)}
            retriever.scores.update({k: v.view(np.dtype(v.dtype.name)) for k, v in arrays.items()})
            if getattr(retriever, "nonoccurrence_array", None) is not None:
                arr = retriever.nonoccurrence_array
                retriever.nonoccurrence_array = arr.view(np.dtype(arr.dtype.name))
        if "_main" not in state:
            self._main = 0 if self._stale else len(self.slots)
            self._delta, self._dead = None, set()
            self._pos = {rec.id: i for i, rec in enumerate(self.slots)}

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("lock", None)
        return state

    # -- building -------------------------------------------------------------------------------------
    @_locked
    def add(self, records: list[Record], tokens: list[dict[str, list[str]]] | None = None) -> None:
        """Append records (to the delta segment once a main segment exists); a record whose id the index holds
        replaces it."""
        tokens = tokens if tokens is not None else [record_tokens(r) for r in records]
        for rec, tok in zip(records, tokens, strict=True):
            slot = len(self.slots)
            old = self._pos.get(rec.id)
            if old is not None:
                self._dead.add(old)
            self.slots.append(rec)
            self.tokens.append(tok)
            self._pos[rec.id] = slot
            if not self._stale:
                if self._delta is None:
                    self._delta = Delta(self._main_stats())
                self._delta.add(slot, tok)
        self._merge_if_large()

    @_locked
    def remove(self, ids) -> None:
        """Drop the records of these ids (a changed record is removed, then added again with its new text)."""
        for key in set(ids):
            slot = self._pos.pop(key, None)
            if slot is not None:
                self._dead.add(slot)
        self._merge_if_large()

    def position(self, record_id: str) -> int | None:
        """The slot of a live record (valid until the next merge)."""
        return self._pos.get(record_id)

    def live(self) -> list[int]:
        return sorted(self._pos.values())

    @property
    def pending(self) -> int:
        """Delta records plus removed records: what a merge would fold in."""
        return len(self.slots) - self._main + len(self._dead)

    @property
    def merge_due(self) -> bool:
        """The delta and the removed records reached half the merge limit: time for a merge in the background."""
        return not self._stale and self.pending >= max(1, merge_limit(self._main) // 2)

    def _merge_if_large(self) -> None:
        if not self._stale and self.pending > merge_limit(self._main):
            self.merge()

    @_locked
    def merge(self) -> None:
        """A new main segment over the live records (removed slots dropped, positions renumbered), no delta."""
        import bm25s

        keep = self.live()
        if len(keep) < len(self.slots):
            self.slots = [self.slots[i] for i in keep]
            self.tokens = [self.tokens[i] for i in keep]
            self._pos = {rec.id: i for i, rec in enumerate(self.slots)}
        self._retrievers = {}
        for name in self.weights:
            retriever = bm25s.BM25()
            retriever.index([field_tokens(t, name) for t in self.tokens], show_progress=False)
            self._retrievers[name] = retriever
        self._main, self._delta, self._dead, self._stale = len(self.slots), None, set(), False
        self._merges = getattr(self, "_merges", 0) + 1
        self._stats = main_stats(self._retrievers, self.tokens)

    def _main_stats(self):
        if getattr(self, "_stats", None) is None:  # pickled before the segments existed
            self._stats = main_stats(self._retrievers, self.tokens[:self._main])
        return self._stats

    _build = merge  # the name callers used before the segments

    # -- merging in the background: build from a snapshot, then replay what changed meanwhile ------------------
    @_locked
    def merge_plan(self) -> tuple[int, frozenset[int], int]:
        """What a background merge starts from: the slot count, the removed slots and the merges so far."""
        return len(self.slots), frozenset(self._dead), self._merges

    def merged(self, plan: tuple[int, frozenset[int], int]) -> MatchIndex:
        """A new index, one main segment over the live records of ``plan``; this one is only read (searches and
        writes may go on meanwhile, e.g. in another thread)."""
        count, dead, merges = plan
        new = MatchIndex(weights=self.weights)
        with self.lock:  # a copy of the plan's records (milliseconds); the build below runs without the lock
            if merges != self._merges:
                return new  # merged meanwhile: ``replay_onto`` says so
            keep = [i for i in range(count) if i not in dead]
            records, tokens = [self.slots[i] for i in keep], [self.tokens[i] for i in keep]
        new.add(records, tokens)
        new.merge()
        return new

    @_locked
    def replay_onto(self, new: MatchIndex, plan: tuple[int, frozenset[int], int]) -> bool:
        """Give ``new`` (``merged(plan)``) the writes made here since ``plan``: records added (to its delta) and
        records removed (call with writes stopped). False when this index merged meanwhile (``new`` is of no use:
        its slots no longer follow)."""
        count, dead, merges = plan
        if merges != self._merges:
            return False
        removed = {self.slots[i].id for i in self._dead - dead if i < count}
        removed = {key for key in removed if key not in self._pos}  # a replaced record comes back below
        later = [i for i in range(count, len(self.slots)) if i not in self._dead]
        new.add([self.slots[i] for i in later], [self.tokens[i] for i in later])
        new.remove(removed)
        return True

    @_locked
    def scores(self, tokens: dict[str, list[str]], only: tuple[str, ...] = ()) -> np.ndarray:
        """Weighted BM25 score of every slot for a query's tokens per field (``only`` those fields); a removed
        slot scores 0."""
        if self._stale:
            self.merge()
        total = np.zeros(len(self.slots), dtype=np.float32)
        if not self._main:
            return total
        for name, weight in self.weights.items():
            if (only and name not in only) or not weight:
                continue
            retriever = self._retrievers[name]
            terms = tokens.get(name, [])
            toks = [t for t in terms if t in retriever.vocab_dict]
            if toks:
                total[:self._main] += weight * retriever.get_scores(toks)
            if self._delta is not None and terms:
                self._delta.add_scores(total, name, terms, weight, retriever)
        if self._dead:
            dead = np.fromiter(list(self._dead), dtype=np.int64)  # list(): one copy, safe from a writing thread
            total[dead[dead < len(total)]] = 0.0
        return total

    @_locked
    def scores_of(self, query: Record, ids) -> dict[str, float]:
        """The scores ``scores`` gives these records (live ones, by id) for a record as query, computed from their own
        tokens alone: what a stored result needs for the few records written since it (not a pass over every
        record). The main segment's statistics and IDF (a term only the delta holds: its delta frequency), the
        formula the delta scores with (``segments.record_score``)."""
        if self._stale:
            self.merge()
        qtok, stats, out = record_tokens(query), self._main_stats(), {}
        terms = {name: query_weights(qtok.get(name, []), self._idf(name)) for name, w in self.weights.items() if w}
        for key in ids:
            slot = self._pos.get(key)
            if slot is None or not self._main:
                continue
            out[key] = sum(self.weights[name] * record_score(weights, field_tokens(self.tokens[slot], name),
                                                             stats[name])
                           for name, weights in terms.items())
        return out

    def _idf(self, name: str):
        retriever, n = self._retrievers[name], self._main_stats()[name].n_docs
        indptr, vocab = retriever.scores["indptr"], retriever.vocab_dict
        postings = self._delta.postings.get(name, {}) if self._delta is not None else {}

        def idf(term: str) -> float | None:
            tid = vocab.get(term)
            df = int(indptr[tid + 1] - indptr[tid]) if tid is not None else len(postings.get(term, ((),))[0])
            return lucene_idf(df, n) if df else None

        return idf

    # -- querying -------------------------------------------------------------------------------------
    @_locked
    def search(self, query: str | Record, k: int = 10, *, exclude: str | None = None) -> list[Match]:
        """The ``k`` best records for a free-text query or for a record (its title, summary and fields)."""
        if not len(self):
            return []
        if isinstance(query, Record):
            qtok = record_tokens(query)
            qrec = query
        else:
            qtok = text_query_tokens(query)
            qrec = Record(id="", title=query)
        total = self.scores(qtok)
        k = min(k + (1 if exclude else 0), len(total))
        top = np.argpartition(-total, k - 1)[:k]
        top = top[np.argsort(-total[top], kind="stable")]
        out = []
        for i in top:
            rec = self.slots[int(i)]
            if total[i] <= 0 or rec.id == exclude:
                continue
            out.append(Match(rec, float(total[i]), self.explain(qrec, qtok, int(i), float(total[i]))))
        return out[:k - (1 if exclude else 0)] if exclude else out

    def explain(self, query: Record, qtok: dict[str, list[str]], i: int, score: float) -> Explanation:
        rec, dtok = self.slots[i], self.tokens[i]
        exp = Explanation(score=score)
        exp.shared_terms = shared_terms(qtok["title"] + qtok["fields"], dtok["title"] + dtok["fields"])
        exp.parts["title_char_dice"] = dice(set(qtok["title_bigrams"]), set(dtok["title_bigrams"]))
        qtext = f"{query.title}\n{query.summary}"
        for name in ("title", "summary"):
            spans = common_passages(qtext, getattr(rec, name))
            if spans:
                exp.passages[name] = spans
                exp.fields_agreed.append(name)
        if set(query.fields) & set(rec.fields):
            exp.fields_agreed.append("fields")
        if exp.shared_terms:
            exp.notes.append("共同词语:" + "、".join(exp.shared_terms[:10]))
        return exp

    # -- persistence ----------------------------------------------------------------------------------
    def save(self, directory: str | Path) -> None:
        path = Path(directory)
        path.mkdir(parents=True, exist_ok=True)
        with gzip.open(path / "records.jsonl.gz", "wt", encoding="utf-8") as fh:
            for i in self.live():
                rec, tok = self.slots[i], self.tokens[i]
                fh.write(json.dumps({"record": rec.to_dict(), "tokens": tok}, ensure_ascii=False) + "\n")
        (path / "index.json").write_text(json.dumps({"format": FORMAT, "weights": self.weights,
                                                     "count": len(self)}), "utf-8")

    @classmethod
    def load(cls, directory: str | Path) -> MatchIndex:
        path = Path(directory)
        try:
            meta = json.loads((path / "index.json").read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise KechuangError("KC-MATCH-INDEX", f"无法读取匹配索引:{exc}", file=str(path)) from exc
        if meta.get("format") != FORMAT:
            raise KechuangError("KC-MATCH-INDEX", "匹配索引格式不符,请重新建立索引。", file=str(path))
        index = cls(weights=meta["weights"])
        recs, toks = [], []
        with gzip.open(path / "records.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                recs.append(Record.from_dict(row["record"]))
                toks.append(row["tokens"])
        index.add(recs, toks)
        return index
