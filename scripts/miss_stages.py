"""Where the dev gold targets the extractor does not read are lost: a stage map of the misses (rec60, session 35).

    PYTHONPATH=src .venv/bin/python scripts/miss_stages.py              # the table: stage, cause, targets, documents
    PYTHONPATH=src .venv/bin/python scripts/miss_stages.py --list CAUSE # the misses of one cause (a prefix of it)
    PYTHONPATH=src .venv/bin/python scripts/miss_stages.py --markdown   # the table as MISSES-dev60.md prints it

A gold target counts when it is missed and no spurious target of its passage has the same value (the pairing of
``/tmp/s35/cats.py``: 320 万 and 3200000 alike). Each is given one stage, the first that holds:

- ``made, dropped later``: ``Paragraph.add`` made a target of its value, and a filter dropped it after: one of the
  per-paragraph readers (selection_caps, …), the line loop (a review's start, passage_mode's ``kept``, an execution
  report's cut) or one of extract_targets' filters over the whole text (reported_growth, funding_clauses, …);
- ``refused in add``: a reader offered its value and ``Paragraph.add`` returned nothing: the cause is the source line
  of ``add`` that returned (and, for ``not_target``, the line of targets/not_targets.py that said so);
- ``refused as candidate``: ``count_candidate.candidate`` saw its number and returned nothing: the cause is the line
  that returned (and, for ``excluded``, the line of count_exclusions.py);
- ``line not read``: no paragraph read its line: the cause is the statement of extract_targets' loop that passed
  over it (a past section, a review caption, an execution report's review, a goal table, the title lines);
- ``read otherwise``: a prediction's quote covers its number with another value (merged into a range, read as a
  year, a different magnitude);
- ``no candidate``: its line was read and no reader offered its number: the cause is the number's written form and
  the gold unit.

The causes are found by tracing the functions (``sys.settrace`` on a few code objects), not by copies of their
tests, so the map follows the code as it changes. Dev only: it refuses any other split, and never reads validation
fixtures.
"""

from __future__ import annotations

import argparse
import inspect
import linecache
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

os.environ.setdefault("KECHUANG_PURE", "1")  # tracing needs Python frames: never the compiled modules (compiled.py)

from kechuang import compiled
from kechuang.extract import extract_text
from kechuang.extract import targets as T
from kechuang.extract.corpus import same_value, simple_unit, unread
from kechuang.extract.model import Target
from kechuang.extract.scoring import magnitude
from kechuang.extract.targets import count_candidate as CC
from kechuang.extract.targets import count_exclusions as CE
from kechuang.extract.targets import counts as CO
from kechuang.extract.targets import not_targets as NT
from kechuang.extract.targets import paragraph as P
from kechuang.extract.targets.readings import DROPPED
from kechuang.extract.targets.set_change import reports_change
from kechuang.extract.targets.vocab import value_of, vocab
from kechuang.extract.targets.years import as_of_past

ROOT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "real"

# the per-paragraph readers extract_targets runs after Paragraph.run (they may drop what it made)
_PARA_STEPS = ("scenic_classes", "water_classes", "bracket_parts", "nested_counts", "sited_counts", "total_counts",
               "span_levels", "ratio_levels", "rank_places", "zero_targets", "step_levels", "selection_caps")
# the filters over the whole text after the loop (names in kechuang.extract.targets)
_LATER = ("reported_growth", "funding_clauses", "reported_shares", "principle_bounds", "reported_text",
          "project_rolls", "reviewed", "headlined", "reached", "estimated", "peer_margins", "unit_standards",
          "listed_counts", "name_numbers", "review_read", "reported_rates", "reward_conditions")
_CN = re.compile(r"[一二三四五六七八九十百千万亿两零〇]")
_DIGITS = re.compile(r"\d")


def _key(t: Target) -> tuple:
    return (t.indicator, str(t.value), t.unit, t.start)


def _where(code, lineno: int) -> str:
    """``file:line  source`` of a returning statement, its source shortened (the cause's name in the table)."""
    src = linecache.getline(code.co_filename, lineno).strip()
    if src.startswith("return") and len(src) < 24:  # a bare return: the test is the statement above it
        k = lineno - 1
        while k > 0 and not linecache.getline(code.co_filename, k).strip().startswith(("if ", "elif ", "or ")):
            k -= 1
        src = linecache.getline(code.co_filename, k).strip() + " → " + src
    return f"{Path(code.co_filename).name}:{lineno} {src[:90]}"


