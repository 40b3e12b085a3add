"""A learned acceptance step for targets (learn41): a logistic model scores each target the rules produce and the
step drops those unlikely to be right.

The weights live in ``rules/acceptance.yaml`` (written by ``scripts/train_acceptance.py``, trained on the real
corpus's dev split alone; docs/extraction.md, "A learned acceptance step"). Applying them is a dot product over a
few dozen feature names per target, pure Python: no scikit-learn at run time.

Features are what the extractor already has when it emits a target (no second parse): its kind, unit and unit
class, the value's magnitude, year / recurring / base year / comparator / range, the indicator's length, first and
last characters and hashed character bigrams, cue words in a small window around the value (grant and fund words,
不超过/最高, 每, 元, 累计, 约, report and goal words), whether its line is a table row, a heading or prose, the reader
that made it (``Target.reader``) and the heading depth of its path.

``ENABLED`` is the switch: the step is off while the cross-validated gain does not meet the bar for shipping
(docs/extraction.md). ``accepted(..., enabled=True)`` applies it anyway (tests; the training script scores the
targets with ``features`` and ``probability`` itself).
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from kechuang.extract.model import Heading, Target
from kechuang.extract.rules import load_rules

ENABLED = False  # off: out-of-fold dev F1 did not rise by the +0.003 the step needs to ship (docs/extraction.md)

BUCKETS = 512  # hashed indicator bigrams (CRC-32 modulo this)
BEFORE, AFTER = 12, 8  # the window read around a target's value (characters, within its line)
LINE_REACH = 200  # how far the line of a target is looked for (characters)
# Cue words looked for in the window before the value's end and after it (the brief's list, and words of a report
# or a goal that several dev families turn on).
CUES = ("资金", "补助", "补贴", "奖励", "奖补", "扶持", "资助", "给予", "不超过", "最高", "每", "元", "累计", "约",
        "已", "同比", "比上年", "完成", "截至", "目前", "共", "其中", "力争", "确保", "达到", "新增", "以上", "不低于",
        "不少于", "年均", "提高", "增长", "建成", "投资", "标准", "分别", "等")
_UNIT_CLASSES = (
    ("percent", ("%", "‰", "百分点")),
    ("money", ("元",)),
    ("area", ("亩", "平方", "公顷", "㎡")),
    ("length", ("公里", "千米", "米")),
    ("weight", ("吨", "斤", "克")),
    ("people", ("人", "名", "户")),
    ("time", ("年", "天", "日", "小时", "月", "分钟")),
    ("count", ("个", "家", "所", "项", "条", "座", "处", "张", "次", "件", "台", "套", "辆", "场", "批", "间", "床")),
)


def unit_class(unit: Any) -> str:
    """The class of a unit: percent, money, area, length, weight, people, time, count, other; none for no unit."""
    if not isinstance(unit, str) or not unit:
        return "none"
    for name, marks in _UNIT_CLASSES:
        if any(mark in unit for mark in marks):
            return name
    return "other"


def magnitude_bucket(value: Any) -> str:
    """The value's order of magnitude (floor of log10, clipped to -2..9), ``zero``, or ``text`` for a value that is
    no number."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "text"
    if value == 0 or not math.isfinite(value):
        return "zero"
    return str(max(-2, min(9, math.floor(math.log10(abs(value))))))


def _length_bucket(n: int) -> str:
    return "0" if n == 0 else "1-2" if n <= 2 else "3-4" if n <= 4 else "5-8" if n <= 8 else "9-16" if n <= 16 \
        else "17+"


def heading_starts(headings: Iterable[Heading]) -> frozenset[int]:
    """The offsets where heading lines start (a target whose line starts there was read from a heading)."""
    return frozenset(h.start for h in headings)


def year_standing(year: int | None, plan_year: int | None) -> str:
    """A target's year against the plan's: none (no year), unknown (no plan year), past, same, later."""
    if year is None:
        return "none"
    if plan_year is None:
        return "unknown"
    return "past" if year < plan_year else "same" if year == plan_year else "later"


