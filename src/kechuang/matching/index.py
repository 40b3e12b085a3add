"""BM25 (bm25s) over a record's title, summary and fields, plus character bigrams of the title for short titles.

One bm25s index per field; a query's score is the weighted sum of the fields' BM25 scores
(``FIELD_WEIGHTS``). Every hit is explained (shared terms, fields that agreed, matched passages).

Updates: ``add`` appends records (``remove`` drops some) and marks the BM25 part stale; the next search
rebuilds it from the tokens kept in memory (no re-segmentation; 100,000 records re-index in a few seconds, see
docs/benchmarks.md). ``save``/``load`` write a directory (records JSON lines + tokens), so a saved index
loads without running jieba again.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path
from sys import intern

import numpy as np

from kechuang.errors import KechuangError
from kechuang.matching.concepts import concepts
from kechuang.matching.explain import Explanation, common_passages, shared_terms
from kechuang.matching.records import Record
from kechuang.matching.text import char_ngrams, fold, query_tokens, tokenize

FIELD_WEIGHTS = {"title": 1.0, "summary": 1.0, "fields": 0.7, "title_bigrams": 2.0,
                 "concepts": 4.0}  # tuned on the dev split (docs/matching.md)
FORMAT = "kechuang.match-index/1"


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


class MatchIndex:
    def __init__(self, records: list[Record] | None = None, *, weights: dict[str, float] | None = None) -> None:
        self.weights = dict(weights or FIELD_WEIGHTS)
        self.records: list[Record] = []
        self.tokens: list[dict[str, list[str]]] = []
        self._retrievers: dict = {}
        self._stale = True
        if records:
            self.add(records)

    def __len__(self) -> int:
        return len(self.records)

    def __setstate__(self, state: dict) -> None:
        """Unpickled: the BM25 arrays get numpy's own dtype objects back. An unpickled array's dtype is an equal
        copy, and ``np.add.at`` (bm25s scoring) takes its slow path for it: ~10x slower a query (measured)."""
        self.__dict__.update(state)
        for retriever in self._retrievers.values():
            arrays = {k: v for k, v in retriever.scores.items() if isinstance(v, np.ndarray)}
            retriever.scores.update({k: v.view(np.dtype(v.dtype.name)) for k, v in arrays.items()})
            if getattr(retriever, "nonoccurrence_array", None) is not None:
                arr = retriever.nonoccurrence_array
                retriever.nonoccurrence_array = arr.view(np.dtype(arr.dtype.name))

    # -- building -------------------------------------------------------------------------------------
    def add(self, records: list[Record], tokens: list[dict[str, list[str]]] | None = None) -> None:
        self.records.extend(records)
        self.tokens.extend(tokens if tokens is not None else [record_tokens(r) for r in records])
        self._stale = True

    def remove(self, ids) -> None:
        """Drop the records of these ids (a changed record is removed, then added again with its new text)."""
        ids = set(ids)
        keep = [i for i, rec in enumerate(self.records) if rec.id not in ids]
        if len(keep) < len(self.records):
            self.records = [self.records[i] for i in keep]
            self.tokens = [self.tokens[i] for i in keep]
            self._stale = True

    def _build(self) -> None:
        import bm25s

        self._retrievers = {}
        for name in self.weights:
            # bm25s needs a token in every document; an index saved before a field existed has none for it
            corpus = [t.get(name) or ["\u2400"] for t in self.tokens]
            retriever = bm25s.BM25()
            retriever.index(corpus, show_progress=False)
            self._retrievers[name] = retriever
        self._stale = False

    def scores(self, tokens: dict[str, list[str]], only: tuple[str, ...] = ()) -> np.ndarray:
        """Weighted BM25 score of every record for a query's tokens per field (``only`` those fields)."""
        if self._stale:
            self._build()
        total = np.zeros(len(self.records), dtype=np.float32)
        for name, weight in self.weights.items():
            if only and name not in only:
                continue
            toks = [t for t in tokens.get(name, []) if t in self._retrievers[name].vocab_dict]
            if toks and weight:
                total += weight * self._retrievers[name].get_scores(toks)
        return total

    # -- querying -------------------------------------------------------------------------------------
    def search(self, query: str | Record, k: int = 10, *, exclude: str | None = None) -> list[Match]:
        """The ``k`` best records for a free-text query or for a record (its title, summary and fields)."""
        if not self.records:
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
            rec = self.records[int(i)]
            if total[i] <= 0 or rec.id == exclude:
                continue
            out.append(Match(rec, float(total[i]), self.explain(qrec, qtok, int(i), float(total[i]))))
        return out[:k - (1 if exclude else 0)] if exclude else out

    def explain(self, query: Record, qtok: dict[str, list[str]], i: int, score: float) -> Explanation:
        rec, dtok = self.records[i], self.tokens[i]
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
            for rec, tok in zip(self.records, self.tokens, strict=True):
                fh.write(json.dumps({"record": rec.to_dict(), "tokens": tok}, ensure_ascii=False) + "\n")
        (path / "index.json").write_text(json.dumps({"format": FORMAT, "weights": self.weights,
                                                     "count": len(self.records)}), "utf-8")

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