def _add_test(loc: dict) -> str:
    """Which test of ``Paragraph.add``'s first refusal held (its line names six): the first that does."""
    v, indicator, clause, unit = vocab(), loc.get("indicator") or "", loc.get("clause") or "", loc.get("unit")
    if len(indicator) < 2:
        return "no indicator"
    if P._refused(clause, indicator, unit):
        words = sorted({m.group() for text in (clause, indicator) for m in v.not_target.finditer(text)})
        return "not_target words " + "/".join(words)
    if v.history.search(clause):
        return "history word " + v.history.search(clause).group()
    if v.descriptor.search(indicator):
        return "descriptor " + v.descriptor.search(indicator).group()
    return "amount only"


_CLOSER = re.compile(r"^\s*(?:以上|左右)?(?:水平|规模|台阶|大关|余|多|及其他|、|或|等|计|达到|突破|超过)")
_VERB_AFTER = re.compile(r"^[^,;。]{1,12}?(?:执行|通|实现|脱贫|改造|建设|种植|工程量|补助|增容|问题|处置|供地|"
                         r"务工|素质)")


def _fall_shape(before: str, after: str) -> str:
    """The shape of a number candidate() let fall through with a noun after it and no count verb before (sorted by
    hand into four in MISSES-dev60.md; here by its first words)."""
    before = before.rstrip()
    if _CLOSER.match(after):
        return "run-on: the value's item goes on with no mark (水平, 规模, 余, 、 + next name, 或, 等)"
    if before.endswith("的"):
        return "的 + N + noun"
    if not before or not re.search(r"[\u4e00-\u9fff]$", before) or _VERB_AFTER.match(after):
        return "N + noun, its verb after (or none)"
    return "verb + N + noun, the verb in no count list"


def _reports_test(loc: dict) -> str:
    """Which test of ``Paragraph.reports`` (paragraph_scope.py) says the sentence reports progress."""
    para = loc["self"]
    text = para.sentences[loc["sentence"]][1]
    v = vocab()
    if (m := v.as_of.search(text)) is not None:
        return f"Paragraph.reports: as_of {m.group()}"
    if reports_change(text):
        return "Paragraph.reports: reports_change (set_change.py)"
    if as_of_past(text, para.plan_year):
        return "Paragraph.reports: as_of_past (years.py)"
    return "Paragraph.reports: a standing (第N位)"


