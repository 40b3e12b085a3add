"""The lines that hold the cue words of four history and policy filters, found in one search for all of them (spd28).

`achieved_growth.reported_growth`, `funding.funding_clauses`, `completion_rates.reported_rates` and
`in_principle.principle_bounds` each read only the lines their own gate finds a word in (增长/下降; 资金/超过/最高;
完成率/完成年度/完成全年; 原则上; in either script). Each gate searched every line of a document (docs/benchmarks.md,
spd27: about 0.4 % of an extraction apiece). Here one search of the joined lines for any of the words (``_ANY``, plain
words only, so that the engine skips by their first characters) finds the few lines that hold one; only those lines are
then tried with each filter's own gate, so each filter is given exactly the lines its gate lets through, in order."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from kechuang.extract.lines import Line
from kechuang.extract.targets.achieved_growth import _MAY as _GROWTH
from kechuang.extract.targets.completion_rates import _MAY_RATE as _RATES
from kechuang.extract.targets.funding import _MAY as _FUNDING
from kechuang.extract.targets.in_principle import _MAY as _PRINCIPLE

# Each filter's own gate, by the name extract_targets passes its lines under.
GATES: dict[str, re.Pattern[str]] = {"growth": _GROWTH, "funding": _FUNDING, "rates": _RATES, "principle": _PRINCIPLE}
# Every word any gate finds, as plain alternatives (a class opening one would cost the engine its skip).
_ANY = re.compile(r"增长|增長|下降|资金|資金|超过|超過|最高|完成率|完成年度|完成全年|原则上|原則上")


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


class LineIndex:
    """Which lines of a document hold a word, found by ``str.find`` in the lines' texts joined by line breaks rather
    than by a test of each line: a filter that reads only the lines holding one of a few words (项目, 预计) is given
    exactly those lines, in order, without a loop over every line of the document (spd39). Per document: built by
    extract_targets on its joined text, never kept."""

    def __init__(self, lines: list[Line], joined: str) -> None:
        self.lines, self.joined = lines, joined
        self._starts: list[int] | None = None  # where each line opens in ``joined``, at the first word found

    def holding(self, words: tuple[str, ...]) -> list[Line]:
        """The lines that hold one of ``words`` (none holding a line break, so none is found across two lines), in
        order, each once."""
        joined, found, starts = self.joined, set(), self._starts
        for word in words:
            # a word one of whose characters the text lacks is not there: a character is found by a scan 30 times
            # faster than a word of two (the traditional forms, 項目, 預計, 1個, are absent from most documents)
            k = joined.find(word) if all(map(joined.__contains__, word)) else -1
            while k >= 0:
                if starts is None:
                    starts = self._starts = list(accumulate((len(line.text) + 1 for line in self.lines), initial=0))
                i = bisect_right(starts, k) - 1
                found.add(i)
                k = joined.find(word, starts[i + 1])  # the line's other hits add nothing: sought from the next line
        lines = self.lines
        return [lines[i] for i in sorted(found)]
