"""Round 46: the two sentence families of ``recall_families.py`` ("task verb + number", "number without verb") broken
down by what surrounds the number in its quote — the shape — with targets, dev documents and why no candidate is made.

A shape is the first of ``SHAPES`` that holds for the gold quote (the words before the number, the measure after it,
the words after the measure):

- ``unit not read``: the measure after the number is none the target readers know (标台, 路, 对, 延米, ㎡, 亿斤, 村);
- ``a share or a change``: a percentage or points (80%以上行政村通光纤, 比2015年减少3.52%);
- ``values listed in one clause``: several values of one indicator or of parallel ones (分别增长15%、25%, 保8%、争9%);
- ``verb outside the class, then count``: a verb right before the count that ``count_verbs`` does not hold
  (更新1000部…);
- ``count verb, words, then count``: a count verb earlier in the quote, a place, a scope or a name between (完成工业园区
  74.0亩…, 基本完成全省7701个…, 完成剩余1620亩…);
- ``在 + count of places``: the count names where a task is done (在100所中小学实施…);
- ``count opening its clause``: nothing before the count in its quote, its verb after the noun or elsewhere
  (64栋住宅楼将于年内建设完成, 127座病险水库除险加固工程全部开工建设, 77公里污水管网);
- ``noun, then count``: an indicator then its value with no verb between (粮食总产量700亿斤, 惠及群众3.8万人);
- ``other``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from kechuang.extract.rules import load_rules, simplified_all

SHAPES = ("unit not read", "a share or a change", "values listed in one clause", "verb outside the class, then count",
          "count verb, words, then count", "在 + count of places", "count opening its clause", "noun, then count",
          "other")
_NUM = re.compile(r"(?<![\d.])\d{1,9}(?:\.\d{1,4})?")
_YEAR = re.compile(r"\d{4}年")
_READING = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")
_LIST = re.compile(r"\d[%％]?[、和]\d|分别|[保争]\d")
_CHANGE = re.compile(r"[%％]|百分点|比\d{4}年|基础上")
# verbs of a task the readers do not hold, seen right before a count in the dev misses (a closed list for the measure)
_OTHER_VERB = re.compile(r"(?:增加|更新|投运|增设|续建|疏浚|更换|帮助|新种|补种|\)|）|种植|修复保护|推动|带动|建|让|"
                         r"针对|惠及|保障|推进|培植|引育|实施|抓好|排查不少于|不少于)$")


def _units() -> list[str]:
    r = load_rules("targets")
    base = [u.split("(")[0] for u in r["count_units"] + r["measure_units"] + r["fixed_units"]]
    return sorted({u for u in base} | {m + u for u in base for m in "万亿"} | {"万", "亿", "千"}, key=len, reverse=True)


def shape(quote: str, units: list[str], verbs: list[str]) -> str:
    q = _READING.sub("", simplified_all(quote.replace("\n", "")))  # 個(gè) → 个
    first = _NUM.search(_YEAR.sub(lambda m: "#" * len(m.group()), q))
    if not first:
        return "other"
    before, after = q[:first.start()], q[first.end():]
    unit = next((u for u in units if after.startswith(u)), None)
    if unit is None:
        return "unit not read"
    rest = re.sub(r"^(?:以上|左右|余|多|的)", "", after[len(unit):])
    if _LIST.search(q):
        return "values listed in one clause"
    if _CHANGE.search(q):
        return "a share or a change"
    if _OTHER_VERB.search(before) and len(rest) >= 2:
        return "verb outside the class, then count"
    if any(v in before[:-1] for v in verbs) and not any(before.endswith(v) for v in verbs):
        return "count verb, words, then count"
    if before.endswith("在") or before == "在":
        return "在 + count of places"
    if not before.strip() and len(rest) >= 2:
        return "count opening its clause"
    return "noun, then count" if before else "other"


def breakdown(rows) -> str:
    """The table (markdown) of the two sentence families of ``rows`` (``recall_families.not_read``) by shape."""
    units, verbs = _units(), load_rules("targets")["count_verbs"]
    targets, docs, why = Counter(), defaultdict(set), defaultdict(Counter)
    for p, g, _line, fam, reason in rows:
        if fam not in ("task verb + number", "number without verb"):
            continue
        key = (fam, shape(g.get("quote") or "", units, verbs))
        targets[key] += 1
        docs[key].add(p.source)
        why[key][reason.split(" (")[0]] += 1
    out = ["| family | shape | targets | dev documents | why (targets) |", "|---|---|---|---|---|"]
    for key in sorted(targets, key=lambda k: (k[0], -targets[k])):
        reasons = ", ".join(f"{r} {n}" for r, n in why[key].most_common())
        out.append(f"| {key[0]} | {key[1]} | {targets[key]} | {len(docs[key])} | {reasons} |")
    return "\n".join(out)