class Probe:
    """What the readers offered, refused and dropped while one passage is extracted (traced, not copied)."""

    def __init__(self) -> None:
        if compiled.in_use():  # (imported compiled before this script could turn them off)
            raise SystemExit("miss_stages traces Python frames: run it with KECHUANG_PURE=1 (kechuang/compiled.py)")
        self.codes = {P.Paragraph.add.__code__: "add", CC.candidate.__code__: "candidate",
                      NT.not_target.__code__: "not_target", CE.excluded.__code__: "excluded",
                      T.extract_targets.__code__: "loop"}
        src, first = inspect.getsourcelines(T.extract_targets)
        src_c, first_c = inspect.getsourcelines(CC.candidate)
        self.fall_through = first_c + len(src_c) - 1  # candidate's last line: no shape took the number
        self.for_line = first + next(i for i, s in enumerate(src) if "for line in lines[start:]" in s)
        self.reset()

    def reset(self) -> None:
        self.offered: list[tuple] = []  # (value, unit, abs pos, made, cause)
        self.seen: list[tuple] = []  # candidate(): (value, unit, abs pos, cause or None)
        self.made: dict[tuple, Target] = {}
        self.dropped: list[tuple[Target, str]] = []
        self.passed: dict[int, str] = {}  # line index → the loop statement that passed over it
        self.read: list[tuple[int, int]] = []
        self.shapes: list[tuple[int, str, str]] = []  # (pos, words before, noun after) of the fall-through
        self._inner: list[str] = []  # causes of the nested not_target/excluded, for the add/candidate above

    # -- tracing ---------------------------------------------------------------------------------------------------
    def _global(self, frame, event, arg):
        name = self.codes.get(frame.f_code)
        if name is None:
            return None
        return self._local(name, frame)

    def _local(self, name: str, frame):
        probe, state = self, {"last": frame.f_lineno, "cur": None}
        if name == "add":
            loc = frame.f_locals
            para = loc["self"]
            state["call"] = (loc["value"], loc["unit"], para.line.start + loc["pos"])
            outer, probe._inner = probe._inner, []
            state["outer"] = outer
        elif name == "candidate":
            loc = frame.f_locals
            try:
                value, unit, _ = value_of(loc["m"])
            except Exception:  # a number value_of cannot read: recorded as unread
                value, unit = None, None
            state["call"] = (value, unit, loc["para"].line.start + loc["c_start"] + loc["m"].start())
            outer, probe._inner = probe._inner, []
            state["outer"] = outer

        def tracer(frame, event, arg):
            if event == "line":
                if name == "loop":
                    if frame.f_lineno == probe.for_line:
                        if state["cur"] is not None and state["last"] != probe.for_line:
                            probe.passed[state["cur"]] = _where(frame.f_code, state["last"])
                    elif state["last"] == probe.for_line and "line" in frame.f_locals:
                        state["cur"] = frame.f_locals["line"].index
                state["last"] = frame.f_lineno
            elif event == "return":
                where = _where(frame.f_code, state["last"]) if not (
                    name == "candidate" and state["last"] == probe.fall_through) else \
                    f"count_candidate.py:{probe.fall_through} no shape took the number"
                if name == "add":
                    inner, probe._inner = probe._inner, state["outer"]
                    value, unit, pos = state["call"]
                    if arg is None and not inner and ("descriptor" in where or "_AMOUNT_ONLY" in where):  # which test
                        inner = [_add_test(frame.f_locals)]
                    elif arg is None and not inner and "a report of progress" in where:  # _TOTAL or reports
                        loc = frame.f_locals
                        total = P._TOTAL.search(loc["self"].mtext, max(0, loc["pos"] - 6), loc["pos"])
                        inner = ["a total's word before (_TOTAL)" if total else _reports_test(loc)]
                    cause = None if arg is not None else "add: " + where + (f" [{inner[-1]}]" if inner else "")
                    probe.offered.append((value, unit, pos, arg is not None, cause))
                    if arg is not None:
                        probe.made[_key(arg)] = arg
                elif name == "candidate":
                    inner, probe._inner = probe._inner, state["outer"]
                    value, unit, pos = state["call"]
                    made = arg is not None and arg[0] is not None
                    refused = not made and not probe.offered_at(pos)
                    if refused:  # the words around the number, for --list
                        loc = frame.f_locals
                        probe.shapes.append((pos, str(loc.get("before", ""))[-10:], str(loc.get("after", ""))[:12]))
                    if refused and state["last"] == probe.fall_through:  # no shape took it: what surrounds it
                        inner = [_fall_shape(str(loc.get("before", "")), str(loc.get("after", "")))
                                 if loc.get("noun") and not loc.get("count_verb") else "other"]
                    probe.seen.append((value, unit, pos, ("candidate: " + where + (
                        f" [{inner[-1]}]" if inner else "")) if refused else None))
                elif name in ("not_target", "excluded") and arg:
                    probe._inner.append(where)
                elif name == "loop" and state["cur"] is not None and state["last"] != probe.for_line:
                    probe.passed.setdefault(state["cur"], _where(frame.f_code, state["last"]))
            return tracer
        return tracer

    def offered_at(self, pos: int) -> bool:
        return any(o[2] == pos for o in self.offered[-3:])

    def install(self) -> None:
        probe, init = self, P.Paragraph.__init__
        self.saved = [(P.Paragraph, "__init__", init), (T, "kept", T.kept), (CO, "candidate", CO.candidate)] + [
            (T, name, getattr(T, name)) for name in _PARA_STEPS + _LATER]

        def _init(para, line, *a, **k):
            probe.read.append((line.start, line.end))
            init(para, line, *a, **k)

        P.Paragraph.__init__ = _init
        for name in _PARA_STEPS:
            setattr(T, name, self._para_step(name, getattr(T, name)))
        for name in _LATER:
            setattr(T, name, self._filter(name, getattr(T, name)))
        kept = T.kept

        def _kept(text, spans, found, *a, **k):
            got = kept(text, spans, found, *a, **k)
            ids = {id(t) for t in got}
            probe.dropped += [(t, "loop: passage_mode.kept (a report's paragraph)") for t in found if id(t) not in ids]
            return got
        T.kept = _kept
        CO.candidate = CC.candidate  # (the name ListReader calls: traced by its code object)

    def uninstall(self) -> None:
        """The readers as they were (a test or a script going on in the same process reads as before)."""
        for owner, name, fn in self.saved:
            setattr(owner, name, fn)

    def _para_step(self, name: str, fn):
        probe = self

        def wrapped(para, *a, **k):
            before = list(para.targets)
            got = fn(para, *a, **k)
            ids = {id(t) for t in para.targets}
            probe.dropped += [(t, "para: " + name) for t in before if id(t) not in ids]
            return got
        return wrapped

    def _filter(self, name: str, fn):
        probe = self

        def wrapped(*a, **k):
            before = next((x for x in a if isinstance(x, list) and x and isinstance(x[0], Target)), [])
            got = fn(*a, **k)
            ids = {id(t) for t in got}
            probe.dropped += [(t, "filter: " + name) for t in before if id(t) not in ids]
            return got
        return wrapped

    def extract(self, p):
        self.reset()
        outer = sys.gettrace()  # a tracer already set (coverage, a debugger) is put back, not switched off
        sys.settrace(self._global)
        try:
            return extract_text(p.text, plan_year=p.plan_year, title=p.title or None)
        finally:
            sys.settrace(outer)


