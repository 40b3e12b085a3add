"""The reader shared by ``durations`` (a span of years to reach) and ``ratios`` (a ratio to reach): a level whose
pattern ends with its value and whose name is read back from the pattern's word (年限, 周期; 之比, 倍差), within its
clause, so the line is scanned once. The target is made here, not by ``Paragraph.add``, whose words refuse a few
names these readers need (年限); its other tests (a report's sentence, a history word, ``not_target``, a year past)
hold here as there."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from kechuang.extract.model import Target
from kechuang.extract.targets.common import PAST, clean_indicator, tidy
from kechuang.extract.targets.not_targets import not_target
from kechuang.extract.targets.spans import insert_in_order
from kechuang.extract.targets.vocab import vocab

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

_NAME_STOP = re.compile(r"[\d,，;；。、:：“”\"!！?？]")
_NAME_REACH = 24  # characters of the name before the pattern's word
_CLAUSE_REACH = 120


def _name_start(text: str, end: int) -> int:
    """Where the name ending at ``end`` starts: after the last stop within its reach."""
    lo = max(0, end - _NAME_REACH)
    stops = [m.end() for m in _NAME_STOP.finditer(text, lo, end)]
    return stops[-1] if stops else lo


def add_named_levels(para: Paragraph, matches: Iterable[re.Match[str]], *, name_end: Callable[[re.Match[str]], int],
                     value: Callable[[str], float], unit: str | None,
                     refuse: Callable[[re.Match[str], str], bool] | None = None) -> None:
    """Add a ``level`` for each match (groups ``value`` and ``cmp``) whose name ends at ``name_end(match)``, in
    document order; ``refuse(match, name)`` drops a match its reader knows is no goal."""
    text = para.mtext
    starts = [s for s, _ in para.sentences]
    spans = sorted((t.start - para.line.start, t.end - para.line.start) for t in para.targets)
    span_starts = [a for a, _ in spans]
    before = len(para.targets)
    for m in matches:
        at = m.start("value")
        near = bisect.bisect_right(span_starts, at) - 1
        if para.masked[m.start()] or (near >= 0 and spans[near][1] > at):
            continue  # a value another reader took
        end = name_end(m)
        lo = _name_start(text, end)
        if end - lo < 3:
            continue
        k = max(0, bisect.bisect_right(starts, m.start()) - 1)
        s_start, sentence = para.sentences[k]
        clause = sentence[max(0, lo - s_start - _CLAUSE_REACH):m.end() - s_start]
        name = clean_indicator(text[lo:end])
        if (refuse and refuse(m, name)) or len(name) < 3 or vocab().history.search(clause) or para.reports(k) \
                or not_target(para, k, at - s_start, m.end() - s_start):
            continue
        lo = end - len(name) if text.endswith(name, lo, end) else lo
        year = para.year_for(at, k, False)
        if year == PAST:
            continue
        hi = m.end()
        if para.traditional:  # as printed, in its own characters
            name = para.printed(name, lo, hi) or name
        para.targets.append(Target(
            indicator=name, kind="level", value=tidy(value(m.group("value"))), unit=unit, year=year, recurring=False,
            quote=para.text[lo:hi], path=para.path, start=para.line.start + lo, end=para.line.start + hi,
            comparator=m.group("cmp")))
    added = para.targets[before:]
    del para.targets[before:]
    para.targets[:] = insert_in_order(para.targets, added)
