"""A learned filter for targets read from reports of work done (round 42, spur): a logistic model over the
sentence a target was read from and its neighbourhood says how likely the target is spurious (a number of news or a
review — 已完成, 累计, 同比增长 — read as a goal); the extractor drops it above the model's threshold.

**Not wired into extraction**: measured by grouped cross-validation on dev it gained +0.005 F1 only after eight
variants, and wired in (trained on all dev) it took validation targets 0.854 -> 0.849, lowered the held-out district
level and dropped one seed target (docs/extraction.md section 4, "Round 42, a learned filter"). This module (moved from
``src/kechuang/extract/targets/`` to ``scripts/``, as the earlier filter's features are) is kept
for ``scripts/train_spurious.py``, which builds and measures the model; ``kept`` reads ``rules/spurious.json`` (a
bias, a threshold and one weight per feature) and passes every target while that file is absent, as it is.

Features are general: character 1–3-grams (digits folded to 0) of the words just before the quote, of the quote and
of what follows it, report and plan cue words, the year's standing against the plan's year, kind, unit, the last
heading, the paragraph's and the text's report/plan words, the title's bigrams; a feature enters the model only when
at least three dev pages show it (no page name survives that) and none naming a province does.

Cost: a window of at most 60 characters before and 30 after a target, ~150 dict look-ups per target."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from kechuang.extract.model import Target
from kechuang.extract.rules import simplified_all

MODEL = Path(__file__).resolve().parent.parent / "src" / "kechuang" / "extract" / "rules" / "spurious.json"
_BEFORE, _AFTER = 60, 30  # the window read around a target (characters)
_ENDS = "。!！?？;；\n"
_DIGITS = str.maketrans("0123456789０１２３４５６７８９", "0" * 20)
_YEAR = re.compile(r"(?<!\d)(\d{4})\s{0,1}年")
# cue words of a report (已, 累计, 同比…) and of a goal (力争, 到, 确保…), looked for before the value in its sentence
_CUES = ("已", "累计", "完成", "同比", "较上年", "比上年", "增长", "截至", "共", "全年", "实际", "达", "实现", "获得",
         "将", "力争", "到", "确保", "预计", "目标", "计划", "新增", "年均", "提高", "下降", "控制在", "不低于", "以上",
         "争取", "每年", "建成", "其中", "同期", "排名", "第")
_REPORT = ("已", "累计", "同比", "完成", "截至", "较上年", "比上年")  # words of a report, counted per paragraph/text
_GOAL = ("力争", "确保", "目标", "将", "到20", "争取", "不低于")  # words of a plan
# units whose count says how many values a sentence holds
_UNITS = ("%", "万", "亿", "个", "家", "项", "元", "人", "公里")
_BOUND_WORDS = ("不少于", "不低于", "不超过", "至少", "以上", "以内", "不高于")  # a bound is a commitment, not a fact
_PARAGRAPH = 300  # the paragraph is read at most this far either side of a target
_ENABLED = [True]


@contextmanager
def disabled() -> Iterator[None]:
    """Extraction without the filter (the training script reads the rules' own proposals)."""
    _ENABLED[0] = False
    try:
        yield
    finally:
        _ENABLED[0] = True


def _grams(prefix: str, s: str, out: list[str], longest: int = 2) -> None:
    for i, c in enumerate(s):
        if not c.isspace():
            out.append(prefix + c)
            out += [prefix + s[i:i + n] for n in range(2, longest + 1) if i + n <= len(s)]


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3+" if n < 6 else "6+"


def document_features(text: str, title: str | None) -> list[str]:
    """Features of the whole text, shared by its targets: its title's characters and how much it reads as a report
    (report and plan words per thousand characters). One pass of ``str.count`` per word."""
    out: list[str] = []
    if title:
        _grams("T:", title.translate(_DIGITS)[:40], out)
    size = max(len(text), 1) / 1000
    report = sum(text.count(w) for w in _REPORT) / size
    goal = sum(text.count(w) for w in _GOAL) / size
    out += ["dr:" + _bucket(int(report)), "dg:" + _bucket(int(goal)), "dx:" + str(report > goal)]
    return out


def features(t: Target, text: str, plan_year: int | None, shared: list[str] = ()) -> list[str]:
    """The features of one target read from ``text`` (the plan's normalised text); ``shared``: the text's own
    (``document_features``)."""
    s, e = t.start, t.end
    lo, hi = max(0, s - _BEFORE), min(len(text), e + _AFTER)
    head = max(text.rfind(c, lo, s) for c in _ENDS) + 1 or lo  # the sentence's start within the window
    head = max(head, lo)
    tail = min((i for i in (text.find(c, e, hi) for c in _ENDS) if i >= 0), default=hi)
    before = simplified_all(text[head:s]).translate(_DIGITS)
    quote = simplified_all(text[s:e]).translate(_DIGITS)
    after = simplified_all(text[e:tail]).translate(_DIGITS)
    earlier = simplified_all(text[max(0, head - _BEFORE):head])  # the sentence before, or its end
    out = ["k:" + t.kind, "u:" + (t.unit or "-"), "r:" + str(t.recurring), "c:" + str(bool(t.comparator))]
    _grams("B:", before[-20:], out, 3)
    _grams("Q:", quote[:40], out)
    _grams("A:", after[:10], out)
    lead = before + quote
    out += ["w:" + w for w in _CUES if w in lead]
    out += ["v:" + w for w in _CUES if w in after]
    out += ["e:" + w for w in _CUES if w in earlier]
    goal = any(w in lead for w in _GOAL)
    if any(w in before[-8:] or w in after[:6] for w in _BOUND_WORDS):
        out.append("bound")
    if not goal:
        out.append("g:none")
        out += ["x:" + w for w in _REPORT if w in lead]  # a report word with no plan word beside it
    if t.year is None or plan_year is None:
        standing = "none" if t.year is None else "?"
    else:
        standing = "past" if t.year < plan_year else "plan" if t.year == plan_year else "later"
    out += ["y:" + standing, f"yg:{standing}{goal}"]
    sentence = before + quote + after
    out.append("n:" + _bucket(sum(sentence.count(u) for u in _UNITS)))  # how many values the sentence reads
    if plan_year is not None:
        for m in _YEAR.finditer(text, head, tail):
            y = int(m.group(1))
            out.append("sy:" + ("past" if y < plan_year else "plan" if y == plan_year else "later"))
    heading = t.path.rsplit("/", 1)[-1].translate(_DIGITS)[:16] if t.path else ""
    if heading:
        _grams("H:", heading, out)
    else:
        out.append("H:none")
    out.append("len:" + str(min(len(before) // 10, 5)))
    p_lo = text.rfind("\n", max(0, s - _PARAGRAPH), s) + 1 or max(0, s - _PARAGRAPH)
    p_hi = text.find("\n", e, e + _PARAGRAPH)
    paragraph = text[p_lo:p_hi if p_hi >= 0 else e + _PARAGRAPH]
    out.append("pr:" + _bucket(sum(paragraph.count(w) for w in _REPORT)))
    out.append("pg:" + _bucket(sum(paragraph.count(w) for w in _GOAL)))
    out += shared
    return out


@lru_cache(maxsize=1)
def load(path: Path = MODEL) -> tuple[float, float, dict[str, float]]:
    """(bias, threshold, weights) of the stored model; none when the file is absent (the filter passes all)."""
    if not path.exists():
        return 0.0, 2.0, {}
    data = json.loads(path.read_text("utf-8"))
    return float(data["bias"]), float(data["threshold"]), {k: float(v) for k, v in data["weights"].items()}


def probability(feats: list[str], bias: float, weights: dict[str, float]) -> float:
    """The model's probability that a target with these features is spurious."""
    z = bias + sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def may_drop(feats: list[str]) -> bool:
    """The filter is for numbers reported as done: a target whose words are a plan's (力争, 确保, 目标… before
    it), that states a bound (不少于, 不低于 beside the value: a commitment, not a fact) or a year later than the
    plan's is never dropped."""
    return "g:none" in feats and "c:False" in feats and "bound" not in feats and "y:later" not in feats


def kept(targets: list[Target], text: str, plan_year: int | None, title: str | None = None) -> list[Target]:
    """The targets the model does not call spurious (all of them when the filter is off or no model is stored)."""
    if not _ENABLED[0] or not targets:
        return targets
    bias, threshold, weights = load()
    if not weights:
        return targets
    shared = document_features(text, title)
    out = []
    for t in targets:
        feats = features(t, text, plan_year, shared)
        if not may_drop(feats) or probability(feats, bias, weights) <= threshold:
            out.append(t)
    return out