def _locate(text: str, quote: str, value) -> int:
    """Where the gold's quote (else its value) stands in the extractor's text; -1 when nowhere."""
    q = re.sub(r"\s+", "", quote or "")
    flat, where = [], []
    for i, ch in enumerate(text):
        if not ch.isspace():
            flat.append(ch)
            where.append(i)
    k = "".join(flat).find(q) if q else -1
    if k >= 0:
        return where[k]
    v = str(value).rstrip("0").rstrip(".") if isinstance(value, (int, float)) else str(value or "")
    return text.find(v) if v else -1


def _form(g: dict) -> str:
    quote = g.get("quote") or ""
    written = "numeral" if not _DIGITS.search(quote.replace("20", "", 1)) and _CN.search(quote) else "digits"
    if "\n" in quote or "|" in quote:
        written = "table cell"
    return f"no candidate: {written}, unit {g.get('unit') or '—'}"


def classify(probe: Probe, plan, g: dict) -> str:
    gv, _ = magnitude(g.get("value"), simple_unit(g.get("unit")))
    at = _locate(plan.text, g.get("quote", ""), g.get("value"))
    span = len(re.sub(r"\s+", "", g.get("quote") or "")) + 8

    # a line with phonetic readings (達(dá)到) is read without them: the readers' positions there are the clean
    # line's, as many characters earlier as the readings before the quote in its line hold
    line_start = plan.text.rfind("\n", 0, at) + 1 if at >= 0 else 0
    shift = sum(len(m.group()) for m in DROPPED.finditer(plan.text, line_start, at)) if at >= 0 else 0

    def near(pos: int) -> bool:
        return at < 0 or at - 4 - shift <= pos <= at + span

    made = [t for t in probe.made.values() if same_value(g, t.value, t.unit) and near(t.start)]
    if made:
        ids = {id(t) for t in made}
        by = [why for t, why in probe.dropped if id(t) in ids or (
            same_value(g, t.value, t.unit) and near(t.start))]
        return "made, dropped: " + (by[0] if by else "loop: a review's start or an execution report's cut")
    offered = [o for o in probe.offered if same_value(g, o[0], o[1]) and near(o[2]) and o[4]]
    if offered:
        return "refused in " + offered[0][4]
    seen = [s for s in probe.seen if s[3] and same_value(g, s[0], s[1]) and near(s[2])]
    if seen:
        return "refused as " + seen[0][3]
    if at >= 0 and not any(s <= at < e for s, e in probe.read):
        line = next((ln for ln in plan_lines(plan) if ln[0] <= at < ln[1]), None)
        why = probe.passed.get(line[2]) if line else None
        return "line not read: " + (why or "before the body or a goal table's")
    value = g.get("value")
    digits = (f"{value:g}" if isinstance(value, float) else str(value)) if isinstance(value, (int, float)) else ""
    num = plan.text.find(digits.lstrip("-"), at, at + span + 4) if at >= 0 and digits else -1
    for t in plan.targets:  # a prediction whose own span holds the gold's number, with another value
        if num >= 0 and t.start <= num < t.end and not same_value(g, t.value, t.unit):
            return "read otherwise: " + _otherwise(gv, t)
    return _form(g)


