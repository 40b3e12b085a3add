"""Families of the dev gold targets the extractor does not read at all (round 45), and why each is dropped.

    .venv/bin/python scripts/recall_families.py            # the table: family, targets, dev documents, why dropped
    .venv/bin/python scripts/recall_families.py --list F   # the misses of one family (its quotes and passages)
    .venv/bin/python scripts/recall_families.py --breakdown  # round 46: the two sentence families by what surrounds
                                                             # the number (scripts/recall_shapes.py)

A gold target is *not read* when it is missed and no spurious target of its passage has the same value (320 万 and
3200000 alike): the extractor made nothing of that number, not merely a wrong indicator or year. Each is put in one
family by what surrounds it in its line (the first that holds, in the order of ``FAMILIES``), and given one reason:

- ``line not read``: no paragraph reader ran on its line (a history section, a table the table readers took, a skip);
- ``no candidate``: the line was read but no reader offered its value;
- ``refused in add (…)``: a reader offered it and ``Paragraph.add`` refused it (``_refused`` words, ``reports``
  (a progress sentence), ``not_target`` (targets/not_targets.py), or another of its tests);
- ``dropped after``: the paragraph made it and a later filter (passage_mode, reported_growth, …) dropped it.

Dev only: the validation split is never read here.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from kechuang.extract import extract_text
from kechuang.extract import targets as T
from kechuang.extract.corpus import same_value, unread
from kechuang.extract.model import Target
from kechuang.extract.targets import paragraph as P

ROOT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "real"

_NUMS = re.compile(r"(?<![\d.])\d{1,9}(?:\.\d{1,4})?")
_WORD_NUMBER = re.compile(r"翻一番|翻番|倍增|翻两番|[千百万]亿(?!元)"
                          r"|[一二三四五六七八九十两]{1,3}[个家项所座条名万千百]")
_RECURRING = re.compile(r"每[一二三四五六七八九十\d]{0,2}(?:年|季度|月|周)")
_REACH = re.compile(r"(?:超过|超|突破|达到|达|近|逾|接近)\s{0,2}\d")
_VERB = re.compile(r"新增|新建|建设|建成|改造|完成|实施|培育|打造|创建|种植|计划|开展|新种|补种|提升|增加|引进|培训|"
                   r"组织|举办|发放|安排|招聘|落实|推广|整治|修建|改建|扩建|提供|开工|竣工|认定|申报|创成|投入|筹集|"
                   r"治理|更新|调整|招引|服务|帮助|救助|资助|吸纳|转移|提高|增长|降低|下降|保持|控制|力争|确保|实现")

# the filters extract_targets applies after the paragraphs' reading (names in kechuang.extract.targets)
_LATER = ("kept", "reported_growth", "funding_clauses", "reported_shares", "principle_bounds", "reward_conditions",
          "reported_rates")

FAMILIES = ("table row", "word number", "recurring 每N…", "after 超/突破/达/近", "task verb + number",
            "number without verb")


def _line_of(text: str, quote: str, value) -> tuple[str, int]:
    """The line of ``text`` holding the quote (or, failing that, the value), and the quote's offset in the text."""
    q = (quote or "").replace("\n", "")
    flat = text.replace("\n", "")
    k = flat.find(q) if q else -1
    if k < 0:
        k = text.find(str(value).rstrip("0").rstrip(".")) if value is not None else -1
    else:  # back to the offset in the text with its newlines
        seen, i = 0, 0
        while i < len(text) and seen < k:
            seen += text[i] != "\n"
            i += 1
        k = i
    if k < 0:
        return "", -1
    lo = text.rfind("\n", 0, k) + 1
    hi = text.find("\n", k)
    return text[lo:hi if hi >= 0 else len(text)], k


def family(line: str, quote: str) -> str:
    if "\n" in (quote or "") or (quote or "").strip(" %％≥") .replace(".", "").isdigit():
        return "table row"  # a table printed one cell a line: the quote runs over lines, or is the value alone
    q = (quote or "").replace("\n", "")
    numbers = len(_NUMS.findall(re.sub(r"\d{4}年", "", line)))
    if "|" in line or (numbers >= 3 and re.search(r"\d\s{1,6}\S{0,12}\d", line)
                       and "，" not in line[:60] and "。" not in line[:60]):
        return "table row"
    if not _NUMS.search(q) or (_WORD_NUMBER.search(q) and not re.search(r"\d", q)):
        return "word number"
    if _RECURRING.search(q):
        return "recurring 每N…"
    if _REACH.search(q):
        return "after 超/突破/达/近"
    first = _NUMS.search(q)
    if _VERB.search(q, 0, first.start() if first else len(q)):
        return "task verb + number"
    return "number without verb"


