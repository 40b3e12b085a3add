"""Train and measure the learned acceptance step for targets (src/kechuang/extract/targets/acceptance.py).

    .venv/bin/python scripts/train_acceptance.py                 # grouped 5-fold cross-validation on dev: figures
    .venv/bin/python scripts/train_acceptance.py --write         # and write rules/acceptance.yaml (trained on all dev)

Data: every passage of the real corpus's dev split (``split_of(source) == "dev"``; a validation passage is skipped
before its text is read), extracted with the step off. Each target the rules produce is labelled 1 when the corpus
scorer's own greedy matching (``corpus.match_items``, ``same_target``) pairs it with a gold target, else 0; its page
(source address) is kept for the folds. Model: scikit-learn's L2 logistic regression (liblinear, seed 0, C fixed in
advance); features: ``acceptance.features``. Measure: grouped 5-fold cross-validation by page (``GroupKFold``), every
target scored by the model that did not see its page; the threshold is the one that maximises the out-of-fold F1,
counted with the scorer's matching on the targets kept (so the figures add up as ``score_real.py``'s do).
scikit-learn is needed here only (the test extras); the extractor applies the stored weights in pure Python.

After the rules change, retrain (``--write``) and re-measure: the weights and the out-of-fold figure belong to the
rules that produced the training targets. The stored file keeps ``training_sha256``, the digest of the training set
(``training_digest``: every dev passage's text and gold); tests/extract/test_debt42_acceptance.py fails when the
corpus's digest now differs, that is, when dev's passages or gold changed since the weights were trained.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from kechuang.extract.corpus import load_passages, match_items, same_target, split_of
from kechuang.extract.pipeline import extract_text
from kechuang.extract.scoring import Counts
from kechuang.extract.targets import acceptance

ROOT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "real"
OUT = Path(__file__).resolve().parent.parent / "src" / "kechuang" / "extract" / "rules" / "acceptance.yaml"
C = 1.0  # fixed in advance (scikit-learn's default); not chosen on the folds
FOLDS = 5
THRESHOLDS = [round(0.01 * i, 2) for i in range(0, 96)]  # 0.00 keeps every target: the rules alone


@dataclass
class PassageData:
    source: str
    gold: list[dict]
    pred: list[dict]  # the targets as the scorer reads them
    features: list[dict[str, int]]  # one feature count map per predicted target
    labels: list[int]


def training_digest(root: Path = ROOT) -> str:
    """SHA-256 of the training set: each dev passage's name, source, plan year, title, text and gold targets, in the
    corpus's order (a validation passage is skipped unread). Cheap: no extraction."""
    digest = hashlib.sha256()
    for p in load_passages(root):
        if split_of(p.source) != "dev":
            continue
        row = [p.name, p.source, p.plan_year, p.title, p.text, p.targets]
        digest.update(json.dumps(row, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return digest.hexdigest()


def passage_data(text: str, source: str, plan_year: int | None, title: str | None, gold: list[dict]) -> PassageData:
    """One passage extracted with the step off, its targets' features and labels."""
    plan = extract_text(text, plan_year=plan_year, title=title)
    pred = plan.to_dict(include_text=False)["targets"]
    starts = acceptance.heading_starts(plan.headings)
    feats = [dict(Counter(acceptance.features(t, plan.text, starts, plan.document.plan_year))) for t in plan.targets]
    _, unmatched = match_items(gold, pred, same_target)
    wrong = {id(q) for q in unmatched}
    return PassageData(source, gold, pred, feats, [0 if id(q) in wrong else 1 for q in pred])


def collect(root: Path = ROOT, limit: int | None = None) -> list[PassageData]:
    """The dev passages' data (the first ``limit`` dev passages: a slice for tests)."""
    was, acceptance.ENABLED = acceptance.ENABLED, False
    try:
        data = []
        for p in load_passages(root):
            if split_of(p.source) != "dev":
                continue  # validation: not read
            data.append(passage_data(p.text, p.source, p.plan_year, p.title or None, p.targets))
            if limit is not None and len(data) >= limit:
                break
        return data
    finally:
        acceptance.ENABLED = was


def fit(features: list[dict[str, int]], labels: list[int], c: float = C) -> dict:
    """A logistic model on these rows: ``bias`` and ``weights`` (rounded to 4 decimals, zeros left out)."""
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform(features).tocsr()
    x.indices, x.indptr = x.indices.astype(np.int32), x.indptr.astype(np.int32)  # liblinear takes 32-bit indices
    if len(set(labels)) < 2:  # one class only: a constant model
        return {"bias": 10.0 if labels and labels[0] else -10.0, "weights": {}}
    model = LogisticRegression(C=c, solver="liblinear", random_state=0, max_iter=1000)
    model.fit(x, labels)
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)}
    return {"bias": round(float(model.intercept_[0]), 4), "weights": {k: w for k, w in sorted(weights.items()) if w}}


