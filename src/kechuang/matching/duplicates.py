"""The duplicate check (重复立项): near-duplicates by MinHash/LSH (datasketch) and BM25, scored and explained.

Candidates for a new project are the union of the LSH bucket mates of its character-trigram MinHash and the
BM25 top ``BM25_CANDIDATES``. Each candidate is scored

    score = TITLE · dice(title bigrams) + CONTENT · Jaccard(trigrams of title + summary) + applicant boost

(Jaccard computed exactly on the candidates; MinHash only finds them). ``same`` applicant adds
``BOOST_SAME``, a ``related`` one ``BOOST_RELATED`` (see ``records.applicant_relation``). Above
``threshold`` a pair is a suspect duplicate that the bureau must confirm or dismiss with a reason.
"""

from __future__ import annotations

import zlib

import numpy as np

from kechuang.matching.explain import Explanation, common_passages
from kechuang.matching.index import Match, MatchIndex, dice, record_tokens
from kechuang.matching.records import Record, applicant_relation
from kechuang.matching.text import char_ngrams

NUM_PERM = 32  # 8 bands of 4 rows: candidates only; the score is computed exactly
LSH_THRESHOLD = 0.4
BM25_CANDIDATES = 20
TITLE, CONTENT = 0.6, 0.4
BOOST_SAME, BOOST_RELATED = 0.15, 0.08
THRESHOLD = 0.60  # dev split: midway between the highest non-duplicate (0.35) and the lowest duplicate (0.85)


def shingles(rec: Record) -> set[str]:
    return char_ngrams(f"{rec.title} {rec.summary}", 3)


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


Suspect = Match  # an earlier project, its duplicate score (0–1) and why


def pair_parts(new: Record, old: Record, new_sh: set[str], new_title: set[str]) -> tuple[float, ...]:
    """The exact score of one pair (a pure function of the two records) and its parts."""
    title = dice(new_title, char_ngrams(old.title, 2))  # recomputed: cheaper than 100,000 kept sets
    content = jaccard(new_sh, shingles(old))
    relation = applicant_relation(new.applicant, old.applicant)
    boost = BOOST_SAME if relation == "same" else BOOST_RELATED if relation == "related" else 0.0
    return min(1.0, TITLE * title + CONTENT * content + boost), title, content, boost, relation


def pair_score(new: Record, old: Record, new_sh: set[str] | None = None) -> Explanation:
    """The pair's score explained: its parts, the passages in common, the applicant relation."""
    new_sh = shingles(new) if new_sh is None else new_sh
    score, title, content, boost, relation = pair_parts(new, old, new_sh, char_ngrams(new.title, 2))
    exp = Explanation(score=score, parts={"title_dice": title, "content_jaccard": content, "applicant": boost})
    for name in ("title", "summary"):
        spans = common_passages(f"{new.title}\n{new.summary}", getattr(old, name), min_len=3)
        if spans:
            exp.passages[name] = spans
            exp.fields_agreed.append(name)
    if relation:
        exp.fields_agreed.append("applicant")
        exp.notes.append("申报单位相同" if relation == "same" else "申报单位相关")
    exp.notes.append(f"名称相似度 {title:.0%},内容重合度 {content:.0%}")
    return exp


def scored(new: Record, olds: list[Record], k: int) -> list[Suspect]:
    """The ``k`` best of ``olds`` by exact score (every one scored, none left to candidate generation), explained:
    what the check's candidates would give for them, used on the rows written since a stored check."""
    sh, title = shingles(new), char_ngrams(new.title, 2)
    ranked = sorted(((pair_parts(new, old, sh, title)[0], i, old) for i, old in enumerate(olds) if old.id != new.id),
                    key=lambda t: (-t[0], t[1]))
    return [Suspect(old, score, pair_score(new, old, sh)) for score, _, old in ranked[:k]]


class DuplicateIndex:
    """Past projects, ready for the duplicate check of new ones. ``add`` and ``remove`` are incremental (LSH
    inserts and removals)."""

    def __init__(self, records: list[Record] | None = None, *, threshold: float = THRESHOLD) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.index = MatchIndex()
        self.lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        if records:
            self.add(records)

    def __len__(self) -> int:
        return len(self.index)

    def add(self, records: list[Record]) -> None:
        from datasketch import MinHash

        new = list({r.id: r for r in records if self.index.position(r.id) is None}.values())
        sets = [shingles(r) for r in new]
        hashes = MinHash.bulk([[s.encode("utf-8") for s in sh] for sh in sets], num_perm=NUM_PERM,
                              hashfunc=zlib.crc32)
        with self.lsh.insertion_session() as session:
            for rec, sh, mh in zip(new, sets, hashes, strict=True):
                if sh:
                    session.insert(rec.id, mh)
        self.index.add(new)

    def remove(self, ids) -> None:
        """Drop the records of these ids from the LSH and the BM25 part (masked there until its next merge)."""
        gone = [key for key in dict.fromkeys(ids) if self.index.position(key) is not None]
        if not gone:
            return
        for key in gone:
            if key in self.lsh:  # a record without shingles was never inserted
                self.lsh.remove(key)
        self.index.remove(gone)

    def candidates(self, rec: Record, sh: set[str], index: MatchIndex) -> set[int]:
        """Positions in ``index`` (this one's BM25 part: read once by the caller, as a background merge may
        replace it)."""
        from datasketch import MinHash

        ids: set[int] = set()
        if len(index):  # first: a search may merge the BM25 segments, which renumbers positions
            total = index.scores(record_tokens(rec), only=("title_bigrams", "summary"))
            k = min(BM25_CANDIDATES, len(total))
            top = np.argpartition(-total, k - 1)[:k]
            ids |= {int(i) for i in top if total[i] > 0}
        if sh:
            mh = MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32)
            mh.update_batch([s.encode("utf-8") for s in sh])
            ids |= {pos for key in self.lsh.query(mh) if (pos := index.position(key)) is not None}
        return ids

    def _parts(self, new: Record, old: Record, new_sh: set[str], new_title: set[str]) -> tuple[float, ...]:
        return pair_parts(new, old, new_sh, new_title)

    def pair_score(self, new: Record, old: Record, new_sh: set[str] | None = None) -> Explanation:
        return pair_score(new, old, new_sh)

    def check(self, new: Record, k: int = 5) -> list[Suspect]:
        """The ``k`` most similar earlier projects (any year, any department), best first, explained."""
        sh, title, index = shingles(new), char_ngrams(new.title, 2), self.index
        scored = []
        with index.lock:  # positions hold until the next merge: no write of another thread in between
            for i in self.candidates(new, sh, index):
                old = index.slots[i]
                if old.id != new.id:
                    scored.append((self._parts(new, old, sh, title)[0], i, old))
        scored.sort(key=lambda t: (-t[0], t[1]))
        return [Suspect(old, score, self.pair_score(new, old, sh)) for score, _, old in scored[:k]]

    def suspects(self, new: Record) -> list[Suspect]:
        return [s for s in self.check(new) if s.score >= self.threshold]

    def batch(self, applications: list[Record]) -> list[tuple[str, Suspect]]:
        """Suspect pairs for a whole year's applications: each against the past, then against each other."""
        among = DuplicateIndex(applications, threshold=self.threshold)
        seen, out = set(), []
        for app in applications:
            for s in [*self.suspects(app), *among.suspects(app)]:
                key = tuple(sorted((app.id, s.record.id)))
                if key not in seen:
                    seen.add(key)
                    out.append((app.id, s))
        return out
