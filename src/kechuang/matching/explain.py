"""Why two texts match: shared terms, and the passages (character offsets in the original text) that matched."""

from __future__ import annotations

from dataclasses import dataclass, field

from kechuang.matching.text import fold_aligned, stop_words

MIN_PASSAGE = 2  # shortest common stretch shown as a passage (characters)
MAX_PASSAGE_TEXT = 5_000  # passages are looked for in the first 5,000 characters of each side (bounded time)


@dataclass
class Explanation:
    score: float
    shared_terms: list[str] = field(default_factory=list)
    fields_agreed: list[str] = field(default_factory=list)  # record fields whose text or labels agreed
    passages: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # field → [(start, end)] in the record
    parts: dict[str, float] = field(default_factory=dict)  # the score's components
    notes: list[str] = field(default_factory=list)  # Chinese sentences for the user

    def to_dict(self) -> dict:
        return {"score": round(self.score, 4), "shared_terms": self.shared_terms,
                "fields_agreed": self.fields_agreed,
                "passages": {k: [list(p) for p in v] for k, v in self.passages.items()},
                "parts": {k: round(v, 4) for k, v in self.parts.items()}, "notes": self.notes}


def common_passages(query: str, text: str, min_len: int = MIN_PASSAGE) -> list[tuple[int, int]]:
    """Maximal stretches of ``text`` (folded, offsets of the original) that also occur in ``query``.

    Greedy left to right: at each position the longest stretch found in the query is taken; stretches made
    only of stop words are dropped. Bounded: both sides are cut at ``MAX_PASSAGE_TEXT`` characters.
    """
    q, t = fold_aligned(query[:MAX_PASSAGE_TEXT]), fold_aligned(text[:MAX_PASSAGE_TEXT])
    stops = stop_words()
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(t):
        j = i + min_len
        if j > len(t) or t[i:j] not in q or not t[i:j].strip():
            i += 1
            continue
        while j < len(t) and t[i:j + 1] in q:
            j += 1
        piece = t[i:j].strip()
        if piece and piece not in stops:
            spans.append((i, j))
        i = j
    return spans


def shared_terms(query_tokens: list[str], doc_tokens: list[str]) -> list[str]:
    seen, doc = [], set(doc_tokens)
    for tok in query_tokens:
        if tok in doc and tok not in seen:
            seen.append(tok)
    return seen
