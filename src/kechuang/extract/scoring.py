"""Precision, recall and F1 of structured plans against hand-annotated gold plans.

Same definitions as the project's reference scorer (``tools/score_plan.py`` of the shared
material): per part, greedy one-to-one matching in gold order; micro figures add up the counts
of every document. A test checks that both agree, on the seeds and on damaged predictions.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PARTS = ("document", "headings", "assignments", "targets")
DOC_FIELDS = ("title", "doc_number", "issuer", "date", "region", "basis")
_BRACKETS = str.maketrans({"〔": "(", "〕": ")", "[": "(", "]": ")", "【": "(", "】": ")",
                           "「": "(", "」": ")", "﹝": "(", "﹞": ")"})
_PUNCT = re.compile(r"[\s,。;:、,.;:!?!?“”\"'‘’《》]")


def norm(text: Any) -> str:
    return "" if text is None else unicodedata.normalize("NFKC", str(text)).translate(_BRACKETS).strip()


def norm_loose(text: Any) -> str:
    return _PUNCT.sub("", norm(text))


def norm_unit(unit: Any) -> str:
    u = norm_loose(unit)
    return u[1:] if len(u) > 2 and u[0] in "县市区" else u


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)} or ({text} if text else set())


def similar(a: Any, b: Any, threshold: float) -> bool:
    """Containment, or a Dice coefficient of character bigrams at or above ``threshold``."""
    na, nb = norm_loose(a), norm_loose(b)
    if not na or not nb:
        return na == nb
    if na in nb or nb in na:
        return True
    ba, bb = _bigrams(na), _bigrams(nb)
    return 2 * len(ba & bb) / (len(ba) + len(bb)) >= threshold


def norm_path(path: Any) -> str:
    return "/".join(norm_loose(p) for p in norm(path).split("/") if p.strip())


@dataclass
class Counts:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.tp, self.pred, self.gold = self.tp + other.tp, self.pred + other.pred, self.gold + other.gold
        return self

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else (1.0 if self.gold == 0 else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else (1.0 if self.pred == 0 else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "pred": self.pred, "gold": self.gold,
                "p": self.precision, "r": self.recall, "f1": self.f1}


def _greedy(gold: list, pred: list, same: Callable[[Any, Any], bool]) -> int:
    used: set[int] = set()
    for g in gold:
        for j, q in enumerate(pred):
            if j not in used and same(g, q):
                used.add(j)
                break
    return len(used)


def score_document(gold: dict, pred: dict) -> Counts:
    g, q = gold.get("document") or {}, pred.get("document") or {}
    c = Counts()
    for name in DOC_FIELDS:
        gv, qv = g.get(name), q.get(name)
        if name in ("issuer", "basis"):
            gl = [x for x in (gv or []) if norm_loose(x)]
            ql = [x for x in (qv or []) if norm_loose(x)]
            c += Counts(_greedy(gl, ql, lambda a, b: norm_loose(a) == norm_loose(b)), len(ql), len(gl))
        else:
            has_g, has_q = bool(norm_loose(gv)), bool(norm_loose(qv))
            c += Counts(int(has_g and has_q and norm_loose(gv) == norm_loose(qv)), int(has_q), int(has_g))
    return c


def score_headings(gold: dict, pred: dict) -> Counts:
    gl, ql = gold.get("headings") or [], pred.get("headings") or []
    same = lambda a, b: (norm_path(a.get("path")) == norm_path(b.get("path"))
                         and similar(a.get("title", ""), b.get("title", ""), 0.8))
    return Counts(_greedy(gl, ql, same), len(ql), len(gl))


def _assignment_key(a: dict) -> tuple[str, str, str]:
    return norm_path(a.get("path")), norm(a.get("role")), norm_unit(a.get("unit"))


def score_assignments(gold: dict, pred: dict) -> Counts:
    gl = [_assignment_key(a) for a in gold.get("assignments") or []]
    ql = [_assignment_key(a) for a in pred.get("assignments") or []]
    return Counts(_greedy(gl, ql, lambda a, b: a == b), len(ql), len(gl))


def same_value(a: Any, b: Any) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return norm_loose(a).rstrip("类级") == norm_loose(b).rstrip("类级")
    try:
        return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(a)))
    except (TypeError, ValueError):
        return False


_MAGNITUDES = {"万": 1e4, "亿": 1e8}


def magnitude(value: Any, unit: Any) -> tuple[Any, str]:
    """320 万名 and 3200000 名 are the same quantity: a leading 万/亿 of the unit moves into the value."""
    u = norm_loose(unit)
    if len(u) > 1 and u[0] in _MAGNITUDES and not isinstance(value, str):
        try:
            return float(value) * _MAGNITUDES[u[0]], u[1:]
        except (TypeError, ValueError):
            pass
    return value, u


def same_target(g: dict, q: dict) -> bool:
    gv, gu = magnitude(g.get("value"), g.get("unit"))
    qv, qu = magnitude(q.get("value"), q.get("unit"))
    return (norm(g.get("kind")) == norm(q.get("kind"))
            and same_value(gv, qv)
            and gu == qu
            and g.get("year") == q.get("year")
            and similar(g.get("indicator", ""), q.get("indicator", ""), 0.5))


def score_targets(gold: dict, pred: dict) -> Counts:
    gl, ql = gold.get("targets") or [], pred.get("targets") or []
    return Counts(_greedy(gl, ql, same_target), len(ql), len(gl))


SCORERS: dict[str, Callable[[dict, dict], Counts]] = {
    "document": score_document, "headings": score_headings,
    "assignments": score_assignments, "targets": score_targets}


@dataclass
class Report:
    micro: dict[str, Counts]
    documents: dict[str, dict[str, Counts]]

    def to_dict(self) -> dict[str, Any]:
        return {"micro": {k: v.to_dict() for k, v in self.micro.items()},
                "documents": {n: {k: v.to_dict() for k, v in d.items()} for n, d in self.documents.items()}}


def score_pair(gold: dict, pred: dict, parts: tuple[str, ...] = PARTS) -> dict[str, Counts]:
    return {part: SCORERS[part](gold, pred) for part in parts}


def _load(path: Path) -> dict:
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    return data if isinstance(data, dict) else {}


def pairs(gold: Path, pred: Path) -> Iterator[tuple[str, dict, dict]]:
    """(name, gold, prediction) pairs: two files, or two folders paired by file name."""
    if gold.is_file():
        yield gold.stem, _load(gold), (_load(pred) if pred.exists() else {})
        return
    for g in sorted(gold.glob("*.json")):
        p = pred / g.name
        yield g.stem, _load(g), (_load(p) if p.exists() else {})


def score_paths(gold: Path, pred: Path, parts: tuple[str, ...] = PARTS) -> Report:
    micro = {part: Counts() for part in parts}
    documents: dict[str, dict[str, Counts]] = {}
    for name, g, q in pairs(gold, pred):
        documents[name] = score_pair(g, q, parts)
        for part in parts:
            micro[part] += documents[name][part]
    return Report(micro, documents)