def _otherwise(gv, t: Target) -> str:
    """How a prediction over the gold's number differs from it: its sign, a power of ten, or another number."""
    qv, _ = magnitude(t.value, t.unit)
    try:
        g, q = float(gv), float(qv)
    except (TypeError, ValueError):
        return "a word value (class, grade) or none"
    if q and g == -q:
        return "the sign (a decline read as a rise, or the reverse)"
    if q and g and any(abs(g / q - f) < 1e-9 for f in (10, 100, 1000, 1e4, 1e8, 1e-1, 1e-2, 1e-3, 1e-4, 1e-8)):
        return "a power of ten (万/亿, a thousands comma, a split number)"
    return "another number of the passage over its place"


def plan_lines(plan):
    from kechuang.extract.lines import split_lines
    return [(ln.start, ln.end, ln.index) for ln in split_lines(plan.text)]


def stage_of(cause: str) -> str:
    return cause.split(":", 1)[0]


def rows(root: Path, split: str = "dev"):
    """(passage, gold, cause) for every gold target of the split missed with no spurious of the same value."""
    if split != "dev":
        raise SystemExit("miss_stages reads the dev split only")
    probe = Probe()
    probe.install()
    try:
        yield from _rows(probe, root)
    finally:
        probe.uninstall()


def _rows(probe: Probe, root: Path):
    for p, plan, g in unread(root, "dev", probe.extract):  # (corpus.unread: read as nothing at all)
        cause = classify(probe, plan, g)
        if cause.startswith("refused as"):  # the words around the number, for --list
            at = _locate(plan.text, g.get("quote", ""), g.get("value"))
            shape = next((f"{b!r}+N+{n!r}" for pos, b, n in probe.shapes if at - 4 <= pos <= at + 40), "")
            g = {**g, "quote": f"{g.get('quote')} «{shape}»"}
        yield p, g, cause


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=ROOT)
    ap.add_argument("--split", default="dev", help="dev only (validation is refused)")
    ap.add_argument("--list", metavar="CAUSE", help="list the misses whose cause starts with CAUSE")
    ap.add_argument("--markdown", action="store_true", help="print the table in markdown")
    args = ap.parse_args(argv)
    if args.split != "dev":
        ap.error("miss_stages reads the dev split only: validation is scored by the lead, never read")
    found = list(rows(args.root))
    if args.list is not None:
        for p, g, cause in found:
            if cause.startswith(args.list):
                print(f"{p.name} [{cause}] {g.get('indicator')}={g.get('value')}{g.get('unit') or ''} "
                      f"{g.get('year')} | {g.get('quote')!r}")
        return 0
    count, docs, sources = Counter(), defaultdict(set), defaultdict(list)
    stages, stage_docs = Counter(), defaultdict(set)
    for p, _, cause in found:
        count[cause] += 1
        docs[cause].add(p.source)
        if p.source not in sources[cause]:
            sources[cause].append(p.source)
        stages[stage_of(cause)] += 1
        stage_docs[stage_of(cause)].add(p.source)
    print(f"{len(found)} dev gold targets missed with no prediction of their value, "
          f"{len({p.source for p, *_ in found})} dev documents\n")
    print("| stage | targets | documents |\n|---|---|---|")
    for s, n in stages.most_common():
        print(f"| {s} | {n} | {len(stage_docs[s])} |")
    print()
    if args.markdown:
        print("| stage | cause | dev count | documents | dev addresses (up to three) |\n|---|---|---|---|---|")
    for cause, n in count.most_common():
        stage, _, rest = cause.partition(": ")
        if args.markdown:
            addr = "<br>".join(sources[cause][:3])
            print(f"| {stage} | `{rest.replace('|', '¦')}` | {n} | {len(docs[cause])} | {addr} |")
        else:
            print(f"{n:4d} {len(docs[cause]):3d}  {cause}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
