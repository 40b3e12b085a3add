"""The lines that hold the cue words of four history and policy filters, found in one search for all of them (spd28).

`achieved_growth.reported_growth`, `funding.funding_clauses`, `completion_rates.reported_rates` and
`in_principle.principle_bounds` each read only the lines their own gate finds a word in (增长/下降; 资金/经费/超过/最高;
完成率/完成年度/完成全年; 原则上; in either script). Each gate searched every line of a document (docs/benchmarks.md,
spd27: about 0.4 % of an extraction apiece). Here one search of the joined lines for any of the words (``_ANY``, plain
words only, so that the engine skips by their first characters) finds the few lines that hold one; only those lines are
then tried with each filter's own gate, so each filter is given exactly the lines its gate lets through, in order."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from itertools import accumulate

from kechuang.extract.lines import Line
from kechuang.extract.targets.achieved_growth import GROWTH_GATE
from kechuang.extract.targets.completion_rates import RATE_GATE
from kechuang.extract.targets.funding import FUNDING_GATE
from kechuang.extract.targets.in_principle import PRINCIPLE_GATE

# Each filter's own gate, by the name extract_targets passes its lines under.
GATES: dict[str, re.Pattern[str]] = {
    "growth": GROWTH_GATE, "funding": FUNDING_GATE, "rates": RATE_GATE, "principle": PRINCIPLE_GATE}
# Every word any gate finds, as plain alternatives (a class opening one would cost the engine its skip).
_ANY = re.compile(r"增长|增長|下降|资金|資金|经费|經費|超过|超過|最高|完成率|完成年度|完成全年|原则上|原則上")
WORDS = tuple(_ANY.pattern.split("|"))  # (plain words, as the pattern says)
# each gate's words among them (a gate finds a word in a line exactly when the line holds one: cued_lines)
_GATE_WORDS = {name: tuple(word for word in WORDS if gate.search(word)) for name, gate in GATES.items()}


def cued_lines(lines: list[Line], joined: str | None = None) -> dict[str, list[Line]]:
    """For each filter of ``GATES``, the lines (in order) its gate finds a word in. ``joined``: the lines' texts
    joined by line breaks, when the caller has it already.

    Every occurrence of a word of ``_ANY`` is found in one scan of the joined text (no word overlaps another, nor
    holds one: test_speed32_spd35), and each gate finds a word in a line exactly when the line holds one of the words
    that gate finds (the gates are plain alternations of ``_ANY``'s words): a line is given to a filter at its first
    word of that filter's, without trying each gate on each cued line again (spd35)."""
    found: dict[str, list[Line]] = {name: [] for name in GATES}
    if joined is None:
        joined = "\n".join(line.text for line in lines)  # no word holds a line break: none is found across two lines
    names_of: dict[str, list[str]] = {}  # the filters whose gate finds each word met (a word or two a document)
    last: dict[str, int] = {}  # the last line given to each filter
    starts: list[int] | None = None
    for m in _ANY.finditer(joined):
        if starts is None:  # where each line opens in ``joined``, at the first word only
            starts = list(accumulate((len(line.text) + 1 for line in lines), initial=0))
        word = m.group()
        names = names_of.get(word)
        if names is None:
            names = names_of[word] = [name for name, gate in GATES.items() if gate.search(word)]
        k = bisect_right(starts, m.start()) - 1
        for name in names:
            if last.get(name) != k:
                last[name] = k
                found[name].append(lines[k])
    return found


def _overlap(words: tuple[str, ...]) -> bool:
    """Whether two of ``words`` can overlap where printed: one holds the other, or one ends with what the other opens
    with. (Of words that cannot, an alternation's scan finds every occurrence of each: a match never hides another.)"""
    for a in words:
        for b in words:
            if a != b and (b in a or any(a.endswith(b[:n]) for n in range(1, len(b)))):
                return True
    return False


@cache
def _scan_of(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """One alternation of ``words`` (plain literals, so that the engine skips by their first characters), or None
    when two of them may overlap or one holds a line break (then each is sought apart). Of the words, not of a
    document: compiled once."""
    if not words or _overlap(words) or any("\n" in word for word in words):
        return None
    return re.compile("|".join(map(re.escape, sorted(set(words), key=len, reverse=True))))


class LineIndex:
    """Which lines of a document hold a word, found by ``str.find`` in the lines' texts joined by line breaks rather
    than by a test of each line: a filter that reads only the lines holding one of a few words (项目, 预计) is given
    exactly those lines, in order, without a loop over every line of the document (spd39). Per document: built by
    extract_targets on its joined text, never kept.

    ``words``: the words the document's filters will ask for (extract_targets knows them): at the first question,
    every line holding each of them is found in one scan of the text for them all (``_scan_of``), rather than in a
    ``str.find`` per word and filter, each a scan of the text of its own (a character at a time: the find's skip
    table tells little of Chinese text; 1 % of an extraction in all, spd53). A word not among them is sought alone."""

    def __init__(self, lines: list[Line], joined: str, words: tuple[str, ...] = ()) -> None:
        self.lines, self.joined = lines, joined
        self._starts: list[int] | None = None  # where each line opens in ``joined``, at the first word found
        self._words, self._known = words, frozenset(words)
        self._held: dict[str, list[int]] | None = None  # each of ``words``: the lines holding it, in order

    def _starts_of(self) -> list[int]:
        if self._starts is None:
            self._starts = list(accumulate([len(line.text) + 1 for line in self.lines], initial=0))
        return self._starts

    def _scanned(self) -> dict[str, list[int]] | None:
        """The lines holding each of ``words``, found in one scan (None when they cannot be: ``_scan_of``)."""
        if self._held is None:
            pattern = _scan_of(self._words)
            if pattern is None:
                return None
            held: dict[str, list[int]] = {word: [] for word in self._words}
            starts: list[int] | None = None
            for m in pattern.finditer(self.joined):
                if starts is None:
                    starts = self._starts_of()
                k = bisect_right(starts, m.start()) - 1
                found = held[m.group()]
                if not found or found[-1] != k:
                    found.append(k)
            self._held = held
        return self._held

    def scanned(self) -> bool:
        """Whether the one scan of ``words`` is done: ``holding`` of them is then a look-up, no search of the text."""
        return self._held is not None

    def cued(self) -> dict[str, list[Line]]:
        """``cued_lines`` of the document, from the scan of ``words`` when they hold ``_ANY``'s (each gate's lines:
        those holding one of the words the gate finds, in order)."""
        held = self._scanned() if self._known.issuperset(WORDS) else None
        if held is None:
            return cued_lines(self.lines, self.joined)
        lines = self.lines
        out: dict[str, list[Line]] = {}
        for name, words in _GATE_WORDS.items():
            found = [held[word] for word in words if held[word]]
            out[name] = [lines[k] for k in (found[0] if len(found) == 1 else sorted(set().union(*found)))]
        return out

    def holding(self, words: tuple[str, ...]) -> list[Line]:
        """The lines that hold one of ``words`` (none holding a line break, so none is found across two lines), in
        order, each once."""
        held = self._scanned() if self._words and self._known.issuperset(words) else None
        if held is not None:
            found_lists = [held[word] for word in words if held[word]]
            if not found_lists:
                return []
            lines = self.lines
            if len(found_lists) == 1:
                return [lines[k] for k in found_lists[0]]
            return [lines[k] for k in sorted(set().union(*found_lists))]
        joined, found, starts = self.joined, set(), self._starts
        for word in words:
            # a word one of whose characters the text lacks is not there: a character is found by a scan 30 times
            # faster than a word of two (the traditional forms, 項目, 預計, 1個, are absent from most documents)
            k = joined.find(word) if all(map(joined.__contains__, word)) else -1
            while k >= 0:
                if starts is None:
                    starts = self._starts_of()
                i = bisect_right(starts, k) - 1
                found.add(i)
                k = joined.find(word, starts[i + 1])  # the line's other hits add nothing: sought from the next line
        lines = self.lines
        return [lines[i] for i in sorted(found)]
