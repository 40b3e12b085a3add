"""Features of the learned target filter (an experiment, not wired into extraction: docs/target-filter.md).

A linear model on hashed features of a proposed target's context, trained on the corpus's dev split alone by
``scripts/train_target_filter.py``; applying stored weights (``keep``) needs only this module and the standard
library (no scikit-learn at run time), so that wiring it in is one call at the end of ``extract_targets``.
Features are what could hold on plans never seen: character n-grams of a window around the number (digits folded
to 0), the target's kind, unit and year status, cue words of reporting (已, 累计, 同比…) or commitment (力争, 到…年)
in its sentence, and the shape of its line (a table row, a heading, a quotation).
"""

from __future__ import annotations

import bisect
import json
import math
import re
import zlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DIM = 1 << 18
LEFT, RIGHT = 16, 10  # characters of context on each side of the value's end

_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_YEAR = re.compile(r"(\d{4})\s*年")
_SENTENCE_END = "。;;!?!?"
_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))]|\d{1,2}[.、．])")
# Words of a sentence that reports (what was done) or commits (what is to be done); their presence before the
# value, and after it in the sentence, are features.
CUES = ("已", "完成", "累计", "同比", "比上年", "较上年", "去年", "上年", "预计", "截至", "截止", "实际", "共",
        "其中", "目前", "现有", "总投资", "投资", "资金", "补助", "补贴", "每人", "每户", "标准", "以上", "不少于",
        "力争", "确保", "争取", "达到", "新增", "建成", "建设", "实施", "开展", "培育", "引进", "提高", "增长",
        "年底", "年内", "全年", "到", "计划", "目标", "任务", "项", "批", "第", "《", "“", "(", "等", "分别",
        "惠及", "受益", "覆盖", "占", "比重", "率")


@dataclass(frozen=True)
class Model:
    bias: float
    threshold: float
    weights: dict[int, float]

    def probability(self, feats: list[str]) -> float:
        z = self.bias + sum(self.weights.get(index(f), 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def index(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & (DIM - 1)


@cache
def load(path: Path) -> Model:
    data = json.loads(path.read_text("utf-8"))
    return Model(data["bias"], data["threshold"], {int(k): v for k, v in data["weights"].items()})


def _fold(text: str) -> str:
    return _DIGITS.sub("0", text)


def _ngrams(prefix: str, text: str, out: list[str]) -> None:
    for n in (1, 2, 3):
        out.extend(f"{prefix}{n}:{text[i:i + n]}" for i in range(len(text) - n + 1))


def context_features(line: str, end: int, plan_year: int | None) -> list[str]:
    """Features of a value whose printing ends at ``line[end]``, without the rules' reading of it.

    Linear in the line's length per value (the sentence's start and the brackets are looked for from the line's
    start): a line of thousands of targets costs the square of its length. Bound both to a window before wiring."""
    out: list[str] = []
    left, right = _fold(line[max(0, end - LEFT):end]), _fold(line[end:end + RIGHT])
    _ngrams("L", left, out)
    _ngrams("R", right, out)
    out.append("L4:" + left[-4:])
    out.append("R2:" + right[:2])
    s0 = max(line.rfind(c, 0, end) for c in _SENTENCE_END) + 1
    ends = [k for k in (line.find(c, end) for c in _SENTENCE_END) if k >= 0]
    s1 = min(ends) if ends else len(line)
    before, after = line[s0:max(s0, end - 2)], line[end:s1]
    out.extend("B:" + c for c in CUES if c in before)
    out.extend("A:" + c for c in CUES if c in after)
    for m in _YEAR.finditer(line, s0, end):
        year = int(m.group(1))
        out.append("Y:" + ("past" if plan_year and year < plan_year else "plan" if year == plan_year else "future"))
    out.append(f"slen:{min(len(line[s0:s1]) // 40, 6)}")
    out.append(f"pos:{min(4 * end // max(1, len(line) + 1), 3)}")
    out.append(f"llen:{min(len(line) // 60, 8)}")
    if "|" in line:
        out.append("table")
    if _HEADING.match(line):
        out.append("heading")
    if line.count("“", 0, end) > line.count("”", 0, end):
        out.append("inquote")
    if line.count("《", 0, end) > line.count("》", 0, end):
        out.append("intitle")
    if line.count("(", 0, end) > line.count(")", 0, end):
        out.append("inparen")
    return out


def target_features(line: str, end: int, plan_year: int | None, t) -> list[str]:
    """The context's features and the rules' reading of the target ``t`` (kind, unit, year, size of the value, its
    indicator's characters, comparator, range, base year)."""
    kind, unit, year, value = t.kind, t.unit, t.year, t.value
    out = context_features(line, end, plan_year)
    indicator = _fold(t.indicator or "")
    out.extend(f"I:{indicator[i:i + 2]}" for i in range(len(indicator) - 1))
    out.append(f"ilen:{min(len(indicator) // 4, 6)}")
    out.append("cmp:" + (t.comparator or "-"))
    if t.value_max is not None:
        out.append("range")
    if t.base_year is not None:
        out.append("base")
    out.append("K:" + kind)
    out.append("U:" + (unit or "-"))
    out.append("KU:" + kind + (unit or "-"))
    out.append("yr:" + ("null" if year is None else "plan" if year == plan_year else
                        "before" if plan_year and year < plan_year else "later"))
    if t.recurring:
        out.append("rec")
    if isinstance(value, int | float):
        out.append(f"mag:{int(math.log10(abs(value))) if value else 'z'}")
        out.append("int" if float(value).is_integer() else "dec")
    return out


def line_of(lines: list, starts: list[int], offset: int):
    """The line that holds ``offset`` (``starts``: the lines' start offsets)."""
    return lines[max(0, bisect.bisect_right(starts, offset) - 1)]


def keep(model: Model, targets: list, lines: list, plan_year: int | None) -> list:
    """The targets the model does not reject (``lines``: the plan's lines, as ``extract_targets`` has them)."""
    if not targets:
        return targets
    starts = [line.start for line in lines]
    out = []
    for t in targets:
        line = line_of(lines, starts, t.end)
        feats = target_features(line.text, t.end - line.start, plan_year, t)
        if model.probability(feats) >= model.threshold:
            out.append(t)
    return out