class Probe:
    """Records what the paragraph readers offered and refused while one passage is extracted."""

    def __init__(self) -> None:
        self.lines: list[tuple[int, int]] = []
        self.offered: list[tuple[object, object, int, bool, tuple[str, ...]]] = []  # value, unit, pos, kept, reasons
        self.made: list[list] = []
        self._reasons: list[str] = []
        self.dropped: list[tuple[Target, str]] = []  # (target, the later filter that dropped it)

    def install(self) -> None:
        probe, init, add, run = self, P.Paragraph.__init__, P.Paragraph.add, P.Paragraph.run
        refused, not_target, reports, year_for = P._refused, P.not_target, P.Paragraph.reports, P.Paragraph.year_for

        def _init(self, line, *a, **k):
            probe.lines.append((line.start, line.end))
            init(self, line, *a, **k)

        def _add(self, indicator, kind, value, unit, pos, *a, **k):
            outer, probe._reasons = probe._reasons, []
            got = add(self, indicator, kind, value, unit, pos, *a, **k)
            probe.offered.append((value, unit, self.line.start + pos, got is not None, tuple(probe._reasons)))
            probe._reasons = outer
            return got

        def _run(self):
            probe.made.append(self.targets)
            return run(self)

        def _refused(*a):
            r = refused(*a)
            if r:
                probe._reasons.append("words")
            return r

        def _not_target(*a):
            r = not_target(*a)
            if r:
                probe._reasons.append("not_target")
            return r

        def _reports(self, sentence):
            r = reports(self, sentence)
            if r:
                probe._reasons.append("reports")
            return r

        P.Paragraph.__init__, P.Paragraph.add, P.Paragraph.run = _init, _add, _run
        for name in _LATER:  # the filters after the paragraphs: which of them drops a target the paragraph made
            setattr(T, name, self._filter(name, getattr(T, name)))
        def _year_for(self, *a):
            r = year_for(self, *a)
            if r == P.PAST:
                probe._reasons.append("past year")
            return r

        P._refused, P.not_target, P.Paragraph.reports = _refused, _not_target, _reports
        P.Paragraph.year_for = _year_for

    def _filter(self, name: str, fn):
        probe = self

        def wrapped(*a, **k):
            before = next((x for x in a if isinstance(x, list) and x and isinstance(x[0], Target)), [])
            got = fn(*a, **k)
            kept = {id(t) for t in got}
            probe.dropped += [(t, name) for t in before if id(t) not in kept]
            return got
        return wrapped

    def reset(self) -> None:
        self.lines, self.offered, self.made, self.dropped = [], [], [], []

    def reason(self, g: dict, at: int) -> str:
        """Why the gold target ``g`` (its quote at ``at`` of the text) was not read: an offer of its value within
        its quote is its candidate."""
        span = len(g.get("quote") or "") + 2
        near = [o for o in self.offered if same_value(g, o[0], o[1]) and (at < 0 or at - 2 <= o[2] <= at + span)]
        if any(o[3] for o in near):
            by = sorted({name for t, name in self.dropped if same_value(g, t.value, t.unit)})
            return "dropped after (" + ("/".join(by) or "in its line, after add") + ")"
        if near:
            reasons = {r for o in near for r in o[4]}
            return "refused in add (" + ("/".join(sorted(reasons)) or "other") + ")"
        if at >= 0 and not any(s <= at < e for s, e in self.lines):
            return "line not read"
        return "no candidate"


def not_read(probe: Probe, root: Path):
    """(passage, gold target, line, family, reason) for every dev gold target not read (``corpus.unread``)."""
    def extract(p):
        probe.reset()
        return extract_text(p.text, plan_year=p.plan_year, title=p.title or None)
    for p, _plan, g in unread(root, "dev", extract):
        line, at = _line_of(p.text, g.get("quote", ""), g.get("value"))
        yield p, g, line, family(line, g.get("quote", "")), probe.reason(g, at)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=ROOT)
    ap.add_argument("--list", metavar="FAMILY", help="list the misses of one family (a prefix of its name)")
    ap.add_argument("--breakdown", action="store_true", help="the task-verb and verbless families by their shape")
    args = ap.parse_args(argv)
    probe = Probe()
    probe.install()
    rows = list(not_read(probe, args.root))
    if args.breakdown:
        from recall_shapes import breakdown
        print(breakdown(rows))
        return 0
    if args.list is not None:
        for p, g, line, fam, why in rows:
            if fam.startswith(args.list):
                print(f"{p.name} [{why}] {g.get('indicator')}={g.get('value')}{g.get('unit') or ''} {g.get('year')}"
                      f" | {g.get('quote')!r} | {line[:120]!r}")
        return 0
    targets, docs, reasons = Counter(), defaultdict(set), defaultdict(Counter)
    for p, _, _, fam, why in rows:
        targets[fam] += 1
        docs[fam].add(p.source)
        reasons[fam][why] += 1
    print(f"not read: {len(rows)} dev gold targets in {len({p.source for p, *_ in rows})} dev documents\n")
    print("| family | targets | dev documents | why dropped (targets) |\n|---|---|---|---|")
    for fam in FAMILIES:
        why = ", ".join(f"{r} {n}" for r, n in reasons[fam].most_common())
        print(f"| {fam} | {targets[fam]} | {len(docs[fam])} | {why} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