def decimals(value: Any) -> str:
    """How many decimals the value prints (0, 1, 2+; text for no number): a report's 196.49 against a goal's 200."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "text"
    if isinstance(value, int) or float(value).is_integer():
        return "0"
    return "1" if round(value, 1) == value else "2+"


def features(target: Target, text: str, headings: frozenset[int], plan_year: int | None = None) -> list[str]:
    """The feature names of one target read from ``text`` (the plan's text, which its offsets index); ``plan_year``:
    the plan's own year, which a target's year is set against."""
    indicator = target.indicator if isinstance(target.indicator, str) else ""
    unit = target.unit if isinstance(target.unit, str) else None
    out = [f"kind:{target.kind}", f"unit:{unit or 'none'}", f"uclass:{unit_class(unit)}",
           f"mag:{magnitude_bucket(target.value)}", f"year:{'yes' if target.year is not None else 'no'}",
           f"ilen:{_length_bucket(len(indicator))}", f"reader:{target.reader or 'none'}",
           f"standing:{year_standing(target.year, plan_year)}", f"decimals:{decimals(target.value)}"]
    if target.recurring:
        out.append("recurring")
    if target.base_year is not None:
        out.append("base_year")
    if target.comparator:
        out.append(f"cmp:{target.comparator}")
    if target.value_max is not None:
        out.append("range")
    if indicator:
        out += [f"ifirst:{indicator[0]}", f"ilast:{indicator[-1]}"]
        out += [f"ibg:{zlib.crc32(indicator[i:i + 2].encode('utf-8')) % BUCKETS}"
                for i in range(min(len(indicator) - 1, 40))]
    depth = target.path.count("/") + 1 if isinstance(target.path, str) and target.path else 0
    out.append(f"depth:{min(depth, 4)}")
    size = len(text)
    start = max(0, min(target.start, size))
    end = max(start, min(target.end, size))
    low = max(0, start - LINE_REACH)  # the line around the target, at most LINE_REACH characters each side: a
    line_start = text.rfind("\n", low, start) + 1 or low  # long line of many targets is not read once per target
    high = min(size, end + LINE_REACH)
    line_end = text.find("\n", end, high)
    line_end = high if line_end < 0 else line_end
    if "|" in text[line_start:line_end]:
        out.append("line:table")
    elif line_start in headings:
        out.append("line:heading")
    else:
        out.append("line:prose")
    before = text[max(line_start, start - BEFORE, end - 80):end]  # the quote (its last 80) and a few characters before
    after = text[end:min(line_end, end + AFTER)]
    out += [f"cue:{w}" for w in CUES if w in before]
    lead = text[max(line_start, start - BEFORE):start]  # the words just before the quote: hashed bigrams
    out += [f"pbg:{zlib.crc32(lead[i:i + 2].encode('utf-8')) % BUCKETS}" for i in range(len(lead) - 1)]
    out += [f"cue_after:{w}" for w in CUES if w in after]
    return out


@cache
def model() -> dict[str, Any]:
    """The stored model: ``bias``, ``threshold`` (a probability) and ``weights`` (feature name → weight)."""
    data = load_rules("acceptance")
    return {"bias": float(data["bias"]), "threshold": float(data["threshold"]),
            "weights": {str(k): float(v) for k, v in (data.get("weights") or {}).items()}}


def probability(names: Sequence[str], stored: dict[str, Any] | None = None) -> float:
    """The model's probability that a target with these features is right."""
    stored = stored or model()
    weights = stored["weights"]
    z = stored["bias"] + sum(weights.get(name, 0.0) for name in names)
    z = max(-50.0, min(50.0, z))
    return 1.0 / (1.0 + math.exp(-z))


def accepted(targets: list[Target], text: str, headings: Iterable[Heading], plan_year: int | None = None,
             enabled: bool | None = None, stored: dict[str, Any] | None = None) -> list[Target]:
    """The targets the model accepts (probability at or above its threshold); all of them while the step is off."""
    if not (ENABLED if enabled is None else enabled) or not targets:
        return targets
    stored = stored or model()
    starts = heading_starts(headings)
    return [t for t in targets if probability(features(t, text, starts, plan_year), stored) >= stored["threshold"]]