def counts(data: list[PassageData], probs: list[list[float]], threshold: float) -> Counts:
    """Targets counted as the scorer counts them, keeping the targets whose probability reaches ``threshold``."""
    total = Counts()
    for d, ps in zip(data, probs, strict=True):
        kept = [q for q, p in zip(d.pred, ps, strict=True) if p >= threshold]
        _, unmatched = match_items(d.gold, kept, same_target)
        total += Counts(len(kept) - len(unmatched), len(kept), len(d.gold))
    return total


def out_of_fold(data: list[PassageData], c: float = C) -> tuple[list[list[float]], list[int]]:
    """Each passage's targets scored by the model trained on the other folds' pages; and each passage's fold."""
    groups = [d.source for d in data]
    probs: list[list[float]] = [[] for _ in data]
    fold_of = [0] * len(data)
    for fold, (train, test) in enumerate(GroupKFold(n_splits=FOLDS).split(data, groups=groups)):
        feats = [f for i in train for f in data[i].features]
        labels = [y for i in train for y in data[i].labels]
        stored = {**fit(feats, labels, c), "threshold": 0.5}
        for i in test:
            fold_of[i] = fold
            probs[i] = [acceptance.probability(list(Counter(f).elements()), stored) for f in data[i].features]
    return probs, fold_of


def report(data: list[PassageData], probs: list[list[float]], fold_of: list[int]) -> float:
    """Print the out-of-fold figures (the rules alone against the step) and return the best threshold."""
    best = max(THRESHOLDS, key=lambda t: (round(counts(data, probs, t).f1, 6), -t))
    rules, step = counts(data, probs, 0.0), counts(data, probs, best)
    n = sum(len(d.labels) for d in data)
    print(f"dev passages {len(data)}, pages {len({d.source for d in data})}, targets {n}, "
          f"right {sum(sum(d.labels) for d in data)}")
    for name, c in (("rules alone", rules), (f"with step (threshold {best:.2f})", step)):
        print(f"  out-of-fold {name:32} P {c.precision:.4f} R {c.recall:.4f} F1 {c.f1:.4f} "
              f"({c.tp} right / {c.pred} predicted / {c.gold} gold)")
    print(f"  gain {step.f1 - rules.f1:+.4f}")
    for fold in range(FOLDS):
        part = [i for i, f in enumerate(fold_of) if f == fold]
        a = counts([data[i] for i in part], [probs[i] for i in part], 0.0)
        b = counts([data[i] for i in part], [probs[i] for i in part], best)
        print(f"  fold {fold}: {a.f1:.4f} -> {b.f1:.4f}")
    for t in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6):
        c = counts(data, probs, t)
        print(f"  threshold {t:.2f}: P {c.precision:.4f} R {c.recall:.4f} F1 {c.f1:.4f}")
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help=f"write the model trained on all dev to {OUT}")
    ap.add_argument("--c", type=float, default=C, help="inverse regularisation (fixed in advance: do not tune)")
    args = ap.parse_args(argv)
    data = collect()
    probs, fold_of = out_of_fold(data, args.c)
    threshold = report(data, probs, fold_of)
    if args.write:
        stored = fit([f for d in data for f in d.features], [y for d in data for y in d.labels], args.c)
        stored["threshold"] = threshold
        stored["training_sha256"] = training_digest()
        OUT.write_text("# Written by scripts/train_acceptance.py --write (trained on the real corpus's dev split).\n"
                       + yaml.safe_dump(stored, allow_unicode=True, sort_keys=True), "utf-8")
        print(f"wrote {OUT} ({len(stored['weights'])} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
